// Organisations outside the lexicon, by their head noun ("Hội Hữu nghị Việt - Lào", "Bộ Chiến
// tranh Hoa Kỳ", "Nghị viện châu Âu", "hãng Pfizer"): the head, then the words of its name up to
// its country or city (which it takes), a person's name, a verb or punctuation.
import { MINISTRIES, NON_ORGANISATION_HEADS, type OrganisationKindName } from '../lexicon/organisations.ts';
import { MINISTER_TAIL, ORGANISATION_HEAD_NOUNS, PLACES_WITH_HEAD_NOUNS, type HeadNoun } from '../lexicon/organisation-words.ts';
import { gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { afterNameAt, readComplement } from './title-complement.ts';
import { tokenize, type Token } from './tokens.ts';

export interface HeadedOrganisation {
  /** Token range [from, to) and character span. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  kind: OrganisationKindName;
  /** The country the name ends with, or the head's default (Việt Nam for a ministry). */
  countryCode: string | null;
  /** The country as written at the end of the name, if any. */
  country: GazetteerMatch | null;
  /** Token after the head noun. */
  headTo: number;
  /** The head is a common noun ("hãng", "báo"): the name without it is also the body's name. */
  lowerHead: boolean;
}

const lowerWords = (s: string) => tokenize(s).map((t) => t.lower);
const HEADS = ORGANISATION_HEAD_NOUNS.map((h) => ({ ...h, words: lowerWords(h.head) })).sort((a, b) => b.words.length - a.words.length);
const NOT_HEADS = NON_ORGANISATION_HEADS.map(lowerWords);
const PLACES = PLACES_WITH_HEAD_NOUNS.map(lowerWords);
const MINISTRY_WORDS = MINISTRIES.map(lowerWords).sort((a, b) => b.length - a.length);

/** Words a walk may stop right after that are not a name's last word. */
const QUALIFIER_TAIL = new Set(['và', 'về', 'của', 'tại', 'các', 'phụ', 'trách']);

const wordsAt = (tokens: Token[], i: number, words: string[]) => words.every((w, k) => tokens[i + k]?.lower === w);

/** Lists by first word, so most tokens cost one map look-up. */
function byFirst<T>(items: T[], words: (x: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const x of items) index.set(words(x)[0]!, [...(index.get(words(x)[0]!) ?? []), x]);
  return index;
}
const HEADS_BY_FIRST = byFirst(HEADS, (h) => h.words);
const NOT_HEADS_BY_FIRST = byFirst(NOT_HEADS, (w) => w);

function headAt(tokens: Token[], i: number): (HeadNoun & { words: string[] }) | null {
  const t = tokens[i]!;
  const heads = HEADS_BY_FIRST.get(t.lower);
  if (!heads) return null;
  if (NOT_HEADS_BY_FIRST.get(t.lower)?.some((w) => wordsAt(tokens, i, w))) return null;
  const h = heads.find((x) => wordsAt(tokens, i, x.words) && (t.upper || x.lower));
  if (!h) return null;
  const next = tokens[i + h.words.length];
  if (!next || (h.head === 'Bộ' && next.lower === MINISTER_TAIL)) return null;
  if (PLACES.some((w) => wordsAt(tokens, i, w))) return null;
  return h;
}

/** The organisation whose head noun is at token i, or null. */
export function headedOrganisationAt(text: string, tokens: Token[], i: number): HeadedOrganisation | null {
  const h = headAt(tokens, i);
  if (!h) return null;
  let j = i + h.words.length;
  const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
  if (gap !== ' ' || (!tokens[j]!.upper && !h.loose)) return null;
  // "đài Chủ tịch …", "báo Tổng …": a title, not a body's name, follows.
  if (h.lower && gazetteer.match(text, tokens, j, ['title'])) return null;
  let lastEnd = tokens[j - 1]!.end;
  let started = false;
  if (h.head === 'Bộ') {
    const ministry = MINISTRY_WORDS.find((w) => wordsAt(tokens, j, w));
    if (ministry) {
      j += ministry.length;
      lastEnd = tokens[j - 1]!.end;
      started = true;
    }
  }
  const c = readComplement(text, tokens, j, lastEnd, { stopAtPlace: true, looseHead: h.loose, commas: h.head === 'Bộ', started, completeHead: h.complete, headAt: (k) => !!headAt(tokens, k) });
  let to = c.j;
  // Lower-case words the walk stopped inside ("Hội Hữu nghị tổ chức …") are not the name's: they
  // are kept only before punctuation, the end, a capitalised word or a word that follows names.
  const next = tokens[to];
  const closed = !next || text.slice(tokens[to - 1]!.end, next.start) !== ' ' || afterNameAt(tokens, to) > 0 || next.upper;
  if (!closed) to = Math.max(c.solidTo, j);
  while (to > j && QUALIFIER_TAIL.has(tokens[to - 1]!.lower)) to -= 1;
  // The name needs a word of its own: a head and a country alone ("ngân hàng Việt Nam") are a description.
  // A loose head's lower-case words are its own ("Ủy ban hợp tác liên nghị viện Việt Nam - Cuba").
  const inCountry = (k: number) => c.entities.some((m) => m.entry.kind === 'country' && m.from <= k && k < m.to);
  const own = tokens.slice(i + h.words.length, to).some((t, n) => (t.upper || h.loose) && !inCountry(i + h.words.length + n));
  if (to <= i + h.words.length || !own) return null;
  const end = tokens[to - 1]!.end;
  const country = [...c.entities].reverse().find((m) => m.entry.kind === 'country' && m.end <= end) ?? null;
  // "Hội Hữu nghị Việt - Lào", "Ủy ban liên Chính phủ Việt Nam - Cuba": a body of two countries is neither's.
  const paired = !!country && country.from > 0 && tokens[country.from - 1]!.upper && /^\s?[-–]\s?$/.test(text.slice(tokens[country.from - 1]!.end, country.start));
  const code = paired ? null : country && country.entry.kind === 'country' ? country.entry.code : (h.country ?? null);
  const start = tokens[i]!.start;
  return { from: i, to, start, end, text: text.slice(start, end), kind: h.kind, countryCode: code, country, headTo: i + h.words.length, lowerHead: !!h.lower };
}
