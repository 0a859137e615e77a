// The day an article was published, from its date line or dateline. A dateline gives day and month
// only ("HÀ NỘI, 20/8 -"); the year comes from the article's dates (datelineYear). Not the year
// written beside the same day: "HÀ NỘI, 2/9 -" over a text that recalls "2/9/1945" is this year's
// National Day, and "20/8/2024" recalled on 20/8 is last year's visit.
import { findDates, type DateMention, type PartialDate } from './dates.ts';
import { mapPacked } from './packed.ts';

function mostCommonLatest(years: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, c] of counts) if (best === undefined || c > counts.get(best)! || (c === counts.get(best)! && y > best)) best = y;
  return best;
}

/** The year a list of an article's dates names most often (the latest on a tie), months first; undefined when none has a year. */
export function yearOfDates(all: readonly DateMention[]): number | undefined {
  const dates = all.filter((d) => !d.future);
  const ends = dates.flatMap((d) => (d.to ? [d.from, d.to] : [d.from]));
  const dated = mapPacked(ends.filter((d) => d.year !== undefined && d.month !== undefined), (d) => d.year!);
  return mostCommonLatest(dated.length ? dated : ends.flatMap((d) => (d.year !== undefined ? [d.year] : [])));
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/**
 * The year of a dateline's day and month: news is published after what it reports, and soon after,
 * so the year is the one in which the most of the article's dated events (to the month or day, not
 * to come) fall within the year before the article's day. A tie goes to the year the dates name
 * most often, then the latest. "VÁC-SA-VA, 16/1 -" over a text that recalls "3/11/2024" is 2025.
 */
export function datelineYear(day: PartialDate, dates: readonly DateMention[]): number | undefined {
  const dated = dates.filter((d) => !d.future).flatMap((d) => (d.to ? [d.from, d.to] : [d.from])).filter((d) => d.year !== undefined && d.month !== undefined);
  const common = yearOfDates(dates);
  if (common === undefined || day.month === undefined || day.day === undefined) return common;
  const candidates = [...new Set(dated.flatMap((d) => [d.year!, d.year! + 1]))];
  const score = (y: number) => {
    const at = dayNumber(y, day.month!, day.day!);
    return dated.filter((d) => {
      const n = dayNumber(d.year!, d.month!, d.day ?? 15);
      return n <= at && n > at - 366;
    }).length;
  };
  const rank = (y: number) => [score(y), y === common ? 1 : 0, y];
  return candidates.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return rb[0]! - ra[0]! || rb[1]! - ra[1]! || rb[2]! - ra[2]!;
  })[0];
}

/** The article's own date with its year filled from the article where the date line or dateline left it out. */
export function publishedDate(own: PartialDate | null, text: string): PartialDate | null {
  if (!own || own.year !== undefined) return own;
  const year = datelineYear(own, findDates(text));
  return year === undefined ? own : { ...own, year };
}
