// Scores extracted entities and relations against the gold annotation with the rule of
// tests/fixtures/gold/README.md. Pure: the caller reads what was stored and passes plain records in.
import { meetingScore, namedPersons, organisationMatches, pair, personMatches, statementMatches } from './gold-match.ts';
import { scoreRelations, type RelationRow } from './gold-relations.ts';
import type { Extracted, GoldFile } from './gold-types.ts';

export type * from './gold-types.ts';
export { distinctiveWords, foldName, foldPerson, jaccard, meetingScore, namedPersons, personMatches, refersTo, statementMatches } from './gold-match.ts';
export { RELATIONS, type Relation, type RelationRow } from './gold-relations.ts';

export interface Row { kind: string; gold: number; goldScored: number; extracted: number; matchedGold: number; matchedExtracted: number; precision: number; recall: number }
export interface Score {
  rows: Row[];
  dateAccuracy: number;
  dateCounted: number;
  dateCorrect: number;
  relations: RelationRow[];
  /** Gold items not found, per kind, and relations wired wrong, per relation. */
  misses: Record<string, string[]>;
  spurious: Record<string, string[]>;
}

function row<E, G extends { boilerplate?: boolean }>(kind: string, ex: E[], gold: G[], score: (e: E, g: G, gi: number) => number, label: (x: E | G) => string, misses: Score['misses'], spurious: Score['spurious']): { row: Row; pairs: Map<number, number> } {
  const { goldToExtracted, anyMatch } = pair(ex, gold, score);
  const scored = gold.map((g, i) => ({ g, i })).filter(({ g }) => !g.boilerplate);
  const found = scored.filter(({ i }) => goldToExtracted.has(i)).length;
  misses[kind] = scored.filter(({ i }) => !goldToExtracted.has(i)).map(({ g }) => label(g));
  spurious[kind] = ex.filter((_, i) => !anyMatch.has(i)).map(label);
  return {
    row: {
      kind, gold: gold.length, goldScored: scored.length, extracted: ex.length, matchedGold: found, matchedExtracted: anyMatch.size,
      precision: ex.length ? anyMatch.size / ex.length : 0, recall: scored.length ? found / scored.length : 0,
    },
    pairs: goldToExtracted,
  };
}

/** Among matched meetings whose gold start has a day (and is in the text): the exact start. */
function dateAccuracy(gold: GoldFile, ex: Extracted, pairs: Map<number, number>) {
  let counted = 0;
  let correct = 0;
  const wrong: string[] = [];
  for (const [gi, ei] of pairs) {
    const g = gold.meetings[gi]!;
    if (!g.start || g.start.length !== 10 || g.boilerplate) continue;
    if (g.fromKnowledge && (g.fromKnowledgeFields ?? ['start']).includes('start')) continue;
    counted += 1;
    if (ex.meetings[ei]!.start === g.start) correct += 1;
    else wrong.push(`${g.name}: gold ${g.start}, got ${ex.meetings[ei]!.start}`);
  }
  return { dateAccuracy: counted ? correct / counted : 1, dateCounted: counted, dateCorrect: correct, wrong };
}

export function scoreAgainstGold(gold: GoldFile, ex: Extracted): Score {
  const misses: Score['misses'] = {};
  const spurious: Score['spurious'] = {};
  const named = gold.meetings.map((m) => namedPersons(m, gold.persons));
  const persons = row('persons', ex.persons, gold.persons, (e, g) => (personMatches([e.name, ...e.aliases], [g.name, ...g.aliases]) ? 1 : 0), (x) => x.name, misses, spurious);
  const orgs = row('organisations', ex.organisations, gold.organisations, (e, g) => (organisationMatches([e.name, e.acronym ?? '', ...e.aliases], [g.name, g.acronym ?? '', ...g.aliases]) ? 1 : 0), (x) => x.name, misses, spurious);
  const meetings = row('meetings', ex.meetings, gold.meetings, (e, g, gi) => meetingScore(e, g, named[gi]), (x) => `${x.name} [${(x as { start: string | null }).start ?? ''}]`, misses, spurious);
  const statements = row('statements', ex.statements, gold.statements, (e, g) => (statementMatches(e, g, gold) ? 1 : 0), (x) => ('speaker' in x ? `${x.speaker} ${x.verb}: ${x.content.slice(0, 50)}` : `${x.speakerLabel} ${x.verb}: ${x.content.slice(0, 50)}`), misses, spurious);
  const { wrong, ...dates } = dateAccuracy(gold, ex, meetings.pairs);
  misses['meeting dates'] = wrong;
  const relations = scoreRelations(gold, ex, { meetings: meetings.pairs, statements: statements.pairs }, named);
  Object.assign(misses, relations.misses);
  return { rows: [persons.row, orgs.row, meetings.row, statements.row], ...dates, relations: relations.rows, misses, spurious };
}

const pct = (x: number | null) => (x === null ? '-' : x.toFixed(3));

export function formatScore(score: Score): string {
  return [
    'kind           gold(scored)  extracted  found  precise  precision  recall',
    ...score.rows.map((r) => `${r.kind.padEnd(14)} ${`${r.gold}(${r.goldScored})`.padStart(12)}  ${String(r.extracted).padStart(9)}  ${String(r.matchedGold).padStart(5)}  ${String(r.matchedExtracted).padStart(7)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}`),
    `meeting start-date accuracy: ${pct(score.dateAccuracy)} (${score.dateCorrect}/${score.dateCounted})`,
  ].join('\n');
}

export function formatRelations(score: Score): string {
  return [
    'relation (matched pairs)   right  counted  share',
    ...score.relations.map((r) => {
      const apart = r.noneCounted !== undefined ? `  (gold meeting none: ${r.wrongLinks} of ${r.noneCounted} wrongly linked)` : '';
      return `${r.relation.padEnd(25)} ${String(r.right).padStart(6)}  ${String(r.counted).padStart(7)}  ${pct(r.share).padStart(5)}${apart}`;
    }),
  ].join('\n');
}

/** Both tables, then every miss and spurious item by kind and relation. */
export function formatReport(title: string, score: Score): string {
  const list = (heading: string, lists: Record<string, string[]>) =>
    Object.entries(lists).filter(([, items]) => items.length > 0).map(([k, items]) => `${heading} ${k} (${items.length}):\n${items.map((i) => `  - ${i}`).join('\n')}`);
  return [`== ${title}`, formatScore(score), '', formatRelations(score), '', ...list('missed', score.misses), ...list('spurious', score.spurious)].join('\n');
}
