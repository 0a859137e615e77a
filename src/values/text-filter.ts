// The `search` field of list filters: every word of the query must appear (case, diacritics and
// punctuation ignored), so "ASEAN-Nga" finds "ASEAN - Nga" and "amm 54" finds "AMM-54". Ranked,
// fuzzy matching is the root `search` query's job (src/services/search.ts).
import { fold } from '../text/fold.ts';

export function searchWords(query: string | null | undefined): string[] {
  if (!query) return [];
  return [...new Set(fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 12);
}

/** AND over the words, each matched by any of `match(word)`'s alternatives. */
export function everyWord<W>(query: string | null | undefined, match: (word: string) => W[]): { AND: { OR: W[] }[] } | null {
  const words = searchWords(query);
  return words.length ? { AND: words.map((word) => ({ OR: match(word) })) } : null;
}
