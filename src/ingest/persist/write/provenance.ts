// Where each entity was seen (Mention rows) and the roles persons were named with (PersonRole rows).
import { fold } from '../../../text/fold.ts';
import type { DocumentGraph, Where } from '../../resolve.ts';
import { COUNTRY, knownCountry } from '../match/countries.ts';
import type { Tx } from '../types.ts';
import type { StoredIds } from './statements.ts';
import { insertRows, type Column } from './insert-rows.ts';

interface MentionRow {
  articleId: number;
  kind: 'PERSON' | 'ORGANISATION' | 'COUNTRY' | 'MEETING';
  personId: number | null;
  organisationId: number | null;
  countryCode: string | null;
  meetingId: number | null;
  where: Where;
}

function documentMentions(graph: DocumentGraph, ids: StoredIds): MentionRow[] {
  const row = (w: Where, kind: MentionRow['kind'], refs: Partial<MentionRow>): MentionRow => ({
    articleId: ids.articleIds[w.article]!, kind, personId: null, organisationId: null, countryCode: null, meetingId: null, where: w, ...refs,
  });
  return [
    ...graph.persons.flatMap((p, i) => p.mentions.map((w) => row(w, 'PERSON', { personId: ids.personIds[i]! }))),
    ...graph.organisations.flatMap((o, i) => o.mentions.map((w) => row(w, 'ORGANISATION', { organisationId: ids.orgIds[i]! }))),
    ...graph.countries.filter((c) => COUNTRY.has(c.code)).flatMap((c) => c.mentions.map((w) => row(w, 'COUNTRY', { countryCode: c.code }))),
    ...graph.meetings.flatMap((m, i) => m.mentions.map((w) => row(w, 'MEETING', { meetingId: ids.meetingIds[i]! }))),
  ];
}

function mentionColumns(rows: MentionRow[]): Column[] {
  const col = <K extends keyof MentionRow>(k: K) => rows.map((r) => r[k]);
  const at = <K extends keyof Where>(k: K) => rows.map((r) => r.where[k]);
  return [
    ['articleId', 'int', col('articleId')], ['kind', 'text', col('kind'), 'MentionKind'], ['personId', 'int', col('personId')],
    ['organisationId', 'int', col('organisationId')], ['countryCode', 'text', col('countryCode')], ['meetingId', 'int', col('meetingId')],
    ['field', 'text', at('field'), 'TextField'], ['start', 'int', at('start')], ['end', 'int', at('end')], ['text', 'text', at('text')],
  ];
}

function documentRoles(graph: DocumentGraph, ids: StoredIds) {
  const orgByName = new Map(graph.organisations.map((o, i) => [fold(o.name), ids.orgIds[i]!]));
  return graph.persons.flatMap((p, i) =>
    p.roles.map((r) => ({
      personId: ids.personIds[i]!, title: r.title, countryCode: knownCountry(r.countryCode),
      organisationId: r.organisation ? (orgByName.get(fold(r.organisation)) ?? null) : null, articleId: ids.articleIds[r.article]!,
    })),
  );
}

/** Mentions and roles of each document; returns each document's mention count. */
export async function writeProvenance(tx: Tx, docs: { graph: DocumentGraph; ids: StoredIds }[]): Promise<number[]> {
  const mentions = docs.map(({ graph, ids }) => documentMentions(graph, ids));
  await insertRows(tx, 'Mention', mentionColumns(mentions.flat()));
  const roles = docs.flatMap(({ graph, ids }) => documentRoles(graph, ids));
  await insertRows(tx, 'PersonRole', [
    ['personId', 'int', roles.map((r) => r.personId)], ['title', 'text', roles.map((r) => r.title)], ['countryCode', 'text', roles.map((r) => r.countryCode)],
    ['organisationId', 'int', roles.map((r) => r.organisationId)], ['articleId', 'int', roles.map((r) => r.articleId)],
  ]);
  return mentions.map((m) => m.length);
}
