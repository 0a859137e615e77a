// The member holding the ASEAN chairmanship each calendar year since the Charter (2008) made it
// one: it hosts and chairs the Association's summits and ministerial meetings of that year. The
// rotation is alphabetical, with the swaps history made (Brunei–Indonesia 2011/2013, Myanmar
// 2014, the Philippines for Myanmar in 2026). Knowledge that holds beyond any article, like a
// series' numbering.
export const ASEAN_CHAIR_BY_YEAR: ReadonlyMap<number, string> = new Map([
  [2010, 'VN'], [2011, 'ID'], [2012, 'KH'], [2013, 'BN'], [2014, 'MM'], [2015, 'MY'], [2016, 'LA'], [2017, 'PH'], [2018, 'SG'],
  [2019, 'TH'], [2020, 'VN'], [2021, 'BN'], [2022, 'KH'], [2023, 'ID'], [2024, 'LA'], [2025, 'MY'], [2026, 'PH'],
]);
