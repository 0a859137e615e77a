// The country that chairs an organisation for a year chairs its meetings of that year: "Quốc vương
// Brunei Darussalam, Chủ tịch ASEAN năm 2021", "Campuchia tổ chức với tư cách nước giữ cương vị
// Chủ tịch ASEAN". The article's meetings named with that organisation and held that year (or of
// no known year) take the country as chair when the text names no other.
import { ROTATING_CHAIR } from '../lexicon/meeting-roles.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { ArticleScan } from './extract-fields.ts';

type Country = ArticleScan['countries'][number];

interface OrgChair {
  org: string;
  code: string;
  label: string;
  year: number | null;
}

function chairsOf(fields: readonly { field: Country['field']; text: string }[], countries: readonly Country[]): OrgChair[] {
  const out: OrgChair[] = [];
  for (const { field, text } of fields) {
    for (const m of text.matchAll(ROTATING_CHAIR)) {
      const at = m.index!;
      const country = countries.filter((c) => c.field === field && c.end <= at && at - c.end <= 80 && !/[.;]/.test(text.slice(c.end, at))).at(-1);
      if (country) out.push({ org: m[1]!, code: country.code, label: country.text, year: m[2] ? Number(m[2]) : null });
    }
  }
  return out;
}

const yearOf = (mt: ArticleMeeting) => mt.date?.from.year ?? mt.mention.nameYear ?? mt.sentenceYears[0] ?? null;

export function linkOrgChairs(meetings: ArticleMeeting[], fields: readonly { field: Country['field']; text: string }[], countries: readonly Country[]): void {
  const chairs = chairsOf(fields, countries);
  if (chairs.length === 0) return;
  for (const mt of meetings) {
    if (mt.chairLabel || mt.chairPerson !== null || mt.chairCountry || mt.mention.informal) continue;
    const y = yearOf(mt);
    const c = chairs.find((x) => (mt.mention.name.includes(x.org) || mt.mention.acronym?.includes(x.org)) && (x.year === null || y === null || x.year === y));
    if (c) [mt.chairCountry, mt.chairLabel] = [c.code, c.label];
  }
}
