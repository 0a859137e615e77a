// Concurrent writers converge: simultaneous ingests of one text store it once, simultaneous ingests
// naming one person and one meeting create each once, and racing merges leave a consistent graph
// where the losers get a typed NOT_FOUND. On PostgreSQL the calls run on parallel connections; on
// PGlite (one connection) they interleave on it, and the outcomes asserted are the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeOrganisations, mergePersons } from '../../src/services/merge.ts';
import { NotFoundError } from '../../src/errors/errors.ts';
import { openDatabase } from '../../src/db/database.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { fold } from '../../src/text/fold.ts';
import { createTestDatabase, testConfig, type TestDatabase } from '../helpers/test-database.ts';
import { startLiveServer } from '../helpers/live-server.ts';
import { serverUrlFromEnv } from '../helpers/postgres-admin.ts';

const N = 50;
const TOPICS = ['đoàn kết', 'hợp tác kinh tế', 'an ninh biển', 'chuyển đổi số', 'y tế công cộng', 'giáo dục', 'năng lượng sạch', 'du lịch', 'nông nghiệp', 'thương mại'];

/** Texts that differ (so each is a new document) but name the same person at the same meeting. */
function sameEntitiesText(k: number): string {
  return [
    `Sáng 11/7/2023, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56) khai mạc tại Jakarta, Indonesia, với ${k + 3} đoàn đại biểu.`,
    `Bộ trưởng Ngoại giao Indonesia Retno Marsudi nhấn mạnh ASEAN cần tăng cường ${TOPICS[k % TOPICS.length]} trong giai đoạn ${k + 1}.`,
  ].join('\n');
}

const MINISTERS = [
  ['Indonesia', 'Retno Marsudi'], ['Philippines', 'Enrique Manalo'], ['Malaysia', 'Saifuddin Abdullah'], ['Singapore', 'Vivian Balakrishnan'],
  ['Campuchia', 'Prak Sokhonn'], ['Lào', 'Saleumxay Kommasith'], ['Brunei', 'Erywan Yusof'], ['Thái Lan', 'Don Pramudwinai'],
] as const;

function ministerText(i: number): string {
  const [country, name] = MINISTERS[i]!;
  return [
    `Ngày 12/7/2023, tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56), Bộ trưởng Ngoại giao ${country} ${name} khẳng định ${country} ủng hộ vai trò trung tâm của ASEAN.`,
    `Bộ trưởng ${name} cho biết ${country} sẵn sàng thúc đẩy ${TOPICS[i]!}.`,
  ].join('\n');
}

async function graphSnapshot(prisma: PrismaClient) {
  const [persons, aliases, roles, participants, personMentions, personStatements, documents, articles, meetings] = await Promise.all([
    prisma.person.findMany({ select: { id: true, folded: true } }),
    prisma.personAlias.findMany({ select: { personId: true, folded: true } }),
    prisma.personRole.findMany({ select: { personId: true, title: true, articleId: true, countryCode: true, organisationId: true } }),
    prisma.meetingParticipant.findMany({ select: { meetingId: true, personId: true } }),
    prisma.mention.findMany({ where: { kind: 'PERSON' }, select: { personId: true } }),
    prisma.statement.findMany({ where: { speakerKind: 'PERSON' }, select: { speakerPersonId: true } }),
    prisma.document.count(),
    prisma.article.count(),
    prisma.meeting.findMany({ select: { id: true, key: true } }),
  ]);
  return { persons, aliases, roles, participants, personMentions, personStatements, documents, articles, meetings };
}

function duplicates<T>(rows: T[], key: (row: T) => string): string[] {
  const seen = new Set<string>();
  return rows.map(key).filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
}

