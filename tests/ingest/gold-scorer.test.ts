// The scorer itself: folding, person name order, meeting word overlap and same-day events, statement
// matching, pairing, and each relation on matched pairs.
import { describe, expect, it } from 'vitest';
import { chairNames, cityMatches, goldChairs, goldCityForms } from '../helpers/gold-relations.ts';
import { distinctiveWords, foldPerson, formatRelations, jaccard, meetingScore, namedPersons, personMatches, refersTo, scoreAgainstGold, statementMatches, type GoldFile } from '../helpers/gold-scorer.ts';
import { floorsFor } from './gold-floors.ts';
import { GOLD_CORPORA, loadGold } from './gold-score-corpora.ts';

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

// A small gold in the dev file's shape: meetings by key, cities, participants, co-chairs, articles.
const dev: GoldFile = {
  documents: [{
    file: 'a.txt',
    articles: [
      { lines: [1, 10], title: 'Thủ tướng hội đàm với Thủ tướng Singapore', publishedAt: '2023-02-09' },
      { lines: [11, 12], title: null, boilerplate: true },
    ],
  }],
  persons: [
    { name: 'Phạm Minh Chính', aliases: [] },
    { name: 'Lý Hiển Long', aliases: ['Lee Hsien Loong'] },
    { name: 'Halimah Yacob', aliases: [] },
    { name: 'Rodrigo Malmierca Díaz', aliases: [] },
  ],
  organisations: [],
  meetings: [
    {
      key: 'talks', name: 'Hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Singapore Lý Hiển Long', ordinal: null, start: '2023-02-09',
      city: 'Singapore', cityAliases: [], format: 'in-person', chair: null, partOf: null, participants: ['Phạm Minh Chính', 'Lý Hiển Long'],
    },
    {
      key: 'exchange', name: 'Lễ trao các văn kiện hợp tác Việt Nam - Singapore', ordinal: null, start: '2023-02-09', end: '2023-02-10',
      city: 'Hà Nội', cityAliases: ['Hanoi'], format: 'virtual', chair: 'Phạm Minh Chính; Rodrigo Malmierca Díaz (Cuba)', partOf: 'talks', participants: [],
    },
    {
      key: 'igc', name: 'Kỳ họp thứ 39 Ủy ban liên Chính phủ Việt Nam - Cuba', acronym: 'UBLCP-39', ordinal: 39, start: '2021-12-28',
      city: 'Glasgow', format: 'unknown', chair: 'Bùi Thanh Sơn (Việt Nam) và Motegi Toshimitsu (Nhật Bản) đồng chủ trì', partOf: 'exchange',
      fromKnowledge: true, fromKnowledgeFields: ['city', 'partOf'],
    },
  ],
  statements: [
    { speaker: 'Phạm Minh Chính', speakerType: 'person', verb: 'khẳng định', content: 'Việt Nam coi trọng quan hệ với Singapore', meeting: 'talks' },
    { speaker: 'Lý Hiển Long', speakerType: 'person', verb: 'cho biết', content: 'Singapore sẵn sàng hợp tác kinh tế số', meeting: 'exchange' },
    { speaker: 'Halimah Yacob', speakerType: 'person', verb: 'nói', content: 'quan hệ hai nước tốt đẹp', meeting: null },
  ],
};

const talks = { key: 'ex-1', name: 'Cuộc hội đàm', aliases: [], ordinal: null, start: '2023-02-09' };
const person = (name: string) => [name];

function relation(score: ReturnType<typeof scoreAgainstGold>, name: string) {
  return score.relations.find((r) => r.relation === name)!;
}

