// The day of a talk whose sentence gives none. News writes the day once, in the lead or earlier in
// the paragraph ("Chiều 10/9, … Sau lễ đón, hai Thủ tướng có cuộc hội đàm"), and a headline's talk
// is the one the lead dates. In order: another mention of the same talk that has a date; the last
// day written earlier in the same paragraph; the first day the article's body writes (its lead).
import { TALK_NAME } from '../lexicon/meeting-roles.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { ArticleScan } from './extract-fields.ts';

type Dated = ArticleScan['dates'][number];

const isTalk = (mt: ArticleMeeting) => mt.mention.informal && TALK_NAME.test(mt.mention.name);

/** The last day-precision date of the field that ends before `pos` and starts at or after `from`. */
function lastDayBetween(dates: readonly Dated[], field: string, from: number, pos: number): Dated | undefined {
  let found: Dated | undefined;
  for (const d of dates) if (d.field === field && d.from.day !== undefined && !d.future && d.start >= from && d.end <= pos) found = d;
  return found;
}

/** The lead's day, with the year another date of the body gives that same day ("SINGAPORE, 9/2 - Sáng 9/2/2023"). */
function leadDate(dates: readonly Dated[]): Dated | undefined {
  const lead = dates.find((d) => d.field === 'BODY' && d.from.day !== undefined && !d.future);
  if (!lead || lead.from.year !== undefined) return lead;
  const sameDay = dates.find((d) => d.field === 'BODY' && d.from.year !== undefined && d.from.day === lead.from.day && d.from.month === lead.from.month);
  return sameDay ?? lead;
}

/**
 * A talk's own sentence counts only when it gives a day: "năm 1995", "từ tháng 4/2021" in the
 * sentence of "hội đàm" are background, not the talk's day.
 */
export function fillTalkDates(meetings: ArticleMeeting[], dates: readonly Dated[], paragraphStart: (field: string, paragraph: number) => number): void {
  const lead = leadDate(dates);
  for (const mt of meetings) if (isTalk(mt) && mt.date && mt.date.from.day === undefined) mt.date = null;
  for (const mt of meetings) {
    if (mt.date || !isTalk(mt)) continue;
    const same = meetings.find((o) => o !== mt && o.date?.from.day !== undefined && o.mention.name === mt.mention.name);
    if (same) {
      mt.date = same.date;
      continue;
    }
    const earlier = mt.where.field === 'TITLE' ? undefined : lastDayBetween(dates, mt.where.field, paragraphStart(mt.where.field, mt.sentence.paragraph), mt.sentence.start);
    const d = earlier ?? lead;
    if (d) mt.date = { from: d.from, ...(d.to ? { to: d.to } : {}) };
  }
}

/**
 * A meeting's day written without its year takes the year the article gives that same day
 * elsewhere ("Chiều 9/2" after "Sáng thứ Năm 9/2/2023"), or the lead's year in the lead's month.
 */
export function fillDayYears(meetings: ArticleMeeting[], dates: readonly Dated[]): void {
  const lead = leadDate(dates);
  for (const mt of meetings) {
    const from = mt.date?.from;
    if (!from || from.year !== undefined || from.day === undefined) continue;
    // Near the lead's year: "19/8/1945" is an anniversary, not the year of a talk on 19/8.
    const near = (y: number) => lead?.from.year === undefined || Math.abs(y - lead.from.year) <= 1;
    const same = dates.find((d) => d.from.year !== undefined && near(d.from.year) && d.from.day === from.day && d.from.month === from.month);
    const year = same?.from.year ?? (lead?.from.year !== undefined && lead.from.month === from.month ? lead.from.year : undefined);
    if (year === undefined) continue;
    mt.date = { from: { ...from, year }, ...(mt.date!.to ? { to: { ...mt.date!.to, year: mt.date!.to.year ?? year } } : {}) };
  }
}
