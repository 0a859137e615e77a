// Organisations and countries in one text field: lexicon entries, ministries ("Bộ Ngoại giao Thái
// Lan"), embassies ("Đại sứ quán Việt Nam tại Hoa Kỳ"), generic bodies given a country by their
// context ("Quốc hội ... tại Hoa Kỳ"), and acronyms the text itself defines ("Long name (ACR)").
import { COUNTRIES } from '../lexicon/countries.ts';
import { MINISTRIES, NON_ORGANISATION_HEADS, ORGANISATION_HEADS, type OrganisationKindName } from '../lexicon/organisations.ts';
import { MEETING_HEADS } from '../lexicon/meeting-series.ts';
import {
  COORDINATED, COUNTRY_CONTEXT_WORDS, COUNTRY_LINKS, EMBASSY_HOST_LINK, EMBASSY_WORDS, KIND_BY_NAME, MINISTER_TAIL, MINISTRY_HEAD,
} from '../lexicon/organisation-words.ts';
import { gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { headedOrganisationAt, type HeadedOrganisation } from './headed-organisations.ts';
import { isFamilyName, isVietnameseSyllable } from './name-shape.ts';
import { readRun } from './title-complement.ts';
import { tokenize, type Token } from './tokens.ts';
import { fold } from '../text/fold.ts';
import { BoundedCache } from '../cache/bounded-cache.ts';
import { SpanIndex } from './span-index.ts';

export interface OrganisationMention {
  start: number;
  end: number;
  text: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKindName;
  countryCode: string | null;
  aliases: string[];
}

export interface CountryMention {
  start: number;
  end: number;
  text: string;
  code: string;
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  city: string | null;
  code: string;
}

/** An organisation the text defined with "Long name (ACR)". */
export interface LearnedOrganisation {
  name: string;
  acronym: string;
  kind: OrganisationKindName;
}

export const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));
const foldedHeads = (list: string[]) => list.map((h) => tokenize(h).map((t) => t.lower));

function startsWithWords(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.lower === w);
}

function headAt(tokens: Token[], i: number, heads: string[][]): boolean {
  return tokens[i]!.upper && heads.some((h) => startsWithWords(tokens, i, h));
}

const ORG_HEADS = foldedHeads(ORGANISATION_HEADS);
const NON_ORG_HEADS = foldedHeads([...NON_ORGANISATION_HEADS, ...MEETING_HEADS]);

/** "quan hệ đối tác an ninh ba bên (AUKUS)": a partnership, often written in lower case, is a body the text names. */
const PARTNERSHIP_HEAD = ['quan', 'hệ', 'đối', 'tác'];

function guessKind(name: string): OrganisationKindName {
  const f = fold(name);
  return KIND_BY_NAME.find(([pattern]) => pattern.test(f))?.[1] ?? 'OTHER';
}

/**
 * What every acronym learnAcronyms accepts leaves in the text: a token of capitals and digits (a
 * token holds no "&") between "(" and ")". Most texts define none, so they are not tokenized for it.
 */
const DEFINED_ACRONYM = /\([A-Z][A-Z0-9]{1,9}\)/;

/** "Long name (ACR)": the long name starts at the nearest organisation head before the parenthesis. */
export function learnAcronyms(text: string): LearnedOrganisation[] {
  const learned: LearnedOrganisation[] = [];
  if (!DEFINED_ACRONYM.test(text)) return learned;
  const tokens = tokenize(text);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (text[t.start - 1] !== '(' || text[t.end] !== ')' || !/^[A-Z][A-Z0-9&]{1,9}$/.test(t.text)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 25); j--) {
      if (/[.;:!?()]/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start).replace(/\s\($/, ''))) break;
      // A partnership's head ("Quan hệ đối tác") holds a word that heads non-bodies ("Đối tác").
      const partnership = [j - 2, j - 1, j].find((k) => k >= 0 && startsWithWords(tokens, k, PARTNERSHIP_HEAD) && k + PARTNERSHIP_HEAD.length > j);
      if (partnership !== undefined) j = partnership;
      else if (headAt(tokens, j, NON_ORG_HEADS)) break;
      if ((partnership !== undefined || headAt(tokens, j, ORG_HEADS)) && !(tokens[j]!.lower === MINISTRY_HEAD.toLowerCase() && tokens[j + 1]?.lower === MINISTER_TAIL)) {
        const name = text.slice(tokens[j]!.start, tokens[i - 1]!.end).trim();
        if (name.split(/\s+/).length >= 2) learned.push({ name, acronym: t.text, kind: guessKind(name) });
        break;
      }
    }
  }
  return learned;
}

