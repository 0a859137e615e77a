// Talks named again without their parties: "Tại hội đàm, …", "hai Thủ tướng tiến hành hội đàm",
// "Cuộc hội kiến kéo dài 30 phút", "tại cuộc gặp với Tổng Bí thư X". Each such word is another
// mention of the article's talk of that kind, so the sentence around it (its date, place and the
// statements made in it) is about that talk. When the article has no such talk with named parties,
// the two first persons named in the sentence are its parties ("A chủ trì lễ đón B; ngay sau đó,
// hai nguyên thủ tiến hành hội đàm").
import { TALK_NAME, TALK_NOUN } from '../lexicon/meeting-roles.ts';
import { fold } from '../text/fold.ts';
import type { FieldMeetingMention, FieldPersonMention } from './extract-fields.ts';
import type { MeetingMention } from './meetings.ts';
import { sentenceContaining } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';
import { mapPacked } from './packed.ts';

/** The head of the talk a bare noun points at, by the noun as written (folded). */
const HEAD_OF_NOUN: Record<string, string[]> = {
  'hoi dam': ['Hội đàm', 'Hội đàm trực tuyến'],
  'hoi kien': ['Hội kiến'],
  'dien dam': ['Điện đàm'],
  gap: ['Cuộc gặp'],
};

/** Informal meetings of meetings.ts that can be a talk named again ("cuộc gặp với X", "cuộc hội đàm"). */
const INFORMAL_TALK = /^(cuộc|buổi) (gặp|gặp gỡ|hội đàm|hội kiến|điện đàm|tiếp|làm việc)\b/iu;

const headOf = (name: string) => name.match(TALK_NAME)?.[1] ?? null;
/** A talk found by its verb names both its parties ("Hội đàm giữa A và B", "Cuộc tiếp B của A"). */
const isVerbTalk = (m: MeetingMention) => m.informal && headOf(m.name) !== null && / (giữa|của) /u.test(m.name);
const order = (x: FieldMeetingMention) => (x.field === 'TITLE' ? 0 : 1e9) + x.m.start;

/** The talks of a kind that a reference at `at` can point at: the last before it, and the first after. */
function referents(talks: FieldMeetingMention[], heads: string[], at: number): { before?: FieldMeetingMention; after?: FieldMeetingMention } {
  const kind = talks.filter((t) => heads.includes(headOf(t.m.name) ?? ''));
  return { before: kind.filter((t) => order(t) <= at).at(-1), after: kind.find((t) => order(t) > at) };
}

function again(of: MeetingMention, text: string, start: number, end: number): MeetingMention {
  return { ...of, start, end, text: text.slice(start, end) };
}

/**
 * Parties from the paragraph up to the noun: the last person named before the noun and, before that one, the last
 * of another name and (when both are known) another country: the two sides of the talk.
 */
function fromSentence(sentence: Sentence, paragraphStart: number, persons: readonly FieldPersonMention[], head: string, text: string, start: number, end: number): MeetingMention | undefined {
  const inSentence = persons.filter((p) => p.field === sentence.field && p.start >= paragraphStart && !p.nominal && p.name && p.end <= start);
  const second = inSentence.at(-1);
  const first = inSentence.findLast((p) => second && p.name !== second.name && (p.countryCode === null || second.countryCode === null || p.countryCode !== second.countryCode));
  if (!first || !second) return undefined;
  return partiesTalk(head, first, second, text, start, end);
}

/**
 * Parties after the noun, in its sentence ("Sau cuộc hội đàm sáng 28/4 tại Hà Nội, Thủ tướng A cho biết
 * chuyến thăm của Thủ tướng Nhật Bản B …"): the first person named after it and the next of another
 * name and (when both are known) another country. Read only when the article names no such talk anywhere with its parties.
 */
function fromSentenceAfter(sentence: Sentence, persons: readonly FieldPersonMention[], head: string, text: string, start: number, end: number): MeetingMention | undefined {
  const after = persons.filter((p) => p.field === sentence.field && p.start >= end && p.end <= sentence.end && !p.nominal && p.name);
  const first = after[0];
  const second = after.find((p) => first && p.name !== first.name && (p.countryCode === null || first.countryCode === null || p.countryCode !== first.countryCode));
  if (!first || !second) return undefined;
  return partiesTalk(head, first, second, text, start, end);
}

function partiesTalk(head: string, first: FieldPersonMention, second: FieldPersonMention, text: string, start: number, end: number): MeetingMention {
  const name = `${head} giữa ${first.text} và ${second.text}`;
  return { start, end, text: text.slice(start, end), name, series: null, partner: null, ordinal: null, nameYear: null, acronym: null, level: 'OTHER', format: head === 'Điện đàm' ? 'VIRTUAL' : null, core: fold(name), informal: true };
}

/** Whether [start, end) lies inside one of the mentions. */
const covered = (mentions: readonly FieldMeetingMention[], field: Field, start: number, end: number) => mentions.some((x) => x.field === field && x.m.start <= start && x.m.end >= end);

/**
 * New mentions for the bare talk nouns of the article, and informal meetings of meetings.ts renamed
 * to the talk they name again (their persons are all parties of that talk).
 */
export function talkReferences(fields: readonly { field: Field; text: string }[], mentions: FieldMeetingMention[], persons: readonly FieldPersonMention[], sentencesByField: Map<Field, Sentence[]>): FieldMeetingMention[] {
  const talks = mentions.filter((x) => isVerbTalk(x.m));
  renameInformalTalks(mentions, talks, persons);
  // No talk and fewer than two named persons: no noun can point anywhere.
  if (talks.length === 0 && persons.filter((p) => !p.nominal).length < 2) return [];
  const found: FieldMeetingMention[] = [];
  for (const { field, text } of fields) {
    const sentences = sentencesByField.get(field) ?? [];
    for (const noun of text.matchAll(TALK_NOUN)) {
      const start = noun.index!;
      const end = start + noun[0].length;
      if (covered(mentions, field, start, end) || covered(found, field, start, end)) continue;
      const sentence = sentenceContaining(sentences, start);
      if (!sentence) continue;
      const heads = HEAD_OF_NOUN[fold(noun[1]!)]!;
      const { before, after } = referents([...talks, ...found], heads, (field === 'TITLE' ? 0 : 1e9) + start);
      const paragraphStart = sentences.find((x) => x.paragraph === sentence.paragraph)!.start;
      const own = before ? undefined : fromSentence(sentence, paragraphStart, persons, heads[0]!, text, start, end) ?? (after ? undefined : fromSentenceAfter(sentence, persons, heads[0]!, text, start, end));
      const to = before ?? (own ? undefined : after);
      const m = to ? again(to.m, text, start, end) : own;
      if (m) found.push({ field, sentence, m });
    }
  }
  return found;
}

/** "tại cuộc gặp với Tổng Bí thư X": the talk with X found by its verb, named again. */
function renameInformalTalks(mentions: FieldMeetingMention[], talks: FieldMeetingMention[], persons: readonly FieldPersonMention[]): void {
  for (const x of mentions) {
    if (!x.m.informal || isVerbTalk(x.m) || !INFORMAL_TALK.test(x.m.text)) continue;
    const inside = mapPacked(persons.filter((p) => p.field === x.field && p.name && p.start >= x.m.start && p.end <= x.m.end), (p) => p.name!);
    if (inside.length === 0) continue;
    const to = talks.filter((t) => inside.every((n) => t.m.name.includes(n))).at(-1);
    if (to) x.m = { ...to.m, start: x.m.start, end: x.m.end, text: x.m.text };
  }
}
