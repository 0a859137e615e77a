// Mentions lying inside a character range, found by binary search over their starts: filtering a
// field's whole mention list for every clause was quadratic on long pages.

interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  /** Positions in `list`, ordered by start (ties keep list order); sorted on the first query. */
  private sorted: number[] | null = null;

  constructor(private readonly list: readonly T[]) {}

  /** Positions (ascending, as a filter over the list would give them) of the items with start ≥ from and end ≤ to. */
  within(from: number, to: number): number[] {
    const list = this.list;
    if (list.length <= 32) {
      // Short lists: a scan is cheaper than sorting.
      const out: number[] = [];
      for (let i = 0; i < list.length; i++) if (list[i]!.start >= from && list[i]!.end <= to) out.push(i);
      return out;
    }
    const order = (this.sorted ??= list.map((_, i) => i).sort((a, b) => list[a]!.start - list[b]!.start || a - b));
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[order[mid]!]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < order.length && list[order[k]!]!.start <= to; k++) if (list[order[k]!]!.end <= to) out.push(order[k]!);
    return out.sort((a, b) => a - b);
  }
}

/** Position of the first item of `list` (ordered by start) that starts at or after `pos`. */
export function firstStartingAtOrAfter(list: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The last position (in list order) among entries whose key is at most a bound, as
 * `list.filter((x) => key(x) <= bound).at(-1)` gives it, without the scan: keys sorted once, with the
 * running maximum of positions.
 */
export class LastAtOrBelow {
  private readonly keys: number[];
  private readonly best: number[];

  constructor(entries: { key: number; position: number }[]) {
    const sorted = [...entries].sort((a, b) => a.key - b.key);
    this.keys = sorted.map((e) => e.key);
    this.best = [];
    sorted.forEach((e, i) => this.best.push(Math.max(e.position, i > 0 ? this.best[i - 1]! : -1)));
  }

  query(bound: number): number | undefined {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]! <= bound) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.best[lo - 1] : undefined;
  }
}
