// The meeting a statement was made at. Explicit: "phát biểu tại X", "tại cuộc hội đàm" in its
// sentence. Otherwise the event its sentence reports, and when the sentence names none, the event
// the article was last reporting before it: news gives a talk one sentence ("Tiếp đó, hai Thủ tướng
// tiến hành hội đàm") and what each side said in the paragraphs after. A meeting that only frames
// another of its sentence ("bên lề X", "trong khuôn khổ X") is not the one reported.
// Someone who took no part in that event but in an earlier one ("Làm việc với ACW, Tổng thư ký …")
// brings the article back to the earlier one; someone who took part in none (an ambassador or a
// scholar asked for comment) spoke at none. A sentence that says it was a letter, an interview,
// a news report or a notice (statement-no-meeting.ts) holds statements made at no meeting.
import { BACKGROUND_SENTENCE } from '../lexicon/meeting-context.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { Attendance } from './meeting-attendance.ts';
import { LastAtOrBelow, SpanIndex } from './span-index.ts';
import { mapPacked } from './packed.ts';

/**
 * Written right before the meeting a statement was made at: "tại", "phát biểu tại cuộc", "trong
 * phiên"; or the one a message was sent to be read at ("thông điệp gửi tới lễ khai mạc").
 */
const AT_MEETING = /(?:(?:tại|trong|ở)\s+(?:các\s+)?|gửi (?:tới|đến)\s+)(?:cuộc|buổi|phiên|lễ)?\s*$/iu;

/** An opening address: "Phát biểu khai mạc, …", "Trong bài phát biểu khai mạc, …". */
const OPENING_ADDRESS = /^\s*(?:Phát biểu|Trong (?:bài )?phát biểu|Bài phát biểu)\s+khai mạc(?=[\s,]|$)/iu;
const OPENING_SESSION = /^(?:Phiên|Lễ) khai mạc\s/u;
const PLENARY_SESSION = /^Phiên (?:họp )?toàn thể\s/u;

/**
 * The sitting an opening address was made at, by the conference's name: its opening session, else
 * its plenary (the sitting that opens it when no opening ceremony is told of).
 */
function openingSittings(meetings: readonly ArticleMeeting[]): Map<string, number> {
  const opening = new Map<string, number>();
  const plenary = new Map<string, number>();
  meetings.forEach((mt, k) => {
    if (mt.parent === null) return;
    const conference = meetings[mt.parent]!.mention.name;
    if (OPENING_SESSION.test(mt.mention.name) && !opening.has(conference)) opening.set(conference, k);
    if (PLENARY_SESSION.test(mt.mention.name) && !plenary.has(conference)) plenary.set(conference, k);
  });
  for (const [conference, k] of plenary) if (!opening.has(conference)) opening.set(conference, k);
  return opening;
}

export interface StatementQuery {
  sentenceIndex: number;
  /** The statement's content in its field ([-1, -1] when unknown). */
  contentStart: number;
  contentEnd: number;
  /** Field and paragraph, as one key. */
  paragraph: string;
  /** The person who said it, when known. */
  speaker: number | null;
  /** Its sentence opens as an opening address ("Phát biểu khai mạc, …"). */
  opening: boolean;
  /** Its sentence says it was made at no meeting: a letter, an interview, a report; or a notice (statement-no-meeting.ts). */
  atNoMeeting: 'record' | 'notice' | null;
}

export interface StatementMeetingLookup {
  /** The meeting of a statement; asked in article order (what an earlier statement settled carries on). */
  meetingOf: (q: StatementQuery) => number | null;
}

/** What a statement said, as a span of its field. */
export interface SaidSpan {
  field: ArticleMeeting['where']['field'];
  start: number;
  end: number;
}

/**
 * Meetings named only inside what someone said ("bà Hằng nói … cuộc họp trực tuyến với …") are
 * topics: not the event the article goes on reporting, nor where the sentence's statements were made.
 */
function topicsOf(meetings: readonly ArticleMeeting[], said: readonly SaidSpan[]): Set<number> {
  const byField = new Map<string, number[]>();
  meetings.forEach((mt, k) => (byField.get(mt.where.field) ?? byField.set(mt.where.field, []).get(mt.where.field)!).push(k));
  const indexes = new Map(mapPacked([...byField], ([field, ks]) => [field, { ks, index: new SpanIndex(mapPacked(ks, (k) => meetings[k]!.where)) }] as const));
  const topics = new Set<number>();
  for (const s of said) {
    const f = indexes.get(s.field);
    if (f && s.start >= 0) for (const i of f.index.within(s.start, s.end)) topics.add(f.ks[i]!);
  }
  return topics;
}

/** What an earlier statement settled: the meeting (or none) it was made at, from its sentence on. */
interface Carried {
  meeting: number | null;
  sentenceIndex: number;
  paragraph: string;
}

/**
 * The last meeting reported before a sentence: in the article (background left out), and in each
 * paragraph (background included: it holds the statements of its own paragraph).
 */
