import { prismaWhere } from '../read/model/filter.ts';
import { prismaOrder } from '../read/model/order.ts';
import { ORGANISATION_FILTER, ORGANISATION_ORDER, type OrganisationFilterInput } from '../read/model/organisation.ts';
import { z } from 'zod';
import { mutationId } from '../values/global-id.ts';
import { mergeOrganisations } from '../services/merge.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { everyWord } from '../values/text-filter.ts';
import { builder } from './builder.ts';
import { InputValidationError, InvalidInputError, NotFoundError } from './errors.ts';
import { MeetingChair } from './meeting.ts';
import { OrganisationKindEnum } from './enums.ts';
import { StatementFilter, StatementOrderBy, statementOrder, statementWhere } from './statement-filter.ts';

export const OrganisationRef = builder.prismaNode('Organisation', {
  id: { field: 'id' },
  // node(id) answers null for an ID that names nothing.
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name'),
    acronym: t.exposeString('acronym', { nullable: true }),
    aliases: t.stringList({
      select: { folded: true, aliases: { select: { alias: true, folded: true }, orderBy: { id: 'asc' } } },
      resolve: (o) => o.aliases.filter((a) => a.folded !== o.folded).map((a) => a.alias),
    }),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    country: t.relation('country', { nullable: true }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      args: { filter: t.arg({ type: StatementFilter }), orderBy: t.arg({ type: StatementOrderBy }) },
      query: (args) => ({ where: statementWhere(args.filter), orderBy: statementOrder(args.orderBy) }),
      totalCount: true,
    }),
  }),
});

const OrganisationFilter = builder.inputType('OrganisationFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Name, acronym or alias; case and diacritics are ignored.' }),
    kind: t.field({ type: OrganisationKindEnum }),
    countryCode: t.string(),
  }),
});

const OrganisationOrderBy = builder.enumType('OrganisationOrderBy', {
  values: ORGANISATION_ORDER.values,
});

function organisationWhere(filter: OrganisationFilterInput | null | undefined): Prisma.OrganisationWhereInput {
  return prismaWhere(ORGANISATION_FILTER, filter);
}

builder.queryField('organisations', (t) =>
  t.prismaConnection(
    {
    type: 'Organisation',
    cursor: 'id',
    args: {
      filter: t.arg({ type: OrganisationFilter }),
      orderBy: t.arg({ type: OrganisationOrderBy, defaultValue: 'NAME_ASC' }),
    },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.organisation.findMany({ ...query, where: organisationWhere(args.filter), orderBy: prismaOrder(ORGANISATION_ORDER.of(args.orderBy)) as Prisma.OrganisationOrderByWithRelationInput[] }),
    totalCount: (_parent, args, ctx) => ctx.prisma.organisation.count({ where: organisationWhere(args.filter) }),
  },
    { name: 'OrganisationConnection' },
    { name: 'OrganisationEdge' },
  ),
);

builder.objectField(MeetingChair, 'organisation', (t) =>
  t.field({
    type: OrganisationRef,
    nullable: true,
    resolve: (chair, _args, ctx) => (chair.organisationId ? ctx.loaders.organisation.load(chair.organisationId) : null),
  }),
);

builder.prismaObjectFields('Meeting', (t) => ({
  organisations: t.field({
    type: [OrganisationRef],
    description: 'Organisations that took part, in the order they were recorded.',
    select: (_args, _ctx, nested) => ({ organisations: { orderBy: { id: 'asc' }, select: { organisation: nested() } } }),
    resolve: (meeting) => meeting.organisations.map((o) => o.organisation),
  }),
}));

const MergeOrganisationsInput = builder.inputType('MergeOrganisationsInput', {
  fields: (t) => ({
    targetId: t.id({ required: true, description: 'The organisation that stays.' }),
    sourceIds: t.idList({
      required: true,
      description: 'Organisations folded into the target and then deleted; their names become aliases.',
      validate: z.array(z.string()).min(1, 'must name at least one organisation').max(50, 'must name at most 50 organisations'),
    }),
  }),
});

const MergeOrganisationsPayload = builder
  .objectRef<{ organisationId: number; mergedIds: string[] }>('MergeOrganisationsPayload')
  .implement({
    fields: (t) => ({
      organisation: t.prismaField({
        type: 'Organisation',
        resolve: (query, payload, _args, ctx) =>
          ctx.prisma.organisation.findUniqueOrThrow({ ...query, where: { id: payload.organisationId } }),
      }),
      mergedIds: t.idList({ resolve: (payload) => payload.mergedIds }),
    }),
  });

builder.mutationField('mergeOrganisations', (t) =>
  t.field({
    type: MergeOrganisationsPayload,
    description: 'Folds duplicate organisations into one.',
    args: { input: t.arg({ type: MergeOrganisationsInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, InvalidInputError],
      directResult: true,
      union: { name: 'MergeOrganisationsResult' },
    },
    resolve: async (_root, { input }, ctx) => {
      const targetId = mutationId(input.targetId, 'Organisation', 'input.targetId');
      const sourceIds = input.sourceIds.map((id, i) => mutationId(id, 'Organisation', `input.sourceIds.${i}`));
      const organisationId = await mergeOrganisations(ctx.prisma, targetId, sourceIds);
      ctx.runtime.invalidateReads();
      return { organisationId, mergedIds: input.sourceIds.map(String) };
    },
  }),
);
