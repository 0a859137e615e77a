// The writer: the graphs of one or more planned documents in one transaction, merged one after the
// other (each document sees what the ones before it write) with one statement per table. The caller
// holds the locks of match/lock-keys.ts.
import { noCounts, type GraphToWrite, type PersistCounts, type Tx } from '../types.ts';
import { writeCountries } from './countries.ts';
import { writeMeetings } from './meetings.ts';
import { writeOrganisations } from './organisations.ts';
import { writePersons } from './persons.ts';
import { writeProvenance } from './provenance.ts';
import { writeStatements, type StoredIds } from './statements.ts';

const emptyCounts = (): PersistCounts => ({
  persons: noCounts(), organisations: noCounts(), meetings: noCounts(),
  statements: { created: 0, ids: [] }, mentions: { created: 0 }, countries: { codes: [] },
});

/** Writes each graph in order; `countriesStored` holds country codes known to be stored already. */
export async function persistGraphs(tx: Tx, graphs: GraphToWrite[], countriesStored: ReadonlySet<string>): Promise<PersistCounts[]> {
  const out = graphs.map(emptyCounts);
  const codes = await writeCountries(tx, graphs, countriesStored);
  const personIds = await writePersons(tx, graphs, out.map((o) => o.persons));
  const orgIds = await writeOrganisations(tx, graphs, out.map((o) => o.organisations));
  const meetings = await writeMeetings(tx, graphs, personIds, orgIds, out.map((o) => o.meetings));
  const docs = graphs.map(({ graph, articleIds, publishedAt }, d) => {
    const ids: StoredIds = { articleIds, personIds: personIds[d]!, orgIds: orgIds[d]!, meetingIds: meetings[d]!.ids, meetingStart: meetings[d]!.starts };
    return { graph, ids, publishedAt };
  });
  const statementIds = await writeStatements(tx, docs);
  const mentionCounts = await writeProvenance(tx, docs);
  return out.map((counts, d) => ({
    ...counts,
    persons: { ...counts.persons, ids: personIds[d]! },
    organisations: { ...counts.organisations, ids: orgIds[d]! },
    meetings: { ...counts.meetings, ids: meetings[d]!.ids },
    statements: { created: statementIds[d]!.length, ids: statementIds[d]! },
    mentions: { created: mentionCounts[d]! },
    countries: { codes: codes[d]! },
  }));
}
