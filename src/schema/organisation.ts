import { builder } from './builder.ts';

builder.prismaNode('Organisation', {
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    acronym: t.exposeString('acronym', { nullable: true }),
  }),
});

builder.queryField('organisations', (t) =>
  t.prismaConnection({
    type: 'Organisation',
    cursor: 'id',
    resolve: (query, _parent, _args, ctx) => ctx.prisma.organisation.findMany({ ...query, orderBy: { id: 'asc' } }),
    totalCount: (_parent, _args, ctx) => ctx.prisma.organisation.count(),
  }),
);
