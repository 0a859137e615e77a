import { prismaWhere } from '../read/model/filter.ts';
import { prismaOrder } from '../read/model/order.ts';
import { PERSON_FILTER, PERSON_ORDER, type PersonFilterInput } from '../read/model/person.ts';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { z } from 'zod';
import { filterId, mutationId } from '../values/global-id.ts';
import { mergePersons } from '../services/merge.ts';
import type { Person, Prisma } from '../generated/prisma/client.ts';
import { everyWord } from '../values/text-filter.ts';
import { builder } from './builder.ts';
import { InputValidationError, InvalidInputError, NotFoundError } from './errors.ts';
import { MeetingChair } from './meeting.ts';
import { StatementFilter, StatementOrderBy, statementOrder, statementWhere } from './statement-filter.ts';

const PersonRoleRef = builder.prismaObject('PersonRole', {
  description: 'A title a person held, as an article gave it.',
  fields: (t) => ({
    title: t.exposeString('title'),
    organisation: t.relation('organisation', { nullable: true }),
    country: t.relation('country', { nullable: true }),
    article: t.relation('article', { nullable: true }),
  }),
});

export const PersonRef = builder.prismaNode('Person', {
  id: { field: 'id' },
  // node(id) answers null for an ID that names nothing.
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name'),
    aliases: t.stringList({
      description: 'Other spellings seen in the texts ("Wang Yi" for Vương Nghị).',
      select: { folded: true, aliases: { select: { alias: true, folded: true }, orderBy: { id: 'asc' } } },
      resolve: (p) => p.aliases.filter((a) => a.folded !== p.folded).map((a) => a.alias),
    }),
    country: t.relation('country', { nullable: true }),
    roles: t.field({
      type: [PersonRoleRef],
      description: 'Each title once, however many articles gave it.',
      // PersonRole holds one row per mention: the loader skips from one distinct role to the next.
      resolve: (person, _args, ctx) => ctx.loaders.distinctRoles.load(person.id),
    }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      args: { filter: t.arg({ type: StatementFilter }), orderBy: t.arg({ type: StatementOrderBy }) },
      query: (args) => ({ where: statementWhere(args.filter), orderBy: statementOrder(args.orderBy) }),
      totalCount: true,
    }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Name or alias; case and diacritics are ignored.' }),
    countryCode: t.string(),
    organisation: t.id({ description: 'People who held a role in this organisation.' }),
  }),
});

const PersonOrderBy = builder.enumType('PersonOrderBy', {
  values: PERSON_ORDER.values,
});

function personWhere(filter: PersonFilterInput | null | undefined): Prisma.PersonWhereInput {
  return prismaWhere(PERSON_FILTER, filter);
}

builder.queryField('persons', (t) =>
  t.prismaConnection(
    {
    type: 'Person',
    cursor: 'id',
    args: { filter: t.arg({ type: PersonFilter }), orderBy: t.arg({ type: PersonOrderBy, defaultValue: 'NAME_ASC' }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.person.findMany({ ...query, where: personWhere(args.filter), orderBy: prismaOrder(PERSON_ORDER.of(args.orderBy)) as Prisma.PersonOrderByWithRelationInput[] }),
    totalCount: (_parent, args, ctx) => ctx.prisma.person.count({ where: personWhere(args.filter) }),
  },
    { name: 'PersonConnection' },
    { name: 'PersonEdge' },
  ),
);

/** Participants are people; the join row adds their role at the meeting ("đồng chủ trì"). */
const participantConnection = prismaConnectionHelpers(builder, 'MeetingParticipant', {
  cursor: 'id',
  query: { orderBy: { id: 'asc' } },
  select: (nodeSelection) => ({ role: true, person: nodeSelection({ select: { id: true } }) }),
  // The nested selection loads every field the query asks for; the cast only widens the type.
  resolveNode: (participant) => participant.person as Person,
});

builder.prismaObjectField('Meeting', 'participants', (t) =>
  t.connection(
    {
      type: PersonRef,
      select: (args, ctx, nestedSelection) => ({
        _count: { select: { participants: true } },
        participants: participantConnection.getQuery(args, ctx, nestedSelection),
      }),
      resolve: (meeting, args, ctx) => ({
        ...participantConnection.resolve(meeting.participants, args, ctx),
        totalCount: meeting._count.participants,
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }) },
    { fields: (edge) => ({ role: edge.string({ nullable: true, resolve: (participant) => participant.role }) }) },
  ),
);

// Chairs are few and repeated across meetings: batched by request-scoped loaders.
builder.objectField(MeetingChair, 'person', (t) =>
  t.field({
    type: PersonRef,
    nullable: true,
    resolve: (chair, _args, ctx) => (chair.personId ? ctx.loaders.person.load(chair.personId) : null),
  }),
);

builder.prismaObjectFields('Organisation', (t) => ({
  people: t.field({
    type: [PersonRef],
    description: 'People who held a role in this organisation.',
    // PersonRole holds one row per mention: the loader skips from one person to the next.
    resolve: async (organisation, _args, ctx) => {
      const ids = await ctx.loaders.organisationPeople.load(organisation.id);
      const persons = await Promise.all(ids.map((id) => ctx.loaders.person.load(id)));
      // A person merged away between the two loads is gone, not an error.
      return persons.filter((p): p is Person => p !== null);
    },
  }),
}));

const MergePersonsInput = builder.inputType('MergePersonsInput', {
  fields: (t) => ({
    targetId: t.id({ required: true, description: 'The person that stays.' }),
    sourceIds: t.idList({
      required: true,
      description: 'People folded into the target and then deleted; their names become aliases.',
      validate: z.array(z.string()).min(1, 'must name at least one person').max(50, 'must name at most 50 people'),
    }),
  }),
});

const MergePersonsPayload = builder.objectRef<{ personId: number; mergedIds: string[] }>('MergePersonsPayload').implement({
  fields: (t) => ({
    person: t.prismaField({
      type: 'Person',
      resolve: (query, payload, _args, ctx) => ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: payload.personId } }),
    }),
    mergedIds: t.idList({ resolve: (payload) => payload.mergedIds }),
  }),
});

builder.mutationField('mergePersons', (t) =>
  t.field({
    type: MergePersonsPayload,
    description: 'Folds duplicate people into one (e.g. "Motegi Toshimitsu" into "Toshimitsu Motegi").',
    args: { input: t.arg({ type: MergePersonsInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, InvalidInputError],
      directResult: true,
      union: { name: 'MergePersonsResult' },
    },
    resolve: async (_root, { input }, ctx) => {
      const targetId = mutationId(input.targetId, 'Person', 'input.targetId');
      const sourceIds = input.sourceIds.map((id, i) => mutationId(id, 'Person', `input.sourceIds.${i}`));
      const personId = await mergePersons(ctx.prisma, targetId, sourceIds);
      ctx.runtime.invalidateReads();
      return { personId, mergedIds: input.sourceIds.map(String) };
    },
  }),
);
