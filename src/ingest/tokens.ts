// Word tokens with character offsets. Every later stage works on tokens, so no stage needs a regex
// that could backtrack over a long line.
import { BoundedCache } from '../cache/bounded-cache.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  upper: boolean;
  numeric: boolean;
}


// The stages of one field tokenize the same text: keep the last few results, at most about one
// maximal document's worth of text (its tokens take some 25 bytes per character), so a large
// ingest does not leave the tokens of several megabytes behind it.
const cache = new BoundedCache<string, Token[]>('ingest_tokens', 8, 1_100_000, (text) => text.length, 1_100_000);

export function tokenize(text: string): Token[] {
  if (text.length <= 64) return scan(text);
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const tokens = scan(text);
  cache.set(text, tokens);
  return tokens;
}

/** Letters and digits: ASCII, Latin-1 and beyond, except punctuation and symbol blocks and surrogates. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return true;
}

/** First character is an upper-case letter; ASCII is answered without lower-casing a copy (most tokens). */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = t[0]!;
  return first !== first.toLowerCase();
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    let digits = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c < 0x30 || c > 0x39) digits = false;
      i += 1;
    }
    const t = text.slice(start, i);
    tokens.push({ text: t, lower: t.toLowerCase(), start, end: i, upper: startsUpper(t), numeric: digits });
  }
  return tokens;
}

/** The characters between two adjacent tokens. */
export function gap(text: string, tokens: Token[], i: number): string {
  return text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? text.length);
}

/** True when only spaces (no punctuation) separate token i from token i+1. */
export function spaceOnly(text: string, tokens: Token[], i: number): boolean {
  const g = gap(text, tokens, i);
  return g.length > 0 && g.trim() === '';
}

export function isAllCaps(t: Token): boolean {
  return t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
}

/** Whether the lower-case words `words` start at token j. */
export function matchWords(tokens: Token[], j: number, words: string[]): boolean {
  return words.every((w, k) => tokens[j + k]?.lower === w);
}
