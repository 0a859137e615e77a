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

export function tokenize(text: string): Token[] {
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
      numeric: /^\d+$/.test(t),
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
