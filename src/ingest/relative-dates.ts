// Days written against the article's own day: "hôm qua" in an article dated 3/11 is 2/11. Without
// the article's day (no date line, no dateline) they stay unread.
import { RELATIVE_DAY, RELATIVE_OFFSET } from '../lexicon/date-words.ts';
import type { DateMention, PartialDate } from './dates.ts';

/**
 * "Hôm nay" dates an event where a date would stand: opening a clause or after "vào", "trong", a time
 * of day. After a noun it is a figure of speech ("các thế hệ hôm nay và tương lai").
 */
const DAY_SLOT_BEFORE = /(?:^|[\n,.;:(–—-]\s*|(?<!\p{L})(?:vào|trong|ngay|từ|đến|sáng|trưa|chiều|tối|đêm|ngày)\s+)$/iu;

/** The day `offset` days after `day`, with its year when the day has one. */
export function shiftDay(day: PartialDate, offset: number): PartialDate {
  if (offset === 0) return day;
  const base = new Date(Date.UTC(day.year ?? 2001, day.month! - 1, day.day!));
  base.setUTCDate(base.getUTCDate() + offset);
  const shifted = { month: base.getUTCMonth() + 1, day: base.getUTCDate() };
  return day.year === undefined ? shifted : { ...shifted, year: base.getUTCFullYear() };
}

/** The relative days of a text as date mentions, read against the article's day. */
export function relativeDates(text: string, articleDay: PartialDate | null): DateMention[] {
  if (!articleDay || articleDay.day === undefined || articleDay.month === undefined) return [];
  const out: DateMention[] = [];
  for (const m of text.matchAll(RELATIVE_DAY)) {
    if (m[1] && !DAY_SLOT_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const word = (m[1] ?? m[2])!.toLowerCase();
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], from: shiftDay(articleDay, RELATIVE_OFFSET[word]!) });
  }
  return out;
}
