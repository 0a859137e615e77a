import { builder } from './builder.ts';

builder.prismaNode('Statement', {
  id: { field: 'id' },
  fields: (t) => ({
    speakerLabel: t.exposeString('speakerLabel'),
    verb: t.exposeString('verb'),
    content: t.exposeString('content'),
    isDirectQuote: t.exposeBoolean('isDirectQuote'),
    article: t.relation('article'),
  }),
});

builder.queryField('statements', (t) =>
  t.prismaConnection({
    type: 'Statement',
    cursor: 'id',
    resolve: (query, _parent, _args, ctx) => ctx.prisma.statement.findMany({ ...query, orderBy: { id: 'asc' } }),
    totalCount: (_parent, _args, ctx) => ctx.prisma.statement.count(),
  }),
);