describe('gold scorer: the meeting rule for events without an ordinal', () => {
  const named = namedPersons(dev.meetings[0]!, dev.persons);

  it('takes the persons a gold meeting names from its participants and its name, never from a single word', () => {
    expect(named.map((n) => n[0]).sort()).toEqual(['Lý Hiển Long', 'Phạm Minh Chính']);
    const withName = namedPersons({ name: 'Cuộc hội kiến với Tổng thống Halimah Yacob', ordinal: null, start: null }, dev.persons);
    expect(withName.map((n) => n[0])).toEqual(['Halimah Yacob']);
    expect(namedPersons({ name: 'Cuộc gặp Long', ordinal: null, start: null }, dev.persons)).toEqual([]);
  });

  it('matches a same-day event whatever its name when two of those persons take part or are named', () => {
    const g = dev.meetings[0]!;
    expect(meetingScore({ ...talks, participants: [person('Phạm Minh Chính'), person('Lee Hsien Loong')] }, g, named)).toBeGreaterThanOrEqual(0.5);
    expect(meetingScore({ ...talks, name: 'Cuộc điện đàm Phạm Minh Chính - Lý Hiển Long' }, g, named)).toBeGreaterThanOrEqual(0.5);
    expect(meetingScore({ ...talks, participants: [person('Phạm Minh Chính')] }, g, named)).toBe(0);
    expect(meetingScore({ ...talks, start: '2023-02-10', participants: [person('Phạm Minh Chính'), person('Lý Hiển Long')] }, g, named)).toBe(0);
    expect(meetingScore({ ...talks, participants: [person('Phạm Minh Chính'), person('Lý Hiển Long')] }, { ...g, ordinal: 2 }, named)).toBe(0);
    expect(meetingScore({ ...talks, participants: [person('Phạm Minh Chính'), person('Lý Hiển Long')] }, { ...g, start: '2023-02' }, named)).toBe(0);
  });

  it('lets a name match outrank an event match for the same gold meeting', () => {
    const g = dev.meetings[0]!;
    const byName = meetingScore({ ...talks, name: g.name }, g, named);
    const byPersons = meetingScore({ ...talks, participants: [person('Phạm Minh Chính'), person('Lý Hiển Long')] }, g, named);
    expect(byName).toBeGreaterThan(byPersons);
  });

  it('resolves a relation target by the meeting rule, the key, or the acronym with agreeing numbering', () => {
    const igc = dev.meetings[2]!;
    expect(refersTo({ name: 'Cuộc gặp', aliases: [], ordinal: null, start: null, key: 'igc' }, igc, [])).toBe(true);
    expect(refersTo({ name: 'Cuộc gặp', aliases: [], ordinal: 39, start: '2021', acronym: 'ublcp-39' }, igc, [])).toBe(true);
    expect(refersTo({ name: 'Cuộc gặp', aliases: [], ordinal: 38, start: '2021', acronym: 'UBLCP-39' }, igc, [])).toBe(false);
    expect(refersTo({ name: 'Cuộc gặp', aliases: [], ordinal: 39, start: '2020', acronym: 'UBLCP-39' }, igc, [])).toBe(false);
  });
});