function reportedEvents(meetings: readonly ArticleMeeting[], usable: (k: number) => boolean) {
  const reported = new LastAtOrBelow(meetings.flatMap((mt, k) => (usable(k) && !BACKGROUND_SENTENCE.test(mt.sentence.text) ? [{ key: mt.sentence.index, position: k }] : [])));
  const paragraphKey = (mt: ArticleMeeting) => `${mt.sentence.field}\u0000${mt.sentence.paragraph}`;
  const entries = new Map<string, { key: number; position: number }[]>();
  meetings.forEach((mt, k) => usable(k) && (entries.get(paragraphKey(mt)) ?? entries.set(paragraphKey(mt), []).get(paragraphKey(mt))!).push({ key: mt.sentence.index, position: k }));
  const inParagraph = new Map([...entries].map(([key, list]) => [key, new LastAtOrBelow(list)] as const));
  return { reported, inParagraph };
}

/** Whether a sentence opens as an opening address. */
export const isOpeningAddress = (sentence: string) => OPENING_ADDRESS.test(sentence);

export function statementMeetings(meetings: readonly ArticleMeeting[], fieldText: (field: ArticleMeeting['where']['field']) => string, said: readonly SaidSpan[], attendance: Attendance): StatementMeetingLookup {
  const framing = new Set(meetings.flatMap((mt) => (mt.parent !== null && meetings[mt.parent]!.sentence === mt.sentence ? [mt.parent] : [])));
  const topics = topicsOf(meetings, said);
  const bySentence = new Map<number, number[]>();
  meetings.forEach((mt, k) => (bySentence.get(mt.sentence.index) ?? bySentence.set(mt.sentence.index, []).get(mt.sentence.index)!).push(k));
  const usable = (k: number) => !framing.has(k) && !topics.has(k);
  const { reported, inParagraph } = reportedEvents(meetings, usable);
  const explicitAt = (k: number) => {
    const mt = meetings[k]!;
    return AT_MEETING.test(fieldText(mt.where.field).slice(Math.max(mt.sentence.start, mt.where.start - 30), mt.where.start));
  };
  let carried: Carried | null = null;

  const sittings = openingSittings(meetings);
  /** The event reported before the sentence, as what was settled before it or its speaker may change it. */
  const inherited = (q: StatementQuery, all: number[]): number | null => {
    const candidate = inParagraph.get(q.paragraph)?.query(q.sentenceIndex - 1) ?? reported.query(q.sentenceIndex - 1) ?? null;
    if (candidate !== null && q.opening) {
      const sitting = sittings.get(meetings[candidate]!.mention.name);
      if (sitting !== undefined) return settle(q, sitting);
    }
    const since = candidate === null ? -1 : meetings[candidate]!.sentence.index;
    // Nothing reported since an earlier statement settled it: "none" holds within its paragraph.
    if (carried && carried.sentenceIndex > since && (carried.meeting !== null || carried.paragraph === q.paragraph)) return carried.meeting;
    // Talks, receptions, calls and briefings name who took part; a conference's speakers often are not named as its participants.
    if (candidate === null || !meetings[candidate]!.mention.informal) return candidate ?? all[0] ?? null;
    if (q.atNoMeeting === 'notice') return settle(q, null);
    if (q.speaker !== null && !attendance.takesPart(q.speaker, candidate)) {
      // Known at an earlier meeting, and not known at this one (whose parties may not be named).
      const earlier = attendance.lastAttended(q.speaker, q.sentenceIndex - 1);
      if (earlier !== undefined && earlier !== candidate && usable(earlier) && !BACKGROUND_SENTENCE.test(meetings[earlier]!.sentence.text)) return settle(q, earlier);
      // Named first after the meeting, at none: someone asked for comment, not a party whose part went unread.
      const newcomer = attendance.firstNamed(q.speaker) > meetings[candidate]!.sentence.index;
      if (newcomer && attendance.hasAttendees(candidate) && !attendance.attendsAny(q.speaker)) return settle(q, null);
    }
    return candidate ?? all[0] ?? null;
  };
  const settle = (q: StatementQuery, meeting: number | null): number | null => {
    carried = { meeting, sentenceIndex: q.sentenceIndex, paragraph: q.paragraph };
    return meeting;
  };

  return {
    meetingOf: (q) => {
      const all = bySentence.get(q.sentenceIndex) ?? [];
      // A meeting inside what was said, by this speaker or another of the sentence, is its topic
      // ("chúc mừng … tại Đại hội bất thường"), not where it was said.
      const here = all.filter((k) => !(meetings[k]!.where.start >= q.contentStart && meetings[k]!.where.end <= q.contentEnd) && !topics.has(k));
      const explicit = here.find(explicitAt);
      if (explicit !== undefined) return explicit;
      if (q.atNoMeeting === 'record') return settle(q, null);
      const event = here.find((k) => !framing.has(k)) ?? here[0];
      if (event !== undefined) return event;
      return inherited(q, all);
    },
  };
}
