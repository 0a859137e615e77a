// Statements of a write: body statements only, since evidence offsets point into Article.body.
import { fold } from '../../../text/fold.ts';
import { publishedDay } from '../../dates.ts';
import type { DocumentGraph } from '../../resolve.ts';
import { knownCountry } from '../match/countries.ts';
import type { Tx } from '../types.ts';
import { insertRows, isoDay } from './insert-rows.ts';

/** What a document's graph indexes stand for once its entities are stored. */
export interface StoredIds {
  articleIds: number[];
  personIds: number[];
  orgIds: number[];
  meetingIds: number[];
  /** Each meeting's start, when known to the day: the date its statements were made. */
  meetingStart: (Date | null)[];
}

type StatementRow = ReturnType<typeof documentStatementRows>[number];

function documentStatementRows(graph: DocumentGraph, ids: StoredIds, publishedAt: Date | null) {
  return graph.statements
    .filter((s) => s.field === 'BODY' && s.content.trim() && s.speakerLabel.trim())
    .map((s) => ({
      articleId: ids.articleIds[s.article]!,
      meetingId: s.meeting !== null ? ids.meetingIds[s.meeting]! : null,
      speakerKind: s.speakerKind,
      speakerPersonId: s.person !== null ? ids.personIds[s.person]! : null,
      speakerOrganisationId: s.organisation !== null ? ids.orgIds[s.organisation]! : null,
      speakerCountryCode: knownCountry(s.countryCode),
      speakerLabel: s.speakerLabel,
      verb: s.verb,
      act: s.act,
      content: s.content,
      isDirectQuote: s.direct,
      evidenceStart: s.evidenceStart,
      evidenceEnd: s.evidenceEnd,
      saidOn: (s.meeting !== null ? ids.meetingStart[s.meeting] : null) ?? (s.saidOn ? publishedDay(s.saidOn) : null) ?? publishedAt,
      searchText: fold(`${s.speakerLabel} ${s.verb} ${s.content}`),
    }));
}

function insertStatements(tx: Tx, rows: StatementRow[]): Promise<number[]> {
  const col = <K extends keyof StatementRow>(k: K) => rows.map((r) => r[k]);
  return insertRows(
    tx,
    'Statement',
    [
      ['articleId', 'int', col('articleId')], ['meetingId', 'int', col('meetingId')], ['speakerKind', 'text', col('speakerKind'), 'SpeakerKind'],
      ['speakerPersonId', 'int', col('speakerPersonId')], ['speakerOrganisationId', 'int', col('speakerOrganisationId')],
      ['speakerCountryCode', 'text', col('speakerCountryCode')], ['speakerLabel', 'text', col('speakerLabel')], ['verb', 'text', col('verb')],
      ['act', 'text', col('act'), 'SpeechAct'], ['content', 'text', col('content')], ['isDirectQuote', 'boolean', col('isDirectQuote')],
      ['evidenceStart', 'int', col('evidenceStart')], ['evidenceEnd', 'int', col('evidenceEnd')], ['saidOn', 'date', rows.map((r) => isoDay(r.saidOn))],
      ['searchText', 'text', col('searchText')],
    ],
    { returning: true },
  );
}

/** Each document's new statement ids, in order. */
export async function writeStatements(tx: Tx, docs: { graph: DocumentGraph; ids: StoredIds; publishedAt: Date | null }[]): Promise<number[][]> {
  const perDoc = docs.map(({ graph, ids, publishedAt }) => documentStatementRows(graph, ids, publishedAt));
  const ids = await insertStatements(tx, perDoc.flat());
  let next = 0;
  return perDoc.map((rows) => ids.slice(next, (next += rows.length)));
}
