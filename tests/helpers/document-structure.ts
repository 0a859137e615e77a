// The structure of one document as the pipeline plans it, without a database: how many entities,
// meetings, statements and links. The name-substitution test compares it between a document and
// the same document with its names swapped.
import { extractDocument } from '../../src/ingest/pipeline.ts';

/** The counts the pipeline's plan gives for one document, without a database. */
export function structureOf(text: string) {
  const g = extractDocument(text).graph;
  return {
    persons: g.persons.length,
    organisations: g.organisations.length,
    meetings: g.meetings.length,
    statements: g.statements.length,
    'statement → meeting': g.statements.filter((s) => s.meeting !== null).length,
    'statement speakers': g.statements.filter((s) => s.person !== null || s.organisation !== null).length,
    'meeting parent': g.meetings.filter((m) => m.parent !== null).length,
    'meeting chairs': g.meetings.filter((m) => m.chairPerson !== null || m.chairLabel !== null || m.chairCountry !== null).length,
    'meeting participants': g.meetings.reduce((n, m) => n + m.participants.length, 0),
  };
}

