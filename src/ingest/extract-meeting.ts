// Each meeting mention of an article with what its sentence says about it: date, place, format,
// chair and participants. Umbrellas and chairs named in later sentences are linked afterwards
// (extract-links.ts).
import { SAME_DAY_AS_BEFORE } from '../lexicon/date-words.ts';
import { CITY_WORD, FUTURE_BEFORE, PLACE_BEFORE, REPORTER_AT, UMBRELLA_BEFORE, UNKNOWN_CITY_BEFORE } from '../lexicon/meeting-context.ts';
import { CHAIR, PARTICIPATION, TALK_NAME } from '../lexicon/meeting-roles.ts';
import { SENTENCE_FORMAT_WORDS } from '../lexicon/meeting-series.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { ArticleScan, FieldMeetingMention, FieldPersonMention } from './extract-fields.ts';
import { formatIn } from './meeting-format.ts';
import type { MeetingMention } from './meetings.ts';
import { sentenceStartingAtOrBefore } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';
import { LastAtOrBelow } from './span-index.ts';
import { mapPacked } from './packed.ts';

type Dated = ArticleScan['dates'][number];
type Placed = ArticleScan['places'][number];
export interface IndexedPerson {
  p: FieldPersonMention;
  /** Position in the article's person mentions. */
  idx: number;
}

/** What describing a meeting looks up, indexed per sentence once for the article. */
export interface MeetingContext {
  fieldText: (field: Field) => string;
  datesIn: (sentence: Sentence) => Dated[];
  placesIn: (sentence: Sentence) => Placed[];
  meetingsIn: (sentence: Sentence) => FieldMeetingMention[];
  personsIn: (sentence: Sentence) => IndexedPerson[];
  /** The first country written as exactly this text, per field (a chair that is a country). */
  countryByText: Map<string, string>;
  personOf: Map<number, number>;
  /** The person of each named mention's text as written ("Thủ tướng Singapore Lý Hiển Long"), the first such mention's. */
  personByText: Map<string, number>;
  /** The person a title-only mention ("Thủ tướng") stands for, by its position in the article's person mentions. */
  nominalPerson: (idx: number) => number | null;
  /** "Cùng ngày" / "tối hôm đó": the day of the latest full date written before the sentence. */
  sameDayAsBefore: (field: Field, sentence: Sentence) => { from: Dated['from'] } | null;
}

/**
 * Per-sentence indexes, built once: filtering every list for every meeting is quadratic on long
 * articles (a 1 MB page of headlines names thousands of meetings and people).
 */
export function meetingContext(scan: ArticleScan, sentencesByField: Map<Field, Sentence[]>, personOf: Map<number, number>, nominalPerson: (idx: number) => number | null = () => null): MeetingContext {
  const locate = (field: Field, start: number, end: number) => {
    const sentence = sentenceStartingAtOrBefore(sentencesByField.get(field) ?? [], start);
    return sentence && start >= sentence.start && end <= sentence.end ? sentence : undefined;
  };
  const countryByText = new Map<string, string>();
  for (const c of scan.countries) if (!countryByText.has(`${c.field}\u0000${c.text}`)) countryByText.set(`${c.field}\u0000${c.text}`, c.code);
  const personByText = new Map<string, number>();
  scan.personMentions.forEach((p, idx) => {
    const k = personOf.get(idx);
    if (!p.nominal && k !== undefined && !personByText.has(p.text)) personByText.set(p.text, k);
  });
  return {
    personByText,
    fieldText: (f) => scan.fields.find((x) => x.field === f)!.text,
    datesIn: bySentence(scan.dates, (d) => locate(d.field, d.start, d.end)),
    placesIn: bySentence(scan.places, (p) => locate(p.field, p.start, p.end)),
    meetingsIn: bySentence(scan.meetingMentions, (x) => x.sentence),
    personsIn: bySentence(
      mapPacked(scan.personMentions, (p, idx) => ({ p, idx })),
      ({ p }) => scan.sentences[p.sentence],
    ),
    countryByText,
    personOf,
    nominalPerson,
    sameDayAsBefore: sameDayLookup(scan.dates),
  };
}

function bySentence<T>(items: T[], sentenceOfItem: (item: T) => Sentence | undefined): (sentence: Sentence) => T[] {
  const index = new Map<Sentence, T[]>();
  for (const item of items) {
    const sentence = sentenceOfItem(item);
    if (sentence) (index.get(sentence) ?? index.set(sentence, []).get(sentence)!).push(item);
  }
  return (sentence: Sentence) => index.get(sentence) ?? [];
}

