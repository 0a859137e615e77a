// Whether two written names mean the same person, and an index that finds the persons a name may
// belong to without comparing it with every person: comparing each name with all earlier ones was
// quadratic (2,000 names in one page took 4 s, 3,000 took a minute).
import { BoundedCache } from '../cache/bounded-cache.ts';
import { fold } from '../text/fold.ts';
import { isVietnameseName } from './persons.ts';

/** A name's folded tokens, joined as written and sorted: what samePerson compares. */
interface NameForm {
  tokens: string[];
  joined: string;
  sorted: string;
}

// The joined and sorted forms are kept with the tokens: samePerson compared names by joining and
// sorting both token lists at every call, 8% of the pipeline's allocation (sampling heap profile).
const formCache = new BoundedCache<string, NameForm>('ingest_name_tokens', 5_000, 600_000, (name) => 4 * name.length);

function formOf(name: string): NameForm {
  const hit = formCache.get(name);
  if (hit !== undefined) return hit;
  const tokens = fold(name).split(/[\s-]+/).filter(Boolean);
  const form = { tokens, joined: tokens.join(' '), sorted: [...tokens].sort().join(' ') };
  formCache.set(name, form);
  return form;
}

/** Folded name tokens ("Chung Eui-yong" → chung, eui, yong). */
export function tokensOf(name: string): string[] {
  return formOf(name).tokens;
}

/** Same person: same folded name, same tokens in another order, or a short form of the same name. */
export function samePerson(a: string, b: string): boolean {
  const fa = formOf(a);
  const fb = formOf(b);
  if (fa.joined === fb.joined) return true;
  const ta = fa.tokens;
  const tb = fb.tokens;
  if (ta.length === tb.length && fa.sorted === fb.sorted) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 1) return long.includes(short[0]!) && !isVietnameseName(a) === !isVietnameseName(b) || long.includes(short[0]!) && short[0] === long.at(-1);
  // "Retno Marsudi" within "Retno LP Marsudi" (foreign names only).
  if (!isVietnameseName(a) && !isVietnameseName(b) && short.length >= 2 && short[0] === long[0] && short.at(-1) === long.at(-1)) return true;
  return false;
}

const SEP = '\u0000';

/**
 * Keys under which a stored name is filed, and keys a query looks up: each clause of samePerson
 * becomes one kind of key, so every stored name that samePerson would accept shares a key with the
 * query (whole name; sorted tokens; a one-token name inside a longer one, either way round, with the
 * Vietnamese-ness or last-token condition; first and last token of two foreign names).
 */
function nameKeys(name: string, side: 'stored' | 'query'): string[] {
  const form = formOf(name);
  const t = form.tokens;
  const vn = isVietnameseName(name);
  // A one-token name inside a longer one, either way round: a stored one-token name is filed under
  // the keys a longer query asks with (O, OL), and a stored longer name under those a one-token query asks with (L, LL).
  const [one, oneLast, many, manyLast] = side === 'stored' ? ['O', 'OL', 'L', 'LL'] : ['L', 'LL', 'O', 'OL'];
  const keys = [`J${SEP}${form.joined}`, `S${SEP}${t.length}${SEP}${form.sorted}`];
  if (t.length === 1) keys.push(`${one}${SEP}${vn}${SEP}${t[0]}`, `${oneLast}${SEP}${t[0]}`);
  if (t.length >= 2) {
    for (const w of new Set(t)) keys.push(`${many}${SEP}${vn}${SEP}${w}`);
    keys.push(`${manyLast}${SEP}${t.at(-1)}`);
    if (!vn) keys.push(`F${SEP}${t[0]}${SEP}${t.at(-1)}`);
  }
  return keys;
}

const storedKeys = (name: string) => nameKeys(name, 'stored');
const queryKeys = (name: string) => nameKeys(name, 'query');

/**
 * Persons (by index) filed under the names they were written with. `candidates` returns a superset
 * of the persons with a name samePerson accepts (ascending); callers still check with samePerson,
 * so a name a person no longer carries only costs a check.
 */
export class PersonNameIndex {
  private byKey: Map<string, Set<number>> | null = null;
  /** Names added while there are few persons: then every person is a candidate (cheaper than keys). */
  private pending: [number, string][] = [];
  private persons = 0;

  add(person: number, name: string): void {
    this.persons = Math.max(this.persons, person + 1);
    if (!this.byKey && this.persons <= FEW_PERSONS) {
      this.pending.push([person, name]);
      return;
    }
    if (!this.byKey) {
      this.byKey = new Map();
      for (const [p, n] of this.pending) this.file(p, n);
      this.pending = [];
    }
    this.file(person, name);
  }

  private file(person: number, name: string): void {
    for (const key of storedKeys(name)) {
      const set = this.byKey!.get(key);
      if (set) set.add(person);
      else this.byKey!.set(key, new Set([person]));
    }
  }

  /** Persons (ascending) that may carry a name samePerson accepts for one of `names`. */
  candidates(...names: string[]): number[] {
    if (!this.byKey) return Array.from({ length: this.persons }, (_, i) => i);
    const out = new Set<number>();
    for (const name of names) for (const key of queryKeys(name)) for (const p of this.byKey.get(key) ?? []) out.add(p);
    return [...out].sort((a, b) => a - b);
  }
}

const FEW_PERSONS = 24;
