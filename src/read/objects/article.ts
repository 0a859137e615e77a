// Article, and the articles connections of the entities they mention.
import { column, defineObject, toMany } from '../compile.ts';
import { connection, type ConnectionSource } from '../connection.ts';
import { byCode, byId, isoTimestamp, mentioned, nodeId } from './fields.ts';
import { statementsOf } from './statement.ts';

/**
 * The articles mentioning the parent (Mention rows whose `column` is the parent's id), each once
 * at its first mention, in mention order: the edge is that first Mention row (its id the cursor).
 */
export const mentionedArticles = (column: string): ConnectionSource => ({
  table: 'Mention',
  joinNode: { table: 'Article', on: (e, n) => `${n}.id = ${e}."articleId"` },
  // The first mention of its article: no earlier one of the same entity there. Walked in id order
  // from the (column, id) index, a page stops after `first` articles instead of grouping every
  // mention of a much-named person (migration read_page_indexes).
  where: (w, parent, e) => {
    const m = w.params.alias();
    return `${e}."${column}" = ${parent}.id AND NOT EXISTS (SELECT 1 FROM "Mention" ${m} WHERE ${m}."${column}" = ${parent}.id AND ${m}."articleId" = ${e}."articleId" AND ${m}.id < ${e}.id)`;
  },
  order: (_args, e) => [{ sql: `${e}.id`, desc: false }],
  cursorId: (e) => `${e}.id`,
});

defineObject('Article', {
  id: nodeId('Article'),
  title: column('title'),
  lede: column('lede'),
  body: column('body'),
  source: column('source'),
  lineStart: column('lineStart'),
  lineEnd: column('lineEnd'),
  publishedAt: isoTimestamp('publishedAt'),
  language: column('language'),
  mentions: toMany((_w, a, row) => ({
    from: `"Mention" ${row} WHERE ${row}."articleId" = ${a}.id`,
    order: `${row}.field DESC, ${row}.start, ${row}.id`,
  })),
  meetings: mentioned('Meeting', 'meetingId', 'MEETING'),
  persons: mentioned('Person', 'personId', 'PERSON'),
  organisations: mentioned('Organisation', 'organisationId', 'ORGANISATION'),
  statements: connection(statementsOf('articleId')),
});

defineObject('Mention', {
  kind: column('kind', '::text'),
  text: column('text'),
  start: column('start'),
  end: column('end'),
  inTitle: (_w, a) => `(${a}.field = 'TITLE')`,
  article: byId('Article', 'articleId'),
  person: byId('Person', 'personId'),
  organisation: byId('Organisation', 'organisationId'),
  country: byCode('countryCode'),
  meeting: byId('Meeting', 'meetingId'),
});
