// The name-substitution generator (issue 15, deliverable 5): a document with every person,
// organisation and place name the gold annotates swapped for another of the same shape, years and
// ordinals shifted by the same amount throughout. Vietnamese and Sino-Vietnamese names become other
// names of that shape (a family name, then given syllables); other names become invented words of
// the same length, hyphens and capitals; countries and cities become other countries and cities
// of the lexicon. Every form of one name (aliases, short forms) maps to the same replacement, so a
// pipeline that reads names by their shape finds the same structure in both texts.
import { COUNTRIES } from '../../src/lexicon/countries.ts';
import { VIETNAMESE_FAMILY_NAMES } from '../../src/lexicon/family-names.ts';
import { HONORIFICS } from '../../src/lexicon/honorifics.ts';
import { ORGANISATIONS } from '../../src/lexicon/organisations.ts';
import { CITIES, REGIONS } from '../../src/lexicon/places.ts';
import { mulberry32 } from './corpus/prng.ts';

export interface SubstitutionGold {
  persons: { name: string; aliases: string[]; mentions: { file: string; text: string; nominal?: boolean }[] }[];
  organisations: { name: string; acronym: string | null; aliases: string[]; mentions: { file: string; text: string }[] }[];
  countries?: { code: string; mentions: { file: string; text: string }[] }[];
  meetings: { city?: string | null; cityAliases?: string[]; mentions?: { file?: string; text: string }[] }[];
}

const FAMILY = new Set(VIETNAMESE_FAMILY_NAMES);
/**
 * Family names for replacements: common ones that are not also ordinary words or places ("Đoàn" is
 * also "delegation": "Đại tướng Đoàn …" is ambiguous to a reader too).
 */
const FAMILY_POOL = ['Nguyễn', 'Trần', 'Phạm', 'Huỳnh', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Trịnh', 'Đinh', 'Phùng', 'Trương'];
/** Given and middle syllables that are not ordinary words, places or country names. */
const GIVEN_POOL = ['Bảo', 'Cường', 'Dũng', 'Duy', 'Hạnh', 'Hiếu', 'Khánh', 'Khoa', 'Lộc', 'Ngân', 'Nhân', 'Phong', 'Phúc', 'Quý', 'Thảo', 'Thịnh', 'Thuận', 'Tiến', 'Tuấn', 'Uyên', 'Vinh', 'Yến', 'Diệp', 'Hào', 'Kiên', 'Luân', 'Oanh', 'Quyên'];
const MIDDLE_POOL = ['Văn', 'Thị', 'Hữu', 'Minh', 'Quang', 'Thanh', 'Xuân', 'Công', 'Đình'];
const TRANSLIT_POOL = ['Ca', 'La', 'Mi', 'Xơ', 'Tơ', 'Rô', 'Đi', 'Nê', 'Ban', 'Pi', 'Lô', 'Ghê'];
const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
const HONORIFIC_WORDS = new Set(HONORIFICS.flatMap((h) => h.split(' ')));
/** A letter outside ASCII: a Vietnamese word (or a Vietnamese reading of a foreign one). */
const VIETNAMESE_LETTER = /[^\x00-\x7f]/u;
/**
 * A Vietnamese syllable written without diacritics ("Quan", "Khu"): onset, vowels, coda. Inside an
 * organisation's name it is a Vietnamese word ("Quan hệ Đối tác", "Khu vực"), not a name to swap.
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/i;

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** An invented word of the same length, capitalised like the original ("Guterres" → "Kobinela"). */
function inventedWord(rnd: () => number, like: string): string {
  let w = '';
  for (let i = 0; w.length < Math.max(2, like.length); i++) w += i % 2 === 0 ? pick(rnd, [...CONSONANTS]) : pick(rnd, [...VOWELS]);
  w = w.slice(0, Math.max(2, like.length));
  return like[0] === like[0]!.toUpperCase() ? w[0]!.toUpperCase() + w.slice(1) : w;
}

/** An acronym, joined ones included ("ASEAN", "CDU/CSU"): swapped for capitals, never for a word. */
const ACRONYM = /^\p{Lu}{2,}(?:[/&]\p{Lu}{2,})*$/u;

/** Words kept as they are: particles ("da", "bin"), initials ("J."), honorifics, acronyms. */
function kept(token: string): boolean {
  if (!/^\p{L}/u.test(token) || /\d/.test(token)) return true;
  return token[0] !== token[0]!.toUpperCase() || /^\p{Lu}\.$/u.test(token) || HONORIFIC_WORDS.has(token) || ACRONYM.test(token);
}

type Shape = 'VIETNAMESE' | 'FOREIGN' | 'ORGANISATION';

/** Words of country and city names: inside an organisation's name they are places, swapped as places. */
const PLACE_WORDS = new Set([...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]), ...CITIES.flatMap((c) => c.aliases)].flatMap((n) => n.split(' ')));

