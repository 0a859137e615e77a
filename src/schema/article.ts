import { prismaWhere } from '../read/model/filter.ts';
import { prismaOrder } from '../read/model/order.ts';
import { ARTICLE_FILTER, ARTICLE_ORDER, type ArticleFilterInput } from '../read/model/article.ts';
import { everyWord } from '../values/text-filter.ts';
import { filterId } from '../values/global-id.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { builder } from './builder.ts';
import { MeetingRef } from './meeting.ts';
import { mentionedArticles } from './mentions.ts';
import { OrganisationRef } from './organisation.ts';
import { PersonRef } from './person.ts';
import { StatementFilter, StatementOrderBy, statementOrder, statementWhere } from './statement-filter.ts';

export const ArticleRef = builder.prismaNode('Article', {
  id: { field: 'id' },
  // node(id) answers null for an ID that names nothing.
  nullable: true,
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    lede: t.exposeString('lede', { nullable: true }),
    body: t.exposeString('body'),
    source: t.exposeString('source'),
    lineStart: t.exposeInt('lineStart'),
    lineEnd: t.exposeInt('lineEnd'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    language: t.exposeString('language'),
    mentions: t.relation('mentions', { query: { orderBy: [{ field: 'desc' }, { start: 'asc' }, { id: 'asc' }] } }),
    meetings: t.field({
      type: [MeetingRef],
      description: 'Meetings the article mentions, in order of first mention.',
      select: (_args, _ctx, nested) => ({
        mentions: { where: { kind: 'MEETING' }, distinct: ['meetingId'], orderBy: { id: 'asc' }, select: { meeting: nested() } },
      }),
      resolve: (article) => article.mentions.flatMap((m) => (m.meeting ? [m.meeting] : [])),
    }),
    persons: t.field({
      type: [PersonRef],
      description: 'People the article mentions, in order of first mention.',
      select: (_args, _ctx, nested) => ({
        mentions: { where: { kind: 'PERSON' }, distinct: ['personId'], orderBy: { id: 'asc' }, select: { person: nested() } },
      }),
      resolve: (article) => article.mentions.flatMap((m) => (m.person ? [m.person] : [])),
    }),
    organisations: t.field({
      type: [OrganisationRef],
      description: 'Organisations the article mentions, in order of first mention.',
      select: (_args, _ctx, nested) => ({
        mentions: {
          where: { kind: 'ORGANISATION' },
          distinct: ['organisationId'],
          orderBy: { id: 'asc' },
          select: { organisation: nested() },
        },
      }),
      resolve: (article) => article.mentions.flatMap((m) => (m.organisation ? [m.organisation] : [])),
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      args: { filter: t.arg({ type: StatementFilter }), orderBy: t.arg({ type: StatementOrderBy }) },
      query: (args) => ({ where: statementWhere(args.filter), orderBy: statementOrder(args.orderBy) }),
      totalCount: true,
    }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Words in the title or body; case and diacritics are ignored.' }),
    source: t.string(),
    publishedFrom: t.field({ type: 'DateTime' }),
    publishedTo: t.field({ type: 'DateTime' }),
    mentionsPerson: t.id(),
    mentionsOrganisation: t.id(),
    mentionsMeeting: t.id(),
  }),
});

const ArticleOrderBy = builder.enumType('ArticleOrderBy', {
  values: ARTICLE_ORDER.values,
});

function articleWhere(filter: ArticleFilterInput | null | undefined): Prisma.ArticleWhereInput {
  return prismaWhere(ARTICLE_FILTER, filter);
}

builder.queryField('articles', (t) =>
  t.prismaConnection(
    {
    type: 'Article',
    cursor: 'id',
    args: {
      filter: t.arg({ type: ArticleFilter }),
      orderBy: t.arg({ type: ArticleOrderBy, defaultValue: 'CREATED_AT_ASC' }),
    },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.article.findMany({ ...query, where: articleWhere(args.filter), orderBy: prismaOrder(ARTICLE_ORDER.of(args.orderBy)) as Prisma.ArticleOrderByWithRelationInput[] }),
    totalCount: (_parent, args, ctx) => ctx.prisma.article.count({ where: articleWhere(args.filter) }),
  },
    { name: 'ArticleConnection' },
    { name: 'ArticleEdge' },
  ),
);

// Articles that mention a meeting, person or organisation: one edge per article.
for (const [model, column] of [['Meeting', 'meetingId'], ['Person', 'personId'], ['Organisation', 'organisationId']] as const) {
  builder.prismaObjectField(model, 'articles', (t) =>
    t.connection(
    {
      type: ArticleRef,
      select: (args, ctx, nestedSelection) => ({
        id: true,
        mentions: { ...mentionedArticles.getQuery(args, ctx, nestedSelection), distinct: ['articleId'] },
      }),
      resolve: (parent, args, ctx) => ({
        ...mentionedArticles.resolve(parent.mentions, args, ctx),
        totalCount: () => ctx.loaders.mentionedArticleCount.load(`${column}:${parent.id}`),
      }),
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          resolve: (connection) => (typeof connection.totalCount === 'function' ? connection.totalCount() : connection.totalCount),
        }),
      }),
    }),
  );
}
