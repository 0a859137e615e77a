// Articles: how a list of them is ordered and filtered (the `articles` root).
import type { Prisma } from '../../generated/prisma/client.ts';
import { filterId, type NodeTypeName } from '../../values/global-id.ts';
import { everyWord } from '../../values/text-filter.ts';
import { everyWordSql, type FilterRules, type SqlScope } from './filter.ts';
import { orderings } from './order.ts';

export const ARTICLE_ORDER = orderings(
  {
    PUBLISHED_AT_DESC: [{ column: 'publishedAt', desc: true, nullsLast: true }, { column: 'id', desc: true }],
    PUBLISHED_AT_ASC: [{ column: 'publishedAt', nullsLast: true }, { column: 'id' }],
    CREATED_AT_DESC: [{ column: 'createdAt', desc: true }, { column: 'id', desc: true }],
    CREATED_AT_ASC: [{ column: 'createdAt' }, { column: 'id' }],
  },
  'CREATED_AT_ASC',
);

export interface ArticleFilterInput {
  search?: string | null;
  source?: string | null;
  publishedFrom?: Date | null;
  publishedTo?: Date | null;
  mentionsPerson?: string | null;
  mentionsOrganisation?: string | null;
  mentionsMeeting?: string | null;
}

type Where = Prisma.ArticleWhereInput;
type MentionColumn = 'personId' | 'organisationId' | 'meetingId';

/** Articles with a mention of the entity. */
function mentions(typename: NodeTypeName, column: MentionColumn, field: string) {
  return {
    prisma: (id: string): Where => ({ mentions: { some: { [column]: filterId(id, typename, field) } } }),
    sql: (id: string, s: SqlScope) =>
      `EXISTS (SELECT 1 FROM "Mention" m WHERE m."articleId" = ${s.row}.id AND m."${column}" = ${s.param(filterId(id, typename, field))}::int)`,
  };
}

/** A timestamp parameter, compared as stored: UTC without a zone. */
const instant = (date: Date, s: SqlScope) => `${s.param(date.toISOString())}::timestamptz AT TIME ZONE 'UTC'`;

export const ARTICLE_FILTER: FilterRules<ArticleFilterInput, Where> = {
  search: {
    prisma: (q) => everyWord(q, (w): Where[] => [{ searchText: { contains: w } }]) ?? {},
    sql: (q, s) => everyWordSql(q, s, (like) => [`${s.row}."searchText" LIKE ${like}`]),
  },
  source: { prisma: (source) => ({ source }), sql: (v, s) => `${s.row}.source = ${s.param(v)}` },
  publishedFrom: { prisma: (d) => ({ publishedAt: { gte: d } }), sql: (d, s) => `${s.row}."publishedAt" >= ${instant(d, s)}` },
  publishedTo: { prisma: (d) => ({ publishedAt: { lte: d } }), sql: (d, s) => `${s.row}."publishedAt" <= ${instant(d, s)}` },
  mentionsPerson: mentions('Person', 'personId', 'filter.mentionsPerson'),
  mentionsOrganisation: mentions('Organisation', 'organisationId', 'filter.mentionsOrganisation'),
  mentionsMeeting: mentions('Meeting', 'meetingId', 'filter.mentionsMeeting'),
};
