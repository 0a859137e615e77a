// Date expressions in Vietnamese news: "Ngày 24/7", "chiều 6/11", "Sáng 5-8", "Trưa 3.8",
// "ngày 12-13/5", "từ ngày 26 đến 28/10", "từ 9-12/9/2020", "8 - 11/10/2024", "tháng 10/2021",
// "năm 2022", "8/8/1967". A number inside a name ("ASEAN 2045", "COVID-19") is never a date: bare
// numbers only count after a date word, and day/month pairs must be valid.
import { formatPartialDate, type DateWithPrecision } from '../values/partial-date.ts';

export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  from: PartialDate;
  to?: PartialDate;
  /** "tháng 11 tới": a future reference. */
  future?: boolean;
  /** "kể từ ngày 2/9/1945": the start of a span reaching the present, not a day something happened on in the news. */
  since?: boolean;
}

const DAY_WORDS = '(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm nay \\(|[Hh]ôm|[Đđ]ến ngày|[Tt]ừ ngày|[Tt]ừ|[Đđ]ến|[Vv]ào)';
// Each alternative is a fixed sequence of bounded digit groups: no nested quantifiers, linear time.
const PATTERNS: { re: RegExp; parse: (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end' | 'text'> | null }[] = [
  // từ (ngày) 26 đến (ngày) 28/10(/2021)  |  từ 31/10 đến 5/11(/2021)
  {
    re: /[Tt]ừ (?:ngày )?(\d{1,2})(?:[/.-](\d{1,2}))? (?:đến|tới) (?:ngày )?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?/gu,
    parse: (m) => {
      const y = num(m[5]);
      const m2 = num(m[4])!;
      const m1 = num(m[2]) ?? m2;
      return range({ year: y, month: m1, day: num(m[1]) }, { year: y, month: m2, day: num(m[3]) });
    },
  },
  // 12-13/5(/2022) | 8 - 11/10/2024 | 2-6/8
  {
    re: /(?<![\d/.-])(\d{1,2}) ?[-–] ?(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?(?![\d/])/gu,
    parse: (m) => {
      const y = num(m[4]);
      return range({ year: y, month: num(m[3]), day: num(m[1]) }, { year: y, month: num(m[3]), day: num(m[2]) });
    },
  },
  // 8/8/1967 | 24/7 | 4/11/2002 (slash forms need no date word; dash and dot forms do)
  {
    re: /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/gu,
    parse: (m) => single({ year: num(m[3]), month: num(m[2]), day: num(m[1]) }),
  },
  {
    re: new RegExp(`${DAY_WORDS} ?(?:ngày )?(\\d{1,2})[.-](\\d{1,2})(?:[.-](\\d{4}))?(?![\\d/])`, 'gu'),
    parse: (m) => single({ year: num(m[3]), month: num(m[2]), day: num(m[1]) }),
  },
  // ngày 3 tháng 4 năm 2024
  {
    re: /[Nn]gày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?(?![\d/])/gu,
    parse: (m) => single({ year: num(m[3]), month: num(m[2]), day: num(m[1]) }),
  },
  // tháng 10/2021 | tháng 1 năm 2022 | tháng 11 tới
  {
    re: /[Tt]háng (\d{1,2})(?:(?:\/| năm )(\d{4}))?( tới| sau)?(?![\d/])/gu,
    parse: (m) => {
      const r = single({ year: num(m[2]), month: num(m[1]) });
      if (r && m[3]) r.future = true;
      return r;
    },
  },
  // năm 2022
  { re: /[Nn]ăm (\d{4})(?![\d-])/gu, parse: (m) => single({ year: num(m[1]) }) },
];

const RESTATED_BEFORE = /(?<!\p{L})tức(?: là)?\s+(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?$/iu;

const SINCE_BEFORE = /(?<!\p{L})(?:kể từ|từ khi|từ sau|tính từ)\s+(?:ngày\s+)?$/iu;

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

function valid(d: PartialDate): boolean {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) return false;
  if (d.day !== undefined && (d.day < 1 || d.day > 31)) return false;
  if (d.year !== undefined && (d.year < 1900 || d.year > 2100)) return false;
  return d.year !== undefined || d.month !== undefined;
}

function single(d: PartialDate): { from: PartialDate; future?: boolean } | null {
  return valid(d) ? { from: d } : null;
}

function range(a: PartialDate, b: PartialDate) {
  if (!valid(a) || !valid(b)) return null;
  if (a.month === b.month && (a.day ?? 0) > (b.day ?? 0)) return null;
  return { from: a, to: b };
}

/** Date mentions in a text, earliest first, without overlaps (the first pattern to claim a span wins). */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const { re, parse } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // "COVID-19", "AMM-54", "2021-2025": a number glued to a word or a year range is not a date.
      if (start > 0 && /[\p{L}]/u.test(text[start - 1]!) && !/\s/.test(text[start - 1]!)) continue;
      // "Ngày 25/9 (giờ địa phương, tức rạng sáng 26/9 giờ Việt Nam)": the same moment restated.
      if (RESTATED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      const parsed = parse(m);
      if (!parsed) continue;
      taken.push([start, end]);
      const since = SINCE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
      found.push({ start, end, text: m[0], ...parsed, ...(since ? { since } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Years written in a text as dates ("năm 2021", "tháng 5/2022", "4/11/2002"). */
export function yearsIn(text: string): number[] {
  return findDates(text).flatMap((d) => [d.from.year, d.to?.year]).filter((y): y is number => y !== undefined);
}

/** The stored form of a written date: null without a year. */
export function toUtcDate(d: PartialDate): DateWithPrecision | null {
  if (d.year === undefined) return null;
  const precision = d.day !== undefined && d.month !== undefined ? 'DAY' : d.month !== undefined ? 'MONTH' : 'YEAR';
  return { date: new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)), precision };
}

/** The stored publication instant of an article's own day (midnight UTC, the same day in Vietnam); null unless known to the day. */
export function publishedDay(d: PartialDate | null): Date | null {
  const stored = d ? toUtcDate(d) : null;
  return stored?.precision === 'DAY' ? stored.date : null;
}

/** A written date as the API writes it ("2021-08"); without a year, "????" stands for it. */
export function formatPartial(d: PartialDate): string {
  const stored = toUtcDate(d);
  if (stored) return formatPartialDate(stored.date, stored.precision)!;
  const p = (n: number) => String(n).padStart(2, '0');
  return `????-${d.month ? p(d.month) : '??'}${d.day ? `-${p(d.day)}` : ''}`;
}
