// The year a numbered meeting of a series was held, by the series' numbering rule (the ASEAN
// Foreign Ministers' Meeting n in 1967 + n): resolve-meetings.ts fills years with it, and a day
// guessed from an article's context must agree with it (extract-dates.ts).
import type { NumberingRule } from '../lexicon/meeting-series.ts';

export function yearFromNumbering(rules: NumberingRule[] | undefined, n: number): number | null {
  for (const r of rules ?? []) {
    if ((r.from === undefined || n >= r.from) && (r.to === undefined || n <= r.to)) {
      return r.base + Math.floor((n * (r.multiplier ?? 1)) / (r.divisor ?? 1));
    }
  }
  return null;
}
