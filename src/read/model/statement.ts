// Statements: how a list of them is ordered and filtered, for every statements connection (root,
// meeting, person, organisation, article) and the statementAdded subscription.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { SpeechAct } from '../../generated/prisma/enums.ts';
import { apiError, ErrorCode } from '../../errors/errors.ts';
import { filterId, tryDecodeId } from '../../values/global-id.ts';
import { endOfPartialDate, parsePartialDate } from '../../values/partial-date.ts';
import { everyWord } from '../../values/text-filter.ts';
import { enumLiteral } from '../sql.ts';
import { everyWordSql, type FilterRules } from './filter.ts';
import { orderings } from './order.ts';

export const STATEMENT_ORDER = orderings(
  {
    SAID_ON_ASC: [{ column: 'saidOn', nullsLast: true }, { column: 'id' }],
    SAID_ON_DESC: [{ column: 'saidOn', desc: true, nullsLast: true }, { column: 'id', desc: true }],
    CREATED_AT_ASC: [{ column: 'createdAt' }, { column: 'id' }],
    CREATED_AT_DESC: [{ column: 'createdAt', desc: true }, { column: 'id', desc: true }],
  },
  'SAID_ON_ASC',
);

export interface StatementFilterInput {
  search?: string | null;
  speaker?: string | null;
  speakerCountry?: string | null;
  meeting?: string | null;
  withinMeeting?: string | null;
  article?: string | null;
  act?: SpeechAct | null;
  acts?: SpeechAct[] | null;
  saidFrom?: string | null;
  saidTo?: string | null;
  directQuotesOnly?: boolean | null;
}

type Where = Prisma.StatementWhereInput;

/** A Person or an Organisation, by its global ID. */
function speakerOf(id: string): { column: 'speakerPersonId' | 'speakerOrganisationId'; id: number } {
  const person = tryDecodeId(id, 'Person');
  if (person !== null) return { column: 'speakerPersonId', id: person };
  const organisation = tryDecodeId(id, 'Organisation');
  if (organisation !== null) return { column: 'speakerOrganisationId', id: organisation };
  throw apiError(ErrorCode.BAD_USER_INPUT, `filter.speaker: not a Person or Organisation ID: ${id}`, { field: 'filter.speaker' });
}

const from = (value: string) => parsePartialDate(value)!.date;
const to = (value: string) => endOfPartialDate(parsePartialDate(value)!);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const STATEMENT_FILTER: FilterRules<StatementFilterInput, Where> = {
  search: {
    prisma: (q) => everyWord(q, (w): Where[] => [{ searchText: { contains: w } }]) ?? {},
    sql: (q, s) => everyWordSql(q, s, (like) => [`${s.row}."searchText" LIKE ${like}`]),
  },
  speaker: {
    prisma: (id) => { const sp = speakerOf(id); return { [sp.column]: sp.id }; },
    sql: (id, s) => { const sp = speakerOf(id); return `${s.row}."${sp.column}" = ${s.param(sp.id)}::int`; },
  },
  speakerCountry: {
    prisma: (code) => ({ speakerCountryCode: code.toUpperCase() }),
    sql: (code, s) => `${s.row}."speakerCountryCode" = ${s.param(code.toUpperCase())}`,
  },
  meeting: {
    prisma: (id) => ({ meetingId: filterId(id, 'Meeting', 'filter.meeting') }),
    sql: (id, s) => `${s.row}."meetingId" = ${s.param(filterId(id, 'Meeting', 'filter.meeting'))}::int`,
  },
  withinMeeting: {
    prisma: (id) => {
      const meetingId = filterId(id, 'Meeting', 'filter.withinMeeting');
      return { OR: [{ meetingId }, { meeting: { parentId: meetingId } }] };
    },
    sql: (id, s) => {
      const p = s.param(filterId(id, 'Meeting', 'filter.withinMeeting'));
      return `${s.row}."meetingId" IN (SELECT ${p}::int UNION ALL SELECT c.id FROM "Meeting" c WHERE c."parentId" = ${p}::int)`;
    },
  },
  article: {
    prisma: (id) => ({ articleId: filterId(id, 'Article', 'filter.article') }),
    sql: (id, s) => `${s.row}."articleId" = ${s.param(filterId(id, 'Article', 'filter.article'))}::int`,
  },
  act: { prisma: (act) => ({ act }), sql: (act, s) => `${s.row}.act = ${enumLiteral(act)}` },
  acts: {
    prisma: (acts) => ({ act: { in: acts } }),
    sql: (acts, s) => (acts.length ? `${s.row}.act IN (${acts.map(enumLiteral).join(', ')})` : 'FALSE'),
  },
  saidFrom: {
    prisma: (d) => ({ saidOn: { gte: from(d) } }),
    sql: (d, s) => `${s.row}."saidOn" >= ${s.param(isoDay(from(d)))}::date`,
  },
  saidTo: {
    prisma: (d) => ({ saidOn: { lte: to(d) } }),
    sql: (d, s) => `${s.row}."saidOn" <= ${s.param(isoDay(to(d)))}::date`,
  },
  directQuotesOnly: {
    prisma: (only) => (only ? { isDirectQuote: true } : {}),
    sql: (only, s) => (only ? `${s.row}."isDirectQuote"` : 'TRUE'),
  },
};
