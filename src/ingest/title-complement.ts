// What follows a title head or an organisation head noun: its complement (a portfolio, a body, a
// country: "Bộ trưởng Lao động và Xã hội", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội") and, for
// a title, the name after it ("… Hubertus Heil"). Nothing here is a list of offices: a portfolio
// is told from a name by shape. A Vietnamese portfolio word is one capitalised syllable followed by
// lower-case ones ("Lao động"); a name is a run of capitalised words that starts with a family name,
// has a word no Vietnamese syllable is written as ("Hubertus"), or is followed by what follows names
// (a verb, a conjunction, punctuation).
import { COMMON_COMPOUNDS, AFTER_NAME_WORDS } from '../lexicon/name-words.ts';
import { AUXILIARIES, SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import { COUNTRY_CONTEXT_WORDS } from '../lexicon/organisation-words.ts';
import { QUALIFIER_WORDS } from '../lexicon/titles.ts';
import { gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { isFamilyName, isNameParticle, isRegnalNumber, isVietnameseSyllable } from './name-shape.ts';
import { isAllCaps, type Token } from './tokens.ts';

/** Phrases, as lower-case word lists, by first word: longest first. */
function phraseIndex(phrases: string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    index.set(words[0]!, list);
  }
  return index;
}

const AFTER_NAME = phraseIndex([...AFTER_NAME_WORDS, ...Object.keys(SPEECH_VERBS), ...AUXILIARIES]);
const QUALIFIERS = phraseIndex(QUALIFIER_WORDS);
const COMPOUNDS = new Set(COMMON_COMPOUNDS);
/** A name has at most this many words (a space-separated word may hold hyphenated parts: "Ca-xtơ-rô"). */
const MAX_NAME_WORDS = 7;
/** A Vietnamese name: a family name and one to three given names. */
const MAX_VIETNAMESE_NAME_WORDS = 4;
/** At most this many lower-case syllables in a row continue a complement ("Ủy ban hợp tác liên nghị viện"). */
const MAX_LOWER_RUN = 6;
const MAX_STEPS = 24;

/** Length of the phrase of `index` at token j (0 when none). */
export function phraseAt(index: Map<string, string[][]>, tokens: Token[], j: number): number {
  for (const words of index.get(tokens[j]?.lower ?? '') ?? []) if (words.every((w, k) => tokens[j + k]?.lower === w && !tokens[j + k]!.upper)) return words.length;
  return 0;
}

export const afterNameAt = (tokens: Token[], j: number) => phraseAt(AFTER_NAME, tokens, j);

const gapOf = (text: string, tokens: Token[], j: number) => text.slice(tokens[j - 1]!.end, tokens[j]!.start);
const isDash = (g: string) => /^\s?[-–]\s?$/.test(g);

export interface Complement {
  /** Token after the last token read. */
  j: number;
  /** Character end of the complement (the title's role ends here). */
  lastEnd: number;
  entities: GazetteerMatch[];
  honorific: string | null;
  /** The name's tokens [from, to), or null. */
  name: [number, number] | null;
  /** Token after the last capitalised word, entity or acronym read (lower-case words after it may not belong). */
  solidTo: number;
}

type Prev = 'head' | 'entity' | 'run' | 'lower' | 'qualifier' | 'honorific';

/** Capitalised words from i, joined by spaces or hyphens, with particles and a regnal number; stops at an unambiguous place or body. */
export function readRun(text: string, tokens: Token[], i: number): number {
  let j = i;
  let words = 0;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const g = j > i ? gapOf(text, tokens, j) : ' ';
    if (j > i && g === '-' && /\p{L}/u.test(t.text[0]!)) {
      j += 1;
      continue;
    }
    // A middle initial with its dot ("Antony J. Blinken") continues a foreign name.
    const initial = g === '. ' && j - 1 > i && /^\p{Lu}$/u.test(tokens[j - 1]!.text) && !isFamilyName(tokens[i]!);
    if (g !== ' ' && !initial) break;
    if (j > i && isNameParticle(t)) {
      // Particles, one or more ("von der"), then a capitalised part.
      let p = j;
      while (tokens[p] && isNameParticle(tokens[p]!) && gapOf(text, tokens, p) === ' ') p += 1;
      if (p > j && tokens[p]?.upper && gapOf(text, tokens, p) === ' ') {
        j = p;
        continue;
      }
    }
    if (!t.upper || t.numeric || words >= (isFamilyName(tokens[i]!) ? MAX_VIETNAMESE_NAME_WORDS : MAX_NAME_WORDS)) break;
    // Short capitals inside a name are initials ("Retno LP Marsudi") when the name goes on after them.
    const initials = j > i && t.text.length <= 3 && tokens[j + 1]?.upper && !isAllCaps(tokens[j + 1]!) && gapOf(text, tokens, j + 1) === ' ';
    if (isAllCaps(t) && !(j > i && isRegnalNumber(t)) && !initials) break;
    if (j > i) {
      // Vietnamese given names are often place names ("Nguyễn Hòa Bình"): after a family name only an
      // office or a body ends the name.
      const kinds: GazetteerMatch['entry']['kind'][] = isFamilyName(tokens[i]!) ? ['title', 'org'] : ['title', 'org', 'country', 'city', 'region'];
      const m = gazetteer.match(text, tokens, j, kinds);
      if (m && !(m.entry.kind === 'country' && m.entry.contextual)) break;
    }
    words += 1;
    j += 1;
  }
  return j;
}

