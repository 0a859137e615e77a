// Talks named only by their verb: "Bộ trưởng A đã hội đàm với Ngoại trưởng B" is a meeting of A and B
// though no meeting name is written. The lookups search the field's named persons (in text order)
// near the verb instead of filtering all of them per verb, which was quadratic on long pages.
import { TALK, TALK_VERBS, type TalkVerb } from '../lexicon/meeting-roles.ts';
import { fold } from '../text/fold.ts';
import type { FieldMeetingMention, FieldPersonMention } from './extract-fields.ts';
import type { MeetingMention } from './meetings.ts';
import { sentenceContaining } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';
import { firstStartingAtOrAfter } from './span-index.ts';

/** The last named person ending at or before `at` that `ok` accepts, among those that can end at or after `from`. */
type LastEnding = (at: number, from: number, ok: (p: FieldPersonMention) => boolean) => FieldPersonMention | undefined;

/** The talks of every field, in field order then text order. */
export function findTalks(fields: readonly { field: Field; text: string }[], personMentions: readonly FieldPersonMention[], sentencesByField: Map<Field, Sentence[]>, lastSentence: Sentence): FieldMeetingMention[] {
  const talks: FieldMeetingMention[] = [];
  for (const { field, text } of fields) {
    const named = personMentions.filter((p) => p.field === field && !p.nominal && p.name);
    if (named.length < 2) continue;
    const longest = Math.max(...named.map((p) => p.end - p.start));
    const lastEnding: LastEnding = (at, from, ok) => {
      for (let k = firstStartingAtOrAfter(named, at + 1) - 1; k >= 0 && named[k]!.start >= from - longest; k--) if (named[k]!.end <= at && ok(named[k]!)) return named[k];
      return undefined;
    };
    const fieldSentences = sentencesByField.get(field) ?? [];
    for (const talk of text.matchAll(TALK)) {
      const m = talkMention(talk, text, named, lastEnding);
      if (m) talks.push({ field, sentence: sentenceContaining(fieldSentences, talk.index!) ?? lastSentence, m });
    }
  }
  return talks;
}

/** The meeting a talk verb names, when both its parties are named where the verb wants them. */
function talkMention(talk: RegExpMatchArray, text: string, named: readonly FieldPersonMention[], lastEnding: LastEnding): MeetingMention | undefined {
  const at = talk.index!;
  const end = at + talk[0].length;
  const verb = TALK_VERBS.find((t) => t.verb === talk[1])!;
  const before = lastEnding(at, at - 24, (p) => !/[.!?,;]/.test(text.slice(p.end, at)) && text.slice(p.end, at).length < 25);
  const next = named[firstStartingAtOrAfter(named, end)];
  if (verb.parties === 'RECEIVES') {
    const after = next?.start === end ? next : undefined;
    if (!before || !after || talk[2]) return undefined;
    return informalMeeting(text, at, after.end, `${verb.head} ${after.text} của ${before.text}`, null);
  }
  const after = verb.parties === 'BEFORE_ONLY' ? undefined : next && next.start - end < 80 ? next : undefined;
  const parties = talkParties(verb, Boolean(talk[2]), text, before, after, lastEnding);
  if (!parties) return undefined;
  const [first, second] = parties;
  const spanStart = Math.min(at, first.start);
  const spanEnd = Math.max(second.end, at + verb.verb.length);
  return informalMeeting(text, spanStart, spanEnd, `${verb.head} giữa ${first.text} và ${second.text}`, verb.format);
}

/** The two parties: "A hội đàm với B", or "A và B hội đàm" (both named before the verb). */
function talkParties(verb: TalkVerb, withWord: boolean, text: string, before: FieldPersonMention | undefined, after: FieldPersonMention | undefined, lastEnding: LastEnding): [FieldPersonMention, FieldPersonMention] | undefined {
  if (withWord && after) return before ? [before, after] : undefined;
  if (withWord && verb.parties !== 'BEFORE_ONLY') return undefined;
  if (!before) return undefined;
  const first = lastEnding(before.start, vaGapStart(text, before.start), (p) => /^\s*và\s*$/u.test(text.slice(p.end, before.start)));
  return first ? [first, before] : undefined;
}

function informalMeeting(text: string, start: number, end: number, name: string, format: 'VIRTUAL' | null): MeetingMention {
  return { start, end, text: text.slice(start, end), name, series: null, partner: null, ordinal: null, nameYear: null, acronym: null, level: 'OTHER', format, core: fold(name), informal: true };
}

/** Where a gap matching /^\s*và\s*$/ before `pos` can start at the earliest (pos itself when none can). */
function vaGapStart(text: string, pos: number): number {
  let a = pos;
  while (a > 0 && /\s/.test(text[a - 1]!)) a -= 1;
  if (a < 2 || text.slice(a - 2, a) !== 'và') return pos;
  let b = a - 2;
  while (b > 0 && /\s/.test(text[b - 1]!)) b -= 1;
  return b;
}