function sameDayLookup(dates: Dated[]): MeetingContext['sameDayAsBefore'] {
  const fullDatesByEnd = new Map<Field, LastAtOrBelow>();
  const fullDatesOf = (field: Field) => {
    if (!fullDatesByEnd.has(field)) fullDatesByEnd.set(field, new LastAtOrBelow(dates.flatMap((d, position) => (d.field === field && d.from.day !== undefined ? [{ key: d.end, position }] : []))));
    return fullDatesByEnd.get(field)!;
  };
  return (field, sentence) => {
    // "Cùng ngày", "tối hôm đó": the narration's words for the day told just before (the dates' own list).
    if (!SAME_DAY_AS_BEFORE.test(sentence.text)) return null;
    const position = fullDatesOf(field).query(sentence.start);
    const earlier = position === undefined ? undefined : dates[position];
    return earlier ? { from: earlier.from } : null;
  };
}

export function describeMeeting({ m, field, sentence }: FieldMeetingMention, ctx: MeetingContext): ArticleMeeting {
  const text = ctx.fieldText(field);
  const inSentence = ctx.datesIn(sentence);
  const near = nearestDate(m, text, sentence, inSentence, ctx.meetingsIn(sentence));
  // "trong khuôn khổ X": the sentence describes another meeting, not X.
  const umbrellaRef = UMBRELLA_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 20), m.start));
  const place = meetingPlace(text, sentence, ctx.placesIn(sentence));
  const chairMatch = chairOfSentence(m, sentence, ctx.meetingsIn(sentence));
  const chairLabel = chairMatch ? (chairMatch[1] ?? chairMatch[2])!.trim() : null;
  const sentencePersons = ctx.personsIn(sentence).filter(({ p }) => p.field === field);
  const chairPm = chairLabel ? sentencePersons.find(({ p }) => chairLabel.includes(p.name ?? '\u0000')) : undefined;
  return {
    mention: m,
    where: { field, start: m.start, end: m.end, text: m.text },
    sentence,
    date: near ? { from: near.from, to: near.to } : ctx.sameDayAsBefore(field, sentence),
    city: place?.city ?? null,
    countryCode: place?.code ?? null,
    format: m.format ?? (umbrellaRef ? null : formatIn(sentence.text, SENTENCE_FORMAT_WORDS)),
    chairLabel,
    chairPerson: chairPm ? (ctx.personOf.get(chairPm.idx) ?? null) : null,
    chairCountry: chairLabel ? ctx.countryByText.get(`${field}\u0000${chairLabel}`) ?? null : null,
    chairs: chairPm ? [ctx.personOf.get(chairPm.idx)!].filter((x) => x !== undefined) : [],
    parent: null,
    participants: [...new Set([...participantsOf(m, text, sentencePersons, ctx.personOf), ...titledParties(m, sentencePersons, ctx.nominalPerson), ...namedParties(m, ctx.personByText)])],
    // Years written inside the name ("Lễ kỷ niệm 80 năm Quốc khánh (2/9/1945 - 2/9/2025)") are what it recalls, not its year.
    sentenceYears: inSentence.filter((d) => d.start < m.start || d.end > m.end).flatMap((d) => [d.from.year]).filter((y): y is number => y !== undefined),
  };
}

/**
 * The sentence's "dưới sự chủ trì của X" / "do X chủ trì", unless it is written after another of
 * the sentence's meetings and before this one: it chairs the meeting it follows, not a trip's
 * conference named later ("… dưới sự chủ trì của Thủ tướng ngay sau khi … tham dự Hội nghị COP26").
 */
function chairOfSentence(m: MeetingMention, sentence: Sentence, sentenceMeetings: FieldMeetingMention[]): RegExpMatchArray | null {
  const chair = sentence.text.match(CHAIR);
  if (!chair) return null;
  const at = sentence.start + chair.index!;
  const earlier = sentenceMeetings.some((x) => x.m.end <= at && x.m !== m);
  return m.start > at && earlier ? null : chair;
}

/** The date of the sentence nearest the meeting, not inside a meeting name; not before a meeting still to come. */
function nearestDate(m: MeetingMention, text: string, sentence: Sentence, inSentence: Dated[], sentenceMeetings: FieldMeetingMention[]): Dated | undefined {
  const meetingSpans = mapPacked(sentenceMeetings, (x) => x.m);
  const candidates = inSentence.filter((d) => !meetingSpans.some((s) => d.start >= s.start && d.end <= s.end));
  const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
  const future = FUTURE_BEFORE.test(before);
  const usable = candidates.filter((d) => !(future && d.end <= m.start));
  return usable.sort((a, b) => Math.min(Math.abs(a.start - m.end), Math.abs(a.end - m.start)) - Math.min(Math.abs(b.start - m.end), Math.abs(b.end - m.start)))[0];
}

