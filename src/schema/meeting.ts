import { builder } from './builder.ts';

builder.prismaNode('Meeting', {
  id: { field: 'id' },
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    acronym: t.exposeString('acronym', { nullable: true }),
  }),
});

builder.queryField('meetings', (t) =>
  t.prismaConnection({
    type: 'Meeting',
    cursor: 'id',
    resolve: (query, _parent, _args, ctx) => ctx.prisma.meeting.findMany({ ...query, orderBy: { id: 'asc' } }),
    totalCount: (_parent, _args, ctx) => ctx.prisma.meeting.count(),
  }),
);
