// Mentions lying inside a character range, found by binary search over their starts: filtering a
// field's whole mention list for every clause was quadratic on long pages.

interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  /** Positions in `list`, ordered by start (ties keep list order). */
  private readonly order: number[];

  constructor(private readonly list: readonly T[]) {
    this.order = list.map((_, i) => i).sort((a, b) => list[a]!.start - list[b]!.start || a - b);
  }

  /** Positions (ascending, as a filter over the list would give them) of the items with start ≥ from and end ≤ to. */
  within(from: number, to: number): number[] {
    const { order, list } = this;
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
