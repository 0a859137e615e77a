// ingestDocument end to end: what it returns, idempotency, concurrent ingests converging on one row,
// merging across documents, and robustness on garbage and very large input.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/pipeline.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const A = [
  'Sáng 11/7/2023, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56) khai mạc tại Jakarta, Indonesia.',
  'Bộ trưởng Ngoại giao Indonesia Retno Marsudi nhấn mạnh ASEAN cần giữ vững đoàn kết và vai trò trung tâm.',
].join('\n');
const B = [
  'Tại AMM-56, Bộ trưởng Ngoại giao Bùi Thanh Sơn đề nghị các nước tăng cường hợp tác ứng phó biến đổi khí hậu.',
  'Ngoại trưởng Indonesia Retno Marsudi cho biết Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 sẽ thông qua thông cáo chung.',
].join('\n');

async function counts(test: TestDatabase) {
  const p = test.db.prisma;
  return {
    documents: await p.document.count(), articles: await p.article.count(), persons: await p.person.count(),
    organisations: await p.organisation.count(), meetings: await p.meeting.count(), statements: await p.statement.count(),
    mentions: await p.mention.count(),
  };
}

describe('ingestDocument', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it('reports what it created, and ingesting the same text again changes nothing', async () => {
    const first = await ingestDocument(test.db.prisma, { text: A, source: 'a.txt' });
    expect(first.created).toBe(true);
    expect(first.meetings.created).toBe(1);
    expect(first.persons.created).toBeGreaterThanOrEqual(1);
    expect(first.statements.created).toBe(1);
    expect(first.mentions.created).toBeGreaterThan(0);
    const before = await counts(test);
    const again = await ingestDocument(test.db.prisma, { text: A, source: 'a-again.txt' });
    expect(again.created).toBe(false);
    expect(again.documentId).toBe(first.documentId);
    expect(await counts(test)).toEqual(before);
  });

  it('merges the same meeting and person from another document', async () => {
    const second = await ingestDocument(test.db.prisma, { text: B, source: 'b.txt' });
    expect(second.meetings.merged).toBeGreaterThanOrEqual(1);
    expect(await test.db.prisma.meeting.count({ where: { key: 'AMM-56' } })).toBe(1);
    expect(await test.db.prisma.meeting.count()).toBe(1);
    const retno = await test.db.prisma.person.findMany({ where: { folded: 'retno marsudi' } });
    expect(retno).toHaveLength(1);
    const meeting = await test.db.prisma.meeting.findUniqueOrThrow({ where: { key: 'AMM-56' } });
    expect(meeting.startDate?.toISOString().slice(0, 10)).toBe('2023-07-11');
    expect(meeting.startPrecision).toBe('DAY');
  });

  it('merges a name written with and without its middle initials, in either order', async () => {
    // Stored as "Retno Marsudi" above; now written with the initials.
    await ingestDocument(test.db.prisma, { text: 'Ngoại trưởng Indonesia Retno LP Marsudi khẳng định ASEAN cần đoàn kết hơn.', source: 'e.txt' });
    expect(await test.db.prisma.person.count({ where: { folded: { contains: 'marsudi' } } })).toBe(1);
    // First seen with the initial, later without it.
    await ingestDocument(test.db.prisma, { text: 'Ngoại trưởng Philippines Teodoro L Locsin khẳng định Philippines coi trọng ASEAN.', source: 'f.txt' });
    await ingestDocument(test.db.prisma, { text: 'Ngoại trưởng Philippines Teodoro Locsin cho biết Philippines sẽ dự hội nghị.', source: 'g.txt' });
    const locsin = await test.db.prisma.person.findMany({ where: { folded: { contains: 'locsin' } }, include: { aliases: true } });
    expect(locsin).toHaveLength(1);
    expect(locsin[0]!.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['Teodoro L Locsin', 'Teodoro Locsin']));
    // A dotted initial too.
    await ingestDocument(test.db.prisma, { text: 'Tổng thống Mỹ Joe R. Biden khẳng định Mỹ coi trọng ASEAN.', source: 'i.txt' });
    await ingestDocument(test.db.prisma, { text: 'Tổng thống Mỹ Joe Biden cho biết Mỹ sẽ dự Hội nghị cấp cao Đông Á.', source: 'j.txt' });
    expect(await test.db.prisma.person.count({ where: { folded: { contains: 'biden' } } })).toBe(1);
    // A different given name is a different person.
    await ingestDocument(test.db.prisma, { text: 'Ngoại trưởng Philippines Enrique Locsin cho biết Philippines coi trọng Đông Nam Á.', source: 'h.txt' });
    expect(await test.db.prisma.person.count({ where: { folded: { contains: 'locsin' } } })).toBe(2);
  });

  it('survives concurrent ingests of the same text and of texts sharing a meeting', async () => {
    const C = 'Ngày 6/9/2023, Hội nghị Cấp cao Đông Á lần thứ 18 diễn ra tại Jakarta. Thủ tướng Phạm Minh Chính khẳng định Việt Nam ủng hộ EAS.';
    const D = 'Tại Hội nghị Cấp cao Đông Á lần thứ 18, Thủ tướng Phạm Minh Chính đề nghị các nước hợp tác chặt chẽ hơn.';
    const results = await Promise.all([
      ingestDocument(test.db.prisma, { text: C, source: 'c1' }),
      ingestDocument(test.db.prisma, { text: C, source: 'c2' }),
      ingestDocument(test.db.prisma, { text: D, source: 'd' }),
    ]);
    expect(new Set(results.slice(0, 2).map((r) => r.documentId)).size).toBe(1);
    expect(await test.db.prisma.meeting.count({ where: { key: 'EAS-18' } })).toBe(1);
    expect(await test.db.prisma.document.count({ where: { source: { in: ['c1', 'c2'] } } })).toBe(1);
  });

  it('never throws on garbage and never stores an empty name', async () => {
    const garbage = [
      '', '   \n\n  ', '((((((((((', '“““”””', '🙂🙃 ☃ \u0000\u0001\u0002', '1/1/1/1/1/1/1/1', 'Hội nghị Hội nghị Hội nghị (',
      'Bộ trưởng , , , kiêm kiêm', 'Theo , cho biết: “', 'Đại sứ quán tại tại tại', 'lần thứ và và 38, , 39',
      'AMM- AMM-999999 COP COP0', '| | | ![](x) |', 'Bà', 'Ông Ông Ông', 'Hai bên khẳng định', 'x'.repeat(5000),
    ];
    for (const [i, text] of garbage.entries()) {
      await expect(ingestDocument(test.db.prisma, { text, source: `garbage-${i}` })).resolves.toBeDefined();
    }
    const p = test.db.prisma;
    for (const name of [...(await p.person.findMany()).map((x) => x.name), ...(await p.organisation.findMany()).map((x) => x.name), ...(await p.meeting.findMany()).map((x) => x.name)]) {
      expect(name.trim()).not.toBe('');
    }
    for (const s of await p.statement.findMany()) {
      expect(s.speakerLabel.trim()).not.toBe('');
      expect(s.content.trim()).not.toBe('');
    }
  });
});

describe('pipeline on a 1 MB document', () => {
  it('finishes in bounded time', () => {
    const seeds = readdirSync('seeds').map((f) => readFileSync(`seeds/${f}`, 'utf8')).join('\n');
    const clean = seeds.split('\n').filter((l) => !/xổ số|XSM/i.test(l)).join('\n');
    const text = Array(Math.ceil(1_000_000 / Buffer.byteLength(clean))).fill(clean).join('\n') + '\n' + 'Hội nghị '.repeat(20000) + '('.repeat(50000);
    const t0 = performance.now();
    const { graph } = extractDocument(text);
    const ms = performance.now() - t0;
    expect(graph.meetings.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(30_000);
  });
});