/** Whether the run [i, e) is a name rather than part of an office's name. */
export function runIsName(text: string, tokens: Token[], i: number, e: number): boolean {
  const toks = tokens.slice(i, e);
  const next = tokens[e];
  const gapAfter = next ? gapOf(text, tokens, e) : '';
  const lowerAfter = !!next && gapAfter === ' ' && !next.upper && !next.numeric;
  const ends = !lowerAfter || afterNameAt(tokens, e) > 0;
  if (lowerAfter && COMPOUNDS.has(`${toks.at(-1)!.lower} ${next.lower}`)) return false;
  const words = text.slice(toks[0]!.start, toks.at(-1)!.end).split(/\s+/).length;
  if (isFamilyName(toks[0]!) && words >= 2 && words <= 4) return true;
  if (toks.some((t) => !isVietnameseSyllable(t) && !isNameParticle(t))) return true;
  return words >= 2 && ends;
}

/** A country written as a common word ("Anh", "Đức") counts only where a country is expected. */
function acceptEntity(m: GazetteerMatch, prev: Prev, tokens: Token[], text: string, j: number): boolean {
  if (m.entry.kind !== 'country' || !m.entry.contextual) return true;
  const before = gapOf(text, tokens, j);
  const after = tokens[m.to] ? gapOf(text, tokens, m.to) : '';
  return prev === 'head' || prev === 'entity' || isDash(before) || isDash(after) || COUNTRY_CONTEXT_WORDS.has(tokens[j - 1]!.lower);
}

export interface ComplementOptions {
  /** An organisation's name ends at its country or city, except where a dash joins two ("Việt Nam - Cuba"). */
  stopAtPlace?: boolean;
  /** Lower-case words may follow the head itself ("Ủy ban nhân dân", "Ủy ban liên Chính phủ"). */
  looseHead?: boolean;
  /** Commas join portfolio words ("Bộ Phát triển, Công nghiệp, Thương mại và Dịch vụ"). */
  commas?: boolean;
  /** An organisation named by its head noun at token k: its end token, or null. */
  organisationAt?: (k: number) => GazetteerMatch | null;
  /** The walk starts after words of the name already read (a ministry's portfolio), not right after the head. */
  started?: boolean;
  /** Whether another body's head noun is at token k ("… và Bộ Ngoại giao"): a conjunction does not join it. */
  headAt?: (k: number) => boolean;
  /** The head names a whole body by itself ("Quốc hội"): a name right after it is a person's. */
  completeHead?: boolean;
  /** The head ends with a portfolio ("Bộ trưởng Bộ Ngoại giao"), which "và" may continue ("… và Hợp tác quốc tế"). */
  portfolioHead?: boolean;
}

interface Walk {
  c: Complement;
  prev: Prev;
  lowerRun: number;
  /** The last capitalised run read had a foreign word: lower-case words after it are not its compound. */
  foreignRun: boolean;
  /** The lower-case words being read follow a capitalised word: they are its compound. */
  compound: boolean;
}

