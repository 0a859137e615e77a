// The `search` field of list filters: every word of the query must appear (case, diacritics and
// punctuation ignored), so "ASEAN-Nga" finds "ASEAN - Nga" and "amm 54" finds "AMM-54". Ranked,
// fuzzy matching is the root `search` query's job (src/services/search.ts).
import { fold } from '../text/fold.ts';

/** Longer than any word (the longest Vietnamese or English one is well under 50): a 40,000-character
 *  "word" ran an 18-second `contains` scan (issue 13); such words are refused before execution. */
export const FILTER_WORD_CHARS = 100;

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Length of the longest word of a filter query, split as `searchWords` splits it. */
export function longestWord(query: string): number {
  let longest = 0;
  for (const word of fold(query).split(WORD_SEPARATOR)) longest = Math.max(longest, word.length);
  return longest;
}

export function searchWords(query: string | null | undefined): string[] {
  if (!query) return [];
  return [...new Set(fold(query).split(WORD_SEPARATOR).filter(Boolean))].slice(0, 12);
}

/** AND over the words, each matched by any of `match(word)`'s alternatives. */
export function everyWord<W>(query: string | null | undefined, match: (word: string) => W[]): { AND: { OR: W[] }[] } | null {
  const words = searchWords(query);
  return words.length ? { AND: words.map((word) => ({ OR: match(word) })) } : null;
}
