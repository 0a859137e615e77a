// Dates an article's extraction gets from its context: relative days ("hôm qua") read against the
// article's own day, meetings whose sentence writes no date, the year a date leaves out, and the
// day each statement was made (narration-dates.ts says which day a sentence tells of).
import { EVENT_HEAD_REFERENCE, FUTURE_CONTEXT } from '../lexicon/date-words.ts';
import { UMBRELLA_BEFORE } from '../lexicon/meeting-context.ts';
import { MEETING_SERIES } from '../lexicon/meeting-series.ts';
import { fold } from '../text/fold.ts';
import type { ArticleMeeting, ArticleStatement } from './article-extraction.ts';
import type { PartialDate } from './dates.ts';
import { EventDates, type EventDate } from './narration-dates.ts';
import type { ArticleScan } from './extract-fields.ts';
import { relativeDates } from './relative-dates.ts';
import { yearFromNumbering } from './series-numbering.ts';
import { sentenceStartingAtOrBefore } from './sentence-search.ts';
import type { Sentence } from './sentences.ts';
import { mapPacked } from './packed.ts';

/** Adds "hôm qua", "chiều nay" … to the scan's dates, kept in field then text order. */
export function addRelativeDates(scan: ArticleScan, articleDay: PartialDate | null): void {
  const extra = scan.fields.flatMap(({ field, text }) => relativeDates(text, articleDay).map((d) => ({ ...d, field })));
  if (extra.length === 0) return;
  const order = (f: string) => scan.fields.findIndex((x) => x.field === f);
  scan.dates.push(...extra);
  scan.dates.sort((a, b) => order(a.field) - order(b.field) || a.start - b.start);
}

const SERIES = new Map(MEETING_SERIES.map((s) => [s.key, s]));

/**
 * One meeting however an article names it: series and ordinal, the folded name, or its head's first
 * two words with its ordinal ("Hội nghị Cấp cao lần thứ 42" in the headline, "Hội nghị Cấp cao
 * Hiệp hội các quốc gia Đông Nam Á (ASEAN) lần thứ 42" in the body).
 */
function identities(mt: ArticleMeeting): string[] {
  const m = mt.mention;
  const keys = [m.series ? `${m.series}|${m.partner ?? ''}|${m.ordinal ?? ''}` : fold(m.name)];
  if (m.ordinal !== null) keys.push(`${fold(m.name).split(' ').slice(0, 2).join(' ')}|#${m.ordinal}`);
  return keys;
}

const BARE_HEAD = new RegExp(`^(?:${EVENT_HEAD_REFERENCE.source})`, 'iu');

/** Text of the meeting's sentence before the meeting's name. */
const textBefore = (mt: ArticleMeeting) => mt.sentence.text.slice(0, Math.max(0, mt.where.start - mt.sentence.start));

/**
 * Dates of an article's meetings. A sentence's own date comes first (extract-meeting.ts); a range the
 * next sentences give the event by its head noun ("Kéo dài từ ngày 9 đến 11/5, hội nghị …") widens
 * it; a meeting named again without a date takes the date of its dated mention; a meeting whose
 * sentence writes no date takes the context's (narration-dates.ts) unless it is still to come. Every
 * date gets the article's year where nothing else gives it one.
 */
export function dateMeetings(meetings: ArticleMeeting[], sentences: Sentence[], dates: EventDates, scanDates: ArticleScan['dates']): void {
  const bySentence = datesBySentence(sentences, scanDates);
  widenToRanges(meetings, sentences, bySentence);
  for (const mt of meetings) if (targetYear(mt, bySentence.get(mt.sentence.index) ?? [])) mt.date = null;
  const written = new Map<string, EventDate>();
  for (const mt of meetings) for (const key of mt.date?.from.day !== undefined ? identities(mt) : []) if (!written.has(key)) written.set(key, mt.date!);
  for (const mt of meetings) {
    const yearKnown = mt.mention.nameYear !== null || mt.sentenceYears.length > 0;
    const own = mt.date ?? mapPacked(identities(mt), (key) => written.get(key)).find(Boolean);
    if (own) mt.date = dates.withYear(own, yearKnown);
    else {
      // A day taken from the context is in the narration's year, whatever other year the sentence names.
      // A meeting still to come, or the umbrella another is held within ("trong khuôn khổ X"), is not the narration's event.
      const before = textBefore(mt);
      const guess = FUTURE_CONTEXT.test(before) || UMBRELLA_BEFORE.test(before) ? null : dates.before(mt.sentence);
      const dated = guess ? dates.withYear(guess, false, true) : null;
      mt.date = dated && agreesWithName(mt, dated) ? dated : null;
    }
  }
}

