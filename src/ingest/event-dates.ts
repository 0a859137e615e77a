// The day of a talk whose sentence gives none. News writes the day once, in the lead or earlier in
// the paragraph ("Chiều 10/9, … Sau lễ đón, hai Thủ tướng có cuộc hội đàm"), and a headline's talk
// is the one the lead dates. In order: another mention of the same talk that has a date; the last
// day written earlier in the same paragraph; the first day the article's body writes (its lead).
import { TALK_NAME } from '../lexicon/meeting-roles.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { ArticleScan } from './extract-fields.ts';
import { lastEndingBy } from './narration-dates.ts';

type Dated = ArticleScan['dates'][number];

const isTalk = (mt: ArticleMeeting) => mt.mention.informal && TALK_NAME.test(mt.mention.name);

/**
 * The last day-precision, non-future date of a field ending before a position: one sorted list per
 * field and a binary search, so a talk's lookup does not scan every date of the article (a page of
 * a thousand talks, each looking back, was quadratic: tests/reliability/extractor-fuzz.test.ts).
 */
function daysByField(dates: readonly Dated[]): (field: string, from: number, pos: number) => Dated | undefined {
  const byField = new Map<string, Dated[]>();
  for (const d of dates) {
    // A span ("thăm từ ngày 27 đến 29/3") is the visit's, not the day of a talk held within it.
    if (d.from.day === undefined || d.future || d.to !== undefined) continue;
    const list = byField.get(d.field);
    if (list) list.push(d);
    else byField.set(d.field, [d]);
  }
  for (const list of byField.values()) list.sort((x, y) => x.end - y.end || x.start - y.start);
  return (field, from, pos) => {
    const found = lastEndingBy(byField.get(field) ?? [], pos);
    return found && found.start >= from ? found : undefined;
  };
}

/**
 * The lead's day, with the year another date of the body gives that same day ("SINGAPORE, 9/2 - Sáng 9/2/2023"),
 * unless that year is far from the article's ("19/8/1945 - 19/8/2025" recalls an anniversary).
 */
function leadDate(dates: readonly Dated[], articleYear?: number): Dated | undefined {
  const lead = dates.find((d) => d.field === 'BODY' && d.from.day !== undefined && !d.future);
  if (!lead || lead.from.year !== undefined) return lead;
  const near = (y: number) => articleYear === undefined || Math.abs(y - articleYear) <= 1;
  // The latest: "(19/8/1945 - 19/8/2025)" writes an anniversary's founding day before this year's.
  let sameDay: Dated | undefined;
  for (const d of dates) {
    if (d.field !== 'BODY' || d.from.year === undefined || !near(d.from.year) || d.from.day !== lead.from.day || d.from.month !== lead.from.month) continue;
    if (!sameDay || d.from.year > sameDay.from.year!) sameDay = d;
  }
  return sameDay ?? lead;
}

/**
 * A talk's own sentence counts only when it gives a day: "năm 1995", "từ tháng 4/2021" in the
 * sentence of "hội đàm" are background, not the talk's day.
 */
export function fillTalkDates(meetings: ArticleMeeting[], dates: readonly Dated[], paragraphStart: (field: string, paragraph: number) => number, articleYear?: number): void {
  const lead = leadDate(dates, articleYear);
  const lastDay = daysByField(dates);
  for (const mt of meetings) if (isTalk(mt) && mt.date && mt.date.from.day === undefined) mt.date = null;
  // The first meeting (in article order) of each name that has a day: a talk named again takes it.
  const datedByName = new Map<string, number>();
  const noteDated = (i: number) => {
    const name = meetings[i]!.mention.name;
    if (meetings[i]!.date?.from.day !== undefined && (datedByName.get(name) ?? Infinity) > i) datedByName.set(name, i);
  };
  meetings.forEach((_, i) => noteDated(i));
  meetings.forEach((mt, i) => {
    if (mt.date || !isTalk(mt)) return;
    const same = datedByName.get(mt.mention.name);
    if (same !== undefined) {
      mt.date = meetings[same]!.date;
    } else {
      const earlier = mt.where.field === 'TITLE' ? undefined : lastDay(mt.where.field, paragraphStart(mt.where.field, mt.sentence.paragraph), mt.sentence.start);
      const d = earlier ?? lead;
      if (d) mt.date = { from: d.from, ...(d.to ? { to: d.to } : {}) };
    }
    noteDated(i);
  });
}

/**
 * A meeting's day written without its year takes the year the article gives that same day
 * elsewhere ("Chiều 9/2" after "Sáng thứ Năm 9/2/2023"), or the lead's year in the lead's month.
 * `articleYear` (the dateline's, when the lead writes none) bounds which years count.
 */
export function fillDayYears(meetings: ArticleMeeting[], dates: readonly Dated[], articleYear?: number): void {
  const lead = leadDate(dates, articleYear);
  // Near the lead's year, else the article's: "19/8/1945" is an anniversary, not the year of a talk on 19/8.
  const reference = lead?.from.year ?? articleYear;
  const near = (y: number) => reference === undefined || Math.abs(y - reference) <= 1;
  // The latest such date of each day and month, looked up instead of scanning every date per meeting:
  // with no year to judge by, "(19/8/1945 - 19/8/2025)" names the founding first and this year last.
  const yearOfDay = new Map<string, number>();
  for (const d of dates) {
    const key = `${d.from.day}/${d.from.month}`;
    if (d.from.year !== undefined && near(d.from.year) && d.from.year > (yearOfDay.get(key) ?? -Infinity)) yearOfDay.set(key, d.from.year);
  }
  for (const mt of meetings) {
    const from = mt.date?.from;
    if (!from || from.year !== undefined || from.day === undefined) continue;
    const year = yearOfDay.get(`${from.day}/${from.month}`) ?? (lead?.from.year !== undefined && lead.from.month === from.month ? lead.from.year : undefined);
    if (year === undefined) continue;
    mt.date = { from: { ...from, year }, ...(mt.date!.to ? { to: { ...mt.date!.to, year: mt.date!.to.year ?? year } } : {}) };
  }
}
