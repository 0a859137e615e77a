// One index over every lexicon: countries, cities, regions, organisations, titles, honorifics.
// Matching is by whole tokens, longest entry first, so "Liên minh châu Âu" wins over "Liên minh".
import { COUNTRIES } from '../lexicon/countries.ts';
import { CITIES, REGIONS } from '../lexicon/places.ts';
import { ORGANISATIONS, type OrganisationEntry } from '../lexicon/organisations.ts';
import { TITLES, type TitleEntry } from '../lexicon/titles.ts';
import { HONORIFICS } from '../lexicon/honorifics.ts';
import { tokenize, type Token } from './tokens.ts';

export type GazetteerEntry =
  | { kind: 'country'; code: string; contextual: boolean }
  | { kind: 'city'; name: string; code: string }
  | { kind: 'region' }
  | { kind: 'org'; org: OrganisationEntry }
  | { kind: 'title'; title: TitleEntry }
  | { kind: 'honorific' };

interface Indexed {
  tokens: string[];
  /** Separators allowed between the entry's tokens, as written in the lexicon. */
  surface: string;
  exactCase: boolean;
  leadingUpper: boolean;
  /** Tokens after the first that a place's name writes capitalised: "Hòa Bình" the province, not "hòa bình" (peace). */
  upperAt: number[];
  entry: GazetteerEntry;
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Token index range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

const SEPARATOR_OK = /^[\s\-–.+'’]*$/;

/** What may stand between two tokens of an entry: at most three separator characters (one space, mostly, answered without slicing). */
function separatorOk(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  return (to - from === 1 && text.charCodeAt(from) === 0x20) || SEPARATOR_OK.test(text.slice(from, to));
}

class Gazetteer {
  private byFirst = new Map<string, Indexed[]>();

  add(surface: string, entry: GazetteerEntry, opts: { anyCase?: boolean } = {}) {
    const toks = tokenize(surface);
    if (toks.length === 0) return;
    const allCaps = surface === surface.toUpperCase() && /\p{Lu}/u.test(surface);
    const item: Indexed = {
      tokens: toks.map((t) => t.lower),
      surface,
      exactCase: allCaps && !opts.anyCase,
      leadingUpper: !opts.anyCase && toks[0]!.upper,
      upperAt: entry.kind === 'city' || entry.kind === 'country' ? toks.flatMap((t, k) => (k > 0 && t.upper ? [k] : [])) : [],
      entry,
    };
    const list = this.byFirst.get(item.tokens[0]!) ?? [];
    list.push(item);
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(item.tokens[0]!, list);
  }

  /** Longest entry starting at token i, optionally restricted to some kinds. */
  match(text: string, tokens: Token[], i: number, kinds?: GazetteerEntry['kind'][]): GazetteerMatch | null {
    const t = tokens[i];
    if (!t) return null;
    const list = this.byFirst.get(t.lower);
    if (!list) return null;
    for (const item of list) {
      if (kinds && !kinds.includes(item.entry.kind)) continue;
      const n = item.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const tok = tokens[i + k]!;
        if (tok.lower !== item.tokens[k]) ok = false;
        else if (item.exactCase && tok.text !== tok.text.toUpperCase()) ok = false;
        else if (k > 0 && !separatorOk(text, tokens[i + k - 1]!.end, tok.start)) ok = false;
      }
      if (!ok) continue;
      if (item.leadingUpper && !t.upper) continue;
      if (item.upperAt.some((k) => !tokens[i + k]!.upper)) continue;
      // "Washington D.C." keeps its final dot.
      let end = tokens[i + n - 1]!.end;
      if (item.surface.endsWith('.') && text[end] === '.') end += 1;
      return { entry: item.entry, from: i, to: i + n, start: t.start, end, text: text.slice(t.start, end) };
    }
    return null;
  }
}

function build(): Gazetteer {
  const g = new Gazetteer();
  for (const c of COUNTRIES) {
    // A name that is also a common word ("Đức", a given name) is contextual even as the country's name.
    const contextual = new Set(c.contextual ?? []);
    for (const a of new Set([c.name, ...c.aliases])) if (!contextual.has(a)) g.add(a, { kind: 'country', code: c.code, contextual: false });
    for (const a of c.contextual ?? []) g.add(a, { kind: 'country', code: c.code, contextual: true });
  }
  for (const city of CITIES) {
    for (const a of new Set([city.name, ...city.aliases])) g.add(a, { kind: 'city', name: city.name, code: city.countryCode });
  }
  for (const r of REGIONS) g.add(r, { kind: 'region' }, { anyCase: /^\p{Ll}/u.test(r) });
  for (const org of ORGANISATIONS) {
    for (const a of new Set([org.name, ...(org.aliases ?? []), ...(org.acronym ? [org.acronym] : [])])) g.add(a, { kind: 'org', org });
  }
  for (const title of TITLES) g.add(title.title, { kind: 'title', title }, { anyCase: !title.cased });
  for (const h of HONORIFICS) g.add(h, { kind: 'honorific' });
  return g;
}

export const gazetteer = build();
