// Persons in one text field. A name follows a title ("Ngoại trưởng Nhật Bản Toshimitsu Motegi"),
// possibly through a qualifier (country, organisation, region, "phụ trách các vấn đề …") and an
// honorific ("Dato", "Samdech Techo", "Bà"), which is dropped. Vietnamese and Sino-Vietnamese names
// are also found without a title by their family name. A title with no name after it is a nominal
// mention ("Thủ tướng khẳng định"), resolved later by coreference.
import { VIETNAMESE_FAMILY_NAMES } from '../lexicon/family-names.ts';
import * as N from '../lexicon/name-words.ts';
import { QUALIFIER_WORDS, TITLE_CHAIN_WORDS } from '../lexicon/titles.ts';
import { gazetteer } from './gazetteer.ts';
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
}

const FAMILY = new Set(VIETNAMESE_FAMILY_NAMES.map((n) => n.toLowerCase()));
const QUALIFIERS = QUALIFIER_WORDS.map((q) => q.split(' ')).sort((a, b) => b.length - a.length);
const NOT_A_NAME = new Set(N.NOT_A_NAME);
const COMMON_COMPOUNDS = new Set(N.COMMON_COMPOUNDS);
const PLACE_WORDS = new Set(N.PLACE_WORDS);
/** The words after "Bộ" that end a ministry's name inside a qualifier ("Bộ Ngoại giao"). */
const MINISTRY_TAIL = /^(giao|phòng|an|tư|vụ|tế|chính)$/;
/** A qualifier is read for at most this many steps. */
const MAX_QUALIFIER_STEPS = 20;

function isNameToken(t: Token, first: boolean): boolean {
  if (!t.upper || t.numeric) return false;
  if (first && NOT_A_NAME.has(t.lower)) return false;
  if (isAllCaps(t) && (first || t.text.length > 3)) return false;
  return true;
}

/** Name tokens from i: capitalised words joined by spaces or hyphens ("Chung Eui-yong"). */
function readName(text: string, tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 5) {
    const t = tokens[j]!;
    if (j > i) {
      const g = text.slice(tokens[j - 1]!.end, t.start);
      if (g === '-' && /\p{L}/u.test(t.text[0]!)) {
        j += 1;
        continue;
      }
      // A middle initial with its dot ("Joe R. Biden") continues a foreign name; Vietnamese names
      // have no initials, so "Nguyễn Văn A. Hôm sau" stays two sentences' worth.
      const initial = g === '. ' && j - 1 > i && /^\p{Lu}$/u.test(tokens[j - 1]!.text) && !FAMILY.has(tokens[i]!.lower);
      if (g !== ' ' && !initial) break;
      if (gazetteer.match(text, tokens, j, ['title', 'org'])) break;
    }
    if (!isNameToken(t, j === i)) break;
    j += 1;
  }
  return j;
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

/** What is read between a title and a name: qualifiers, an honorific, then the name's tokens. */
interface Qualified {
  j: number;
  honorific: string | null;
  countryCode: string | null;
  organisation: string | null;
  lastQualifierEnd: number;
  nameStart: number;
  nameEnd: number;
}

/** A country, organisation, region, city or honorific between the title and the name. */
function qualifierEntity(q: Qualified, m: Head): void {
  if (m.entry.kind === 'honorific') q.honorific = m.text;
  else {
    if (m.entry.kind === 'country' && !q.countryCode) q.countryCode = m.entry.code;
    if (m.entry.kind === 'org' && !q.organisation) q.organisation = m.entry.org.name;
    if (m.entry.kind === 'org' && !q.countryCode && m.entry.org.country) q.countryCode = m.entry.org.country;
    q.lastQualifierEnd = m.end;
  }
  q.j = m.to;
}