/** Nothing points at a person that is gone, and no person holds the same alias, role or meeting twice. */
function expectConsistent(g: Awaited<ReturnType<typeof graphSnapshot>>) {
  const ids = new Set(g.persons.map((p) => p.id));
  expect(g.aliases.filter((a) => !ids.has(a.personId))).toEqual([]);
  expect(g.participants.filter((p) => !ids.has(p.personId))).toEqual([]);
  expect(g.personMentions.filter((m) => m.personId === null || !ids.has(m.personId))).toEqual([]);
  expect(g.personStatements.filter((s) => s.speakerPersonId !== null && !ids.has(s.speakerPersonId))).toEqual([]);
  expect(duplicates(g.aliases, (a) => `${a.personId}|${a.folded}`)).toEqual([]);
  expect(duplicates(g.participants, (p) => `${p.meetingId}|${p.personId}`)).toEqual([]);
  expect(duplicates(g.roles, (r) => `${r.personId}|${r.title}|${r.articleId}|${r.countryCode}|${r.organisationId}`)).toEqual([]);
  expect(duplicates(g.persons, (p) => p.folded)).toEqual([]);
}

describe('concurrent ingestion', { timeout: 180_000 }, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it(`${N} simultaneous ingests of different texts naming one person at one meeting create each once`, async () => {
    const results = await Promise.all(Array.from({ length: N }, (_, k) => ingestDocument(test.db.prisma, { text: sameEntitiesText(k), source: `diff-${k}.txt` })));
    expect(results.every((r) => r.created)).toBe(true);
    const g = await graphSnapshot(test.db.prisma);
    expect(g.documents).toBe(N);
    expect(g.persons.filter((p) => p.folded === 'retno marsudi')).toHaveLength(1);
    expect(g.meetings.filter((m) => m.key === 'AMM-56')).toHaveLength(1);
    expect(g.meetings).toHaveLength(1);
    // Every one of the N texts attributes its statement to that one person.
    const retno = g.persons.find((p) => p.folded === 'retno marsudi')!.id;
    expect(g.personStatements.filter((s) => s.speakerPersonId === retno).length).toBeGreaterThanOrEqual(N);
    expectConsistent(g);
  });

  it(`${N} simultaneous ingests of different texts naming one person (and no meeting) create the person once`, async () => {
    const texts = Array.from({ length: N }, (_, k) => `Ngoại trưởng Philippines Teodoro Locsin khẳng định Philippines coi trọng ${TOPICS[k % TOPICS.length]} với ${k + 2} đối tác.`);
    // The country row exists already, so its first insert cannot queue the writers by accident.
    await ingestDocument(test.db.prisma, { text: 'Philippines và Indonesia coi trọng hợp tác.', source: 'countries.txt' });
    const results = await Promise.all(texts.map((text, k) => ingestDocument(test.db.prisma, { text, source: `person-${k}.txt` })));
    expect(results.every((r) => r.created)).toBe(true);
    const g = await graphSnapshot(test.db.prisma);
    expect(g.persons.filter((p) => p.folded === 'teodoro locsin')).toHaveLength(1);
    expectConsistent(g);
  });

  it(`${N} simultaneous ingests of the same text store one document; the others report it as known`, async () => {
    const text = sameEntitiesText(1000);
    const documentsBefore = await test.db.prisma.document.count();
    const results = await Promise.all(Array.from({ length: N }, (_, k) => ingestDocument(test.db.prisma, { text, source: `same-${k}.txt` })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
    expect(new Set(results.flatMap((r) => r.articles.map((a) => a.id))).size).toBe(results[0]!.articles.length);
    const g = await graphSnapshot(test.db.prisma);
    expect(g.documents).toBe(documentsBefore + 1);
    expectConsistent(g);
  });
});

type MergeOutcome = { ok: true; targetId: number; sourceIds: number[] } | { ok: false; error: unknown };

describe('concurrent merges', { timeout: 180_000 }, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    for (let i = 0; i < MINISTERS.length; i++) await ingestDocument(test.db.prisma, { text: ministerText(i), source: `m-${i}.txt` });
  });
  afterAll(() => test.drop());

  it('racing mergePersons calls leave no dangling rows; each loser gets NOT_FOUND', async () => {
    const prisma = test.db.prisma;
    const ids = (await prisma.person.findMany({ where: { folded: { in: MINISTERS.map(([, n]) => n.toLowerCase()) } }, orderBy: { id: 'asc' } })).map((p) => p.id);
    expect(ids).toHaveLength(MINISTERS.length);
    const before = await graphSnapshot(prisma);
    // Overlapping merges, in both directions: at most one of each conflicting pair can win.
    const plan: [number, number[]][] = [];
    for (let i = 0; i < ids.length; i++) {
      plan.push([ids[i]!, [ids[(i + 1) % ids.length]!]]);
      plan.push([ids[(i + 1) % ids.length]!, [ids[i]!]]);
      plan.push([ids[(i + 3) % ids.length]!, [ids[i]!, ids[(i + 2) % ids.length]!]]);
    }
    const outcomes: MergeOutcome[] = await Promise.all(
      plan.map(([targetId, sourceIds]) =>
        mergePersons(prisma, targetId, sourceIds).then(
          () => ({ ok: true as const, targetId, sourceIds }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      ),
    );
    const failures = outcomes.filter((o) => !o.ok).map((o) => (o as { error: unknown }).error);
    for (const error of failures) expect(error).toBeInstanceOf(NotFoundError);
    const wins = outcomes.filter((o): o is Extract<MergeOutcome, { ok: true }> => o.ok);
    expect(wins.length).toBeGreaterThan(0);
    const after = await graphSnapshot(prisma);
    const merged = wins.flatMap((w) => w.sourceIds);
    expect(new Set(merged).size).toBe(merged.length); // an id is merged away once
    for (const id of merged) expect(after.persons.some((p) => p.id === id)).toBe(false);
    expect(after.persons).toHaveLength(before.persons.length - merged.length);
    // Nothing was lost on the way: every person mention and attributed statement still has its person.
    expect(after.personMentions).toHaveLength(before.personMentions.length);
    expect(after.personStatements.filter((s) => s.speakerPersonId !== null)).toHaveLength(
      before.personStatements.filter((s) => s.speakerPersonId !== null).length,
    );
    expectConsistent(after);
  });

  it('racing mergeOrganisations calls: the loser gets NOT_FOUND, the winner keeps everything', async () => {
    const prisma = test.db.prisma;
    const orgs = await Promise.all(
      ['Tổ chức Thử nghiệm Một', 'Tổ chức Thử nghiệm Hai', 'Tổ chức Thử nghiệm Ba'].map((name, i) =>
        prisma.organisation.create({ data: { name, folded: fold(name), aliases: { create: [{ alias: `TN${i}`, folded: `tn${i}` }] } } }),
      ),
    );
    const [a, b, c] = orgs.map((o) => o.id) as [number, number, number];
    const outcomes = await Promise.all(
      [[a, [b]], [b, [a]], [c, [a, b]], [a, [c]]].map(([t, s]) =>
        mergeOrganisations(prisma, t as number, s as number[]).then(
          () => ({ ok: true as const, sources: s as number[] }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      ),
    );
    for (const o of outcomes) if (!o.ok) expect(o.error).toBeInstanceOf(NotFoundError);
    const merged = outcomes.flatMap((o) => (o.ok ? o.sources : []));
    expect(new Set(merged).size).toBe(merged.length);
    const left = await prisma.organisation.findMany({ where: { id: { in: [a, b, c] } }, include: { aliases: true } });
    expect(left).toHaveLength(3 - merged.length);
    // The survivors together still answer to every name the three had.
    expect(new Set(left.flatMap((o) => [o.folded, ...o.aliases.map((x) => x.folded)]))).toEqual(
      new Set(orgs.flatMap((o, i) => [o.folded, `tn${i}`])),
    );
  });
});

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  __typename ... on IngestDocumentPayload { documentId created }
} }`;
const MERGE = `mutation($input: MergePersonsInput!) { mergePersons(input: $input) {
  __typename ... on MergePersonsPayload { mergedIds } ... on UserError { code }
} }`;
const PERSONS = `query { persons(first: 50, filter: { search: "marsudi" }) { totalCount } }`;

describe('concurrent mutations through a live server', () => {
  const key = testConfig().DIPLOGRAPH_API_KEY!;
  let test: TestDatabase | null = null;
  let dir: string | null = null;
  let databaseUrl: string;
  beforeAll(async () => {
    if (serverUrlFromEnv()) {
      test = await createTestDatabase();
      databaseUrl = test.url;
    } else {
      dir = mkdtempSync(path.join(tmpdir(), 'diplograph-concurrency-'));
      databaseUrl = `pglite:${dir}`;
    }
  });
  afterAll(async () => {
    await test?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function post(url: string, query: string, variables: Record<string, unknown>) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
  }

  it('simultaneous ingestDocument and mergePersons mutations: typed answers only, one person, one document', async () => {
    const server = await startLiveServer({ DATABASE_URL: databaseUrl, DIPLOGRAPH_API_KEY: key, SEED_ON_START: 'false' });
    try {
      const same = sameEntitiesText(2000);
      const ingests = await Promise.all([
        ...Array.from({ length: 20 }, (_, k) => post(server.url, INGEST, { input: { text: same, source: `live-same-${k}.txt` } })),
        ...Array.from({ length: 20 }, (_, k) => post(server.url, INGEST, { input: { text: sameEntitiesText(k), source: `live-${k}.txt` } })),
        ...MINISTERS.slice(1, 4).map((_, i) => post(server.url, INGEST, { input: { text: ministerText(i + 1), source: `live-m-${i}.txt` } })),
      ]);
      for (const r of ingests) {
        expect(r.status).toBe(200);
        expect(r.body.errors).toBeUndefined();
        expect(r.body.data.ingestDocument.__typename).toBe('IngestDocumentPayload');
      }
      expect(ingests.slice(0, 20).filter((r) => r.body.data.ingestDocument.created)).toHaveLength(1);
      expect(new Set(ingests.slice(0, 20).map((r) => r.body.data.ingestDocument.documentId)).size).toBe(1);
      const found = await post(server.url, PERSONS, {});
      expect(found.body.data.persons.totalCount).toBe(1);

      const people = await post(server.url, `query { persons(first: 50) { edges { node { id } } } }`, {});
      const ids: string[] = people.body.data.persons.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids.length).toBeGreaterThanOrEqual(4);
      const [a, b, c, d] = ids as [string, string, string, string];
      const merges = await Promise.all(
        [[a, [b]], [b, [a]], [c, [b]], [d, [c, a]], [a, [d]]].map(([targetId, sourceIds]) => post(server.url, MERGE, { input: { targetId, sourceIds } })),
      );
      for (const r of merges) {
        expect(r.status).toBe(200);
        expect(r.body.errors).toBeUndefined();
        expect(['MergePersonsPayload', 'NotFoundError']).toContain(r.body.data.mergePersons.__typename);
      }
      const mergedAway = merges.flatMap((r) => r.body.data.mergePersons.mergedIds ?? []);
      expect(new Set(mergedAway).size).toBe(mergedAway.length);
      const left = await post(server.url, `query { persons(first: 50) { totalCount } }`, {});
      expect(left.body.data.persons.totalCount).toBe(ids.length - mergedAway.length);
    } finally {
      await server.stop();
    }
    if (dir) {
      // The server has let go of the folder: check the stored graph directly.
      const db = await openDatabase({ kind: 'pglite', dataDir: dir });
      try {
        expectConsistent(await graphSnapshot(db.prisma));
      } finally {
        await db.close();
      }
    } else expectConsistent(await graphSnapshot(test!.db.prisma));
    // A child server that migrates a fresh PGlite folder needs more than the default on a busy machine.
  }, 240_000);
});
