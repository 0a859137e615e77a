// Statement, its Evidence, and the statements connections of other types.
import { column, defineObject, oneOf, sqlScope, type FieldSql } from '../compile.ts';
import type { ConnectionSource } from '../connection.ts';
import { sqlWhere } from '../model/filter.ts';
import { sqlOrder } from '../model/order.ts';
import { STATEMENT_FILTER, STATEMENT_ORDER, type StatementFilterInput } from '../model/statement.ts';
import { byId, embedded, nodeId, partial } from './fields.ts';
import { tryDecodeId } from '../../values/global-id.ts';

type Args = Record<string, unknown>;
const filterOf = (args: Args) => args.filter as StatementFilterInput | null | undefined;

/** Statements by `fk` of the parent (every list of statements but the root's, which has no parent). */
export const statementsOf = (fk: string | null): ConnectionSource => ({
  table: 'Statement',
  where: (w, parent, _e, n, args) => {
    const filter = sqlWhere(STATEMENT_FILTER, filterOf(args), sqlScope(w, n));
    return fk === null ? filter : `${n}."${fk}" = ${parent}.id AND ${filter}`;
  },
  order: (args, _e, n) => sqlOrder(STATEMENT_ORDER.of(args.orderBy as never), n),
  cursorId: (_e, n) => `${n}.id`,
  // Migration statement_speaker_newest_first: one speaker's statements newest first, NULLs last.
  indexedOrder: (args) => fk === 'speakerPersonId' || speakerIsPerson(filterOf(args)),
});

const speakerIsPerson = (filter: StatementFilterInput | null | undefined) =>
  typeof filter?.speaker === 'string' && tryDecodeId(filter.speaker, 'Person') !== null;

/** The resolved speaker: a person, else an organisation, else a country (as the schema resolves it). */
const speaker: FieldSql = (w, a, field) =>
  oneOf(w, field.nodes, [
    { typename: 'Person', when: `${a}."speakerPersonId" IS NOT NULL`, table: 'Person', on: (r) => `${r}.id = ${a}."speakerPersonId"` },
    { typename: 'Organisation', when: `${a}."speakerOrganisationId" IS NOT NULL`, table: 'Organisation', on: (r) => `${r}.id = ${a}."speakerOrganisationId"` },
    { typename: 'Country', when: `${a}."speakerCountryCode" IS NOT NULL`, table: 'Country', on: (r) => `${r}.code = ${a}."speakerCountryCode"` },
  ]);

defineObject('Statement', {
  id: nodeId('Statement'),
  verb: column('verb'),
  content: column('content'),
  speakerLabel: column('speakerLabel'),
  speakerKind: column('speakerKind', '::text'),
  act: column('act', '::text'),
  isDirectQuote: column('isDirectQuote'),
  saidOn: partial('saidOn', null),
  meeting: byId('Meeting', 'meetingId'),
  article: byId('Article', 'articleId'),
  speaker,
  // Evidence is built from the statement's own row: always present.
  evidence: embedded(() => 'TRUE'),
});

// The sentence is a slice of the article body. PostgreSQL counts characters where JavaScript
// counts UTF-16 units: the same offsets for every character of the Basic Multilingual Plane,
// which Vietnamese and the other scripts of the news are in.
defineObject('Evidence', {
  text: (_w, a) => `(SELECT substr(b.body, ${a}."evidenceStart" + 1, ${a}."evidenceEnd" - ${a}."evidenceStart") FROM "Article" b WHERE b.id = ${a}."articleId")`,
  start: column('evidenceStart'),
  end: column('evidenceEnd'),
});
