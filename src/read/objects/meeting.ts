// Meeting, its chair, and the lists of meetings of other types.
import { column, defineObject, toMany } from '../compile.ts';
import { connection, type ConnectionSource } from '../connection.ts';
import { sqlOrder } from '../model/order.ts';
import { CHILD_MEETING_ORDER } from '../model/meeting.ts';
import { orderBy } from '../sql.ts';
import { aliasList, byCode, byId, embedded, nodeId, partial } from './fields.ts';
import { mentionedArticles } from './article.ts';
import { statementsOf } from './statement.ts';

/**
 * Nodes through a join row (MeetingParticipant, MeetingOrganisation) in the order the rows were
 * recorded, the edge carrying the role. The foreign keys are required and cascade, so every join
 * row has its node.
 */
export const throughJoin = (joinTable: string, nodeTable: string, nodeFk: string, parentFk: string): ConnectionSource => ({
  table: joinTable,
  joinNode: { table: nodeTable, on: (e, n) => `${n}.id = ${e}."${nodeFk}"` },
  where: (_w, parent, e) => `${e}."${parentFk}" = ${parent}.id`,
  order: (_args, e) => [{ sql: `${e}.id`, desc: false }],
  cursorId: (e) => `${e}.id`,
  edgeFields: { role: (e) => `${e}.role` },
});

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
  startDate: partial('startDate', 'startPrecision'),
  endDate: partial('endDate', 'endPrecision'),
  country: byCode('countryCode'),
  aliases: aliasList('MeetingAlias', 'meetingId', false),
  chair: embedded((a) => `COALESCE(NULLIF(${a}."chairLabel", ''), ${a}."chairPersonId"::text, ${a}."chairOrganisationId"::text, ${a}."chairCountryCode") IS NOT NULL`),
  parent: byId('Meeting', 'parentId'),
  children: toMany((_w, a, row) => ({
    from: `"Meeting" ${row} WHERE ${row}."parentId" = ${a}.id`,
    order: orderBy(sqlOrder(CHILD_MEETING_ORDER, row)),
  })),
  organisations: toMany((w, a, row) => {
    const j = w.params.alias();
    return { from: `"MeetingOrganisation" ${j} JOIN "Organisation" ${row} ON ${row}.id = ${j}."organisationId" WHERE ${j}."meetingId" = ${a}.id`, order: `${j}.id` };
  }),
  participants: connection(throughJoin('MeetingParticipant', 'Person', 'personId', 'meetingId')),
  statements: connection(statementsOf('meetingId')),
  articles: connection(mentionedArticles('meetingId')),
});

// The chair's columns are the meeting's own: its fields read the meeting row.
defineObject('MeetingChair', {
  label: column('chairLabel'),
  person: byId('Person', 'chairPersonId'),
  organisation: byId('Organisation', 'chairOrganisationId'),
  country: byCode('chairCountryCode'),
});
