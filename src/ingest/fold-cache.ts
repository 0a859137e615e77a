// fold() memoised: the stages fold the same names and phrases again and again. Bounded by entries
// and by characters held (folded clauses can be a sentence long).
import { BoundedCache } from '../cache/bounded-cache.ts';
import { fold as foldText } from '../text/fold.ts';

const cache = new BoundedCache<string, string>('ingest_fold', 20_000, 1_000_000, (text, folded) => text.length + folded.length);

export function fold(text: string): string {
  // get and set rather than memo(): a call through memo's shared compute argument is not inlined.
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const folded = foldText(text);
  cache.set(text, folded);
  return folded;
}
