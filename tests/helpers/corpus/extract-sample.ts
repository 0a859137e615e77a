// Runs the real pure pipeline (segment → extract → resolve, as ingestDocument does) over generated
// articles and counts what it finds: a corpus the extractor finds nothing in would benchmark nothing.
import { extractDocument } from '../../../src/ingest/pipeline.ts';
import { generateCorpus } from './generate.ts';

export interface SampleCounts {
  documents: number;
  articles: number;
  meetings: number;
  /** Distinct meeting keys over the sample (meetings repeat across articles). */
  distinctMeetings: number;
  persons: number;
  distinctPersons: number;
  statements: number;
  statementsWithSpeaker: number;
  participants: number;
}

export function extractSample(seed: number, count: number): SampleCounts {
  const c: SampleCounts = { documents: 0, articles: 0, meetings: 0, distinctMeetings: 0, persons: 0, distinctPersons: 0, statements: 0, statementsWithSpeaker: 0, participants: 0 };
  const meetingKeys = new Set<string>();
  const personNames = new Set<string>();
  for (const doc of generateCorpus(seed, count)) {
    const { segmented: seg, graph } = extractDocument(doc.text, { publishedAt: doc.publishedAt });
    c.documents += 1;
    c.articles += seg.articles.length;
    c.meetings += graph.meetings.length;
    c.persons += graph.persons.length;
    c.statements += graph.statements.length;
    for (const m of graph.meetings) {
      if (m.key) meetingKeys.add(m.key);
      c.participants += m.participants.length;
    }
    for (const p of graph.persons) if (p.name) personNames.add(p.name);
    c.statementsWithSpeaker += graph.statements.filter((s) => s.person !== null).length;
  }
  c.distinctMeetings = meetingKeys.size;
  c.distinctPersons = personNames.size;
  return c;
}
