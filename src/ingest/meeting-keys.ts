// The one place meeting keys are built: "AMM-54", "ASEAN-SUMMIT-VN-2020", "M-<name>-2023", and the
// document-scoped key of a meeting that has no year.
import { fold } from '../text/fold.ts';

const MAX_SLUG = 80;

/** FNV-1a of a string, as 8 hex digits: tells apart long names that share their first words. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A name as a key part: folded, runs of other characters as one "-", at most 80 characters. A longer
 * name keeps its start and a hash of the whole: "Cuộc trao đổi trực tuyến giữa Bộ trưởng Ngoại giao A
 * và Bộ trưởng Ngoại giao X" and "… và Bộ trưởng Ngoại giao Y" are two talks, not one cut at 80.
 */
function slug(s: string): string {
  const full = fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return full.length <= MAX_SLUG ? full : `${full.slice(0, MAX_SLUG - 9).replace(/-$/, '')}-${shortHash(full)}`;
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
