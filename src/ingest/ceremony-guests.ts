// The guests of a ceremony, listed in a sentence of their own after it: "Tham dự buổi lễ có Ủy viên
// Bộ Chính trị A; Bộ trưởng B; Chủ tịch Hạ viện Anh C …". The sentence names the ceremony back by its
// noun ("buổi lễ", "lễ kỷ niệm"); only a ceremony the article names before it can take the guests, so
// "Dự lễ đón có …" after no welcome ceremony adds nobody anywhere.
import type { ArticleMeeting } from './article-extraction.ts';
import type { IndexedPerson } from './extract-meeting.ts';
import type { Sentence } from './sentences.ts';

/** "Tham dự buổi lễ có", "Dự lễ kỷ niệm còn có": group 1 the ceremony's verb, when written. */
const GUESTS_OF = /^(?:Tham dự|Cùng dự|Dự)\s+(?:buổi lễ|lễ(?:\s+(\p{Ll}+(?: \p{Ll}+)?))?)\s+(?:còn\s+|cũng\s+)?có\s/u;

const fieldOrder = (field: string) => (field === 'TITLE' ? 0 : 1);
const before = (a: { field: string; at: number }, b: { field: string; at: number }) =>
  fieldOrder(a.field) < fieldOrder(b.field) || (a.field === b.field && a.at < b.at);

/**
 * Adds the persons of each guest-list sentence to the last ceremony before it whose verb it names
 * (any ceremony for "buổi lễ"). One walk over the sentences and the ceremonies, both in article order.
 */
export function addCeremonyGuests(meetings: ArticleMeeting[], ceremonies: ReadonlySet<ArticleMeeting>, sentences: readonly Sentence[], personsIn: (s: Sentence) => IndexedPerson[], personOf: Map<number, number>): void {
  const held = meetings.filter((mt) => ceremonies.has(mt));
  if (held.length === 0) return;
  let k = 0;
  const lastByVerb = new Map<string, ArticleMeeting>();
  let last: ArticleMeeting | undefined;
  for (const sentence of sentences) {
    const list = sentence.text.match(GUESTS_OF);
    if (!list) continue;
    const here = { field: sentence.field, at: sentence.start };
    for (; k < held.length && before({ field: held[k]!.where.field, at: held[k]!.where.start }, here); k++) {
      last = held[k]!;
      lastByVerb.set(verbOf(last.mention.name), last);
    }
    const to = list[1] ? lastByVerb.get(list[1].split(' ')[0]!) : last;
    if (!to) continue;
    const guests = personsIn(sentence).filter(({ p }) => p.field === sentence.field && !p.nominal).map(({ idx }) => personOf.get(idx)).filter((x): x is number => x !== undefined);
    to.participants = [...new Set([...to.participants, ...guests])];
  }
}

/** The first word of what a ceremony does: "Lễ kỷ niệm 80 năm …" → "kỷ", "Lễ tiễn …" → "tiễn". */
const verbOf = (name: string) => name.split(' ')[1] ?? '';