/** The place of the sentence written after "tại"/"ở", or an unknown city before a known country. */
function meetingPlace(text: string, sentence: Sentence, inSentencePlaces: Placed[]): { city: string | null; code: string } | undefined {
  // Where the reporter writes from ("Theo phóng viên TTXVN tại Lào") is not where the meeting is;
  // a city written after "tại" says more than a country ("tại Lào, … tại thủ đô Viêng Chăn").
  const placed = inSentencePlaces.filter((p) => PLACE_BEFORE.test(text.slice(Math.max(0, p.start - 25), p.start)) && !REPORTER_AT.test(text.slice(Math.max(sentence.start, p.start - 40), p.start)));
  const place = placed.find((p) => p.city !== null) ?? placed[0];
  if (place) return { city: place.city === null ? null : writtenCity(place.text, place.city), code: place.code };
  // "tại Langkawi, Malaysia": a city the lexicon does not know, then its country.
  for (const p of inSentencePlaces) {
    const unknownCity = text.slice(Math.max(sentence.start, p.start - 40), p.start).match(UNKNOWN_CITY_BEFORE);
    if (p.city === null && unknownCity) return { city: unknownCity[1]!.trim(), code: p.code };
  }
  return undefined;
}

/** The city as the article writes it ("Viêng Chăn", "Niu Oóc"), without "thủ đô"/"thành phố" before it. */
function writtenCity(written: string, name: string): string {
  const bare = written.replace(CITY_WORD, '').trim();
  return bare || name;
}

/**
 * Participants: named before the meeting with a participation verb between, or inside an informal
 * meeting's name ("cuộc gặp giữa Bộ trưởng X với Ngoại trưởng Y").
 */
function participantsOf(m: MeetingMention, text: string, sentencePersons: IndexedPerson[], personOf: Map<number, number>): number[] {
  const named = sentencePersons.filter(({ p }) => !p.nominal && ((p.end <= m.start && PARTICIPATION.test(text.slice(p.end, m.start))) || (m.informal && p.start >= m.start && p.end <= m.end) || (m.informal && TALK_NAME.test(m.name) && m.name.includes(p.name ?? '\u0000'))));
  return mapPacked(named, ({ idx }) => personOf.get(idx)).filter((x): x is number => x !== undefined);
}

/**
 * A talk's parties written by title only, inside the words of the talk ("Thủ tướng và Phu nhân đã có
 * buổi gặp gỡ …", "hai bên"-free): the persons those titles stand for, as its name gives them.
 */
function titledParties(m: MeetingMention, sentencePersons: IndexedPerson[], nominalPerson: (idx: number) => number | null): number[] {
  if (!m.informal || !TALK_NAME.test(m.name)) return [];
  const titled = sentencePersons.filter(({ p }) => p.nominal && p.start >= m.start && p.end <= m.end);
  return mapPacked(titled, ({ idx }) => nominalPerson(idx)).filter((x): x is number => x !== null);
}

/** "Hội đàm giữa A và B", "Cuộc tiếp B của A": group 1 what follows the head. */
const TALK_PARTIES = / (?:giữa|của) (.+)$/u;

/**
 * The parties a talk's name writes, as the article names them elsewhere: "hai nguyên thủ bước vào hội
 * đàm" is named for the two persons of the sentences before it, whom its own sentence does not name.
 * Each split of the name at " và " / " của " is looked up whole, so names holding "và" stay intact.
 */
function namedParties(m: MeetingMention, personByText: Map<string, number>): number[] {
  if (!m.informal || !TALK_NAME.test(m.name)) return [];
  const name = m.name.replace(TALK_NAME, '');
  const reception = name.match(/^(.+) của (.+)$/u);
  if (reception) return [reception[2]!, reception[1]!].map((t) => personByText.get(t)).filter((x): x is number => x !== undefined);
  const parties = name.match(TALK_PARTIES)?.[1] ?? name.replace(/^giữa /u, '');
  for (let at = parties.indexOf(' và '); at >= 0; at = parties.indexOf(' và ', at + 1)) {
    const [a, b] = [personByText.get(parties.slice(0, at)), personByText.get(parties.slice(at + 4))];
    if (a !== undefined && b !== undefined) return [a, b];
  }
  return [];
}
