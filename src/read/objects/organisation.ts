// Organisation.
import { column, defineObject, jsonList, objectJson, objectTypeOf, type FieldSql } from '../compile.ts';
import { connection } from '../connection.ts';
import { firstRolePerPersonSql } from '../distinct-roles.ts';
import { mentionedArticles } from './article.ts';
import { aliasList, byCode, nodeId } from './fields.ts';
import { throughJoin } from './meeting.ts';
import { statementsOf } from './statement.ts';

/** People with a role there, each once, in the order of their first role. */
const people: FieldSql = (w, a, field) => {
  const p = w.params.alias();
  const json = objectJson(w, objectTypeOf(field), field.nodes, p);
  const first = firstRolePerPersonSql(`${a}.id`, `${p}k`);
  return jsonList(json, `(${first}) ${p}x JOIN "PersonRole" ${p}r ON ${p}r.id = ${p}x.id JOIN "Person" ${p} ON ${p}.id = ${p}r."personId"`, `${p}r.id`);
};

defineObject('Organisation', {
  id: nodeId('Organisation'),
  name: column('name'),
  acronym: column('acronym'),
  aliases: aliasList('OrganisationAlias', 'organisationId', true),
  kind: column('kind', '::text'),
  country: byCode('countryCode'),
  people,
  statements: connection(statementsOf('speakerOrganisationId')),
  meetings: connection(throughJoin('MeetingOrganisation', 'Meeting', 'meetingId', 'organisationId')),
  articles: connection(mentionedArticles('organisationId')),
});

defineObject('Country', { code: column('code'), name: column('name'), nameEn: column('nameEn') });
