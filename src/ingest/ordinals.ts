// Ordinals of meetings as Vietnamese writes them: digits, number words ("lần thứ mười") and Roman
// numerals ("khóa XIV"), one or several ("lần thứ 38 và 39", "44, 45").
import type { Token } from './tokens.ts';

const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};
const ROMAN = /^(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

export function romanToInt(s: string): number | null {
  if (!ROMAN.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = v[s[i + 1] ?? ''] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** Ordinals after "lần thứ" from token j: "38 và 39", "44, 45", "mười". */
export function readOrdinals(text: string, tokens: Token[], j: number): { values: number[]; next: number } {
  const values: number[] = [];
  let k = j;
  const one = (t: Token | undefined) => (t ? (t.numeric ? Number(t.text) : (ORDINAL_WORDS[t.lower] ?? romanToInt(t.text))) : null);
  const v = one(tokens[k]);
  if (v === null || v === undefined) return { values, next: j };
  values.push(v);
  k += 1;
  while (tokens[k]) {
    const g = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (g === ', ' && tokens[k]!.numeric) {
      values.push(Number(tokens[k]!.text));
      k += 1;
    } else if (g === ' ' && tokens[k]!.lower === 'và' && tokens[k + 1]?.numeric) {
      values.push(Number(tokens[k + 1]!.text));
      k += 2;
    } else break;
  }
  return { values, next: k };
}
