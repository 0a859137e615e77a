// The meeting a statement was made at. Explicit: "phát biểu tại X", "tại cuộc hội đàm" in its
// sentence. Otherwise the event its sentence reports, and when the sentence names none, the event
// the article was last reporting before it: news gives a talk one sentence ("Tiếp đó, hai Thủ tướng
// tiến hành hội đàm") and what each side said in the paragraphs after. A meeting that only frames
// another of its sentence ("bên lề X", "trong khuôn khổ X") is not the one reported.
import type { ArticleMeeting } from './article-extraction.ts';
import { LastAtOrBelow } from './span-index.ts';

/**
 * A sentence told as background ("Trước đó, ngày 15/9, …", "Hai Bộ trưởng từng hội đàm …"): its
 * meeting holds the statements of its own paragraph, not those of the paragraphs after it.
 */
// Not "\b" after the opener: JavaScript's \b is ASCII-only, and "đó" ends in a letter it does not know.
const BACKGROUND = /^\s*(?:Trước đó|Hồi|Lần gần nhất|Trước khi)(?=[\s,;:]|$)|\btừng\s/u;

/** Written right before the meeting a statement was made at: "tại", "phát biểu tại cuộc", "trong phiên". */
const AT_MEETING = /(?:tại|trong|ở)\s+(?:các\s+)?(?:cuộc|buổi|phiên|lễ)?\s*$/iu;

export interface StatementMeetingLookup {
  /** The meeting of a statement of that sentence, whose content spans [contentStart, contentEnd) (-1 when unknown). */
  meetingOf: (sentenceIndex: number, contentStart: number, contentEnd: number, paragraph: string) => number | null;
}

/** What a statement said, as a span of its field. */
export interface SaidSpan {
  field: ArticleMeeting['where']['field'];
  start: number;
  end: number;
}

/**
 * A meeting named only inside what someone said ("bà Hằng nói … cuộc họp trực tuyến với …") is
 * a topic: it is not the event the article goes on reporting.
 */
function saidOnly(mt: ArticleMeeting, said: readonly SaidSpan[]): boolean {
  return said.some((s) => s.field === mt.where.field && mt.where.start >= s.start && mt.where.end <= s.end);
}

export function statementMeetings(meetings: readonly ArticleMeeting[], fieldText: (field: ArticleMeeting['where']['field']) => string, said: readonly SaidSpan[] = []): StatementMeetingLookup {
  const framing = new Set(meetings.flatMap((mt) => (mt.parent !== null && meetings[mt.parent]!.sentence === mt.sentence ? [mt.parent] : [])));
  const bySentence = new Map<number, number[]>();
  meetings.forEach((mt, k) => (bySentence.get(mt.sentence.index) ?? bySentence.set(mt.sentence.index, []).get(mt.sentence.index)!).push(k));
  const usable = (mt: ArticleMeeting, k: number) => !framing.has(k) && !saidOnly(mt, said);
  const reported = new LastAtOrBelow(meetings.flatMap((mt, k) => (usable(mt, k) && !BACKGROUND.test(mt.sentence.text) ? [{ key: mt.sentence.index, position: k }] : [])));
  const inParagraph = new Map<string, LastAtOrBelow>();
  const paragraphKey = (mt: ArticleMeeting) => `${mt.sentence.field}\u0000${mt.sentence.paragraph}`;
  const entries = new Map<string, { key: number; position: number }[]>();
  meetings.forEach((mt, k) => usable(mt, k) && (entries.get(paragraphKey(mt)) ?? entries.set(paragraphKey(mt), []).get(paragraphKey(mt))!).push({ key: mt.sentence.index, position: k }));
  for (const [key, list] of entries) inParagraph.set(key, new LastAtOrBelow(list));
  const explicitAt = (k: number) => {
    const mt = meetings[k]!;
    return AT_MEETING.test(fieldText(mt.where.field).slice(Math.max(mt.sentence.start, mt.where.start - 30), mt.where.start));
  };
  return {
    meetingOf: (sentenceIndex, contentStart, contentEnd, paragraph) => {
      const all = bySentence.get(sentenceIndex) ?? [];
      // A meeting inside what was said, by this speaker or another of the sentence, is its topic
      // ("chúc mừng … tại Đại hội bất thường"), not where it was said.
      const here = all.filter((k) => !(meetings[k]!.where.start >= contentStart && meetings[k]!.where.end <= contentEnd) && !saidOnly(meetings[k]!, said));
      const explicit = here.find(explicitAt);
      if (explicit !== undefined) return explicit;
      const event = here.find((k) => !framing.has(k)) ?? here[0];
      if (event !== undefined) return event;
      return inParagraph.get(paragraph)?.query(sentenceIndex - 1) ?? reported.query(sentenceIndex - 1) ?? all[0] ?? null;
    },
  };
}
