// A session of a conference ("phiên toàn thể", "lễ bế mạc") is held within it: its parent is the
// conference head-references.ts found it under, unless the text framed it otherwise. A meeting the
// same sentence also calls a session ("Ngoài phiên toàn thể, lãnh đạo còn có các phiên đối thoại
// với X") is another session of that conference.
import type { ArticleMeeting } from './article-extraction.ts';
import type { SessionLink } from './head-references.ts';
import type { Field } from './sentences.ts';

/** Written right before a meeting that is a session: "các phiên đối thoại với …", "phiên họp". */
const SESSION_BEFORE = /(?:^|\s)phiên\s*$/iu;

export function linkSessions(meetings: ArticleMeeting[], sessions: readonly SessionLink[], fieldText: (field: Field) => string): void {
  if (sessions.length === 0) return;
  const indexOf = new Map(meetings.map((mt, k) => [mt.mention, k]));
  const conferenceOfSentence = new Map<number, number>();
  for (const { child, parent } of sessions) {
    const c = indexOf.get(child);
    const p = indexOf.get(parent);
    if (c === undefined || p === undefined) continue;
    if (meetings[c]!.parent === null) meetings[c]!.parent = p;
    conferenceOfSentence.set(meetings[c]!.sentence.index, meetings[c]!.parent!);
  }
  meetings.forEach((mt, k) => {
    const conference = conferenceOfSentence.get(mt.sentence.index);
    if (conference === undefined || conference === k || mt.parent !== null) return;
    const before = fieldText(mt.where.field).slice(Math.max(mt.sentence.start, mt.where.start - 12), mt.where.start);
    if (SESSION_BEFORE.test(before)) mt.parent = conference;
  });
}
