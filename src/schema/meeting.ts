import { prismaWhere } from '../read/model/filter.ts';
import { prismaOrder } from '../read/model/order.ts';
import { CHILD_MEETING_ORDER, MEETING_FILTER, MEETING_ORDER, type MeetingFilterInput } from '../read/model/meeting.ts';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { z } from 'zod';
import { InvalidInputError, NotFoundError } from '../errors/errors.ts';
import { filterId, mutationId } from '../values/global-id.ts';
import { endOfPartialDate, formatPartialDate, parsePartialDate } from '../values/partial-date.ts';
import type { Meeting, Prisma } from '../generated/prisma/client.ts';
import { everyWord } from '../values/text-filter.ts';
import { fold } from '../text/fold.ts';
import { builder } from './builder.ts';
import { MeetingFormatEnum, MeetingLevelEnum } from './enums.ts';
import { InputValidationError } from './errors.ts';
import { StatementFilter, StatementOrderBy, statementOrder, statementWhere } from './statement-filter.ts';

export const MeetingChair = builder
  .objectRef<{ label: string | null; personId: number | null; organisationId: number | null; countryCode: string | null }>(
    'MeetingChair',
  )
  .implement({
    description: 'Who chaired: the label as written and the entity when it was resolved.',
    fields: (t) => ({
      label: t.exposeString('label', { nullable: true }),
    }),
  });

export const MeetingRef = builder.prismaNode('Meeting', {
  id: { field: 'id' },
  // node(id) answers null for an ID that names nothing.
  nullable: true,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key such as "AMM-54".' }),
    name: t.exposeString('name'),
    acronym: t.exposeString('acronym', { nullable: true }),
    series: t.exposeString('series', { nullable: true }),
    ordinal: t.exposeInt('ordinal', { nullable: true }),
    level: t.expose('level', { type: MeetingLevelEnum }),
    startDate: t.field({
      type: 'PartialDate',
      nullable: true,
      select: { startDate: true, startPrecision: true },
      resolve: (m) => formatPartialDate(m.startDate, m.startPrecision),
    }),
    endDate: t.field({
      type: 'PartialDate',
      nullable: true,
      select: { endDate: true, endPrecision: true },
      resolve: (m) => formatPartialDate(m.endDate, m.endPrecision),
    }),
    format: t.expose('format', { type: MeetingFormatEnum }),
    city: t.exposeString('city', { nullable: true }),
    country: t.relation('country', { nullable: true }),
    aliases: t.stringList({
      select: { aliases: { select: { alias: true }, orderBy: { id: 'asc' } } },
      resolve: (m) => m.aliases.map((a) => a.alias),
    }),
    chair: t.field({
      type: MeetingChair,
      nullable: true,
      select: { chairLabel: true, chairPersonId: true, chairOrganisationId: true, chairCountryCode: true },
      resolve: (m) =>
        m.chairLabel || m.chairPersonId || m.chairOrganisationId || m.chairCountryCode
          ? { label: m.chairLabel, personId: m.chairPersonId, organisationId: m.chairOrganisationId, countryCode: m.chairCountryCode }
          : null,
    }),
    parent: t.relation('parent', { nullable: true, description: 'The meeting this one was held within ("trong khuôn khổ").' }),
    children: t.relation('children', { query: { orderBy: prismaOrder(CHILD_MEETING_ORDER) as Prisma.MeetingOrderByWithRelationInput[] } }),
    statements: t.relatedConnection('statements', {
      cursor: 'id',
      args: { filter: t.arg({ type: StatementFilter }), orderBy: t.arg({ type: StatementOrderBy }) },
      query: (args) => ({ where: statementWhere(args.filter), orderBy: statementOrder(args.orderBy) }),
      totalCount: true,
    }),
  }),
});

const MeetingFilter = builder.inputType('MeetingFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Name, key or alias; case and diacritics are ignored.' }),
    series: t.string({ description: 'e.g. "AMM", "ASEAN-SUMMIT".' }),
    ordinal: t.int(),
    from: t.field({ type: 'PartialDate', description: 'Meetings still running on or after this date.' }),
    to: t.field({ type: 'PartialDate', description: 'Meetings starting on or before this date (inclusive of the period).' }),
    format: t.field({ type: MeetingFormatEnum }),
    level: t.field({ type: MeetingLevelEnum }),
    countryCode: t.string(),
    city: t.string(),
    participant: t.id({ description: 'A Person ID.' }),
    organisation: t.id({ description: 'An Organisation ID.' }),
    parent: t.id({ description: 'Meetings held within this meeting.' }),
  }),
});

const MeetingOrderBy = builder.enumType('MeetingOrderBy', {
  values: MEETING_ORDER.values,
});

export function meetingWhere(filter: MeetingFilterInput | null | undefined): Prisma.MeetingWhereInput {
  return prismaWhere(MEETING_FILTER, filter);
}

builder.queryField('meetings', (t) =>
  t.prismaConnection(
    {
    type: 'Meeting',
    cursor: 'id',
    args: {
      filter: t.arg({ type: MeetingFilter }),
      orderBy: t.arg({ type: MeetingOrderBy, defaultValue: 'START_DATE_ASC' }),
    },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.meeting.findMany({ ...query, where: meetingWhere(args.filter), orderBy: prismaOrder(MEETING_ORDER.of(args.orderBy)) as Prisma.MeetingOrderByWithRelationInput[] }),
    totalCount: (_parent, args, ctx) => ctx.prisma.meeting.count({ where: meetingWhere(args.filter) }),
  },
    { name: 'MeetingConnection' },
    { name: 'MeetingEdge' },
  ),
);

