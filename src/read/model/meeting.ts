// Meetings: how a list of them is ordered and filtered (the `meetings` root).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { MeetingFormat, MeetingLevel } from '../../generated/prisma/enums.ts';
import { filterId } from '../../values/global-id.ts';
import { endOfPartialDate, parsePartialDate } from '../../values/partial-date.ts';
import { everyWord } from '../../values/text-filter.ts';
import { enumLiteral } from '../sql.ts';
import { everyWordSql, type FilterRules } from './filter.ts';
import { orderings } from './order.ts';

export const MEETING_ORDER = orderings(
  {
    START_DATE_ASC: [{ column: 'startDate', nullsLast: true }, { column: 'id' }],
    START_DATE_DESC: [{ column: 'startDate', desc: true, nullsLast: true }, { column: 'id', desc: true }],
    NAME_ASC: [{ column: 'folded' }, { column: 'id' }],
    KEY_ASC: [{ column: 'key' }],
    CREATED_AT_ASC: [{ column: 'createdAt' }, { column: 'id' }],
  },
  'START_DATE_ASC',
);

/** Children of a meeting: in date order, as the sessions of a conference are read. */
export const CHILD_MEETING_ORDER = MEETING_ORDER.of('START_DATE_ASC');

export interface MeetingFilterInput {
  search?: string | null;
  series?: string | null;
  ordinal?: number | null;
  from?: string | null;
  to?: string | null;
  format?: MeetingFormat | null;
  level?: MeetingLevel | null;
  countryCode?: string | null;
  city?: string | null;
  participant?: string | null;
  organisation?: string | null;
  parent?: string | null;
}

type Where = Prisma.MeetingWhereInput;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const fromDate = (value: string) => parsePartialDate(value)!.date;
const toDate = (value: string) => endOfPartialDate(parsePartialDate(value)!);
const organisationId = (id: string) => filterId(id, 'Organisation', 'filter.organisation');

export const MEETING_FILTER: FilterRules<MeetingFilterInput, Where> = {
  search: {
    prisma: (q) =>
      everyWord(q, (w): Where[] => [
        { folded: { contains: w } },
        { key: { contains: w, mode: 'insensitive' } },
        { aliases: { some: { folded: { contains: w } } } },
      ]) ?? {},
    sql: (q, s) =>
      everyWordSql(q, s, (like) => [
        `${s.row}.folded LIKE ${like}`,
        `${s.row}.key ILIKE ${like}`,
        `EXISTS (SELECT 1 FROM "MeetingAlias" a WHERE a."meetingId" = ${s.row}.id AND a.folded LIKE ${like})`,
      ]),
  },
  series: { prisma: (series) => ({ series }), sql: (v, s) => `${s.row}.series = ${s.param(v)}` },
  ordinal: { prisma: (ordinal) => ({ ordinal }), sql: (v, s) => `${s.row}.ordinal = ${s.param(v)}::int` },
  from: {
    prisma: (d) => ({ OR: [{ endDate: { gte: fromDate(d) } }, { endDate: null, startDate: { gte: fromDate(d) } }] }),
    sql: (d, s) => {
      const p = `${s.param(isoDay(fromDate(d)))}::date`;
      return `${s.row}."endDate" >= ${p} OR (${s.row}."endDate" IS NULL AND ${s.row}."startDate" >= ${p})`;
    },
  },
  to: {
    prisma: (d) => ({ startDate: { lte: toDate(d) } }),
    sql: (d, s) => `${s.row}."startDate" <= ${s.param(isoDay(toDate(d)))}::date`,
  },
  format: { prisma: (format) => ({ format }), sql: (v, s) => `${s.row}.format = ${enumLiteral(v)}` },
  level: { prisma: (level) => ({ level }), sql: (v, s) => `${s.row}.level = ${enumLiteral(v)}` },
  countryCode: {
    prisma: (code) => ({ countryCode: code.toUpperCase() }),
    sql: (code, s) => `${s.row}."countryCode" = ${s.param(code.toUpperCase())}`,
  },
  city: {
    prisma: (city) => ({ city: { equals: city, mode: 'insensitive' } }),
    sql: (city, s) => `lower(${s.row}.city) = lower(${s.param(city)})`,
  },
  participant: {
    prisma: (id) => ({ participants: { some: { personId: filterId(id, 'Person', 'filter.participant') } } }),
    sql: (id, s) =>
      `EXISTS (SELECT 1 FROM "MeetingParticipant" mp WHERE mp."meetingId" = ${s.row}.id AND mp."personId" = ${s.param(filterId(id, 'Person', 'filter.participant'))}::int)`,
  },
  organisation: {
    prisma: (id) => ({ OR: [{ organisations: { some: { organisationId: organisationId(id) } } }, { chairOrganisationId: organisationId(id) }] }),
    sql: (id, s) => {
      const p = `${s.param(organisationId(id))}::int`;
      return `${s.row}."chairOrganisationId" = ${p} OR EXISTS (SELECT 1 FROM "MeetingOrganisation" mo WHERE mo."meetingId" = ${s.row}.id AND mo."organisationId" = ${p})`;
    },
  },
  parent: {
    prisma: (id) => ({ parentId: filterId(id, 'Meeting', 'filter.parent') }),
    sql: (id, s) => `${s.row}."parentId" = ${s.param(filterId(id, 'Meeting', 'filter.parent'))}::int`,
  },
};
