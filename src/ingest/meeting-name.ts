// How far a meeting's name runs after its head ("Hội nghị …"): word by word, each rule below either
// takes the next words into the name, ends the name, or leaves the word to the next rule. Along the
// way the name's ordinals ("lần thứ 54", "khóa XIV", "(AMM-54)", "COP26") and year are read, and
// the words that make it distinctive (organisations, countries, capitalised words) are counted.
import { MEETING_MODIFIERS } from '../lexicon/meeting-series.ts';
import * as W from '../lexicon/meeting-words.ts';
import { ORGANISATION_HEADS } from '../lexicon/organisations.ts';
import { gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { readOrdinals, romanToInt } from './ordinals.ts';
import { isAllCaps, matchWords, tokenize, type Token } from './tokens.ts';

export interface NameExtent {
  /** The first token after the name. */
  j: number;
  /** Where the name's text ends. */
  lastEnd: number;
  ordinals: number[];
  nameYear: number | null;
  distinctive: number;
  /** An organisation whose name opens the meeting's ("Diễn đàn Khu vực ASEAN (ARF) lần thứ 31"). */
  orgAtHead: GazetteerMatch | null;
}

interface Reading extends NameExtent {
  text: string;
  tokens: Token[];
}

/** true: the rule took words into the name; false: the name ends here; null: the rule does not apply. */
type Rule = (r: Reading, tok: Token) => boolean | null;

const MODIFIERS = MEETING_MODIFIERS.map((m) => tokenize(m).map((t) => t.lower)).sort((a, b) => b.length - a.length);
const ORG_HEAD_TOKENS = ORGANISATION_HEADS.map((h) => tokenize(h).map((t) => t.lower));
const LINK_WORDS = new Set(W.LINK_WORDS);
const NAME_WORDS = new Set(W.NAME_WORDS);
/** A name is read for at most this many steps: the rules never backtrack, so each step is cheap. */
const MAX_STEPS = 30;

function take(r: Reading, next: number, end = r.tokens[next - 1]!.end): true {
  r.j = next;
  r.lastEnd = end;
  return true;
}

/** "(AMM-54)", "(EAS)", "(PMC)": an acronym group belongs to the name; any other bracket ends it. */
function acronymGroup(r: Reading): boolean {
  const close = r.text.indexOf(')', r.lastEnd);
  const inner = close > 0 ? r.text.slice(r.lastEnd, close + 1).trim() : '';
  if (!/^\([A-Z][A-Za-z0-9 +-]{0,20}\)$/.test(inner)) return false;
  const innerOrd = inner.match(/(\d{1,3})\)$/);
  if (innerOrd && r.ordinals.length === 0) r.ordinals = [Number(innerOrd[1])];
  r.lastEnd = close + 1;
  while (r.j < r.tokens.length && r.tokens[r.j]!.start < close) r.j += 1;
  return true;
}

const ordinalsAfterLanThu: Rule = (r) => {
  if (!matchWords(r.tokens, r.j, ['lần', 'thứ'])) return null;
  const { values, next } = readOrdinals(r.text, r.tokens, r.j + 2);
  if (values.length === 0) return false;
  r.ordinals = values;
  return take(r, next);
};

const ordinalAfterThu: Rule = (r, tok) => {
  if (tok.lower !== 'thứ' || !r.tokens[r.j + 1]?.numeric || r.ordinals.length) return null;
  r.ordinals = [Number(r.tokens[r.j + 1]!.text)];
  return take(r, r.j + 2);
};

const romanOrdinal: Rule = (r, tok) => {
  const after = r.tokens[r.j + 1];
  if (!(tok.lower === 'khóa' || tok.lower === 'khoá' || tok.lower === 'lần') || !after || !romanToInt(after.text)) return null;
  if (r.ordinals.length === 0) r.ordinals = [romanToInt(after.text)!];
  return take(r, r.j + 2);
};

const monthAndYear: Rule = (r, tok) => {
  const [month, year] = [r.tokens[r.j + 1], r.tokens[r.j + 2]];
  if (tok.lower !== 'tháng' || !month?.numeric || !year?.numeric || year.text.length !== 4) return null;
  r.nameYear = Number(year.text);
  return take(r, r.j + 3);
};

const namedEntity: Rule = (r) => {
  const m = gazetteer.match(r.text, r.tokens, r.j, ['org', 'country', 'region', 'city']);
  if (!m || m.entry.kind === 'city') return null;
  r.distinctive += 1;
  return take(r, m.to, m.end);
};

