import { builder } from './builder.ts';

builder.prismaNode('Person', {
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
  }),
});

builder.queryField('persons', (t) =>
  t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    resolve: (query, _parent, _args, ctx) => ctx.prisma.person.findMany({ ...query, orderBy: { id: 'asc' } }),
    totalCount: (_parent, _args, ctx) => ctx.prisma.person.count(),
  }),
);