describe('gold scorer: relations on matched pairs', () => {
  const statement = (speaker: string, verb: string, content: string, meeting: number | null, saidOn: string | null = null) =>
    ({ speakerLabel: speaker, personNames: [speaker], organisationNames: [], verb, content, meeting, saidOn });
  const meetings = [
    { ...talks, name: dev.meetings[0]!.name, city: 'Singapore', format: 'IN_PERSON', participants: [person('Phạm Minh Chính')], chairs: [] },
    {
      key: 'ex-2', name: 'Lễ trao các văn kiện hợp tác Việt Nam - Singapore', aliases: [], ordinal: null, start: '2023-02-09', parent: 0,
      city: 'Việt Nam', format: 'UNKNOWN', chairs: [{ kind: 'person' as const, names: ['Malmierca Díaz Rodrigo'] }],
    },
    { key: 'ex-3', name: 'Kỳ họp thứ 39 Ủy ban liên Chính phủ Việt Nam - Cuba', aliases: [], ordinal: 39, start: '2021-12-28', parent: 0, city: 'Glasgow', chairs: [{ kind: 'label' as const, names: ['Bộ trưởng'] }] },
  ];
  const score = scoreAgainstGold(dev, {
    persons: [], organisations: [], meetings,
    statements: [
      statement('Phạm Minh Chính', 'khẳng định', 'Việt Nam coi trọng quan hệ với Singapore', 0, '2023-02-09'),
      statement('Lee Hsien Loong', 'cho biết', 'Singapore sẵn sàng hợp tác kinh tế số', 0, '2023-02-10'),
      statement('Halimah Yacob', 'nói', 'quan hệ hai nước tốt đẹp', 1),
    ],
    articles: [
      { file: 'a.txt', lineStart: 1, lineEnd: 9, title: 'THỦ TƯỚNG hội đàm với Thủ tướng Singapore', publishedAt: null },
      { file: 'a.txt', lineStart: 11, lineEnd: 12, title: 'Tin liên quan', publishedAt: null },
      { file: 'b.txt', lineStart: 1, lineEnd: 10, title: null, publishedAt: '2023-02-09' },
    ],
  });

  it('links statements to the gold meeting by key, and counts links where the gold has none apart', () => {
    const link = relation(score, 'statement → meeting');
    expect([link.right, link.counted]).toEqual([1, 2]);
    expect([link.wrongLinks, link.noneCounted]).toEqual([1, 1]);
    expect(score.misses['statement → meeting']).toHaveLength(2);
  });

  it('checks saidOn against the gold meeting day or its range', () => {
    expect([relation(score, 'statement saidOn').right, relation(score, 'statement saidOn').counted]).toEqual([2, 2]);
    const late = scoreAgainstGold(dev, { persons: [], organisations: [], meetings, statements: [statement('Lý Hiển Long', 'cho biết', 'Singapore sẵn sàng hợp tác kinh tế số', 1, '2023-02-11')] });
    expect([relation(late, 'statement saidOn').right, relation(late, 'statement saidOn').counted]).toEqual([0, 1]);
  });

  it('scores parent, city and format on matched meetings, leaving out what is known only from outside the text', () => {
    expect([relation(score, 'meeting parent').right, relation(score, 'meeting parent').counted]).toEqual([1, 1]);
    // "Việt Nam" sits inside no form of "Hà Nội"; the Glasgow city is from knowledge: not counted.
    expect([relation(score, 'meeting city').right, relation(score, 'meeting city').counted]).toEqual([1, 2]);
    // The gold format "unknown" is not counted; UNKNOWN against "virtual" is wrong.
    expect([relation(score, 'meeting format').right, relation(score, 'meeting format').counted]).toEqual([1, 2]);
  });

  it('names a gold co-chair by any stored chair, parentheses ignored; a bare title names nobody', () => {
    expect(goldChairs('Phạm Minh Chính; Rodrigo Malmierca Díaz (Cuba)')).toEqual(['Phạm Minh Chính', 'Rodrigo Malmierca Díaz']);
    expect(goldChairs('Bùi Thanh Sơn (Việt Nam) và Motegi Toshimitsu (Nhật Bản) đồng chủ trì')).toEqual(['Bùi Thanh Sơn', 'Motegi Toshimitsu đồng chủ trì']);
    expect(chairNames({ kind: 'person', names: ['Toshimitsu Motegi'] }, 'Motegi Toshimitsu đồng chủ trì')).toBe(true);
    expect(chairNames({ kind: 'person', names: ['Motegi'] }, 'Motegi Toshimitsu đồng chủ trì')).toBe(false);
    expect(chairNames({ kind: 'country', names: ['Brunei', 'Brunei Darussalam'] }, 'Brunei Darussalam')).toBe(true);
    expect(chairNames({ kind: 'label', names: ['Brunei'] }, 'Brunei Darussalam')).toBe(true);
    expect(chairNames({ kind: 'label', names: ['Đại sứ'] }, 'Đại sứ Nguyễn Quốc Dũng')).toBe(false);
    expect(chairNames({ kind: 'label', names: ['Thủ tướng Phạm Minh Chính'] }, 'Phạm Minh Chính')).toBe(true);
    // The igc gold chair is a co-chair pair; the extracted label "Bộ trưởng" names neither.
    expect([relation(score, 'meeting chairs').right, relation(score, 'meeting chairs').counted]).toEqual([1, 2]);
  });

  it('takes participants as recall of the gold persons, and a missing field as wrong, not skipped', () => {
    expect([relation(score, 'meeting participants').right, relation(score, 'meeting participants').counted]).toEqual([1, 2]);
    const bare = scoreAgainstGold(dev, { persons: [], organisations: [], meetings: meetings.map(({ name, aliases, ordinal, start }) => ({ name, aliases, ordinal, start })), statements: [] });
    for (const r of ['meeting parent', 'meeting city', 'meeting format', 'meeting chairs', 'meeting participants']) {
      expect(relation(bare, r).right, r).toBe(0);
      expect(relation(bare, r).counted, r).toBeGreaterThan(0);
    }
  });

  it('pairs articles by file and line overlap and scores title and publishedAt where the gold has them', () => {
    expect([relation(score, 'article title').right, relation(score, 'article title').counted]).toEqual([1, 1]);
    // The article of b.txt has the right day but is no gold article; a.txt's has none.
    expect([relation(score, 'article publishedAt').right, relation(score, 'article publishedAt').counted]).toEqual([0, 1]);
  });

  it('prints both tables', () => {
    expect(formatRelations(score)).toMatch(/statement → meeting\s+1\s+2\s+0\.500\s+\(gold meeting none: 1 of 1 wrongly linked\)/);
    expect(formatRelations(score)).toMatch(/article publishedAt\s+0\s+1\s+0\.000/);
  });
});

