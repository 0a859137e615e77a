// Deterministic text mutations for the extractor fuzzer (the benchmark corpus's seeded PRNG, so a
// seed means the same thing in both), and mutations that real crawls and hostile senders produce.
import { mulberry32, type Rng as Random } from '../helpers/corpus/prng.ts';

export { mulberry32, type Random };

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: Random, n: number) => Math.floor(random() * n);

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'ia', 'iê', 'ua', 'uô', 'ưa', 'ươ', 'oa', 'oe'];
const CODAS = ['', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u'];
/** Combining tone marks: none, grave, acute, hook above, tilde, dot below. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** A plausible Vietnamese syllable (NFC), capitalised sometimes, so it can look like a name. */
export function syllable(random: Random): string {
  const s = `${pick(random, ONSETS)}${pick(random, NUCLEI)}${pick(random, TONES)}${pick(random, CODAS)}`.normalize('NFC');
  return random() < 0.3 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Đức', 'Hữu', 'Ngọc', 'Xuân', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Việt', 'Yến'];

/** The i-th of about 77,000 distinct Vietnamese person names (3,520 of three words, then four). */
export function personName(i: number): string {
  const f = FAMILY[i % FAMILY.length]!;
  const m = MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]!;
  const g = GIVEN[Math.floor(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length]!;
  const three = FAMILY.length * MIDDLE.length * GIVEN.length;
  return i < three ? `${f} ${m} ${g}` : `${f} ${m} ${g} ${GIVEN[Math.floor(i / three) % GIVEN.length]}`;
}

const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '"', '“', '”', '(', ')', '[', ']', '-', '–', '—', '/', '\\', '\n', '\n\n', '\t', '*', '#', '|', '«', '»', "'", '%', '&', '$'];
const ODDITIES = ['\u200b', '\u00a0', '\ufeff', '\u202e', '😀', '🇻🇳', 'e\u0301\u0301\u0301', '\ud83d', '\u0000', '\r\n'];

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/);
}

export const MUTATIONS: Record<string, (random: Random, text: string) => string> = {
  shuffleSentences: (random, text) => {
    const parts = sentences(text);
    for (let i = parts.length - 1; i > 0; i--) {
      const j = int(random, i + 1);
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
    }
    return parts.join(random() < 0.5 ? ' ' : '\n');
  },
  // Any UTF-16 index: may split a surrogate pair.
  truncate: (random, text) => text.slice(0, int(random, text.length + 1)),
  // In decomposed form, a cut can fall between a letter and its diacritics.
  truncateMidCharacter: (random, text) => {
    const nfd = text.normalize('NFD');
    return nfd.slice(0, int(random, nfd.length + 1));
  },
  double: (_, text) => `${text}${text}`,
  doubleWords: (random, text) => text.replace(/\S+/g, (w) => (random() < 0.2 ? `${w} ${w}` : w)),
  randomPunctuation: (random, text) => {
    const chars = [...text];
    for (let n = 0; n < Math.max(1, chars.length / 20); n++) chars.splice(int(random, chars.length + 1), 0, pick(random, PUNCTUATION));
    return chars.join('');
  },
  oddCharacters: (random, text) => {
    const chars = [...text];
    for (let n = 0; n < 20; n++) chars.splice(int(random, chars.length + 1), 0, pick(random, ODDITIES));
    return chars.join('');
  },
  randomSyllables: (random) =>
    Array.from({ length: 20 + int(random, 400) }, () => syllable(random) + (random() < 0.08 ? pick(random, PUNCTUATION) : '')).join(' '),
  syllablesInText: (random, text) => text.replace(/\S+/g, (w) => (random() < 0.25 ? syllable(random) : w)),
  dropPunctuation: (_, text) => text.replace(/[.,;:!?"“”()]/g, ''),
  onlyTitles: (random) => Array.from({ length: 200 }, () => pick(random, ['Bộ trưởng', 'Thủ tướng', 'Chủ tịch', 'Đại sứ', 'Ngoại trưởng', 'ông', 'bà'])).join(' '),
  upperCase: (_, text) => text.toUpperCase(),
  empty: (random) => pick(random, ['', ' ', '\n\n\n', '.', '"', '“”', '-', '\u200b']),
};

export function mutate(random: Random, text: string, rounds: number): { text: string; applied: string[] } {
  const names = Object.keys(MUTATIONS);
  const applied: string[] = [];
  let out = text;
  for (let i = 0; i < rounds; i++) {
    const name = pick(random, names);
    applied.push(name);
    out = MUTATIONS[name]!(random, out);
    // Keep documents at a size the fuzzer can run many of.
    if (out.length > 60_000) out = out.slice(0, 60_000);
  }
  return { text: out, applied };
}