/** One step through the qualifiers: true to go on, false when the name (or nothing) comes next. */
function qualifierStep(text: string, tokens: Token[], q: Qualified): boolean {
  const g = text.slice(tokens[q.j - 1]!.end, tokens[q.j]!.start);
  if (!/^[\s\-–]*$/.test(g) || g.length > 3) return false;
  const m = gazetteer.match(text, tokens, q.j, ['country', 'org', 'region', 'city', 'honorific']);
  if (m) return qualifierEntity(q, m), true;
  const t = tokens[q.j]!;
  if (t.text === 'Bộ' && tokens[q.j + 1]?.upper) {
    // "Bộ Ngoại giao" inside a qualifier: skip the ministry's words.
    q.j += 2;
    while (tokens[q.j] && !tokens[q.j]!.upper && text.slice(tokens[q.j - 1]!.end, tokens[q.j]!.start) === ' ' && MINISTRY_TAIL.test(tokens[q.j]!.lower)) q.j += 1;
    q.lastQualifierEnd = tokens[q.j - 1]!.end;
    return true;
  }
  // An acronym ("SOM", "EU") and a capitalised office word ("Cao ủy Thương mại EU") qualify the
  // title; they are not names.
  const officeWords = t.upper ? QUALIFIERS.find((w) => w.length >= 2 && matchWords(tokens, q.j, w)) : undefined;
  const qualifier = isAllCaps(t) && !q.honorific ? 1 : (officeWords?.length ?? 0);
  if (qualifier) {
    q.j += qualifier;
    q.lastQualifierEnd = tokens[q.j - 1]!.end;
    return true;
  }
  if (t.upper) {
    const end = readName(text, tokens, q.j);
    if (end > q.j) [q.nameStart, q.nameEnd] = [q.j, end];
    return false;
  }
  const word = QUALIFIERS.find((w) => matchWords(tokens, q.j, w));
  if (!word || (word[0] === 'và' && !gazetteer.match(text, tokens, q.j + 1, ['region']))) return false;
  q.j += word.length;
  return true;
}

/** The person (or nominal mention) a title or honorific at token i opens, and where to go on. */
function personAfterHead(text: string, tokens: Token[], i: number, head: Head): { mention: PersonMention | null; taken: number; next: number } {
  const isTitle = head.entry.kind === 'title';
  const { j, titleEnd } = isTitle ? chainTitles(text, tokens, head) : { j: head.to, titleEnd: head.end };
  const title = isTitle ? text.slice(head.start, titleEnd) : null;
  const q: Qualified = {
    j, honorific: isTitle ? null : head.text, countryCode: head.entry.kind === 'title' ? (head.entry.title.country ?? null) : null,
    organisation: null, lastQualifierEnd: titleEnd, nameStart: -1, nameEnd: -1,
  };
  for (let steps = 0; q.j < tokens.length && steps < MAX_QUALIFIER_STEPS; steps++) if (!qualifierStep(text, tokens, q)) break;
  const { honorific, countryCode, organisation } = q;
  if (q.nameStart < 0) {
    const end = q.lastQualifierEnd;
    const nominal = title ? { start: head.start, end, text: text.slice(head.start, end), name: null, nameStart: -1, nameEnd: -1, title, role: text.slice(head.start, end), honorific: null, countryCode, organisation, nominal: true } : null;
    return { mention: nominal, taken: i, next: Math.max(q.j, i + 1) };
  }
  const end = tokens[q.nameEnd - 1]!.end;
  const name = text.slice(tokens[q.nameStart]!.start, end);
  const role = title ? text.slice(head.start, q.lastQualifierEnd).trim() : null;
  const mention = { start: head.start, end, text: text.slice(head.start, end), name, nameStart: tokens[q.nameStart]!.start, nameEnd: end, title, role, honorific, countryCode, organisation, nominal: false };
  return { mention, taken: q.nameEnd, next: q.nameEnd };
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
    // "Đại sứ quán" is a building, not an ambassador.
    if (head.entry.kind === 'title' && tokens[head.to]?.lower === 'quán') {
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

/** Vietnamese and Sino-Vietnamese names without a title: a family name and one to three given names. */
function bareVietnameseNames(text: string, tokens: Token[], taken: Set<number>): PersonMention[] {
  const out: PersonMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (taken.has(k) || !t.upper || !FAMILY.has(t.lower)) continue;
    const prev = tokens[k - 1];
    if (prev && (PLACE_WORDS.has(prev.lower) || (prev.upper && text.slice(prev.end, t.start) === ' '))) continue;
    if (gazetteer.match(text, tokens, k, ['country', 'city', 'org', 'region', 'title'])) continue;
    let e = k + 1;
    while (e < tokens.length && e - k < 4 && tokens[e]!.upper && !isAllCaps(tokens[e]!) && text.slice(tokens[e - 1]!.end, tokens[e]!.start) === ' ' && !taken.has(e)) e += 1;
    if (e - k < 2 || e - k > 4) continue;
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
