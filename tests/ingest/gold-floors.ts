// The quality floors of the gold test, in one place: issue 15's targets for each corpus, and what
// the test enforces today. A floor not yet enforced (`enforced: null`) shows as a todo in the test
// run; the extraction work turns it on by setting `enforced` to the target once it passes.
import type { Relation, Score } from '../helpers/gold-scorer.ts';
import type { CorpusName } from './gold-score-corpora.ts';

export type Metric =
  | `${'persons' | 'organisations' | 'meetings' | 'statements'} ${'precision' | 'recall'}`
  | 'meeting start-date accuracy'
  | Relation;

export interface Floor {
  corpus: CorpusName;
  metric: Metric;
  /** Issue 15's floor; null where the issue asks only for the figure to be reported. */
  target: number | null;
  /** The floor the test checks now; null: not yet enforced. */
  enforced: number | null;
}

/** Issue 15, "Floors": the same on the seeds and on dev. saidOn has no floor of its own. */
const TARGETS: [Metric, number][] = [
  ['persons precision', 0.95], ['persons recall', 0.95],
  ['organisations recall', 0.85],
  ['meetings precision', 0.85], ['meetings recall', 0.85], ['meeting start-date accuracy', 0.9],
  ['statements precision', 0.85], ['statements recall', 0.85],
  ['statement → meeting', 0.85], ['meeting parent', 0.8], ['meeting city', 0.8], ['meeting format', 0.8],
  ['meeting chairs', 0.8], ['meeting participants', 0.8], ['article title', 0.95], ['article publishedAt', 0.9],
];

/**
 * Floors that pass today and stay enforced: the seeds' entity floors from before issue 15, and the
 * issue-15 targets reached on both corpora.
 * Organisations precision is not an issue-15 target (the gold's layer of organisations named only
 * inside titles is not complete) but the seeds kept it at 0.85. Statements, meeting format, city
 * and chairs reach the issue's targets on both corpora.
 */
const ENFORCED: Partial<Record<CorpusName, Partial<Record<Metric, number>>>> = {
  seeds: {
    'persons precision': 0.95, 'persons recall': 0.95,
    'organisations precision': 0.85, 'organisations recall': 0.85,
    'meetings precision': 0.85, 'meetings recall': 0.85, 'meeting start-date accuracy': 0.9,
    'statements precision': 0.85, 'statements recall': 0.85,
    'meeting format': 0.8, 'meeting city': 0.8, 'meeting chairs': 0.8, 'article title': 0.95,
    // Statements linked to the meeting they were made at (statement-meeting.ts), umbrellas and sessions.
    'statement → meeting': 0.85, 'meeting parent': 0.8,
  },
  // Recognition by shape (titles composed with portfolios and bodies, names in every convention,
  // bodies by head noun) reaches the entity floors on dev; dates and titles pass there too
  // (the seeds have no date line for publishedAt).
  dev: {
    'persons precision': 0.95, 'persons recall': 0.95,
    'organisations recall': 0.85,
    // Meetings by shape (talks with listed parties, ceremonies, named events, bodies that meet) are precise enough on dev;
    // with talks named again by a bare noun, sessions named by number alone and hosts after the clause, recall too.
    'meetings precision': 0.85, 'meetings recall': 0.85,
    'statements precision': 0.85, 'statements recall': 0.85,
    'meeting format': 0.8, 'meeting city': 0.8, 'meeting chairs': 0.8, 'meeting start-date accuracy': 0.9, 'article title': 0.95, 'article publishedAt': 0.9,
    // Statements at no meeting (notices, interviews, commentators) and explicit venues; umbrellas by cue.
    'statement → meeting': 0.85, 'meeting parent': 0.8,
    // Participants of sessions and sideline meetings are the umbrella conference's too.
    'meeting participants': 0.8,
  },
};

/** What a gold file does not annotate cannot carry a floor: the seed gold lists no participants, and no seed article has a date line. */
const NOT_IN_GOLD: Partial<Record<CorpusName, Metric[]>> = { seeds: ['meeting participants', 'article publishedAt'] };

export function floorsFor(corpus: CorpusName): Floor[] {
  const enforced = ENFORCED[corpus] ?? {};
  const metrics = [...new Set([...TARGETS.map(([m]) => m), ...(Object.keys(enforced) as Metric[])])];
  return metrics
    .filter((m) => !(NOT_IN_GOLD[corpus] ?? []).includes(m))
    .map((metric) => ({ corpus, metric, target: TARGETS.find(([m]) => m === metric)?.[1] ?? null, enforced: enforced[metric] ?? null }));
}

/** A metric's value in a score, with how many items it was measured on. */
export function measure(score: Score, metric: Metric): { value: number | null; counted: number } {
  if (metric === 'meeting start-date accuracy') return { value: score.dateAccuracy, counted: score.dateCounted };
  const relation = score.relations.find((r) => r.relation === metric);
  if (relation) return { value: relation.share, counted: relation.counted };
  const [kind, which] = metric.split(' ') as [string, 'precision' | 'recall'];
  const row = score.rows.find((r) => r.kind === kind);
  if (!row) throw new Error(`no such metric: ${metric}`);
  return { value: row[which], counted: which === 'recall' ? row.goldScored : row.extracted };
}