class NameMap {
  readonly forms = new Map<string, string>();

  constructor(private readonly rnd: () => number) {}

  private replaceToken(token: string, shape: Shape, first: boolean, last: boolean): string {
    if (token.includes('-')) return token.split('-').map((part) => (kept(part) ? part : VIETNAMESE_LETTER.test(part) && shape !== 'ORGANISATION' ? pick(this.rnd, TRANSLIT_POOL) : inventedWord(this.rnd, part))).join('-');
    if (shape === 'VIETNAMESE' && (FAMILY.has(token) || VIETNAMESE_LETTER.test(token) || /^[A-Z][a-z]{1,4}$/.test(token))) {
      return pick(this.rnd, first ? FAMILY_POOL : last ? GIVEN_POOL : [...GIVEN_POOL, ...MIDDLE_POOL]);
    }
    if (shape === 'ORGANISATION' && (VIETNAMESE_LETTER.test(token) || VIETNAMESE_SYLLABLE.test(token) || PLACE_WORDS.has(token))) return token;
    return inventedWord(this.rnd, token);
  }

  /** Every form of one named thing, replaced token by token with one map shared by its forms. */
  addNamed(forms: string[], shape: Shape): void {
    const own = new Map<string, string>();
    for (const form of forms) {
      const toks = form.split(' ');
      const firstName = toks.findIndex((t) => !kept(t));
      const out = toks.map((t, k) => {
        if (kept(t)) return t;
        const known = own.get(t) ?? this.replaceToken(t, shape, k === firstName, k === toks.length - 1);
        own.set(t, known);
        return known;
      }).join(' ');
      if (out !== form && !this.forms.has(form)) this.forms.set(form, out);
    }
  }

