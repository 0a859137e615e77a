// The root fields the planner answers in one SQL statement each: meetings, statements and
// node(id) for a Person. Filters it cannot express return Unsupported; the ordinary path runs.
import { brandWithType } from '@pothos/core';
import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { endOfPartialDate, parsePartialDate } from '../values/partial-date.ts';
import { filterId, tryDecodeId } from '../values/global-id.ts';
import { connectionJson, objectJson, Unsupported, type ConnectionSource, type Walk } from './compile.ts';
import { statementOrderTerms } from './objects.ts';
import { dateParam, enumLiteral, intParam, type OrderTerm } from './sql.ts';

export interface RootPlan {
  sql: string;
  /** Wraps the parsed JSON into what the field resolves to. */
  wrap?: (value: unknown) => unknown;
}

type Args = Record<string, unknown>;
type Filter = Record<string, unknown> | null | undefined;

function onlyKeys(filter: Filter, allowed: string[]): Record<string, unknown> {
  if (!filter) return {};
  for (const [key, value] of Object.entries(filter)) {
    if (value != null && !allowed.includes(key)) throw new Unsupported(`filter.${key}`);
  }
  return filter;
}

const MEETING_ORDER: Record<string, (n: string) => OrderTerm[]> = {
  START_DATE_ASC: (n) => [{ sql: `${n}."startDate"`, desc: false, nullsLast: true }, { sql: `${n}.id`, desc: false }],
  START_DATE_DESC: (n) => [{ sql: `${n}."startDate"`, desc: true, nullsLast: true }, { sql: `${n}.id`, desc: true }],
  NAME_ASC: (n) => [{ sql: `${n}.folded`, desc: false }, { sql: `${n}.id`, desc: false }],
  KEY_ASC: (n) => [{ sql: `${n}.key`, desc: false }],
  CREATED_AT_ASC: (n) => [{ sql: `${n}."createdAt"`, desc: false }, { sql: `${n}.id`, desc: false }],
};

/** meetingWhere (src/schema/meeting.ts) for its equality filters. */
const meetingsRoot: ConnectionSource = {
  table: 'Meeting',
  where: (w, _parent, _e, n, args) => {
    const f = onlyKeys(args.filter as Filter, ['series', 'ordinal', 'format', 'level', 'countryCode']);
    const and = ['TRUE'];
    if (typeof f.series === 'string') and.push(`${n}.series = ${w.params.param(f.series)}`);
    if (typeof f.ordinal === 'number') and.push(`${n}.ordinal = ${intParam(w, f.ordinal)}`);
    if (typeof f.format === 'string') and.push(`${n}.format = ${enumLiteral(f.format)}`);
    if (typeof f.level === 'string') and.push(`${n}.level = ${enumLiteral(f.level)}`);
    if (typeof f.countryCode === 'string') and.push(`${n}."countryCode" = ${w.params.param(f.countryCode.toUpperCase())}`);
    return and.join(' AND ');
  },
  order: (args, _e, n) => MEETING_ORDER[String(args.orderBy ?? 'START_DATE_ASC')]!(n),
  cursorId: (_e, n) => `${n}.id`,
};

/** statementWhere (src/schema/statement-filter.ts) for all but text search and withinMeeting. */
const statementsRoot: ConnectionSource = {
  table: 'Statement',
  where: (w, _parent, _e, n, args) => {
    const f = onlyKeys(args.filter as Filter, ['speaker', 'speakerCountry', 'meeting', 'article', 'act', 'acts', 'saidFrom', 'saidTo', 'directQuotesOnly']);
    // A bad ID throws here; the ordinary path then runs and reports it as it always has.
    const and = ['TRUE'];
    if (typeof f.speaker === 'string') {
      const person = tryDecodeId(f.speaker, 'Person');
      and.push(person !== null ? `${n}."speakerPersonId" = ${intParam(w, person)}` : `${n}."speakerOrganisationId" = ${intParam(w, filterId(f.speaker, 'Organisation', 'filter.speaker'))}`);
    }
    if (typeof f.speakerCountry === 'string') and.push(`${n}."speakerCountryCode" = ${w.params.param(f.speakerCountry.toUpperCase())}`);
    if (typeof f.meeting === 'string') and.push(`${n}."meetingId" = ${intParam(w, filterId(f.meeting, 'Meeting', 'filter.meeting'))}`);
    if (typeof f.article === 'string') and.push(`${n}."articleId" = ${intParam(w, filterId(f.article, 'Article', 'filter.article'))}`);
    if (typeof f.act === 'string') and.push(`${n}.act = ${enumLiteral(f.act)}`);
    if (Array.isArray(f.acts)) and.push(f.acts.length ? `${n}.act IN (${f.acts.map((a) => enumLiteral(String(a))).join(', ')})` : 'FALSE');
    if (typeof f.saidFrom === 'string') and.push(`${n}."saidOn" >= ${dateParam(w, parsePartialDate(f.saidFrom)!.date)}`);
    if (typeof f.saidTo === 'string') and.push(`${n}."saidOn" <= ${dateParam(w, endOfPartialDate(parsePartialDate(f.saidTo)!))}`);
    if (f.directQuotesOnly) and.push(`${n}."isDirectQuote"`);
    return and.join(' AND ');
  },
  order: (args, _e, n) => statementOrderTerms(args.orderBy, n),
  cursorId: (_e, n) => `${n}.id`,
  // One person's statements: migration statement_speaker_newest_first gives their order directly.
  indexedOrder: (args) => {
    const speaker = (args.filter as Filter | null | undefined)?.speaker;
    return typeof speaker === 'string' && tryDecodeId(speaker, 'Person') !== null;
  },
};

function rootConnection(source: ConnectionSource) {
  return (w: Walk, args: Args, info: GraphQLResolveInfo): RootPlan => {
    const def = info.parentType.getFields()[info.fieldName]!;
    const sql = connectionJson(w, source, null, { key: info.path.key as string, nodes: info.fieldNodes, def, args });
    return { sql: `SELECT ${sql}::text AS j` };
  };
}

/** node(id) when the id names a Person: the person's page (Q3) in one statement. */
function personNode(w: Walk, args: Args, info: GraphQLResolveInfo): RootPlan {
  // The relay plugin has decoded the global ID already.
  const ref = args.id as { typename?: string; id?: string } | undefined;
  const value = ref?.typename === 'Person' ? Number(ref.id) : NaN;
  const id = Number.isSafeInteger(value) && value > 0 ? value : null;
  if (id === null) throw new Unsupported('not a Person id');
  const person = info.schema.getType('Person');
  if (!person || !isObjectType(person) || !isObjectType(getNamedType(person))) throw new Unsupported('Person');
  const n = w.params.alias();
  return { sql: `SELECT ${objectJson(w, person, info.fieldNodes, n)}::text AS j FROM "Person" ${n} WHERE ${n}.id = ${intParam(w, id)}`, wrap: brandPerson };
}

// Node is an interface: Pothos reads the type brand to pick Person for the planned object.
function brandPerson(value: unknown) {
  if (value) brandWithType(value, 'Person' as never);
  return value;
}

export const ROOT_PLANNERS: Record<string, (w: Walk, args: Args, info: GraphQLResolveInfo) => RootPlan> = {
  meetings: rootConnection(meetingsRoot),
  statements: rootConnection(statementsRoot),
  node: personNode,
};