const number: Rule = (r, tok) => {
  if (!tok.numeric) return null;
  const n = Number(tok.text);
  if (tok.text.length === 4 && n >= 1945 && n <= 2100) r.nameYear = n;
  else if (r.distinctive > 0 && tok.text.length <= 3 && r.ordinals.length === 0) r.ordinals = [n];
  else return false;
  return take(r, r.j + 1, tok.end);
};

/** A title inside a meeting name: "Hội nghị Bộ trưởng Ngoại giao". */
const title: Rule = (r, tok) => {
  const m = tok.upper ? gazetteer.match(r.text, r.tokens, r.j, ['title']) : null;
  return m ? take(r, m.to, m.end) : null;
};

/** Lower-case words of a body's name ("Ủy ban hỗn hợp về hợp tác song phương"). */
const nameWord: Rule = (r, tok) =>
  r.distinctive > 0 && !tok.upper && NAME_WORDS.has(tok.lower) && r.text.slice(r.lastEnd, tok.start) === ' ' ? take(r, r.j + 1, tok.end) : null;

/** An organisation head inside the name: "Hội nghị thường niên Diễn đàn Kinh tế Thế giới". */
const organisationHead: Rule = (r, tok) => {
  const head = tok.upper ? ORG_HEAD_TOKENS.find((w) => w.length > 1 && matchWords(r.tokens, r.j, w)) : undefined;
  if (!head) return null;
  r.distinctive += 1;
  return take(r, r.j + head.length);
};

