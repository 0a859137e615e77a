// Persons in one text field. A name follows a title ("Ngoại trưởng Nhật Bản Toshimitsu Motegi"),
// possibly through its complement (portfolio, body, country, region, "phụ trách các vấn đề …",
// read by title-complement.ts) and an honorific ("Dato", "Samdech Techo", "Bà"), which is dropped.
// Vietnamese and Sino-Vietnamese names are also found without a title by their family name. A title with no name after it is a nominal
// mention ("Thủ tướng khẳng định"), resolved later by coreference.
import { VIETNAMESE_FAMILY_NAMES } from '../lexicon/family-names.ts';
import * as N from '../lexicon/name-words.ts';
import { TITLE_CHAIN_WORDS, TITLE_PLACE_SUFFIXES } from '../lexicon/titles.ts';
import { gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { headedOrganisationAt } from './headed-organisations.ts';
import { readComplement, readRun, type Complement } from './title-complement.ts';
import { isAllCaps, matchWords, tokenize, type Token } from './tokens.ts';

export interface PersonMention {
  start: number;
  end: number;
  /** The whole phrase as written: title, qualifier, honorific and name. */
  text: string;
  /** The name alone; null for a nominal mention. */
  name: string | null;
  nameStart: number;
  nameEnd: number;
  /** Title(s) as written ("Phó Thủ tướng kiêm Bộ trưởng Ngoại giao"). */
  title: string | null;
  /** Title with its qualifier ("Ngoại trưởng Indonesia"). */
  role: string | null;
  honorific: string | null;
  countryCode: string | null;
  organisation: string | null;
  nominal: boolean;
  /** The same name in another script convention, in parentheses after it ("Ra-un Ca-xtơ-rô (Raúl Castro)"). */
  alias?: string;
  /** The title is a monarch's, whose one-word name is a whole name ("Quốc vương Salman"). */
  singleName?: boolean;
}

const PLACE_SUFFIXES = new Set(TITLE_PLACE_SUFFIXES);
const FAMILY = new Set(VIETNAMESE_FAMILY_NAMES.map((n) => n.toLowerCase()));
const NOT_A_NAME = new Set(N.NOT_A_NAME);
const COMMON_COMPOUNDS = new Set(N.COMMON_COMPOUNDS);
const PLACE_WORDS = new Set(N.PLACE_WORDS);

function isNameToken(t: Token, first: boolean): boolean {
  if (!t.upper || t.numeric) return false;
  if (first && NOT_A_NAME.has(t.lower)) return false;
  if (isAllCaps(t) && (first || t.text.length > 3)) return false;
  return true;
}

type Head = NonNullable<ReturnType<typeof gazetteer.match>>;

/** Chained titles: "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao", "Thứ trưởng Ngoại giao, Trưởng SOM". */
function chainTitles(text: string, tokens: Token[], head: Head): { j: number; titleEnd: number } {
  let j = head.to;
  let titleEnd = head.end;
  for (;;) {
    const g = text.slice(tokens[j - 1]!.end, tokens[j]?.start ?? text.length);
    const chain = TITLE_CHAIN_WORDS.find((w) => matchWords(tokens, j, w.split(' ')));
    const at = chain ? j + chain.split(' ').length : g.trim() === ',' ? j : -1;
    const next = at >= 0 ? gazetteer.match(text, tokens, at, ['title']) : null;
    if (!next) return { j, titleEnd };
    j = next.to;
    titleEnd = next.end;
  }
}

/** A minister's title with its portfolio ("Bộ trưởng Ngoại giao", "Thứ trưởng Bộ Công Thương"). */
const PORTFOLIO_TITLE = /trưởng( \S+){2,4}$/u;

/** A body named by its head noun, as a gazetteer match, so the complement reads it as one entity. */
function organisationAt(text: string, tokens: Token[], k: number): GazetteerMatch | null {
  const o = headedOrganisationAt(text, tokens, k);
  if (!o) return null;
  // Only a country the text writes: a person's ministry named alone ("Bộ Ngoại giao") may be any country's.
  const org = { name: o.text, kind: o.kind, ...(o.country ? { country: o.countryCode! } : {}) };
  return { entry: { kind: 'org', org }, from: o.from, to: o.to, start: o.start, end: o.end, text: o.text };
}

/** The country and body a complement names: the first of each. */
function complementEntities(c: Complement): { countryCode: string | null; organisation: string | null } {
  let countryCode: string | null = null;
  let organisation: string | null = null;
  for (const m of c.entities) {
    if (m.entry.kind === 'country') countryCode ??= m.entry.code;
    if (m.entry.kind === 'org') {
      organisation ??= m.entry.org.name;
      countryCode ??= m.entry.org.country ?? null;
    }
  }
  return { countryCode, organisation };
}

/** After an honorific the name comes at once ("ông Lula da Silva", "Sheikh Tamim bin Hamad Al Thani"). */
function nameAfterHonorific(text: string, tokens: Token[], j: number): Complement {
  const c: Complement = { j, lastEnd: tokens[j - 1]!.end, entities: [], honorific: null, name: null, solidTo: j };
  const t = tokens[j];
  if (!t || text.slice(tokens[j - 1]!.end, t.start) !== ' ' || !isNameToken(t, true)) return c;
  const end = readRun(text, tokens, j);
  // "người đồng chí Hàn Quốc": a place or body the gazetteer names whole is not a name, even one
  // shaped like a Vietnamese name (family name Hàn, given name Quốc).
  const named = gazetteer.match(text, tokens, j, ['country', 'city', 'org', 'region']);
  if (named && named.to >= end) return c;
  if (end > j) c.name = [j, end];
  return c;
}

/** " (Raúl Castro Ruz)" right after a name: the tokens of the name in parentheses, or null. */
function parenthesisedName(text: string, tokens: Token[], j: number): [number, number] | null {
  const t = tokens[j];
  if (!t || text.slice(tokens[j - 1]!.end, t.start) !== ' (' || !t.upper || isAllCaps(t)) return null;
  const end = readRun(text, tokens, j);
  if (end <= j || text[tokens[end - 1]!.end] !== ')') return null;
  return [j, end];
}

/** The person (or nominal mention) a title or honorific at token i opens, and where to go on. */
function personAfterHead(text: string, tokens: Token[], i: number, head: Head): { mention: PersonMention | null; taken: number; next: number } {
  const isTitle = head.entry.kind === 'title';
  const { j, titleEnd } = isTitle ? chainTitles(text, tokens, head) : { j: head.to, titleEnd: head.end };
  const title = isTitle ? text.slice(head.start, titleEnd) : null;
  const c = isTitle
    ? readComplement(text, tokens, j, titleEnd, { looseHead: true, portfolioHead: PORTFOLIO_TITLE.test(title!), organisationAt: (k) => organisationAt(text, tokens, k) })
    : nameAfterHonorific(text, tokens, j);
  const found = complementEntities(c);
  const countryCode = found.countryCode ?? (head.entry.kind === 'title' ? (head.entry.title.country ?? null) : null);
  const { organisation } = found;
  const honorific = isTitle ? c.honorific : head.text;
  if (!c.name) {
    const end = c.lastEnd;
    const nominal = title ? { start: head.start, end, text: text.slice(head.start, end), name: null, nameStart: -1, nameEnd: -1, title, role: text.slice(head.start, end), honorific: null, countryCode, organisation, nominal: true } : null;
    return { mention: nominal, taken: i, next: Math.max(c.j, i + 1) };
  }
  const [nameStart, nameEnd] = c.name;
  const end = tokens[nameEnd - 1]!.end;
  const name = text.slice(tokens[nameStart]!.start, end);
  const role = title ? text.slice(head.start, c.lastEnd).trim() : null;
  const mention: PersonMention = { start: head.start, end, text: text.slice(head.start, end), name, nameStart: tokens[nameStart]!.start, nameEnd: end, title, role, honorific, countryCode, organisation, nominal: false };
  if (head.entry.kind === 'title' && head.entry.title.singleName) mention.singleName = true;
  const alias = parenthesisedName(text, tokens, nameEnd);
  if (alias) mention.alias = text.slice(tokens[alias[0]]!.start, tokens[alias[1] - 1]!.end);
  const after = alias ? alias[1] : nameEnd;
  return { mention, taken: after, next: after };
}

/** Persons after a title or an honorific; the tokens of their names are marked taken. */
function titledPersons(text: string, tokens: Token[], taken: Set<number>): PersonMention[] {
  const out: PersonMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = gazetteer.match(text, tokens, i, ['title', 'honorific']);
    if (!head) {
      i += 1;
      continue;
    }
    // "Đại sứ quán" is a building, not an ambassador; "Tiểu vương quốc" a country, not an emir.
    if (head.entry.kind === 'title' && PLACE_SUFFIXES.has(tokens[head.to]?.lower ?? '')) {
      i = head.to + 1;
      continue;
    }
    const found = personAfterHead(text, tokens, i, head);
    if (found.mention) out.push(found.mention);
    for (let k = i; k < found.taken; k++) taken.add(k);
    i = found.next;
  }
  return out;
}