/** A day from the context is not the day of a meeting whose name says another year ("COP26" recalled in a 2023 article). */
function agreesWithName(mt: ArticleMeeting, date: EventDate): boolean {
  const m = mt.mention;
  const series = m.series ? SERIES.get(m.series) : undefined;
  const named = m.nameYear ?? (series && m.ordinal !== null ? yearFromNumbering(series.numbering, m.ordinal) : null);
  return named === null || date.from.year === undefined || named === date.from.year;
}

/** How many meetings back a head noun may point: a bound, so pages of thousands of meetings stay linear. */
const LOOK_BACK = 40;

/** The last meeting before the sentence, in its field, whose name starts with the head; meetings are in field then text order. */
function lastNamedBefore(meetings: ArticleMeeting[], sentence: Sentence, head: string): ArticleMeeting | undefined {
  let hi = meetings.length;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (meetings[mid]!.sentence.index < sentence.index) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= Math.max(0, lo - LOOK_BACK); k--) {
    const mt = meetings[k]!;
    if (mt.sentence.field === sentence.field && fold(mt.mention.name).startsWith(head)) return mt;
  }
  return undefined;
}

/** "… nâng kim ngạch lên 15 tỷ USD vào năm 2028": a bare year written after the meeting is a target, not its date. */
function targetYear(mt: ArticleMeeting, inSentence: ArticleScan['dates']): boolean {
  const d = mt.date?.from;
  if (!d || d.month !== undefined || d.year === mt.mention.nameYear) return false;
  return inSentence.some((x) => x.from.year === d.year && x.from.month === undefined && x.start >= mt.where.end);
}

/**
 * A sentence naming no meeting that gives a day range to "hội nghị", "kỳ họp" …: the range of the
 * meeting with that head named last before it, when the day that meeting has lies in the range.
 */
function widenToRanges(meetings: ArticleMeeting[], sentences: Sentence[], bySentence: Map<number, ArticleScan['dates']>): void {
  // A meeting named by its bare head ("Hội nghị thượng đỉnh diễn ra …") is the reference itself.
  const named = new Set(meetings.filter((mt) => !BARE_HEAD.test(mt.sentence.text.slice(mt.where.start - mt.sentence.start))).map((mt) => mt.sentence.index));
  for (const sentence of sentences) {
    const ranges = (bySentence.get(sentence.index) ?? []).filter((d) => d.to?.day !== undefined && d.from.day !== undefined);
    const head = ranges.length === 1 && !named.has(sentence.index) ? EVENT_HEAD_REFERENCE.exec(sentence.text)?.[1] : undefined;
    if (!head) continue;
    const range = ranges[0]!;
    const target = lastNamedBefore(meetings, sentence, fold(head));
    const d = target?.date?.from;
    if (!target || (d?.day !== undefined && (d.month !== range.to!.month || d.day < range.from.day! || d.day > range.to!.day!))) continue;
    target.date = { from: { ...range.from, year: range.from.year ?? d?.year }, to: { ...range.to!, year: range.to!.year ?? d?.year } };
  }
}

/** How far into its sentence a date still opens it ("Chiều 10/9, …", "Trả lời báo chí ngày 9/1, …"). */
const OPENING = 60;

/** The day a statement was made: a day opening its sentence, else the sentence's context date. */
function statementDay(sentence: Sentence, inSentence: ArticleScan['dates'], dates: EventDates): EventDate | null {
  const opening = inSentence.find((d) => d.from.day !== undefined && !d.future && d.start - sentence.start < OPENING);
  const date = opening ? { from: opening.from } : dates.before(sentence);
  return date ? dates.withYear(date, false, true) : null;
}

/** Each sentence's dates, by sentence index, found once (a page can hold thousands of both). */
function datesBySentence(sentences: Sentence[], scanDates: ArticleScan['dates']): Map<number, ArticleScan['dates']> {
  const byField = new Map<string, Sentence[]>();
  for (const x of sentences) (byField.get(x.field) ?? byField.set(x.field, []).get(x.field)!).push(x);
  const out = new Map<number, ArticleScan['dates']>();
  for (const d of scanDates) {
    const sentence = sentenceStartingAtOrBefore(byField.get(d.field) ?? [], d.start);
    if (sentence && d.end <= sentence.end) (out.get(sentence.index) ?? out.set(sentence.index, []).get(sentence.index)!).push(d);
  }
  return out;
}

/** Each statement with the day it was made (null when nothing dates it). */
export function dateStatements(statements: ArticleStatement[], sentences: Sentence[], scanDates: ArticleScan['dates'], dates: EventDates): ArticleStatement[] {
  const bySentence = datesBySentence(sentences, scanDates);
  return mapPacked(statements, (s) => {
    const sentence = sentences[s.sentenceIndex];
    const day = sentence ? statementDay(sentence, bySentence.get(sentence.index) ?? [], dates) : null;
    return { ...s, saidOn: day?.from ?? null };
  });
}
