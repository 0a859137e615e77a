// The batch writer (ingestDocuments → persistGraphs) and the per-document one (ingestDocument →
// persistGraph) are separate code: this compares what they store, table by table, by natural keys
// (content hashes, meeting keys, folded names), on the seeds, the golden fixtures and a slice of the
// benchmark corpus, with part of the corpus already stored when the batches run (merges with stored
// rows) and batches large enough that documents of one batch merge with each other.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateArticle } from '../helpers/corpus/generate.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import type { IngestInput } from '../../src/ingest/ingest-result.ts';
import { ingestDocuments } from '../../src/ingest/ingest-documents.ts';
import { useTestDatabases } from '../helpers/test-database.ts';

function inputs(): IngestInput[] {
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: readFileSync(path.join('seeds', f), 'utf8'), source: f }));
  const root = 'tests/fixtures/ingest';
  const golden = readdirSync(root).sort().flatMap((stage) =>
    readdirSync(path.join(root, stage)).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: readFileSync(path.join(root, stage, f), 'utf8'), source: `${stage}/${f}` })),
  );
  const corpus = Array.from({ length: 120 }, (_, i) => {
    const a = generateArticle(DEFAULT_SEED, i);
    return { text: a.text, source: a.source, publishedAt: a.publishedAt };
  });
  // Interleaved, so batches mix hand-written pages with generated ones.
  const mixed: IngestInput[] = [];
  for (let i = 0; i < Math.max(corpus.length, seeds.length + golden.length); i++) {
    if (corpus[i]) mixed.push(corpus[i]!);
    const extra = [...seeds, ...golden][i];
    if (extra) mixed.push(extra);
  }
  // A series meeting first known by its year, then by its day (a stored row patched), and mentions
  // without a year that join the stored meeting of their series in the same month, or do not.
  const amm = (title: string, body: string): IngestInput => ({ text: `${title}\n${body}`, source: `amm-${title}.txt` });
  const first = amm('AMM-54 sắp diễn ra', 'Năm 2021, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54) sẽ được tổ chức. Bộ trưởng Bùi Thanh Sơn khẳng định ASEAN cần đoàn kết.');
  const later = [
    amm('Hội nghị AMM-54 khai mạc', 'Ngày 2/8/2021, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54) khai mạc trực tuyến tại Hà Nội. Bộ trưởng Bùi Thanh Sơn khẳng định ASEAN cần đoàn kết.'),
    amm('Bộ trưởng dự hội nghị', 'Ngày 3/8, tại Hội nghị Bộ trưởng Ngoại giao ASEAN, Bộ trưởng Bùi Thanh Sơn nhấn mạnh vai trò của ASEAN.'),
    amm('Hội nghị tháng Ba', 'Ngày 5/3, tại Hội nghị Bộ trưởng Ngoại giao ASEAN, Ngoại trưởng Retno Marsudi nhấn mạnh vai trò của ASEAN.'),
    amm('Hội nghị AMM-55', 'Ngày 10/9/2022, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 (AMM-55) khai mạc tại Phnom Penh. Ngoại trưởng Retno Marsudi khẳng định hợp tác.'),
    amm('Hội nghị tháng Chín', 'Ngày 11/9, tại Hội nghị Bộ trưởng Ngoại giao ASEAN, Ngoại trưởng Retno Marsudi khẳng định hợp tác.'),
    amm('Hội nghị không ngày', 'Tại Hội nghị Bộ trưởng Ngoại giao ASEAN, Ngoại trưởng Retno Marsudi khẳng định hợp tác.'),
  ];
  return [first, ...mixed, ...later];
}

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