/** Vietnamese capitalises a word's first syllable only: "Kinh tế Thế giới (WEF)". */
const lowerSyllable: Rule = (r, tok) => {
  const prev = r.tokens[r.j - 1]!;
  const next = r.tokens[r.j + 1];
  if (tok.upper || !prev.upper || r.distinctive === 0 || LINK_WORDS.has(tok.lower) || r.text.slice(prev.end, tok.start) !== ' ') return null;
  const after = r.text.slice(tok.end, next?.start ?? tok.end);
  return (next?.upper && after === ' ') || /^\s*\(/.test(after) ? take(r, r.j + 1, tok.end) : null;
};

const modifier: Rule = (r) => {
  const mod = MODIFIERS.find((w) => matchWords(r.tokens, r.j, w));
  return mod ? take(r, r.j + mod.length) : null;
};

const capitalised: Rule = (r, tok) => {
  if (!tok.upper) return false;
  if (tok.lower === 'tại' || tok.lower === 'ở') return false;
  // "COP26": the series' ordinal written into the word.
  if (/^[A-Z]+\d+$/.test(tok.text) && r.ordinals.length === 0) r.ordinals = [Number(tok.text.replace(/^\D+/, ''))];
  r.distinctive += 1;
  return take(r, r.j + 1, tok.end);
};

const RUN_STOPS = new Set([...W.NAME_RUN_STOPS, ...W.LINK_WORDS]);

/**
 * A name's lower-case words after a capitalised one ("Hội nghị Thượng đỉnh Hành động khí hậu thế
 * giới", "Hội nghị Nghị sĩ trẻ toàn cầu lần thứ 9"): up to five, taken only when the run ends the
 * clause, meets "lần thứ" or a bracket, and holds no verb or time word.
 */
const lowerRun: Rule = (r, tok) => {
  const prev = r.tokens[r.j - 1]!;
  // "Nghị sĩ trẻ": the capitalised word may have a second syllable before the run.
  const cap = prev.upper ? prev : r.tokens[r.j - 2];
  if (tok.upper || !cap?.upper || isAllCaps(cap) || r.text.slice(prev.end, tok.start) !== ' ') return null;
  let k = r.j;
  while (k < r.tokens.length && k - r.j < 5 && !r.tokens[k]!.upper && !RUN_STOPS.has(r.tokens[k]!.lower) && r.text.slice(r.tokens[k - 1]!.end, r.tokens[k]!.start) === ' ') k += 1;
  if (k === r.j) return null;
  const next = r.tokens[k];
  const gap = next ? r.text.slice(r.tokens[k - 1]!.end, next.start) : '';
  const ends = !next || /[,.;:!?"“”()]/.test(gap) || (next.lower === 'lần' && r.tokens[k + 1]?.lower === 'thứ') || (RUN_STOPS.has(next.lower) && gap === ' ');
  if (!ends) return null;
  r.distinctive += 1;
  return take(r, k);
};

/**
 * "Liên nghị viện các quốc gia Đông Nam Á", "Hội đồng các nước Bắc Âu": the members a body's name
 * counts, written as "các quốc gia" / "các nước" and a region or country.
 */
const ofCountries: Rule = (r, tok) => {
  if (tok.lower !== 'các' || r.distinctive === 0) return null;
  const words = matchWords(r.tokens, r.j + 1, ['quốc', 'gia']) ? 2 : r.tokens[r.j + 1]?.lower === 'nước' ? 1 : 0;
  if (words === 0) return null;
  const m = gazetteer.match(r.text, r.tokens, r.j + 1 + words, ['region', 'country']);
  return m ? take(r, m.to, m.end) : null;
};

/**
 * "Đại hội đại biểu toàn quốc lần thứ XII của Đảng Nhân dân Cách mạng Lào": a numbered congress or
 * plenum is its party's; without the party, two parties' congresses of one number are one name.
 */
const ofParty: Rule = (r, tok) => {
  if (tok.lower !== 'của' || r.ordinals.length === 0 || r.tokens[r.j + 1]?.text !== 'Đảng') return null;
  const m = gazetteer.match(r.text, r.tokens, r.j + 1, ['org']);
  return m ? take(r, m.to, m.end) : null;
};

/** "Đối thoại Chiến lược cấp Thứ trưởng": the level a meeting is held at, named by a title. */
const levelTitle: Rule = (r, tok) => {
  if (tok.lower !== 'cấp' || !r.tokens[r.j + 1]?.upper || r.text.slice(tok.end, r.tokens[r.j + 1]!.start) !== ' ') return null;
  const m = gazetteer.match(r.text, r.tokens, r.j + 1, ['title']);
  return m ? take(r, m.to, m.end) : null;
};

/** How far "giữa A và B lần thứ N" may run: a bound, so reading a name stays cheap. */
const MAX_BETWEEN = 16;

/**
 * "Đối thoại … giữa Bộ Công an Việt Nam và Bộ An ninh quốc gia Trung Quốc lần thứ 7": the two sides
 * belong to the name when capitalised names open both and the series number closes them, with no
 * punctuation between; without that number "giữa" may open the talk's parties in a sentence.
 */
const betweenSides: Rule = (r, tok) => {
  if (tok.lower !== 'giữa' || r.ordinals.length > 0 || !r.tokens[r.j + 1]?.upper) return null;
  let and = -1;
  for (let k = r.j + 1; k < r.tokens.length && k - r.j <= MAX_BETWEEN; k++) {
    const t = r.tokens[k]!;
    if (!/^\s*$/.test(r.text.slice(r.tokens[k - 1]!.end, t.start))) return null;
    if (t.lower === 'và' && and < 0) {
      if (!r.tokens[k + 1]?.upper) return null;
      and = k;
    } else if (and > 0 && matchWords(r.tokens, k, ['lần', 'thứ'])) {
      return take(r, k);
    }
  }
  return null;
};

const RULES: Rule[] = [ordinalsAfterLanThu, ordinalAfterThu, romanOrdinal, monthAndYear, namedEntity, number, title, levelTitle, betweenSides, nameWord, organisationHead, ofCountries, ofParty, lowerSyllable, modifier, lowerRun, capitalised];

function step(r: Reading): boolean {
  const gap = r.text.slice(r.lastEnd, r.tokens[r.j]!.start);
  if (gap.includes('(')) return acronymGroup(r);
  if (!/^[\s\-–+]*$/.test(gap) || gap.length > 3) return false;
  const tok = r.tokens[r.j]!;
  for (const rule of RULES) {
    const taken = rule(r, tok);
    if (taken !== null) return taken;
  }
  return false;
}

/** The name of the meeting whose head (h tokens) starts at token i. */
export function readMeetingName(text: string, tokens: Token[], i: number, h: number): NameExtent {
  const r: Reading = { text, tokens, j: i + h, lastEnd: 0, ordinals: [], nameYear: null, distinctive: 0, orgAtHead: gazetteer.match(text, tokens, i, ['org']) };
  if (r.orgAtHead && r.orgAtHead.to > r.j) {
    r.j = r.orgAtHead.to;
    r.distinctive = 1;
  }
  r.lastEnd = r.orgAtHead && r.orgAtHead.to === r.j ? r.orgAtHead.end : tokens[r.j - 1]!.end;
  for (let steps = 0; r.j < tokens.length && steps < MAX_STEPS; steps++) if (!step(r)) break;
  const { text: _, tokens: __, ...extent } = r;
  return extent;
}
