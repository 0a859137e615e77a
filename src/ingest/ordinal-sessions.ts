// Earlier sessions of a series named by head and number alone: "Kỳ họp thứ 31 được tổ chức tại Hà
// Nội năm 2013", in an article about "Kỳ họp thứ 39 Ủy ban liên Chính phủ Việt Nam - Cuba". A head
// with a number and no name after it is that numbered session of the series the article names with
// the same head and another number.
import { fold } from '../text/fold.ts';
import type { FieldMeetingMention } from './extract-fields.ts';
import { meetingCore, type MeetingMention } from './meetings.ts';
import { sentenceContaining } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';

/** Heads a series numbers its sessions with. */
const HEADS = ['kỳ họp', 'khóa họp', 'phiên họp'];
/** "Kỳ họp thứ 31", "kỳ họp lần thứ 29", not followed by a name (a capital) or a digit. */
const NUMBERED = new RegExp(`(?<![\\p{L}])(${HEADS.join('|')})\\s+((?:lần\\s+)?thứ\\s+(\\d{1,3}))(?![\\p{L}\\d])`, 'giu');
/** After the number, a name (a capital, case-sensitive: the head's pattern ignores case) or "(". */
const NAME_AFTER = /^\s*(?:\p{Lu}|\()/u;
/** The head and number that open a named session: "Kỳ họp thứ 39 …", "Kỳ họp lần thứ 39 …". */
const NAMED_OPENING = /^(\p{L}+ \p{L}+) (?:lần )?thứ \d{1,3}(?= )/u;

/** The named sessions the article gives, by folded head: the first of each. */
function namedSessions(mentions: readonly FieldMeetingMention[]): Map<string, MeetingMention> {
  const byHead = new Map<string, MeetingMention>();
  for (const { m } of mentions) {
    if (m.informal || m.ordinal === null) continue;
    const head = m.name.match(NAMED_OPENING)?.[1];
    if (head && !byHead.has(fold(head))) byHead.set(fold(head), m);
  }
  return byHead;
}

export function ordinalSessions(fields: readonly { field: Field; text: string }[], mentions: readonly FieldMeetingMention[], sentencesByField: Map<Field, Sentence[]>): FieldMeetingMention[] {
  const named = namedSessions(mentions);
  if (named.size === 0) return [];
  const found: FieldMeetingMention[] = [];
  for (const { field, text } of fields) {
    for (const w of text.matchAll(NUMBERED)) {
      const series = named.get(fold(w[1]!));
      const ordinal = Number(w[3]);
      const start = w.index!;
      const end = start + w[0].length;
      if (!series || series.ordinal === ordinal || NAME_AFTER.test(text.slice(end, end + 3))) continue;
      const sentence = sentenceContaining(sentencesByField.get(field) ?? [], start);
      if (!sentence) continue;
      const name = series.name.replace(NAMED_OPENING, (_all, head: string) => `${head} ${w[2]}`);
      found.push({ field, sentence, m: { ...series, start, end, text: w[0], name, ordinal, nameYear: null, core: meetingCore(name), format: null } });
    }
  }
  return found;
}
