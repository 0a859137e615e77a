// What the planner knows of each GraphQL type: the SQL behind every field it can answer. The
// semantics mirror src/schema/* exactly (orderings, distinct roles, date formatting); the
// planned-vs-ordinary test (tests/read/read-planner.test.ts) holds them to it.
import { getNamedType, isObjectType } from 'graphql';
import { column, connection, defineObject, objectJson, toOne, Unsupported, type ConnectionSource, type FieldSql } from './compile.ts';
import { distinctRoleIdsSql } from './distinct-roles.ts';
import { globalId, partialDate, type OrderTerm } from './sql.ts';

const nodeId =
  (typename: string): FieldSql =>
  (_w, alias) =>
    globalId(typename, `${alias}.id`);

const byCode = (fk: string) => toOne('Country', (parent, related) => `${related}.code = ${parent}."${fk}"`);
const byId = (table: string, fk: string) => toOne(table, (parent, related) => `${related}.id = ${parent}."${fk}"`);

type StatementOrder = 'SAID_ON_ASC' | 'SAID_ON_DESC' | 'CREATED_AT_ASC' | 'CREATED_AT_DESC';

/** statementOrder (src/schema/statement-filter.ts) in SQL. */
export function statementOrderTerms(order: unknown, n: string): OrderTerm[] {
  const terms: Record<StatementOrder, OrderTerm[]> = {
    SAID_ON_ASC: [{ sql: `${n}."saidOn"`, desc: false, nullsLast: true }, { sql: `${n}.id`, desc: false }],
    SAID_ON_DESC: [{ sql: `${n}."saidOn"`, desc: true, nullsLast: true }, { sql: `${n}.id`, desc: true }],
    CREATED_AT_ASC: [{ sql: `${n}."createdAt"`, desc: false }, { sql: `${n}.id`, desc: false }],
    CREATED_AT_DESC: [{ sql: `${n}."createdAt"`, desc: true }, { sql: `${n}.id`, desc: true }],
  };
  return terms[(order ?? 'SAID_ON_ASC') as StatementOrder];
}

/** A nested statements connection without a filter (a filter takes the ordinary path). */
const statementsOf = (fk: string): ConnectionSource => ({
  table: 'Statement',
  where: (_w, parent, _e, n, args) => {
    if (args.filter != null) throw new Unsupported('nested statement filter');
    return `${n}."${fk}" = ${parent}.id`;
  },
  order: (args, _e, n) => statementOrderTerms(args.orderBy, n),
  cursorId: (_e, n) => `${n}.id`,
  // Migration statement_speaker_newest_first: a speaker's statements newest first, NULLs last.
  indexedOrder: () => fk === 'speakerPersonId',
});

/** People or meetings through MeetingParticipant, in participation order, the edge carrying the role. */
const throughParticipation = (nodeTable: string, nodeFk: string, parentFk: string): ConnectionSource => ({
  table: 'MeetingParticipant',
  // The foreign key is required and cascades, so every participation has its node.
  joinNode: (e, n) => `JOIN "${nodeTable}" ${n} ON ${n}.id = ${e}."${nodeFk}"`,
  where: (_w, parent, e) => `${e}."${parentFk}" = ${parent}.id`,
  order: (_args, e) => [{ sql: `${e}.id`, desc: false }],
  cursorId: (e) => `${e}.id`,
  edgeFields: { role: (e) => `${e}.role` },
});

defineObject('Country', { code: column('code'), name: column('name'), nameEn: column('nameEn') });

defineObject('Organisation', { id: nodeId('Organisation'), name: column('name'), acronym: column('acronym') });

defineObject('Meeting', {
  id: nodeId('Meeting'),
  key: column('key'),
  name: column('name'),
  acronym: column('acronym'),
  series: column('series'),
  ordinal: column('ordinal'),
  level: column('level', '::text'),
  format: column('format', '::text'),
  city: column('city'),
  startDate: (_w, a) => partialDate(`${a}."startDate"`, `${a}."startPrecision"`),
  endDate: (_w, a) => partialDate(`${a}."endDate"`, `${a}."endPrecision"`),
  country: byCode('countryCode'),
  participants: connection(throughParticipation('Person', 'personId', 'meetingId')),
  statements: connection(statementsOf('meetingId')),
});

defineObject('Person', {
  id: nodeId('Person'),
  name: column('name'),
  country: byCode('countryCode'),
  statements: connection(statementsOf('speakerPersonId')),
  meetings: connection(throughParticipation('Meeting', 'meetingId', 'personId')),
  // Each title once: the first row (by id) of every (title, organisation, country), in id order.
  roles: (w, a, field) => {
    const r = w.params.alias();
    const roleType = getNamedType(field.def.type);
    if (!isObjectType(roleType)) throw new Unsupported(roleType.name);
    const json = objectJson(w, roleType, field.nodes, r);
    // The distinct rows are chosen on keys, then joined back: JSON only for the rows kept.
    const kept = distinctRoleIdsSql(`${a}.id`, `${r}k`);
    return `COALESCE((SELECT json_agg(${json} ORDER BY ${r}.id) FROM (${kept}) ${r}x JOIN "PersonRole" ${r} ON ${r}.id = ${r}x.id), '[]'::json)`;
  },
});

defineObject('PersonRole', {
  title: column('title'),
  country: byCode('countryCode'),
  organisation: byId('Organisation', 'organisationId'),
});

defineObject('Statement', {
  id: nodeId('Statement'),
  verb: column('verb'),
  content: column('content'),
  speakerLabel: column('speakerLabel'),
  speakerKind: column('speakerKind', '::text'),
  act: column('act', '::text'),
  isDirectQuote: column('isDirectQuote'),
  saidOn: (_w, a) => partialDate(`${a}."saidOn"`, null),
  meeting: byId('Meeting', 'meetingId'),
});
