// The one place meeting keys are built: "AMM-54", "ASEAN-SUMMIT-VN-2020", "M-<name>-2023", and the
// document-scoped key of a meeting that has no year.
import { fold } from '../text/fold.ts';

/** A name as a key part: folded, runs of other characters as one "-", at most 80 characters. */
function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

/** The prefix of every key of a series (with its partner, for "ASEAN - {p}" series). */
export const seriesPrefixOf = (series: string, partner: string | null) => `${series}${partner ? `-${partner}` : ''}`;

/** A series meeting by its ordinal or year: "AMM-54", "APEC-AELM-2021". */
export const seriesMeetingKey = (prefix: string, ordinalOrYear: number) => `${prefix}-${ordinalOrYear}`;

/** A meeting outside the series registry, by its name's core and its ordinal or year ("?" for neither). */
export const namedMeetingKey = (core: string, ordinalOrYear: number | null) => `M-${slug(core)}-${ordinalOrYear ?? '?'}`;

/** Keys of meetings that could not be told apart from others of the same name: no year, no ordinal. */
export const isYearlessNamedKey = (key: string) => key.endsWith('-?');

/** The key of a meeting no stored one answers to: unique to the document and the mention. */
export const undatedKey = (m: { seriesPrefix: string | null; name: string }, documentHash: string, i: number) =>
  `${m.seriesPrefix ?? `M-${slug(m.name)}`}-undated-${documentHash.slice(0, 12)}-${i}`;