const VISIT = N.VISIT_WORDS.map((w) => w.split(' '));

/** A country, city or body the gazetteer names unambiguously: "Đoàn Việt Nam" is a delegation, not a person. */
function placeOrBodyAt(text: string, tokens: Token[], e: number): boolean {
  const m = gazetteer.match(text, tokens, e, ['country', 'city', 'org', 'region']);
  return !!m && !(m.entry.kind === 'country' && m.entry.contextual);
}

/** Vietnamese and Sino-Vietnamese names without a title: a family name and one to three given names. */
function bareVietnameseNames(text: string, tokens: Token[], taken: Set<number>): PersonMention[] {
  const out: PersonMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (taken.has(k) || !t.upper || !FAMILY.has(t.lower)) continue;
    const prev = tokens[k - 1];
    if (prev && (PLACE_WORDS.has(prev.lower) || (prev.upper && text.slice(prev.end, t.start) === ' '))) continue;
    if (gazetteer.match(text, tokens, k, ['country', 'city', 'org', 'region', 'title'])) continue;
    if (VISIT.some((w) => matchWords(tokens, k - w.length, w))) continue;
    let e = k + 1;
    while (e < tokens.length && e - k < 4 && tokens[e]!.upper && !isAllCaps(tokens[e]!) && text.slice(tokens[e - 1]!.end, tokens[e]!.start) === ' ' && !taken.has(e) && !placeOrBodyAt(text, tokens, e)) e += 1;
    if (e - k < 2 || e - k > 4) continue;
    // "Văn Miếu - Quốc Tử Giám": a dash joins place names, not a person's.
    if (tokens[e] && /^\s?[-–]\s?$/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start)) && tokens[e]!.upper) continue;
    // "Đoàn Thanh niên", "Hồ Văn hóa": the last word and the next one form a common noun.
    const nextTok = tokens[e];
    if (nextTok && !nextTok.upper && COMMON_COMPOUNDS.has(`${tokens[e - 1]!.lower} ${nextTok.lower}`)) continue;
    const start = t.start;
    const end = tokens[e - 1]!.end;
    out.push({ start, end, text: text.slice(start, end), name: text.slice(start, end), nameStart: start, nameEnd: end, title: null, role: null, honorific: null, countryCode: 'VN', organisation: null, nominal: false });
    for (let x = k; x < e; x++) taken.add(x);
    k = e - 1;
  }
  return out;
}

export function findPersons(text: string): PersonMention[] {
  const tokens = tokenize(text);
  const taken = new Set<number>();
  const titled = titledPersons(text, tokens, taken);
  return [...titled, ...bareVietnameseNames(text, tokens, taken)].sort((a, b) => a.start - b.start);
}

/** Vietnamese-looking name: starts with a family name, 2-4 one-syllable words. */
export function isVietnameseName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && FAMILY.has(words[0]!.toLowerCase());
}
