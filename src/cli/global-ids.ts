// The ids the CLI prints are the API's global ids (what `node(id:)` takes), not row numbers.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { IngestResult } from '../ingest/ingest-result.ts';

const ids = (typename: string, rows: number[]) => rows.map((id) => encodeGlobalID(typename, id));

/** An ingest result as the API's ingestDocument payload names things (documentId stays an Int there too). */
export function withGlobalIds(result: IngestResult & { file: string }) {
  return {
    file: result.file,
    documentId: result.documentId,
    created: result.created,
    articles: result.articles.map((a) => ({ ...a, id: encodeGlobalID('Article', a.id) })),
    persons: { ...result.persons, ids: ids('Person', result.persons.ids) },
    organisations: { ...result.organisations, ids: ids('Organisation', result.organisations.ids) },
    meetings: { ...result.meetings, ids: ids('Meeting', result.meetings.ids) },
    statements: { ...result.statements, ids: ids('Statement', result.statements.ids) },
    mentions: result.mentions,
  };
}