function countryAfter(text: string, tokens: Token[], j: number): GazetteerMatch | null {
  const m = gazetteer.match(text, tokens, j, ['country']);
  if (m && tokens[j - 1] && text.slice(tokens[j - 1]!.end, tokens[j]!.start).trim() === '') return m;
  return null;
}

/** The country a generic body belongs to: written right after it, or "tại/ở/của X" later in the clause. */
function contextCountry(text: string, tokens: Token[], j: number): string | null {
  for (let k = j; k < Math.min(tokens.length, j + 15); k++) {
    if (/[.;:!?]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    if (COUNTRY_LINKS.includes(tokens[k]!.lower)) {
      const m = gazetteer.match(text, tokens, k + 1, ['country', 'city']);
      if (m && m.entry.kind === 'country') return m.entry.code;
      if (m && m.entry.kind === 'city') return m.entry.code;
    }
  }
  return null;
}

export interface OrganisationScan {
  organisations: OrganisationMention[];
  countries: CountryMention[];
  places: PlaceMention[];
}

type LearnedIndex = Map<string, { toks: string[]; org: LearnedOrganisation; surface: string }[]>;
const learnedCache = new BoundedCache<string, LearnedIndex>('ingest_learned_acronyms', 64, 200_000, (key) => 4 * key.length);
const MINISTRY_TOKENS = MINISTRIES.map((m) => ({ name: m, toks: tokenize(m).map((t) => t.lower) })).sort((a, b) => b.toks.length - a.toks.length);

/** Index of learned names and acronyms by first word, cached: a document's articles share one. */
const byArray = new WeakMap<LearnedOrganisation[], LearnedIndex>();
function learnedIndex(learned: LearnedOrganisation[]): LearnedIndex {
  const same = byArray.get(learned);
  if (same) return same;
  const index = buildLearnedIndex(learned);
  byArray.set(learned, index);
  return index;
}

function buildLearnedIndex(learned: LearnedOrganisation[]): LearnedIndex {
  const cacheKey = learned.map((l) => `${l.acronym}|${l.name}`).join('\n');
  const cached = learnedCache.get(cacheKey);
  if (cached) return cached;
  const index: LearnedIndex = new Map();
  const seen = new Set<string>();
  for (const org of learned) {
    for (const surface of [org.name, org.acronym]) {
      if (seen.has(surface)) continue;
      seen.add(surface);
      const toks = tokenize(surface).map((t) => t.lower);
      const list = index.get(toks[0]!) ?? [];
      list.push({ toks, org, surface });
      list.sort((a, b) => b.toks.length - a.toks.length);
      index.set(toks[0]!, list);
    }
  }
  learnedCache.set(cacheKey, index);
  return index;
}

/**
 * "Hội đồng An ninh quốc gia và Bộ Ngoại giao Hoa Kỳ": a country written after the last of two
 * coordinated bodies belongs to both, so the first must not keep the Vietnamese default.
 */
function shareTrailingCountry(text: string, organisations: OrganisationMention[], countries: CountryMention[]): void {
  // Looked up, not scanned per pair: a long run of "A và B và C …" made the scans quadratic.
  const writtenAt = new Set(countries.map((c) => `${c.end}|${c.code}`));
  const countrySpans = new SpanIndex(countries);
  for (let k = 0; k + 1 < organisations.length; k++) {
    const first = organisations[k]!;
    const second = organisations[k + 1]!;
    if (!COORDINATED.test(text.slice(first.end, second.start))) continue;
    const written = writtenAt.has(`${second.end}|${second.countryCode}`);
    const defaulted = first.countryCode === 'VN' && countrySpans.within(first.start, first.end).length === 0;
    if (!written || !defaulted || !second.countryCode || second.countryCode === 'VN') continue;
    const vn = COUNTRY_BY_CODE.get('VN')!.name;
    const other = COUNTRY_BY_CODE.get(second.countryCode)!.name;
    first.countryCode = second.countryCode;
    if (first.name.endsWith(` ${vn}`)) first.name = `${first.name.slice(0, -vn.length - 1)} ${other}`;
  }
}

/** One field being scanned: its tokens and what was found so far. */
interface FieldScan extends OrganisationScan {
  text: string;
  tokens: Token[];
  /** Token where the last body read by its head noun ends: no other such body starts before it. */
  insideUntil: number;
}

type LearnedHit = NonNullable<ReturnType<LearnedIndex['get']>>[number];

/** A learned long name or acronym at token i; returns the token after it. */
function learnedAt(scan: FieldScan, i: number, hit: LearnedHit): number {
  const t = scan.tokens[i]!;
  const end = scan.tokens[i + hit.toks.length - 1]!.end;
  scan.organisations.push({ start: t.start, end, text: scan.text.slice(t.start, end), name: hit.org.name, acronym: hit.org.acronym, kind: hit.org.kind, countryCode: null, aliases: [hit.org.name, hit.org.acronym] });
  return i + hit.toks.length;
}

/** A foreign-shaped name right after a ministry ("Bộ Ngoại giao Tobias Lindner"): the ministry is that person's country's, not Việt Nam's. */
function foreignNameAt(text: string, tokens: Token[], j: number): boolean {
  if (!tokens[j]?.upper || text.slice(tokens[j - 1]!.end, tokens[j]!.start) !== ' ') return false;
  const e = readRun(text, tokens, j);
  return e > j && !isFamilyName(tokens[j]!) && tokens.slice(j, e).some((t) => !isVietnameseSyllable(t));
}

/** A ministry by its head: "Bộ Ngoại giao" is Việt Nam's unless the text names another country. */
function ministryOf(scan: FieldScan, o: HeadedOrganisation): OrganisationMention {
  const surface = o.text;
  const base = o.country ? scan.text.slice(o.start, o.country.start).trim() : surface;
  const code = o.country ? o.countryCode : foreignNameAt(scan.text, scan.tokens, o.to) ? null : 'VN';
  const name = code ? `${base} ${COUNTRY_BY_CODE.get(code)!.name}` : base;
  return { start: o.start, end: o.end, text: surface, name, acronym: null, kind: 'MINISTRY', countryCode: code, aliases: o.country ? [surface] : [...new Set([surface, base])] };
}

/**
 * "báo Straits Times": a listed body after a common-noun head is that body, its mention taking the
 * head, so a subject "báo Straits Times" is the body as "báo Ponegab Zupap" is the unlisted one.
 * Returns the token after it, or null.
 */
function listedAfterHead(scan: FieldScan, o: HeadedOrganisation): number | null {
  if (!o.lowerHead) return null;
  const lex = gazetteer.match(scan.text, scan.tokens, o.headTo, ['org']);
  if (!lex || lex.entry.kind !== 'org' || lex.entry.org.generic || lex.to !== o.to) return null;
  const next = lexiconOrganisationAt(scan, lex, lex.entry.org);
  const listed = scan.organisations.at(-1)!;
  scan.organisations[scan.organisations.length - 1] = { ...listed, start: o.start, text: scan.text.slice(o.start, listed.end), aliases: [...new Set([...listed.aliases, o.text])] };
  scan.insideUntil = o.to;
  return next;
}

/** A body by its head noun; returns the token to go on from: inside it after "về" (a body named within: "Ủy ban … về Trung tâm Nhiệt đới Việt - Nga"), else after the head, so places inside are still read. */
function headedAt(scan: FieldScan, o: HeadedOrganisation): number {
  const { text, tokens } = scan;
  const listed = listedAfterHead(scan, o);
  if (listed !== null) return listed;
  if (o.kind === 'MINISTRY') scan.organisations.push(ministryOf(scan, o));
  else {
    const rest = o.headTo < o.to ? text.slice(tokens[o.headTo]!.start, o.end) : o.text;
    const aliases = [...new Set([o.text, ...(o.lowerHead ? [rest] : [])])];
    scan.organisations.push({ start: o.start, end: o.end, text: o.text, name: o.text, acronym: null, kind: o.kind, countryCode: o.countryCode, aliases });
  }
  scan.insideUntil = o.to;
  return o.headTo;
}

// Split once: destructuring the words inside embassyAt, which runs at every token, allocated an
// array per token, 7.5% of the pipeline's allocation (sampling heap profile).
const [EMBASSY_FIRST, ...EMBASSY_REST] = EMBASSY_WORDS;

/** Embassies: "Đại sứ quán Việt Nam (tại Hoa Kỳ)"; returns the token after it, or null. */
function embassyAt(scan: FieldScan, i: number): number | null {
  const { text, tokens } = scan;
  const t = tokens[i]!;
  if (t.text !== EMBASSY_FIRST || !EMBASSY_REST.every((w, k) => tokens[i + 1 + k]?.lower === w)) return null;
  const c1 = countryAfter(text, tokens, i + EMBASSY_WORDS.length);
  if (!c1 || c1.entry.kind !== 'country') return null;
  let j = c1.to;
  let host: GazetteerMatch | null = null;
  if (tokens[j]?.lower === EMBASSY_HOST_LINK) {
    host = gazetteer.match(text, tokens, j + 1, ['country', 'city']);
    if (host) j = host.to;
  }
  const end = host ? host.end : c1.end;
  const surface = text.slice(t.start, end);
  const short = text.slice(t.start, c1.end);
  scan.organisations.push({ start: t.start, end, text: surface, name: surface, acronym: null, kind: 'GOVERNMENT', countryCode: c1.entry.code, aliases: [surface, short] });
  scan.countries.push({ start: c1.start, end: c1.end, text: c1.text, code: c1.entry.code });
  return j;
}

/** A lexicon organisation; a generic one ("Quốc hội") gets its country from the context. Returns the token after it. */
function lexiconOrganisationAt(scan: FieldScan, lex: GazetteerMatch, org: Extract<GazetteerMatch['entry'], { kind: 'org' }>['org']): number {
  const { text, tokens } = scan;
  let end = lex.end;
  let j = lex.to;
  let code = org.country ?? null;
  let name = org.name;
  const aliases = [lex.text];
  if (org.generic) {
    const direct = countryAfter(text, tokens, j);
    // Right after a body, even a country's common-word name ("Chính phủ Đức") is the country.
    if (direct && direct.entry.kind === 'country') {
      code = direct.entry.code;
      end = direct.end;
      j = direct.to;
      scan.countries.push({ start: direct.start, end: direct.end, text: direct.text, code });
    } else {
      code = contextCountry(text, tokens, j) ?? 'VN';
    }
    name = `${org.name} ${COUNTRY_BY_CODE.get(code)!.name}`;
    aliases.push(text.slice(lex.start, end));
  }
  scan.organisations.push({ start: lex.start, end, text: text.slice(lex.start, end), name, acronym: org.acronym ?? null, kind: org.kind, countryCode: code, aliases: [...new Set(aliases)] });
  return j;
}

/** A lexicon country (a contextual one only after a context word or a dash) or city, at token i. */
function lexiconPlaceAt(scan: FieldScan, i: number, lex: GazetteerMatch): void {
  const e = lex.entry;
  if (e.kind === 'country') {
    const t = scan.tokens[i]!;
    const prev = scan.tokens[i - 1];
    const prevGap = prev ? scan.text.slice(prev.end, t.start) : '';
    if (!e.contextual || (prev && (COUNTRY_CONTEXT_WORDS.has(prev.lower) || /[-–]/.test(prevGap)))) {
      scan.countries.push({ start: lex.start, end: lex.end, text: lex.text, code: e.code });
      scan.places.push({ start: lex.start, end: lex.end, text: lex.text, city: null, code: e.code });
    }
  } else if (e.kind === 'city') {
    scan.places.push({ start: lex.start, end: lex.end, text: lex.text, city: e.name, code: e.code });
  }
}

/** Where a lexicon body's mention ends: a generic one ("Chính phủ") takes the country right after it. */
function lexiconReach(scan: FieldScan, lex: GazetteerMatch): number {
  if (lex.entry.kind !== 'org' || !lex.entry.org.generic) return lex.to;
  return countryAfter(scan.text, scan.tokens, lex.to)?.to ?? lex.to;
}

/** The word before a body named inside another's name ("… về Trung tâm Nhiệt đới"). */
const NESTED_LINK = 'về';

/** What starts at token i; returns the token after it. */
function mentionAt(scan: FieldScan, learnedByFirst: LearnedIndex, i: number): number {
  const { text, tokens } = scan;
  const t = tokens[i]!;
  // Learned long names and acronyms.
  const learnedHit = learnedByFirst.get(t.lower)?.find((l) => startsWithWords(tokens, i, l.toks) && (l.surface !== l.org.acronym || t.text === l.org.acronym));
  const lex = gazetteer.match(text, tokens, i, ['org', 'country', 'city', 'region']);
  if (learnedHit && (!lex || lex.to - lex.from <= learnedHit.toks.length)) return learnedAt(scan, i, learnedHit);
  const next = embassyAt(scan, i);
  if (next !== null) return next;
  const headed = i >= scan.insideUntil || tokens[i - 1]?.lower === NESTED_LINK ? headedOrganisationAt(text, tokens, i) : null;
  if (headed && (!lex || lex.entry.kind !== 'org' || headed.to > lexiconReach(scan, lex))) return headedAt(scan, headed);
  if (!lex) return i + 1;
  // A generic body inside a body's name ("Ủy ban liên Chính phủ Việt Nam - Cuba") is not one of its own.
  if (lex.entry.kind === 'org' && lex.entry.org.generic && i < scan.insideUntil) return lex.to;
  if (lex.entry.kind === 'org') return lexiconOrganisationAt(scan, lex, lex.entry.org);
  lexiconPlaceAt(scan, i, lex);
  return lex.to;
}

export function findOrganisations(text: string, learned: LearnedOrganisation[] = []): OrganisationScan {
  const scan: FieldScan = { text, tokens: tokenize(text), organisations: [], countries: [], places: [], insideUntil: 0 };
  const learnedByFirst = learnedIndex(learned);
  let i = 0;
  while (i < scan.tokens.length) i = mentionAt(scan, learnedByFirst, i);
  shareTrailingCountry(text, scan.organisations, scan.countries);
  return { organisations: scan.organisations, countries: scan.countries, places: scan.places };
}
