// Request-scoped DataLoaders for lookups that are not Prisma relations (search hits, subscription
// payloads): every id asked for in one tick becomes one `WHERE id IN (…)` per model. Also the
// relations over PersonRole's one row per mention, which Prisma's `distinct` would read whole.
import DataLoader from 'dataloader';
import type { PersonRole, PrismaClient } from '../generated/prisma/client.ts';
import { distinctRoleIdsSql, firstRolePerPersonSql } from './distinct-roles.ts';

function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

type MentionColumn = 'meetingId' | 'personId' | 'organisationId';

export function createLoaders(prisma: PrismaClient) {
  return {
    article: byId((ids) => prisma.article.findMany({ where: { id: { in: ids } } })),
    meeting: byId((ids) => prisma.meeting.findMany({ where: { id: { in: ids } } })),
    person: byId((ids) => prisma.person.findMany({ where: { id: { in: ids } } })),
    organisation: byId((ids) => prisma.organisation.findMany({ where: { id: { in: ids } } })),
    country: new DataLoader<string, Awaited<ReturnType<PrismaClient['country']['findUnique']>>>(async (codes) => {
      const rows = await prisma.country.findMany({ where: { code: { in: [...codes] } } });
      const map = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => map.get(code) ?? null);
    }),
    /** Distinct articles mentioning an entity, keyed "personId:12" (one GROUP BY per column). */
    mentionedArticleCount: new DataLoader<string, number>(async (keys) => {
      const counts = new Map<string, number>();
      const byColumn = new Map<MentionColumn, number[]>();
      for (const key of keys) {
        const [column, id] = key.split(':') as [MentionColumn, string];
        byColumn.set(column, [...(byColumn.get(column) ?? []), Number(id)]);
      }
      for (const [column, ids] of byColumn) {
        const rows = await prisma.mention.groupBy({ by: [column, 'articleId'], where: { [column]: { in: ids } } });
        for (const row of rows) {
          const key = `${column}:${row[column]}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      return keys.map((key) => counts.get(key) ?? 0);
    }),
    statement: byId((ids) => prisma.statement.findMany({ where: { id: { in: ids } } })),
    /** Person.roles: each distinct role of every person asked for, by one skip scan per person. */
    distinctRoles: new DataLoader<number, PersonRole[]>(async (personIds) => {
      const kept = await prisma.$queryRawUnsafe<{ id: number }[]>(
        `SELECT k.id FROM unnest($1::int[]) AS p(id) CROSS JOIN LATERAL (${distinctRoleIdsSql('p.id', 'k')}) k`,
        [...personIds],
      );
      const rows = await prisma.personRole.findMany({ where: { id: { in: kept.map((k) => k.id) } }, orderBy: { id: 'asc' } });
      const byPerson = new Map<number, PersonRole[]>();
      for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
      return personIds.map((personId) => byPerson.get(personId) ?? []);
    }),
    /** Organisation.people: the ids of the persons with a role there, in the order of their first role. */
    organisationPeople: new DataLoader<number, number[]>(async (organisationIds) => {
      const rows = await prisma.$queryRawUnsafe<{ organisationId: number; personId: number }[]>(
        `SELECT r."organisationId", r."personId" FROM unnest($1::int[]) AS o(id)
           CROSS JOIN LATERAL (${firstRolePerPersonSql('o.id', 'k')}) k JOIN "PersonRole" r ON r.id = k.id ORDER BY r.id`,
        [...organisationIds],
      );
      const byOrganisation = new Map<number, number[]>();
      for (const row of rows) byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row.personId]);
      return organisationIds.map((id) => byOrganisation.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
