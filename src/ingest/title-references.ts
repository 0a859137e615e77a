// Title-only references ("Bộ trưởng khẳng định"): the last person named with that title; nobody
// when two different persons tie in the same sentence. Earlier titled mentions are filed under every
// key a reference could match them by, so a reference reads only the mentions that match it instead
// of all earlier ones (which was quadratic on long pages of titled names).
import { fold } from '../text/fold.ts';
import type { PersonMention } from './persons.ts';
import { mapPacked } from './packed.ts';

type Mention = PersonMention & { sentence: number };

/** Word prefixes (before a space) and word suffixes (after a space) of `s`. */
function wordEdges(s: string): { prefixes: string[]; suffixes: string[] } {
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
    prefixes.push(s.slice(0, i));
    suffixes.push(s.slice(i + 1));
  }
  return { prefixes, suffixes };
}

export class TitleReferences {
  /** Key → mention indices, ascending. Keys: R role (tier 2), T title part or its word edge, P role word prefix (tier 1); each also per country. */
  private lists: Map<string, number[]> | null = null;

  constructor(
    private readonly mentions: readonly Mention[],
    private readonly personOf: ReadonlyMap<number, number>,
  ) {}

  /** Built on the first reference: most articles have none. */
  private build(): Map<string, number[]> {
    const { mentions, personOf } = this;
    this.lists = new Map();
    mentions.forEach((pm, k) => {
      if (personOf.get(k) === undefined || !pm.title) return;
      const pr = fold(pm.role ?? '');
      // A chained title ("Phó Thủ tướng, Bộ trưởng Ngoại giao") answers to each of its parts.
      const parts = fold(pm.title).split(/\s*,\s*|\s+kiem\s+/);
      const keys = new Set([`R${pr}`, ...mapPacked(wordEdges(pr).prefixes, (p) => `P${p}`)]);
      for (const pt of parts) {
        const { prefixes, suffixes } = wordEdges(pt);
        for (const t of [pt, ...prefixes, ...suffixes]) keys.add(`T${t}`);
      }
      for (const key of keys) for (const scope of ['*', pm.countryCode ?? '']) this.file(`${key}\u0000${scope}`, k);
    });
    return this.lists;
  }

  private file(key: string, k: number): void {
    const list = this.lists!.get(key);
    if (list) list.push(k);
    else this.lists!.set(key, [k]);
  }

  /** The person the nominal mention `idx` refers to, or null. */
  resolve(idx: number): number | null {
    const nm = this.mentions[idx]!;
    const role = fold(nm.role ?? '');
    const title = fold(nm.title ?? '');
    // A reference with a country reads mentions of that country, and those without one only when
    // it has no qualifier beyond its title.
    const scopes = !nm.countryCode ? ['*'] : role === title ? [nm.countryCode, ''] : [nm.countryCode];
    const filed = this.lists ?? this.build();
    const lists = (keys: string[]) => keys.flatMap((key) => scopes.map((s) => filed.get(`${key}\u0000${s}`) ?? []));
    // Tier 2 (the same role) wins over tier 1 (a title part, or a longer role); with no tier-2
    // mention before idx, no tier-1 candidate can be tier 2.
    const sameRole = this.lastOf(lists([`R${role}`]), idx);
    if (sameRole !== undefined) return sameRole;
    return this.lastOf(lists([`T${title}`, `P${role}`]), idx) ?? null;
  }

  /**
   * Among the mentions of `lists` before idx: the last one's person, undefined when there is none,
   * null when a different person is also named in that sentence. Mentions are in text order, so the
   * walk back stops at the first one of an earlier sentence.
   */
  private lastOf(lists: number[][], idx: number): number | null | undefined {
    const heads = mapPacked(lists, (list) => upperBound(list, idx) - 1);
    const next = () => {
      let best = -1;
      heads.forEach((h, i) => { if (h >= 0 && lists[i]![h]! > best) best = lists[i]![h]!; });
      heads.forEach((h, i) => { if (h >= 0 && lists[i]![h] === best) heads[i] = h - 1; });
      return best;
    };
    const last = next();
    if (last < 0) return undefined;
    const person = this.personOf.get(last)!;
    const sentence = this.mentions[last]!.sentence;
    for (let k = next(); k >= 0 && this.mentions[k]!.sentence === sentence; k = next()) {
      if (this.personOf.get(k) !== person) return null;
    }
    return person;
  }
}

/** Number of items of the ascending `list` below `value`. */
function upperBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
