// Meetings named again by their head alone ("hội nghị", "Tuần lễ cấp cao", "kỳ họp"), and the
// sessions of a conference named by their kind ("Tại phiên toàn thể, …", "lễ bế mạc", "phiên
// thảo luận chung"). A head alone is another mention of the article's last meeting with that head,
// so its sentence (a statement, "bên lề …") is about that meeting. A session is a meeting of its
// own, held within the conference the article reports.
import { BACKGROUND_SENTENCE, UMBRELLA_BEFORE } from '../lexicon/meeting-context.ts';
import { fold } from '../text/fold.ts';
import type { FieldMeetingMention } from './extract-fields.ts';
import type { MeetingMention } from './meetings.ts';
import { sentenceContaining } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';
import { mapPacked } from './packed.ts';

/** One session however it is called: "lễ bế mạc" and "phiên bế mạc" are the same sitting. */
const SESSION_NAME: Record<string, string> = { 'lễ khai mạc': 'Phiên khai mạc', 'lễ bế mạc': 'Phiên bế mạc', 'phiên họp toàn thể': 'Phiên toàn thể', 'phiên hẹp': 'Phiên họp hẹp' };
const SESSIONS = ['phiên toàn thể', 'phiên họp toàn thể', 'phiên họp hẹp', 'phiên hẹp', 'phiên khai mạc', 'lễ khai mạc', 'phiên bế mạc', 'lễ bế mạc', 'phiên thảo luận chung', 'phiên đối thoại'];
const HEADS = ['hội nghị thượng đỉnh', 'hội nghị', 'tuần lễ cấp cao', 'kỳ họp', 'khóa họp', 'đại hội', 'diễn đàn', 'hội thảo', 'tọa đàm'];
const WORDS = new RegExp(`(?<![\\p{L}])(${[...SESSIONS, ...HEADS].join('|')})(?![\\p{L}])`, 'giu');
/** "các hội nghị", "nhiều diễn đàn": many meetings, not one named again. */
const PLURAL_BEFORE = /(?:các|những|nhiều|mọi|một số|hai|ba)\s+$/iu;

export interface SessionLink {
  child: MeetingMention;
  parent: MeetingMention;
}

const order = (x: FieldMeetingMention) => (x.field === 'TITLE' ? 0 : 1e9) + x.m.start;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const covered = (mentions: readonly FieldMeetingMention[], field: Field, start: number, end: number) => mentions.some((x) => x.field === field && x.m.start <= start && x.m.end >= end);
const FOLDED_SESSIONS = SESSIONS.map(fold);
/** Whether a meeting's name is a session's: "Phiên toàn thể …", "Lễ bế mạc …". */
export const isSessionName = (name: string) => {
  const f = fold(name);
  return FOLDED_SESSIONS.some((s) => f.startsWith(s));
};
const isSession = (m: MeetingMention) => isSessionName(m.name);

/** A conference the article names: not an informal meeting or a session; the last before `at`, else the first after. */
function conference(named: (FieldMeetingMention & { folded: string })[], at: number, head: string | null): FieldMeetingMention | undefined {
  const h = head === null ? null : fold(head);
  const fits = named.filter((x) => h === null || x.folded.startsWith(h));
  return fits.filter((x) => order(x) <= at).at(-1) ?? fits.find((x) => order(x) > at);
}

function sessionOf(conf: MeetingMention, word: string, start: number, end: number): MeetingMention {
  const kind = SESSION_NAME[word.toLowerCase()] ?? capitalise(word.toLowerCase());
  const name = `${kind} ${conf.name}`;
  return { ...conf, start, end, text: word, name, core: fold(`${kind} ${conf.core}`), series: null, partner: null, acronym: null, informal: false, format: null };
}

export function headReferences(fields: readonly { field: Field; text: string }[], mentions: FieldMeetingMention[], sentencesByField: Map<Field, Sentence[]>): { found: FieldMeetingMention[]; sessions: SessionLink[] } {
  const named = mapPacked(mentions.filter((x) => !x.m.informal && !isSession(x.m)), (x) => ({ ...x, folded: fold(x.m.name) }));
  // A head alone points at the meeting being reported, not at one told as background ("Lần gần
  // nhất … là COP26"), unless only background names one.
  const reported = named.filter((x) => !BACKGROUND_SENTENCE.test(x.sentence.text));
  const found: FieldMeetingMention[] = [];
  const sessions: SessionLink[] = [];
  if (named.length === 0) return { found, sessions };
  for (const { field, text } of fields) {
    for (const w of text.matchAll(WORDS)) {
      const start = w.index!;
      const word = w[1]!;
      const end = start + word.length;
      if (covered(mentions, field, start, end) || PLURAL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      const sentence = sentenceContaining(sentencesByField.get(field) ?? [], start);
      if (!sentence) continue;
      // Capitalised inside a sentence, or followed by a name or "lần thứ": a proper name meetings.ts
      // did not read, not a head named again.
      const lead = text.slice(sentence.start, start);
      const capitalisedInside = /^\p{Lu}/u.test(word) && !/^\s*["“(]?$/u.test(lead) && !UMBRELLA_BEFORE.test(lead) && !/(?:tại|trong)\s+$/u.test(lead);
      if (!SESSIONS.includes(word.toLowerCase()) && (capitalisedInside || /^\s+(?:\p{Lu}|lần thứ|thứ\s+\d)/u.test(text.slice(end, end + 10)))) continue;
      const at = (field === 'TITLE' ? 0 : 1e9) + start;
      const session = SESSIONS.includes(word.toLowerCase());
      const to = conference(reported, at, session ? null : word) ?? conference(named, at, session ? null : word);
      if (!to) continue;
      const m: MeetingMention = session
        ? sessionOf(to.m, word, start, end)
        : { ...to.m, start, end, text: word };
      found.push({ field, sentence, m });
      if (session) sessions.push({ child: m, parent: to.m });
    }
  }
  return { found, sessions };
}
