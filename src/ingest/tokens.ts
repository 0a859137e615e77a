// Word tokens with character offsets. Every later stage works on tokens, so no stage needs a regex
// that could backtrack over a long line.
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  upper: boolean;
  numeric: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// The stages of one field tokenize the same text: keep the last few results.
const cache = new Map<string, Token[]>();

export function tokenize(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const tokens = scan(text);
  if (text.length > 64) {
    if (cache.size >= 8) cache.delete(cache.keys().next().value!);
    cache.set(text, tokens);
  }
  return tokens;
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    const first = t[0]!;
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start: m.index!,
      end: m.index! + t.length,
      upper: first !== first.toLowerCase(),
      numeric: first >= '0' && first <= '9' && /^\d+$/.test(t),
    });
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
