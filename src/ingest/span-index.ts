// Mentions lying inside a character range, found by binary search over their starts: filtering a
// field's whole mention list for every clause was quadratic on long pages.

interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  /**
   * Starts and ends copied out of the items on the first query: the items are persons,
   * organisations, countries, meetings' spans…, five object shapes reading through one `within`,
   * and reading their fields here kept it deoptimising and recompiling (--trace-deopt: "wrong map").
   */
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;
  /** Positions in `list`, ordered by start (ties keep list order); sorted on the first long query. */
  private sorted: Int32Array | null = null;

  constructor(private readonly list: readonly T[]) {}

  /** Positions (ascending, as a filter over the list would give them) of the items with start ≥ from and end ≤ to. */
  within(from: number, to: number): number[] {
    if (this.starts === null) this.copyBounds();
    const starts = this.starts!;
    const ends = this.ends!;
    const out: number[] = [];
    if (starts.length <= 32) {
      // Short lists: a scan is cheaper than sorting.
      for (let i = 0; i < starts.length; i++) if (starts[i]! >= from && ends[i]! <= to) out.push(i);
      return out;
    }
    const order = (this.sorted ??= byStart(starts));
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[order[mid]!]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < order.length && starts[order[k]!]! <= to; k++) if (ends[order[k]!]! <= to) out.push(order[k]!);
    return out.sort((a, b) => a - b);
  }

  private copyBounds(): void {
    const list = this.list;
    const starts = new Int32Array(list.length);
    const ends = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      starts[i] = list[i]!.start;
      ends[i] = list[i]!.end;
    }
    this.starts = starts;
    this.ends = ends;
  }
}

/** Positions 0..n-1 ordered by start, ties in position order. */
function byStart(starts: Int32Array): Int32Array {
  const order = new Int32Array(starts.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => starts[a]! - starts[b]! || a - b);
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