/** A person's meetings, through their participation rows (which carry the role). */
const participationConnection = prismaConnectionHelpers(builder, 'MeetingParticipant', {
  cursor: 'id',
  query: { orderBy: { id: 'asc' } },
  select: (nodeSelection) => ({ role: true, meeting: nodeSelection({ select: { id: true } }) }),
  // The nested selection loads every field the query asks for; the cast only widens the type.
  resolveNode: (participation) => participation.meeting as Meeting,
});

builder.prismaObjectField('Person', 'meetings', (t) =>
  t.connection(
    {
      type: MeetingRef,
      select: (args, ctx, nestedSelection) => ({
        _count: { select: { participations: true } },
        participations: participationConnection.getQuery(args, ctx, nestedSelection),
      }),
      resolve: (person, args, ctx) => ({
        ...participationConnection.resolve(person.participations, args, ctx),
        totalCount: person._count.participations,
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }) },
    { fields: (edge) => ({ role: edge.string({ nullable: true, resolve: (participation) => participation.role }) }) },
  ),
);

/** An organisation's meetings, through the join rows that say how it took part. */
const organisationMeetings = prismaConnectionHelpers(builder, 'MeetingOrganisation', {
  cursor: 'id',
  query: { orderBy: { id: 'asc' } },
  select: (nodeSelection) => ({ role: true, meeting: nodeSelection({ select: { id: true } }) }),
  // The nested selection loads every field the query asks for; the cast only widens the type.
  resolveNode: (row) => row.meeting as Meeting,
});

builder.prismaObjectField('Organisation', 'meetings', (t) =>
  t.connection(
    {
      type: MeetingRef,
      select: (args, ctx, nestedSelection) => ({
        _count: { select: { meetings: true } },
        meetings: organisationMeetings.getQuery(args, ctx, nestedSelection),
      }),
      resolve: (organisation, args, ctx) => ({
        ...organisationMeetings.resolve(organisation.meetings, args, ctx),
        totalCount: organisation._count.meetings,
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }) },
    { fields: (edge) => ({ role: edge.string({ nullable: true, resolve: (row) => row.role }) }) },
  ),
);

const partialDateString = z
  .string()
  .refine((v) => parsePartialDate(v) !== null, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD')
  .nullish();

const UpdateMeetingInput = builder.inputType('UpdateMeetingInput', {
  description: 'Fields left out are unchanged; a nullable field set to null is cleared.',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ validate: z.string().trim().min(1, 'must not be empty').max(500).nullish() }),
    startDate: t.string({ description: 'A PartialDate: "2021", "2021-08" or "2021-08-02".', validate: partialDateString }),
    endDate: t.string({ description: 'A PartialDate; not before startDate.', validate: partialDateString }),
    format: t.field({ type: MeetingFormatEnum }),
    city: t.string({ validate: z.string().trim().max(200).nullish() }),
    countryCode: t.string({ validate: z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').nullish() }),
    level: t.field({ type: MeetingLevelEnum }),
  }),
});

const UpdateMeetingPayload = builder.objectRef<{ meetingId: number }>('UpdateMeetingPayload').implement({
  fields: (t) => ({
    meeting: t.prismaField({
      type: 'Meeting',
      resolve: (query, payload, _args, ctx) => ctx.prisma.meeting.findUniqueOrThrow({ ...query, where: { id: payload.meetingId } }),
    }),
  }),
});

builder.mutationField('updateMeeting', (t) =>
  t.field({
    type: UpdateMeetingPayload,
    description: 'Fixes what extraction got wrong: a date, a place, a format.',
    args: { input: t.arg({ type: UpdateMeetingInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, InvalidInputError],
      directResult: true,
      union: { name: 'UpdateMeetingResult' },
    },
    resolve: async (_root, { input }, ctx) => {
      const id = mutationId(input.id, 'Meeting', 'input.id');
      const current = await ctx.prisma.meeting.findUnique({ where: { id } });
      if (!current) throw new NotFoundError('input.id', input.id);
      const data: Prisma.MeetingUncheckedUpdateInput = {};
      if (input.name != null) Object.assign(data, { name: input.name.trim(), folded: fold(input.name) });
      if (input.format != null) data.format = input.format;
      if (input.level != null) data.level = input.level;
      if (input.city !== undefined) data.city = input.city?.trim() || null;
      if (input.countryCode !== undefined) {
        const code = input.countryCode?.toUpperCase() ?? null;
        if (code && !(await ctx.prisma.country.findUnique({ where: { code } }))) throw new NotFoundError('input.countryCode', code);
        data.countryCode = code;
      }
      const start = input.startDate === undefined ? undefined : input.startDate === null ? null : parsePartialDate(input.startDate)!;
      const end = input.endDate === undefined ? undefined : input.endDate === null ? null : parsePartialDate(input.endDate)!;
      if (start !== undefined) Object.assign(data, { startDate: start?.date ?? null, startPrecision: start?.precision ?? null });
      if (end !== undefined) Object.assign(data, { endDate: end?.date ?? null, endPrecision: end?.precision ?? null });
      const effectiveStart = start === undefined ? current.startDate : (start?.date ?? null);
      const effectiveEnd = end === undefined ? current.endDate : (end?.date ?? null);
      if (effectiveStart && effectiveEnd && effectiveEnd < effectiveStart) {
        throw new InvalidInputError('input.endDate', 'must not be before startDate');
      }
      await ctx.prisma.meeting.update({ where: { id }, data });
      ctx.runtime.invalidateReads();
      return { meetingId: id };
    },
  }),
);