  /** A document-defined acronym to invented capitals of the same length, its joins kept ("CDU/CSU" → "BXT/QRM"). */
  addAcronym(acronym: string): void {
    const invent = (c: string) => (/\p{Lu}/u.test(c) ? 'BCDFGHJKLMNPQRSTVWXZ'[Math.floor(this.rnd() * 20)] : c);
    if (!this.forms.has(acronym)) this.forms.set(acronym, [...acronym].map(invent).join(''));
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every key of `map` as a whole word, longest first, in one pass (no replacement is replaced again). */
export function replaceAll(text: string, map: Map<string, string>): string {
  const keys = [...map.keys()].filter((k) => k.trim() !== '').sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(re, (m) => map.get(m) ?? m);
}

/** Years +2 and ordinals of series +2: "năm 2023" → "năm 2025", "lần thứ 42" → "lần thứ 44", "AMM-54" → "AMM-56". */
export function shiftNumbers(text: string, by = 2): string {
  return text
    .replace(/(?<![\d.,])(19\d\d|20\d\d)(?![\d]|[.,]\d)/g, (y) => String(Number(y) + by))
    .replace(/(?<=\b(?:lần thứ|Khóa|khóa|Khóa họp thứ|khóa họp thứ|Kỳ họp thứ|kỳ họp thứ) )(\d{1,3})\b/gu, (n) => String(Number(n) + by))
    .replace(/\b(?!COVID|Covid|G)([A-Z]{2,})([- ]?)(\d{1,3})\b(?![/.,]\d)/g, (_, a: string, sep: string, n: string) => `${a}${sep}${Number(n) + by}`);
}

/** The name, its aliases, its mentions, and the short form a courtesy word makes of the last word ("bà Hằng", "ông Guterres"). */
function personForms(p: SubstitutionGold['persons'][number], file: string): string[] {
  const named = p.mentions.filter((m) => m.file === file && !m.nominal).map((m) => m.text);
  const last = p.name.split(' ').at(-1)!;
  const short = ['ông', 'bà', 'Ông', 'Bà'].map((c) => `${c} ${last}`);
  return [...new Set([p.name, ...p.aliases, ...named, ...short])];
}

/** Countries named in the file (not Việt Nam, not the contextual ones) to other countries named nowhere in it. */
function countryForms(gold: SubstitutionGold, file: string, text: string, rnd: () => number): Map<string, string> {
  const map = new Map<string, string>();
  const used = new Set((gold.countries ?? []).filter((c) => c.mentions.some((m) => m.file === file)).map((c) => c.code));
  const free = COUNTRIES.filter((c) => !used.has(c.code) && !c.contextual && c.code !== 'VN' && !c.aliases.some((a) => text.includes(a)));
  for (const code of used) {
    const from = COUNTRIES.find((c) => c.code === code);
    if (!from || from.code === 'VN' || from.contextual || free.length === 0) continue;
    const to = free.splice(Math.floor(rnd() * free.length), 1)[0]!;
    for (const alias of new Set([from.name, ...from.aliases])) map.set(alias, to.name);
  }
  return map;
}

/** Cities of the file's gold meetings (outside Việt Nam) to other cities of the lexicon named nowhere in it. */
function cityForms(gold: SubstitutionGold, text: string, rnd: () => number): Map<string, string> {
  const map = new Map<string, string>();
  const free = CITIES.filter((c) => c.countryCode !== 'VN' && !c.aliases.some((a) => text.includes(a)));
  for (const city of CITIES.filter((c) => c.countryCode !== 'VN' && c.aliases.some((a) => text.includes(a)))) {
    if (!gold.meetings.some((m) => m.city === city.name || (m.cityAliases ?? []).includes(city.name)) || free.length === 0) continue;
    const to = free.splice(Math.floor(rnd() * free.length), 1)[0]!;
    for (const alias of city.aliases) map.set(alias, to.name);
  }
  return map;
}

/** The organisations' own names: foreign words and acronyms the lexicon does not know. */
function organisationForms(gold: SubstitutionGold, file: string, names: NameMap): void {
  const lexiconAcronyms = new Set(ORGANISATIONS.flatMap((o) => (o.acronym ? [o.acronym] : [])));
  for (const o of gold.organisations.filter((x) => x.mentions.some((m) => m.file === file))) {
    const forms = [o.name, ...o.aliases, ...o.mentions.filter((m) => m.file === file).map((m) => m.text)];
    names.addNamed(forms, 'ORGANISATION');
    if (o.acronym && !lexiconAcronyms.has(o.acronym) && ACRONYM.test(o.acronym)) names.addAcronym(o.acronym);
  }
}

/** The document with its names swapped and its numbers shifted; `seed` picks the replacements. */
export function substituteNames(text: string, file: string, gold: SubstitutionGold, seed: number): string {
  // Seeded: the same document always gets the same names.
  const rnd = mulberry32(seed);
  const names = new NameMap(rnd);
  for (const p of gold.persons.filter((x) => x.mentions.some((m) => m.file === file))) {
    names.addNamed(personForms(p, file), FAMILY.has(p.name.split(' ')[0]!) ? 'VIETNAMESE' : 'FOREIGN');
  }
  organisationForms(gold, file, names);
  // Regions that contain a country's name ("Ấn Độ Dương") stay whole: mapped to themselves, the longer match wins.
  const places = new Map([...REGIONS.map((r) => [r, r] as const), ...countryForms(gold, file, text, rnd), ...cityForms(gold, text, rnd)]);
  return shiftNumbers(replaceAll(text, new Map([...places, ...names.forms])));
}
