import { builder } from './builder.ts';

builder.prismaNode('Article', {
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    lede: t.exposeString('lede', { nullable: true }),
    body: t.exposeString('body'),
    source: t.exposeString('source'),
    lineStart: t.exposeInt('lineStart'),
    lineEnd: t.exposeInt('lineEnd'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    language: t.exposeString('language'),
  }),
});

builder.queryField('articles', (t) =>
  t.prismaConnection({
    type: 'Article',
    cursor: 'id',
    resolve: (query, _parent, _args, ctx) => ctx.prisma.article.findMany({ ...query, orderBy: { id: 'asc' } }),
    totalCount: (_parent, _args, ctx) => ctx.prisma.article.count(),
  }),
);