/** Consumes an entity (place, body, honorific); false when the walk ends before it. */
function takeEntity(walk: Walk, m: GazetteerMatch, text: string, tokens: Token[], o: ComplementOptions): boolean {
  const { c } = walk;
  if (m.entry.kind === 'honorific') {
    c.honorific = m.text;
    walk.prev = 'honorific';
  } else {
    c.entities.push(m);
    c.lastEnd = m.end;
    c.solidTo = m.to;
    // Inside an organisation's name a body's words may go on ("Nhóm Đại biểu Quốc hội trẻ").
    walk.prev = o.stopAtPlace && m.entry.kind === 'org' ? 'run' : 'entity';
  }
  c.j = m.to;
  walk.lowerRun = 0;
  // An organisation's name ends at its place or at an owning body's acronym ("Diễn đàn Nghị sĩ trẻ IPU").
  const place = m.entry.kind === 'country' || m.entry.kind === 'city' || (m.entry.kind === 'org' && isAllCaps(tokens[m.from]!));
  return !(o.stopAtPlace && place && !(tokens[c.j] && isDash(gapOf(text, tokens, c.j)) && tokens[c.j]!.upper));
}

/** One step of the walk: true to go on. */
function step(walk: Walk, text: string, tokens: Token[], start: number, o: ComplementOptions): boolean {
  const { c } = walk;
  const k = c.j;
  const t = tokens[k]!;
  const g = gapOf(text, tokens, k);
  const comma = o.commas && g === ', ' && (walk.prev === 'run' || walk.prev === 'lower') && t.upper && isVietnameseSyllable(t) && tokens[k + 1] && !tokens[k + 1]!.upper
    && !o.headAt?.(k) && !gazetteer.match(text, tokens, k, ['title']);
  const acronyms = g === '/' && isAllCaps(t) && isAllCaps(tokens[k - 1]!);
  if (g !== ' ' && !comma && !acronyms && !(isDash(g) && (t.upper || t.numeric))) return false;
  const m = gazetteer.match(text, tokens, k, ['title', 'country', 'org', 'region', 'city', 'honorific']);
  // A title ends a person's complement; inside an organisation's name it is a common noun ("Diễn đàn Nghị sĩ trẻ").
  if (m?.entry.kind === 'title' && k > start && !m.entry.title.alsoName && !o.stopAtPlace) return false;
  if (m && m.entry.kind !== 'title' && acceptEntity(m, walk.prev, tokens, text, k)) return takeEntity(walk, m, text, tokens, o);
  const org = o.organisationAt?.(k);
  if (org) return takeEntity(walk, org, text, tokens, o);
  if (t.numeric && o.stopAtPlace) return false;
  // A rotating office's year after its body: "Chủ tịch ASEAN 2023 Joko Widodo", "Chủ tịch APEC năm 2021".
  const year = o.stopAtPlace ? 0 : yearAfterEntity(walk, tokens, k);
  if (year) {
    c.j = k + year;
    c.lastEnd = tokens[k + year - 1]!.end;
    return true;
  }
  if (isAllCaps(t) && !isRegnalNumber(t)) {
    walk.prev = 'entity';
    c.j = k + 1;
    c.solidTo = k + 1;
    c.lastEnd = t.end;
    return !o.stopAtPlace;
  }
  if (t.upper) return stepRun(walk, text, tokens, o);
  const q = phraseAt(QUALIFIERS, tokens, k);
  const joins = t.lower === 'và' || (o.stopAtPlace && t.lower === 'về');
  // "và" does not join another body or office ("… và Bộ Ngoại giao"); "về" may name one ("… về Trung tâm Nhiệt đới").
  const other = t.lower === 'và' && (o.headAt?.(k + q) || !!gazetteer.match(text, tokens, k + q, ['title']) || !portfolioAnd(walk, text, tokens, k + q, o));
  const joinsUpper = tokens[k + q]?.upper && gapOf(text, tokens, k + q) === ' ' && !other;
  if (q && !(joins && !joinsUpper)) {
    if (o.stopAtPlace && (t.lower === 'của' || t.lower === 'tại')) return false;
    walk.prev = 'qualifier';
    c.j = k + q;
    walk.lowerRun = 0;
    return true;
  }
  const loose = walk.prev === 'head' && o.looseHead;
  if (afterNameAt(tokens, k) || (!loose && ['head', 'entity', 'honorific'].includes(walk.prev)) || walk.lowerRun >= MAX_LOWER_RUN) return false;
  if (walk.prev === 'run' && walk.foreignRun) return false;
  if (!t.numeric && !/^\p{Ll}/u.test(t.text)) return false;
  // Lower-case words join the role when they end a capitalised word's compound ("Năng lượng"), else
  // only when a place, body or office word follows them.
  if (walk.prev === 'run' || (walk.prev === 'lower' && walk.compound)) c.lastEnd = t.end;
  walk.compound = walk.prev === 'run' || (walk.prev === 'lower' && walk.compound);
  walk.prev = 'lower';
  walk.lowerRun += 1;
  c.j = k + 1;
  return true;
}

