// The day an event happened when its own sentence writes none. News narrates in order: "Chiều 10/9,
// Thủ tướng đón … Sau lễ đón, hai Thủ tướng có cuộc hội đàm" — the talks are on 10/9. So a sentence
// without a date takes, in this order: the day written last before it when it says "cùng ngày" /
// "tối hôm đó"; the day written last before it in its own paragraph or the one before; the
// article's lead date (the first day its first paragraph writes: the day of the news); the
// article's own day. A date without a year takes the article's year (a month well after the
// article's is the year before).
import { SAME_DAY_AS_BEFORE } from '../lexicon/date-words.ts';
import type { DateMention, PartialDate } from './dates.ts';
import { yearOfDates } from './published-date.ts';
import { sentenceStartingAtOrBefore } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';

type Dated = DateMention & { field: Field };
export interface EventDate {
  from: PartialDate;
  to?: PartialDate;
}

/**
 * A day the narration can be at: a single day (a range, "từ ngày 27 đến 29/3", is how long a visit
 * lasts), not to come, not where a span starts ("kể từ ngày 2/9/1945"), not years away from the article.
 */
const isDay = (d: Dated, year: number | undefined) =>
  d.from.day !== undefined && d.from.month !== undefined && !d.future && !d.since && d.to === undefined && (year === undefined || d.from.year === undefined || Math.abs(d.from.year - year) <= 1);

/** The last of `list` (ordered by end) ending at or before `pos`, or undefined. */
export function lastEndingBy(list: readonly Dated[], pos: number): Dated | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

export class EventDates {
  private readonly days = new Map<Field, Dated[]>();
  private readonly lead: Dated | null;
  private readonly body: readonly Sentence[];
  private readonly textYear: number | undefined;

  constructor(dates: readonly Dated[], sentences: readonly Sentence[], private readonly articleDay: PartialDate | null) {
    this.textYear = yearOfDates(dates);
    for (const d of dates) if (isDay(d, articleDay?.year ?? this.textYear)) (this.days.get(d.field) ?? this.days.set(d.field, []).get(d.field)!).push(d);
    for (const list of this.days.values()) list.sort((a, b) => a.end - b.end);
    this.body = sentences.filter((s) => s.field === 'BODY');
    const firstParagraph = this.body.filter((s) => s.paragraph === 0);
    const end = firstParagraph.at(-1)?.end ?? -1;
    const leadDate = (this.days.get('BODY') ?? []).find((d) => d.start < end);
    this.lead = leadDate ?? null;
  }

  /** The day of an event told in `sentence`, which writes no date of its own. */
  before(sentence: Sentence): EventDate | null {
    const earlier = lastEndingBy(this.days.get(sentence.field) ?? [], sentence.start);
    if (earlier && SAME_DAY_AS_BEFORE.test(sentence.text)) return { from: earlier.from };
    // The narration's day holds through the paragraph and the next ("Thứ Tư 24/1, Thủ tướng tiếp … ¶ Tổng thống bày tỏ …").
    const paragraph = earlier && sentence.field === 'BODY' ? this.paragraphOf(earlier.start) : undefined;
    if (paragraph !== undefined && paragraph >= sentence.paragraph - 1) return { from: earlier!.from };
    // The lead date of the sentence itself was refused by the sentence's own reading (a date before a meeting still to come).
    const lead = this.lead && !(this.lead.field === sentence.field && this.lead.start >= sentence.start && this.lead.end <= sentence.end) ? this.lead.from : null;
    const day = lead ?? (this.articleDay?.day !== undefined ? this.articleDay : null);
    return day ? { from: day } : null;
  }

  /**
   * The date with the article's year where it has none and `yearKnown` says nothing else gives it one.
   * The article's year is its own day's; `guessYear` also takes its lead date's, else the year its
   * dates name most often.
   */
  withYear(date: EventDate, yearKnown: boolean, guessYear = false): EventDate {
    const year = this.articleDay?.year ?? (guessYear ? (this.lead?.from.year ?? this.textYear) : undefined);
    if (yearKnown || date.from.year !== undefined || year === undefined) return date;
    const y = (d: PartialDate) => (d.month !== undefined && this.articleDay?.month !== undefined && d.month > this.articleDay.month + 1 ? year - 1 : year);
    const from = { ...date.from, year: y(date.from) };
    return date.to ? { from, to: date.to.year === undefined ? { ...date.to, year: from.year } : date.to } : { from };
  }

  private paragraphOf(pos: number): number | undefined {
    return sentenceStartingAtOrBefore(this.body, pos)?.paragraph;
  }
}
