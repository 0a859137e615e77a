// Person and PersonRole.
import { column, defineObject, jsonList, objectJson, objectTypeOf, type FieldSql } from '../compile.ts';
import { connection } from '../connection.ts';
import { distinctRoleIdsSql } from '../distinct-roles.ts';
import { mentionedArticles } from './article.ts';
import { aliasList, byCode, byId, nodeId } from './fields.ts';
import { throughJoin } from './meeting.ts';
import { statementsOf } from './statement.ts';

/** Each title once: the first row (by id) of every (title, organisation, country), in id order. */
const roles: FieldSql = (w, a, field) => {
  const r = w.params.alias();
  const json = objectJson(w, objectTypeOf(field), field.nodes, r);
  // The distinct rows are chosen on keys, then joined back: JSON only for the rows kept.
  const kept = distinctRoleIdsSql(`${a}.id`, `${r}k`);
  return jsonList(json, `(${kept}) ${r}x JOIN "PersonRole" ${r} ON ${r}.id = ${r}x.id`, `${r}.id`);
};

defineObject('Person', {
  id: nodeId('Person'),
  name: column('name'),
  aliases: aliasList('PersonAlias', 'personId', true),
  country: byCode('countryCode'),
  roles,
  statements: connection(statementsOf('speakerPersonId')),
  meetings: connection(throughJoin('MeetingParticipant', 'Meeting', 'meetingId', 'personId')),
  articles: connection(mentionedArticles('personId')),
});

defineObject('PersonRole', {
  title: column('title'),
  country: byCode('countryCode'),
  organisation: byId('Organisation', 'organisationId'),
  article: byId('Article', 'articleId'),
});
