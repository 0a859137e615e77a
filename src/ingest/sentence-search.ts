// Sentences found by position with binary searches: pages can hold thousands of sentences, and
// scanning them for every mention was quadratic.
import type { Sentence } from './sentences.ts';
import { firstStartingAtOrAfter } from './span-index.ts';

/** The last of `sentences` (in text order) that starts at or before `pos`. */
export function sentenceStartingAtOrBefore(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo];
}

/** The first of `sentences` (one field's, in text order) with start ≤ pos ≤ end. */
export function sentenceContaining(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = firstStartingAtOrAfter(sentences, pos + 1) - 1;
  if (lo < 0 || sentences[lo]!.end < pos) return undefined;
  // Ends grow with starts, so the sentences holding pos are the ones just before, back to the first too short.
  while (lo > 0 && sentences[lo - 1]!.end >= pos) lo -= 1;
  return sentences[lo];
}
