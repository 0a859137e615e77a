// fold() memoised: the stages fold the same names and phrases again and again.
import { fold as foldText } from '../text/fold.ts';

const cache = new Map<string, string>();

export function fold(text: string): string {
  let f = cache.get(text);
  if (f === undefined) {
    f = foldText(text);
    if (cache.size > 20_000) cache.clear();
    cache.set(text, f);
  }
  return f;
}