describe('gold city forms', () => {
  it('takes the city and its aliases, the part before a comma, and skips a location naming only a country', () => {
    expect(goldCityForms({ name: 'x', ordinal: null, start: null, location: 'Washington D.C., Hoa Kỳ' })).toEqual(['Washington D.C.']);
    expect(goldCityForms({ name: 'x', ordinal: null, start: null, location: 'New Zealand' })).toBeNull();
    expect(goldCityForms({ name: 'x', ordinal: null, start: null, city: 'Hà Nội', cityAliases: ['Hanoi'], location: 'Việt Nam' })).toEqual(['Hà Nội', 'Hanoi']);
    expect(goldCityForms({ name: 'x', ordinal: null, start: null, city: null, location: 'Hà Nội' })).toBeNull();
    expect(cityMatches('Washington', ['Washington D.C.'])).toBe(true);
    expect(cityMatches('Trung tâm Hội nghị Quốc gia, Hà Nội', ['Hà Nội'])).toBe(true);
    expect(cityMatches('Việt Nam', ['Hà Nội'])).toBe(false);
    expect(cityMatches('', ['Hà Nội'])).toBe(false);
  });
});

describe('gold corpora and floors', () => {
  it('adds the article dates to the gold and resolves every meeting reference of both gold files', () => {
    const [seeds, devGold] = GOLD_CORPORA.map(loadGold) as [GoldFile, GoldFile];
    const dated = (g: GoldFile) => (g.documents ?? []).flatMap((d) => d.articles).filter((a) => a.publishedAt).length;
    expect([dated(seeds), dated(devGold)]).toEqual([0, 7]);
    for (const g of [seeds, devGold]) expect(() => scoreAgainstGold(g, { persons: [], organisations: [], meetings: [], statements: [] })).not.toThrow();
    expect(() => scoreAgainstGold({ ...dev, meetings: [{ ...dev.meetings[0]!, partOf: 'nowhere' }] }, {
      persons: [], organisations: [], statements: [], meetings: [{ ...talks, name: dev.meetings[0]!.name }],
    })).toThrow(/nowhere/);
  });

  it('enforces the seeds entity floors of before and lists every issue-15 target; a floor enforced on dev is its target', () => {
    const seeds = floorsFor('seeds');
    expect(seeds.filter((f) => f.enforced !== null).map((f) => `${f.metric} ${f.enforced}`).sort()).toEqual([
      'article title 0.95', 'meeting chairs 0.8', 'meeting city 0.8', 'meeting format 0.8', 'meeting parent 0.8', 'meeting start-date accuracy 0.9', 'meetings precision 0.85', 'meetings recall 0.85', 'organisations precision 0.85', 'organisations recall 0.85',
      'persons precision 0.95', 'persons recall 0.95', 'statement → meeting 0.85', 'statements precision 0.85', 'statements recall 0.85',
    ]);
    const devFloors = floorsFor('dev');
    expect(devFloors.every((f) => f.target !== null && (f.enforced === null || f.enforced === f.target))).toBe(true);
    expect(devFloors.filter((f) => f.enforced !== null).map((f) => f.metric)).toEqual(
      expect.arrayContaining(['persons precision', 'persons recall', 'organisations recall', 'statements precision', 'statements recall', 'meeting format',
        'meeting city', 'meeting chairs', 'meeting start-date accuracy', 'article title', 'article publishedAt', 'statement → meeting', 'meeting parent']),
    );
    expect(devFloors.map((f) => f.metric)).toEqual(expect.arrayContaining(['statement → meeting', 'meeting chairs', 'meeting participants', 'article publishedAt']));
    expect(seeds.map((f) => f.metric)).not.toContain('meeting participants');
  });
});
