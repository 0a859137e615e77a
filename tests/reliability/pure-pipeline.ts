// The pipeline without the database (src/ingest/pipeline.ts): what the fuzzer and the linear-time
// checks drive.
import { extractDocument } from '../../src/ingest/pipeline.ts';
import type { DocumentGraph } from '../../src/ingest/resolve.ts';

export function runPipeline(raw: string): DocumentGraph {
  return extractDocument(raw).graph;
}

/** Every name an entity of the graph would be stored under, labelled for a readable failure. */
export function entityNames(graph: DocumentGraph): [string, string][] {
  return [
    ...graph.persons.flatMap((p) => [['person', p.name], ...p.aliases.map((a) => ['person alias', a])]),
    ...graph.organisations.flatMap((o) => [['organisation', o.name], ...o.aliases.map((a) => ['organisation alias', a]), ...(o.acronym === null ? [] : [['acronym', o.acronym]])]),
    ...graph.meetings.flatMap((m) => [['meeting', m.name], ...m.aliases.map((a) => ['meeting alias', a])]),
    ...graph.statements.map((s) => ['statement', s.content]),
  ] as [string, string][];
}
