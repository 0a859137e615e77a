// A chair who is the subject of an earlier verb of the sentence: "Ông A dẫn đoàn sang dự lễ kỷ niệm
// … và cùng phía Việt Nam chủ trì <meeting>". The verbs share the subject the sentence opens with, so
// its first person chairs the meeting however long the first verb's clause runs. Read only for a
// meeting no other rule gave a chair (meeting-chairs.ts reads the chair written next to the verb).
import type { ArticleMeeting } from './article-extraction.ts';
import type { MeetingContext } from './extract-meeting.ts';

/** "… và cùng <side> (đồng) chủ trì " right before the meeting. */
const JOINED_CHAIR_VERB = /\svà\s+cùng\s+[^.;:!?,]{1,40}?\s(?:đồng\s+)?chủ trì\s+$/u;
/** How far into its sentence the subject may start: an honorific or title and little else before it. */
const SUBJECT_WITHIN = 20;

export function findSubjectChairs(meetings: ArticleMeeting[], ctx: MeetingContext): void {
  for (const mt of meetings) {
    if (mt.chairs.length > 0) continue;
    const text = ctx.fieldText(mt.where.field);
    if (!JOINED_CHAIR_VERB.test(text.slice(mt.sentence.start, mt.where.start))) continue;
    const subject = ctx.personsIn(mt.sentence).find(({ p }) => p.field === mt.where.field && !p.nominal && p.name);
    if (!subject || subject.p.start - mt.sentence.start > SUBJECT_WITHIN) continue;
    const person = ctx.personOf.get(subject.idx);
    if (person === undefined) continue;
    mt.chairs = [person];
    mt.chairPerson ??= person;
    mt.participants = [...new Set([...mt.participants, person])];
  }
}