/** Every table, with ids replaced by the natural keys of the rows they point at. */
async function dump(prisma: PrismaClient) {
  const documents = await prisma.document.findMany();
  const docHash = new Map(documents.map((d) => [d.id, d.contentHash]));
  const articles = await prisma.article.findMany();
  const articleHash = new Map(articles.map((a) => [a.id, a.contentHash]));
  const persons = await prisma.person.findMany({ include: { aliases: true, roles: true } });
  const personKey = new Map(persons.map((p) => [p.id, `${p.folded}|${p.aliases.map((a) => a.folded).sort().join(',')}`]));
  const organisations = await prisma.organisation.findMany({ include: { aliases: true } });
  const orgKey = new Map(organisations.map((o) => [o.id, `${o.folded}|${o.acronym}|${o.aliases.map((a) => a.folded).sort().join(',')}`]));
  const meetings = await prisma.meeting.findMany({ include: { aliases: true, participants: true, organisations: true } });
  const meetingKey = new Map(meetings.map((m) => [m.id, m.key]));
  const ref = <K>(map: Map<K, string>, id: K | null) => (id === null ? null : map.get(id) ?? `missing ${String(id)}`);
  return {
    documents: sorted(documents.map(({ id: _, ingestedAt: __, ...d }) => d)),
    articles: sorted(articles.map(({ id: _, createdAt: __, documentId, ...a }) => ({ ...a, document: ref(docHash, documentId) }))),
    countries: sorted(await prisma.country.findMany({ include: { aliases: { select: { alias: true, folded: true } } } }).then((rows) => rows.map((c) => ({ ...c, aliases: sorted(c.aliases) })))),
    persons: sorted(
      persons.map((p) => ({
        name: p.name, folded: p.folded, countryCode: p.countryCode,
        aliases: sorted(p.aliases.map((a) => [a.alias, a.folded])),
        roles: sorted(p.roles.map((r) => [r.title, r.countryCode, ref(orgKey, r.organisationId), ref(articleHash, r.articleId)])),
      })),
    ),
    organisations: sorted(organisations.map(({ id: _, createdAt: __, aliases, ...o }) => ({ ...o, aliases: sorted(aliases.map((a) => [a.alias, a.folded])) }))),
    meetings: sorted(
      meetings.map(({ id: _, createdAt: __, aliases, participants, organisations: orgs, chairPersonId, chairOrganisationId, parentId, ...m }) => ({
        ...m,
        chairPerson: ref(personKey, chairPersonId), chairOrganisation: ref(orgKey, chairOrganisationId), parent: ref(meetingKey, parentId),
        aliases: sorted(aliases.map((a) => [a.alias, a.folded])),
        participants: sorted(participants.map((p) => [ref(personKey, p.personId), p.role])),
        organisations: sorted(orgs.map((o) => [ref(orgKey, o.organisationId), o.role])),
      })),
    ),
    statements: sorted(
      (await prisma.statement.findMany()).map(({ id: _, createdAt: __, articleId, meetingId, speakerPersonId, speakerOrganisationId, ...s }) => ({
        ...s, article: ref(articleHash, articleId), meeting: ref(meetingKey, meetingId), person: ref(personKey, speakerPersonId), organisation: ref(orgKey, speakerOrganisationId),
      })),
    ),
    mentions: sorted(
      (await prisma.mention.findMany()).map(({ id: _, articleId, personId, organisationId, meetingId, ...m }) => ({
        ...m, article: ref(articleHash, articleId), person: ref(personKey, personId), organisation: ref(orgKey, organisationId), meeting: ref(meetingKey, meetingId),
      })),
    ),
  };
}

describe('batch ingest against one document at a time', { timeout: 300_000 }, () => {
  const databases = useTestDatabases('one', 'batched');

  it('stores the same rows, compared by natural keys', async () => {
    const all = inputs();
    for (const input of all) await ingestDocument(databases.one.db.prisma, input);
    // A third already stored one at a time, then the rest in batches that merge with it and each other.
    const split = Math.floor(all.length / 3);
    for (const input of all.slice(0, split)) await ingestDocument(databases.batched.db.prisma, input);
    const fallbacks: unknown[] = [];
    const outcomes = await ingestDocuments(databases.batched.db.prisma, all.slice(split), { batchSize: 37, onBatchError: (e) => fallbacks.push(e) });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    // A failed batch is redone one document at a time, which would compare that path with itself.
    expect(fallbacks).toEqual([]);

    const [a, b] = [await dump(databases.one.db.prisma), await dump(databases.batched.db.prisma)];
    // Not vacuous: the corpus merges persons and meetings across documents.
    expect(a.persons.length).toBeGreaterThan(50);
    expect(a.meetings.length).toBeGreaterThan(20);
    expect(a.mentions.length).toBeGreaterThan(1000);
    const amm = (key: string) => a.meetings.filter((m) => m.includes(`"key":"${key}`)).map((m) => JSON.parse(m) as { startDate: string; city: string | null });
    expect(amm('AMM-54"')).toMatchObject([{ startDate: '2021-08-02T00:00:00.000Z', city: 'Hà Nội' }]);
    expect(amm('AMM-55"')).toHaveLength(1);
    expect(amm('AMM-undated-')).toHaveLength(1);
    for (const table of Object.keys(a) as (keyof typeof a)[]) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
  });
});
