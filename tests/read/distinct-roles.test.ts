// Person.roles answers the first row (by id) of each distinct (title, organisation, country) of a
// person, and Organisation.people each person with a role there once. Both are skip scans
// (src/read/distinct-roles.ts) shared by the planned and the ordinary path, so they are held here
// to an independent reference computed from every PersonRole row, on roles made to stress them:
// NULL organisations and countries (a row comparison cannot step over NULLs), titles that sort
// between others, and the same key repeated across mentions with other keys' rows in between.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { execute } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/test-database.ts';
import { gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

const QUERY = `query ($id: ID!) { node(id: $id) { ... on Person { roles { title organisation { id } country { code } article { id } } } } }`;

let t: ApiTestContext;
let ordinary: App;
beforeAll(async () => {
  t = await setupApi();
  ordinary = await startApp(testConfig({ READ_PLANNER: 'false', RESPONSE_CACHE: 'false' }), { database: t.app.services.db });
});
afterAll(() => t.app.drop());

/** The rule, written the slow way: every row of the person, first of each key, in id order. */
async function expectedRoles(personId: number) {
  const rows = await t.app.services.db.prisma.personRole.findMany({ where: { personId }, orderBy: { id: 'asc' } });
  const firsts = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = JSON.stringify([row.title, row.organisationId, row.countryCode]);
    if (!firsts.has(key)) firsts.set(key, row);
  }
  return [...firsts.values()].map((r) => ({
    title: r.title,
    organisation: r.organisationId === null ? null : { id: gid('Organisation', r.organisationId) },
    country: r.countryCode === null ? null : { code: r.countryCode },
    article: r.articleId === null ? null : { id: gid('Article', r.articleId) },
  }));
}

describe('distinct roles', () => {
  it('Person.roles: each distinct role once, with its first row, on the planned and the ordinary path', async () => {
    const prisma = t.app.services.db.prisma;
    const { son, lim } = t.graph.persons;
    const { asean, secretariat } = t.graph.organisations;
    const { amm54, russia, summit } = t.graph.articles;
    const titles = ['Bộ trưởng', 'Bộ trưởng Ngoại giao', 'Phó Thủ tướng', 'Bộ trưởng Ngoại giao', 'Ấn'];
    const organisations = [null, asean, secretariat, null];
    const countries = [null, 'VN', null, 'JP'];
    const articles = [amm54, russia, summit, null];
    // Three passes over every combination: repeats of a role with other roles' rows in between.
    const data = [];
    for (let pass = 0; pass < 3; pass++) {
      for (const [i, title] of titles.entries()) {
        for (const [j, organisationId] of organisations.entries()) {
          for (const [k, countryCode] of countries.entries()) {
            data.push({ personId: son, title, organisationId, countryCode, articleId: articles[(i + j + k + pass) % articles.length]! });
          }
        }
      }
    }
    await prisma.personRole.createMany({ data });
    for (const personId of [son, lim]) {
      const expected = await expectedRoles(personId);
      const variables = { id: gid('Person', personId) };
      const planned = await execute(t.app.yoga, QUERY, variables);
      const reference = await execute(ordinary.yoga, QUERY, variables);
      expect(planned.errors).toBeUndefined();
      expect(planned.data!.node.roles).toEqual(expected);
      expect(reference.errors).toBeUndefined();
      expect(reference.data).toEqual(planned.data);
    }
    // 4 distinct titles × 3 distinct organisations (NULL once) × 3 distinct countries, plus the fixture's own.
    expect((await expectedRoles(son)).length).toBeGreaterThanOrEqual(4 * 3 * 3);
  });

  it('Organisation.people: each person with a role there once, in the order of their first role', async () => {
    const prisma = t.app.services.db.prisma;
    const { son, lim, motegi, retno } = t.graph.persons;
    const { asean, secretariat } = t.graph.organisations;
    // Interleaved, repeated, and in the other organisation too.
    const order = [retno, son, retno, motegi, son, lim, retno, motegi, son];
    await prisma.personRole.createMany({
      data: order.flatMap((personId, i) => [
        { personId, title: `Đại diện ${i}`, organisationId: asean },
        { personId: order[order.length - 1 - i]!, title: 'Thành viên', organisationId: secretariat },
      ]),
    });
    const query = `query ($id: ID!) { node(id: $id) { ... on Organisation { people { id } } } }`;
    for (const organisationId of [asean, secretariat]) {
      const rows = await prisma.personRole.findMany({ where: { organisationId }, orderBy: { id: 'asc' } });
      const expected = [...new Set(rows.map((r) => r.personId))].map((id) => ({ id: gid('Person', id) }));
      const answer = await execute(ordinary.yoga, query, { id: gid('Organisation', organisationId) });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.node.people).toEqual(expected);
      expect(expected.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('Person.roles: its skip-scan index, which schema.prisma cannot declare, is created by the migrations', async () => {
    const [row] = await t.app.services.db.withSession((s) =>
      s.query<{ def: string }>(`SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'PersonRole_distinct_role_idx'`),
    );
    expect(row?.def).toContain('COALESCE("organisationId", 0)');
  });
});
