// Talks named only by their verb: "Bộ trưởng A đã hội đàm với Ngoại trưởng B" is a meeting of A and B
// though no meeting name is written. The lookups search the field's named persons (in text order)
// near the verb instead of filtering all of them per verb, which was quadratic on long pages.
import { TALK, TALK_VERBS, type TalkVerb } from '../lexicon/meeting-roles.ts';
import { TITLES } from '../lexicon/titles.ts';
import { fold } from '../text/fold.ts';
import type { FieldMeetingMention, FieldPersonMention } from './extract-fields.ts';
import type { MeetingMention } from './meetings.ts';
import { sentenceContaining } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';
import { firstStartingAtOrAfter } from './span-index.ts';
import { talkPartyText } from './talk-party-text.ts';
import { hostAfterClause } from './host-after-clause.ts';

/** The last named person ending at or before `at` that `ok` accepts, among those that can end at or after `from`. */
type LastEnding = (at: number, from: number, ok: (p: FieldPersonMention) => boolean) => FieldPersonMention | undefined;

/** The talks of every field, in field order then text order. */
export function findTalks(fields: readonly { field: Field; text: string }[], personMentions: readonly FieldPersonMention[], sentencesByField: Map<Field, Sentence[]>, lastSentence: Sentence, nameOf: (idx: number) => string | null = () => null): FieldMeetingMention[] {
  const talks: FieldMeetingMention[] = [];
  for (const { field, text } of fields) {
    // A title alone ("Thủ tướng đã gặp …") stands for the person it refers to, named as that person.
    const named = personMentions.flatMap((p, idx) => {
      if (p.field !== field) return [];
      if (!p.nominal) return p.name ? [p] : [];
      const name = nameOf(idx);
      return name ? [{ ...p, text: name, name }] : [];
    });
    if (named.length < 2) continue;
    const longest = Math.max(...named.map((p) => p.end - p.start));
    const lastEnding: LastEnding = (at, from, ok) => {
      for (let k = firstStartingAtOrAfter(named, at + 1) - 1; k >= 0 && named[k]!.start >= from - longest; k--) if (named[k]!.end <= at && ok(named[k]!)) return named[k];
      return undefined;
    };
    const fieldSentences = sentencesByField.get(field) ?? [];
    for (const talk of text.matchAll(TALK)) {
      for (const m of talkMentions(talk, text, named, lastEnding)) talks.push({ field, sentence: sentenceContaining(fieldSentences, talk.index!) ?? lastSentence, m });
    }
  }
  return talks;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A title opening the words before a person's name. */
const TITLE_START = new RegExp(`^(?:${TITLES.map((t) => escape(t.title)).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'u');
/** Titles, each closed by a comma, and nothing else: no sentence punctuation, no line end. */
const COMMA_CLOSED = /^[^.;:!?()\n"“”]{1,120},\s*$/u;
const isTitleChain = (gap: string) => TITLE_START.test(gap) && COMMA_CLOSED.test(gap);

/** Verbs whose second party must follow "với" ("làm việc với B"): without it the words mean something else. */
const NEEDS_WITH = new Set(['làm việc']);
/** "trực tiếp", "kế tiếp", "đón tiếp": "tiếp" as the second syllable of another word. */
const NOT_BEFORE_TIEP = /(?:trực|gián|kế|liên|đón|chuyển|tiếp)\s+$/iu;

/** The meetings a talk verb names, when both its parties are named where the verb wants them. */
function talkMentions(talk: RegExpMatchArray, text: string, named: readonly FieldPersonMention[], lastEnding: LastEnding): MeetingMention[] {
  const at = talk.index!;
  const end = at + talk[0].length;
  const verb = TALK_VERBS.find((t) => t.verb === talk[1])!;
  const withWord = Boolean(talk[2]);
  if (NEEDS_WITH.has(verb.verb) && !withWord) return [];
  if (verb.verb === 'tiếp' && NOT_BEFORE_TIEP.test(text.slice(Math.max(0, at - 8), at))) return [];
  const before = lastEnding(at, at - 40, (p) => !/[.!?,;:]/.test(text.slice(p.end, at)) && text.slice(p.end, at).length < 40);
  const next = named[firstStartingAtOrAfter(named, end)];
  // "A hội kiến B", "A tiếp B": the second party right after the verb, or after the titles it holds
  // besides the one its name is written with ("tiếp Chủ tịch Quốc hội X, Chủ tịch Hội đồng Nhà nước Y Z").
  const adjacent = next && (next.start - end <= 1 || isTitleChain(text.slice(end, next.start))) ? next : undefined;
  if (verb.parties === 'RECEIVES') {
    if (!adjacent || withWord) return [];
    // "Tháng 9, tiếp B đang thăm …, A đề nghị": the host named after the guest's clause.
    const host = before ? undefined : hostAfterClause(text, named, at, adjacent);
    if (host) return [informalMeeting(text, at, host.end, `${verb.head} ${talkPartyText(adjacent)} của ${talkPartyText(host)}`, null)];
    if (!before) return [];
    return enumeratedAfter(text, named, adjacent).flatMap((guest, k) =>
      withEnumerated(text, before, at, lastEnding, (host) => informalMeeting(text, k === 0 ? Math.min(at, host.start) : guest.start, guest.end, `${verb.head} ${talkPartyText(guest)} của ${talkPartyText(host)}`, null)));
  }
  const after = verb.parties === 'BEFORE_ONLY' ? undefined : withWord ? (next && next.start - end < 80 ? next : undefined) : adjacent;
  const parties = talkParties(verb, withWord || Boolean(adjacent), text, before, after, lastEnding);
  if (!parties) return [];
  const [first] = parties;
  const seconds = after ? enumeratedAfter(text, named, parties[1]) : [parties[1]];
  return seconds.flatMap((second, k) => {
    // "A và B hội đàm" where both words name the same person (a title standing for the one named before): no talk.
    if (first.name === second.name) return [];
    // A later person of the list is written apart from the verb: its talk spans that person only, so the
    // persons listed before it are not taken for its parties.
    const from = (one: FieldPersonMention) => (k === 0 ? Math.min(at, one.start) : second.start);
    const make = (one: FieldPersonMention) => informalMeeting(text, from(one), Math.max(second.end, k === 0 ? at + verb.verb.length : second.end), `${verb.head} giữa ${talkPartyText(one)} và ${talkPartyText(second)}`, verb.format);
    return after ? withEnumerated(text, first, at, lastEnding, make) : [make(first)];
  });
}

/** Between two named persons of a list: "B, C và D". */
const LIST_GAP = /^\s*(?:,|và|,\s*và)\s*$/u;
/** The most persons a list after a talk verb is read for: a bound, so a page-long list stays linear. */
const MAX_LISTED = 8;

/**
 * "A gặp B và C", "A trao đổi trực tuyến với B, C và D": the second party and the persons listed
 * after it, one talk each.
 */
function enumeratedAfter(text: string, named: readonly FieldPersonMention[], second: FieldPersonMention): FieldPersonMention[] {
  const list = [second];
  let k = firstStartingAtOrAfter(named, second.end);
  // Only persons named in the list: a title after a name ("ông X, Thứ trưởng Bộ Y") is that person again.
  while (list.length < MAX_LISTED && named[k] && !named[k]!.nominal && LIST_GAP.test(text.slice(list.at(-1)!.end, named[k]!.start))) list.push(named[k++]!);
  return list;
}

/**
 * "A và B lần lượt tiếp C": one meeting per host. Otherwise the one meeting of the subject.
 */
function withEnumerated(text: string, subject: FieldPersonMention, at: number, lastEnding: LastEnding, make: (host: FieldPersonMention) => MeetingMention): MeetingMention[] {
  if (!/lần lượt/u.test(text.slice(subject.end, at))) return [make(subject)];
  const other = lastEnding(subject.start, vaGapStart(text, subject.start), (p) => /^\s*và\s*$/u.test(text.slice(p.end, subject.start)));
  return other ? [make(other), make(subject)] : [make(subject)];
}

/** The two parties: "A hội đàm với B", "A hội kiến B", or "A và B hội đàm" (both named before the verb). */
function talkParties(verb: TalkVerb, withSecond: boolean, text: string, before: FieldPersonMention | undefined, after: FieldPersonMention | undefined, lastEnding: LastEnding): [FieldPersonMention, FieldPersonMention] | undefined {
  if (withSecond && after) return before ? [before, after] : undefined;
  if (withSecond && verb.parties !== 'BEFORE_ONLY') return undefined;
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
