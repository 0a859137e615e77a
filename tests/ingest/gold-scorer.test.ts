// The scorer itself: folding, person name order, meeting word overlap, statement matching, pairing.
import { describe, expect, it } from 'vitest';
import { distinctiveWords, foldPerson, jaccard, meetingScore, personMatches, scoreAgainstGold, statementMatches, type GoldFile } from '../helpers/gold-scorer.ts';

const gold: GoldFile = {
  persons: [
    { name: 'Toshimitsu Motegi', aliases: [] },
    { name: 'Lim Jock Hoi', aliases: ['Dato Lim Jock Hoi'] },
    { name: 'Tuấn Anh', aliases: [], boilerplate: true },
  ],
  organisations: [{ name: 'Liên minh châu Âu', acronym: 'EU', aliases: ['Liên hiệp châu Âu'] }],
  meetings: [
    { name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54', ordinal: 54, start: '2021-08-02', mentions: [{ text: 'AMM-54' }] },
    { name: 'Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN 2020', ordinal: null, start: '2020-01-17' },
  ],
  statements: [
    { speaker: 'Lim Jock Hoi', speakerType: 'person', verb: 'nhấn mạnh', content: 'ASEAN đang trong quá trình xác định hướng đi mới' },
    { speaker: 'các nước ASEAN', speakerType: 'collective', verb: 'đánh giá cao', content: 'hỗ trợ kịp thời của Australia' },
  ],
};

describe('gold scorer', () => {
  it('folds names, drops honorifics and accepts swapped name order', () => {
    expect(foldPerson('Dato Lim Jock Hoi')).toBe('lim jock hoi');
    expect(foldPerson('Bà Nguyễn Thị Bình')).toBe('nguyen thi binh');
    expect(personMatches(['Motegi Toshimitsu'], ['Toshimitsu Motegi'])).toBe(true);
    expect(personMatches(['Motegi'], ['Toshimitsu Motegi'])).toBe(false);
  });

  it('matches meetings on ordinal, year and distinctive words', () => {
    expect([...distinctiveWords('Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54')].sort()).toEqual(['asean', 'bo', 'giao', 'ngoai', 'truong']);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    const amm = gold.meetings[0]!;
    expect(meetingScore({ name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54', aliases: [], ordinal: 54, start: '2021-08-02' }, amm)).toBe(1);
    expect(meetingScore({ name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55', aliases: [], ordinal: 55, start: null }, amm)).toBe(0);
    expect(meetingScore({ name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN', aliases: [], ordinal: 54, start: '2022' }, amm)).toBe(0);
    const retreat = gold.meetings[1]!;
    expect(meetingScore({ name: 'Hội nghị Bộ trưởng Ngoại giao ASEAN', aliases: [], ordinal: null, start: null }, retreat)).toBeCloseTo(5 / 6);
    expect(meetingScore({ name: 'Hội nghị Cấp cao ASEAN', aliases: [], ordinal: null, start: null }, retreat)).toBe(0);
  });

  it('matches statements on speaker, folded verb and half the content words', () => {
    const s = { speakerLabel: 'Tổng thư ký', personNames: ['Lim Jock Hoi'], organisationNames: [], verb: 'Nhấn mạnh', content: 'ASEAN đang trong quá trình xác định hướng đi' };
    expect(statementMatches(s, gold.statements[0]!, gold)).toBe(true);
    expect(statementMatches({ ...s, personNames: [] }, gold.statements[0]!, gold)).toBe(false);
    expect(statementMatches({ ...s, verb: 'cho biết' }, gold.statements[0]!, gold)).toBe(false);
    const c = { speakerLabel: 'Các nước ASEAN', personNames: [], organisationNames: [], verb: 'đánh giá cao', content: 'hỗ trợ của Australia kịp thời' };
    expect(statementMatches(c, gold.statements[1]!, gold)).toBe(true);
  });

  it('counts recall on non-boilerplate gold and precision on all extracted items, date accuracy on matched days', () => {
    const score = scoreAgainstGold(gold, {
      persons: [{ name: 'Lim Jock Hoi', aliases: [] }, { name: 'Tuấn Anh', aliases: [] }, { name: 'Nobody Here', aliases: [] }],
      organisations: [{ name: 'EU', acronym: null, aliases: [] }],
      meetings: [{ name: 'AMM-54', aliases: ['Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54'], ordinal: 54, start: '2021-08-03' }],
      statements: [],
    });
    const persons = score.rows.find((r) => r.kind === 'persons')!;
    expect(persons.recall).toBe(0.5);
    expect(persons.precision).toBeCloseTo(2 / 3);
    expect(score.rows.find((r) => r.kind === 'organisations')!.recall).toBe(1);
    expect(score.dateCounted).toBe(1);
    expect(score.dateAccuracy).toBe(0);
  });
});
