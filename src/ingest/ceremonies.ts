// Ceremonies and press events as meetings: "hai Thủ tướng chứng kiến lễ ký kết một số văn kiện hợp
// tác", "chủ trì lễ tiễn nhà lãnh đạo Lào", "phát biểu tại lễ công bố Kế hoạch X (RMP)", "cùng gặp gỡ
// báo chí"; and named events: "sự kiện \"X\"", "chương trình X do Y tổ chức", "cuộc họp khai mạc Hội đồng X". Named as written, the object up to where the sentence goes on to say when, where or by
// whom. A ceremony witnessed after a talk is attended by the talk's parties.
import { CEREMONY_NEEDS_OBJECT, CEREMONY_OBJECT_STOPS, CEREMONY_VERBS, HELD_PROGRAMME, OPENING_MEETING, PRESS_EVENT, QUOTED_EVENT, WITNESSED_AFTER_TALK } from '../lexicon/ceremony-words.ts';
import { TALK_NAME } from '../lexicon/meeting-roles.ts';
import { fold } from '../text/fold.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { FieldMeetingMention } from './extract-fields.ts';
import type { MeetingMention } from './meetings.ts';
import { sentenceContaining } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';

/** "lễ ký kết", "Lễ mở ký", and "chứng kiến việc ký và trao": group 1 the verb. */
const CEREMONY = new RegExp(`(?<![\\p{L}])(?:[Ll]ễ|(?<=chứng kiến\\s)việc)\\s+(${CEREMONY_VERBS.join('|')})(?![\\p{L}])`, 'gu');
/** One word of the object, or a parenthesis ("(RMP)", "(Công ước Hà Nội)"), and the punctuation after it. */
const OBJECT_WORD = /\s*(\([^()\n]{1,60}\)|[^\s,.;:!?()"“”]+)([,.;:!?]?)/y;
const MAX_OBJECT_WORDS = 24;
const AT_A_DISTANCE = /trực tuyến/u;
const STILL_TO_COME = /^\s*(?:sẽ|dự kiến)(?![\p{L}])/u;
const TO_COME_BEFORE = /(?<![\p{L}])(?:sẽ|dự kiến)\s+(?:[\p{L}]+\s+){0,2}$/u;

/**
 * Where the ceremony's object ends: at punctuation, a line end, a word that starts what is said about
 * it, or a parenthesis, which closes the name it glosses ("Kế hoạch huy động nguồn lực (RMP)",
 * "Quốc khánh (2/9/1945 - 2/9/2025)").
 */
function objectEnd(text: string, from: number): number {
  let pos = from;
  let end = from;
  for (let words = 0; words < MAX_OBJECT_WORDS; words++) {
    OBJECT_WORD.lastIndex = pos;
    const m = OBJECT_WORD.exec(text);
    if (!m || m[0].includes('\n')) break;
    const word = m[1]!;
    if (!word.startsWith('(')) {
      if (CEREMONY_OBJECT_STOPS.has(word)) break;
      // "… Việt Nam và 15 năm quan hệ …" goes on; "… và cùng gặp gỡ báo chí" is another act.
      if (word === 'và') {
        OBJECT_WORD.lastIndex = pos + m[0].length;
        const next = OBJECT_WORD.exec(text)?.[1] ?? '';
        if (!/^[\p{Lu}\d]/u.test(next)) break;
      }
    }
    end = pos + m[0].length - m[2]!.length;
    pos += m[0].length;
    if (m[2] || word.startsWith('(')) break;
  }
  return end;
}

function ceremonyMention(text: string, start: number, end: number, name: string, sentence: Sentence): MeetingMention {
  // "Xuân Quê hương 2026": a year in the name is the event's.
  const year = name.match(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/)?.[1];
  return {
    start, end, text: text.slice(start, end), name, series: null, partner: null, ordinal: null, nameYear: year && !/\d\/\d/.test(name) ? Number(year) : null, acronym: null,
    level: 'OTHER', format: AT_A_DISTANCE.test(sentence.text) ? 'VIRTUAL' : 'IN_PERSON', core: fold(name), informal: true,
  };
}

const covered = (mentions: readonly FieldMeetingMention[], field: Field, start: number, end: number) =>
  mentions.some((x) => x.field === field && x.m.start < end && x.m.end > start);

const capitalised = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** The ceremonies and press events of every field that no meeting mention already covers. */
export function findCeremonies(fields: readonly { field: Field; text: string }[], mentions: readonly FieldMeetingMention[], sentencesByField: Map<Field, Sentence[]>): FieldMeetingMention[] {
  const found: FieldMeetingMention[] = [];
  for (const { field, text } of fields) {
    const sentences = sentencesByField.get(field) ?? [];
    const add = (start: number, end: number, name: string) => {
      const sentence = sentenceContaining(sentences, start);
      if (sentence && !covered(mentions, field, start, end)) found.push({ field, sentence, m: ceremonyMention(text, start, end, name, sentence) });
    };
    let lastCeremony: Sentence | undefined;
    for (const c of text.matchAll(CEREMONY)) {
      const sentence = sentenceContaining(sentences, c.index!);
      // "Tại lễ ký kết …, hai nhà lãnh đạo chứng kiến việc ký và trao X": the signing named again.
      if (c[0].startsWith('việc') && sentence && sentence === lastCeremony) continue;
      lastCeremony = sentence;
      const verbEnd = c.index! + c[0].length;
      const end = objectEnd(text, verbEnd);
      if (end === verbEnd && CEREMONY_NEEDS_OBJECT.includes(c[1]!)) continue;
      // "Lễ trao X sẽ được tổ chức vào …", "sẽ chứng kiến việc ký …": announced, not yet held.
      if (STILL_TO_COME.test(text.slice(end, end + 20)) || TO_COME_BEFORE.test(text.slice(Math.max(0, c.index! - 30), c.index!))) continue;
      add(c.index!, end, `Lễ ${c[1]}${text.slice(verbEnd, end)}`);
    }
    for (const p of text.matchAll(PRESS_EVENT)) add(p.index!, p.index! + p[0].length, capitalised(p[1]!));
    for (const o of text.matchAll(OPENING_MEETING)) {
      const from = o.index! + o[0].length;
      const end = objectEnd(text, from);
      if (end > from) add(o.index!, end, `${capitalised(o[1]!)} ${text.slice(from, end)}`);
    }
    for (const q of text.matchAll(QUOTED_EVENT)) add(q.index!, q.index! + q[0].length, `Sự kiện "${q[1]}"`);
    for (const p of text.matchAll(HELD_PROGRAMME)) add(p.index!, p.index! + 'chương trình '.length + p[1]!.length, `Chương trình ${p[1]}`);
  }
  return found;
}

const NAMED_EVENT = /^(?:Sự kiện|Chương trình|Cuộc họp|Phiên họp) /u;
const isTalk = (mt: ArticleMeeting) => mt.mention.informal && TALK_NAME.test(mt.mention.name) && / (giữa|của) /u.test(mt.mention.name);

/** What a ceremony does, for a ceremony named again: "gặp gỡ báo chí" then "Tại cuộc gặp báo chí". */
const kindOf = (name: string) => (/báo/u.test(name) ? 'press' : (name.split(' ')[1] ?? ''));

/**
 * A ceremony its sentence ties to the talk before it ("Kết thúc hội đàm, hai Thủ tướng chứng kiến lễ
 * trao …") is attended by the talk's parties and held within it, and is that visit's ceremony: the
 * talk's name keeps it apart from another visit's ceremony of the same name. A ceremony of the same
 * kind named again later without its persons is the same one. Meetings are in article order.
 */
export function attendCeremonies(meetings: ArticleMeeting[], ceremonies: ReadonlySet<ArticleMeeting>): void {
  // A talk's parties are known where its sentence names them: every mention of the talk counts.
  const partiesOf = new Map<string, Set<number>>();
  for (const mt of meetings) if (isTalk(mt)) for (const p of mt.participants) (partiesOf.get(mt.mention.name) ?? partiesOf.set(mt.mention.name, new Set()).get(mt.mention.name)!).add(p);
  let lastTalk: number | undefined;
  const attended = new Map<string, ArticleMeeting>();
  meetings.forEach((mt, i) => {
    if (isTalk(mt)) lastTalk = i;
    // A named event ("sự kiện \"X\"", "chương trình X") is held on its own, not as part of a talk.
    if (!ceremonies.has(mt) || mt.participants.length >= 2 || NAMED_EVENT.test(mt.mention.name)) return;
    const same = attended.get(kindOf(mt.mention.name));
    if (same && !WITNESSED_AFTER_TALK.test(mt.sentence.text)) {
      Object.assign(mt, { mention: { ...mt.mention, name: same.mention.name, core: same.mention.core }, participants: same.participants, parent: same.parent });
      return;
    }
    if (lastTalk === undefined || !WITNESSED_AFTER_TALK.test(mt.sentence.text)) return;
    const talk = meetings[lastTalk]!;
    mt.participants = [...new Set([...mt.participants, ...(partiesOf.get(talk.mention.name) ?? [])])];
    mt.mention = { ...mt.mention, core: fold(`${mt.mention.name} ${talk.mention.name}`) };
    mt.parent = lastTalk;
    attended.set(kindOf(mt.mention.name), mt);
  });
}

/**
 * The headline's ceremony is the one the body tells of first with the same verb ("Lễ kỷ niệm 80 năm
 * Quốc khánh …" in both, worded apart): the body's mention takes the headline's name, so they are one.
 */
export function joinHeadlineCeremonies(meetings: ArticleMeeting[], ceremonies: ReadonlySet<ArticleMeeting>): void {
  const headline = new Map<string, MeetingMention>();
  for (const mt of meetings) {
    if (!ceremonies.has(mt)) continue;
    const verb = mt.mention.name.split(' ')[1] ?? '';
    if (mt.where.field === 'TITLE') {
      if (!headline.has(verb)) headline.set(verb, mt.mention);
      continue;
    }
    const title = headline.get(verb);
    if (!title) continue;
    headline.delete(verb);
    mt.mention = { ...mt.mention, name: title.name, core: title.core };
  }
}