/** Tokens of a year ("2023", "năm 2023") right after a body or place read into a title; 0 when none. */
function yearAfterEntity(walk: Walk, tokens: Token[], k: number): number {
  if (walk.prev !== 'entity') return 0;
  const n = tokens[k]?.lower === 'năm' ? 1 : 0;
  return /^(19|20)\d\d$/.test(tokens[k + n]?.text ?? '') ? n + 1 : 0;
}

/**
 * Whether "và" before token k joins two words of one office's name: inside a portfolio ("Lao động
 * và Xã hội"), after a ministry's lexicon name, or before a region ("Đông Á và Thái Bình Dương");
 * after a title or a country it joins two persons or countries ("Thủ tướng và Đoàn …").
 */
function portfolioAnd(walk: Walk, text: string, tokens: Token[], k: number, o: ComplementOptions): boolean {
  if (walk.prev === 'run' || walk.prev === 'lower' || (o.stopAtPlace && walk.prev === 'entity')) return true;
  if (walk.prev === 'head' && o.portfolioHead) return true;
  return gazetteer.match(text, tokens, k, ['region']) !== null;
}

/**
 * Whether a name-shaped run after an organisation's words is a person's, ending the body: after a
 * whole body ("Quốc hội Vương Đình Huệ") or its portfolio, not after the bare head ("Quỹ Konrad
 * Adenauer", "Ngân hàng Standard Chartered") or a conjunction ("… về Dải Gaza").
 */
function nameEndsBody(tokens: Token[], k: number, prev: Prev, o: ComplementOptions): boolean {
  if (prev === 'qualifier') return false;
  if (prev !== 'head') return true;
  return !!o.completeHead || isFamilyName(tokens[k]!);
}

/** A capitalised run: the name (the walk ends), or a word of the office's name. */
function stepRun(walk: Walk, text: string, tokens: Token[], o: ComplementOptions): boolean {
  const { c } = walk;
  const k = c.j;
  const e = readRun(text, tokens, k);
  if (e === k) return false;
  const isName = walk.prev === 'honorific' || runIsName(text, tokens, k, e);
  if (!o.stopAtPlace && isName) {
    c.name = [k, e];
    // The role runs up to the name ("Bộ trưởng Nông nghiệp và Phát triển nông thôn").
    if (walk.prev === 'lower' || walk.prev === 'run') c.lastEnd = tokens[k - 1]!.end;
    return false;
  }
  if (o.stopAtPlace && isName && e - k >= 2 && nameEndsBody(tokens, k, walk.prev, o)) return false;
  walk.prev = 'run';
  c.solidTo = e;
  walk.foreignRun = tokens.slice(k, e).some((x) => !isVietnameseSyllable(x) && !isNameParticle(x));
  c.j = e;
  c.lastEnd = tokens[e - 1]!.end;
  walk.lowerRun = 0;
  return true;
}

/** Reads the complement from token j (the token after the head, which ends at character lastEnd). */
export function readComplement(text: string, tokens: Token[], j: number, lastEnd: number, o: ComplementOptions = {}): Complement {
  const walk: Walk = { c: { j, lastEnd, entities: [], honorific: null, name: null, solidTo: j }, prev: o.started ? 'entity' : 'head', lowerRun: 0, foreignRun: false, compound: false };
  for (let steps = 0; walk.c.j < tokens.length && steps < MAX_STEPS; steps++) if (!step(walk, text, tokens, j, o)) break;
  return walk.c;
}
