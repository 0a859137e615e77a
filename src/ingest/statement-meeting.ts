// The meeting a statement was made at. Explicit: "phát biểu tại X", "tại cuộc hội đàm" in its
// sentence. Otherwise the event its sentence reports, and when the sentence names none, the event
// the article was last reporting before it: news gives a talk one sentence ("Tiếp đó, hai Thủ tướng
// tiến hành hội đàm") and what each side said in the paragraphs after. A meeting that only frames
// another of its sentence ("bên lề X", "trong khuôn khổ X") is not the one reported.
import type { ArticleMeeting } from './article-extraction.ts';
import { LastAtOrBelow } from './span-index.ts';

/** Written right before the meeting a statement was made at: "tại", "phát biểu tại cuộc", "trong phiên". */
const AT_MEETING = /(?:tại|trong|ở)\s+(?:các\s+)?(?:cuộc|buổi|phiên|lễ)?\s*$/iu;

export interface StatementMeetingLookup {
  /** The meeting of a statement of that sentence, whose content spans [contentStart, contentEnd) (-1 when unknown). */
  meetingOf: (sentenceIndex: number, contentStart: number, contentEnd: number) => number | null;
}

export function statementMeetings(meetings: readonly ArticleMeeting[], fieldText: (field: ArticleMeeting['where']['field']) => string): StatementMeetingLookup {
  const framing = new Set(meetings.flatMap((mt) => (mt.parent !== null && meetings[mt.parent]!.sentence === mt.sentence ? [mt.parent] : [])));
  const bySentence = new Map<number, number[]>();
  meetings.forEach((mt, k) => (bySentence.get(mt.sentence.index) ?? bySentence.set(mt.sentence.index, []).get(mt.sentence.index)!).push(k));
  const reported = new LastAtOrBelow(meetings.flatMap((mt, k) => (framing.has(k) ? [] : [{ key: mt.sentence.index, position: k }])));
  const explicitAt = (k: number) => {
    const mt = meetings[k]!;
    return AT_MEETING.test(fieldText(mt.where.field).slice(Math.max(mt.sentence.start, mt.where.start - 30), mt.where.start));
  };
  return {
    meetingOf: (sentenceIndex, contentStart, contentEnd) => {
      const all = bySentence.get(sentenceIndex) ?? [];
      // A meeting inside what was said is its topic ("chúc mừng … tại Đại hội bất thường"), not where it was said.
      const here = all.filter((k) => !(meetings[k]!.where.start >= contentStart && meetings[k]!.where.end <= contentEnd));
      const explicit = here.find(explicitAt);
      if (explicit !== undefined) return explicit;
      const event = here.find((k) => !framing.has(k)) ?? here[0];
      if (event !== undefined) return event;
      return reported.query(sentenceIndex - 1) ?? all[0] ?? null;
    },
  };
}
