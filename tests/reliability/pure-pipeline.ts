// The pure stages of ingestDocument (clean → segment → acronyms → extract → resolve), without the
// database: what the fuzzer and the linear-time checks drive. Mirrors src/ingest/ingest-document.ts.
import { extractArticle } from '../../src/ingest/extract.ts';
import { learnAcronyms } from '../../src/ingest/organisations.ts';
import { resolveDocument, type DocumentGraph } from '../../src/ingest/resolve.ts';
import { segmentDocument } from '../../src/ingest/segment.ts';

export function runPipeline(raw: string): DocumentGraph {
  const text = raw
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  const articles = segmentDocument(text).articles;
  const seen = new Set<string>();
  const learned = articles
    .flatMap((a) => learnAcronyms(`${a.title ?? ''}\n${a.body}`))
    .filter((o) => !seen.has(`${o.acronym}|${o.name}`) && seen.add(`${o.acronym}|${o.name}`));
  return resolveDocument(articles.map((a) => extractArticle(a, learned)), null);
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
