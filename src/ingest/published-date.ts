// The day an article was published, from its date line or dateline. A dateline gives day and month
// only ("HÀ NỘI, 20/8 -"); the year is the one the article's dates name most often (the latest on a
// tie). Not the year written beside the same day: "HÀ NỘI, 2/9 -" over a text that recalls
// "2/9/1945" is this year's National Day, and "20/8/2024" recalled on 20/8 is last year's visit.
import { findDates, type DateMention, type PartialDate } from './dates.ts';

function mostCommonLatest(years: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, c] of counts) if (best === undefined || c > counts.get(best)! || (c === counts.get(best)! && y > best)) best = y;
  return best;
}

/** The year an article's own yearless day belongs to, from the article's text; undefined when it names none. */
export function yearFor(text: string): number | undefined {
  return yearOfDates(findDates(text));
}

/** The year a list of an article's dates names most often (the latest on a tie), months first; undefined when none has a year. */
export function yearOfDates(all: readonly DateMention[]): number | undefined {
  const dates = all.filter((d) => !d.future);
  const ends = dates.flatMap((d) => (d.to ? [d.from, d.to] : [d.from]));
  const dated = ends.filter((d) => d.year !== undefined && d.month !== undefined).map((d) => d.year!);
  return mostCommonLatest(dated.length ? dated : ends.flatMap((d) => (d.year !== undefined ? [d.year] : [])));
}

/** The article's own date with its year filled from the article where the date line or dateline left it out. */
export function publishedDate(own: PartialDate | null, text: string): PartialDate | null {
  if (!own || own.year !== undefined) return own;
  const year = yearFor(text);
  return year === undefined ? own : { ...own, year };
}
