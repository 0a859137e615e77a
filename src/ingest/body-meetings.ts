// A council or committee that meets, written as the subject of "họp": "Hội đồng Cộng đồng Kinh tế họp
// ngày 7/5 tại Jakarta", "Hội đồng A và Hội đồng B cùng họp ngày 9/5". Each is a meeting of that body,
// named "Hội nghị <body>". "họp" must be followed by when or where, so "Ủy ban X họp phiên …" (its
// session, named on its own) and "họp báo" are left alone.
import { fold } from '../text/fold.ts';
import type { FieldMeetingMention } from './extract-fields.ts';
import type { MeetingMention } from './meetings.ts';
import type { ArticleMeeting } from './article-extraction.ts';
import type { OrganisationMention, PlaceMention } from './organisations.ts';
import { sentenceContaining } from './sentence-search.ts';
import type { Field, Sentence } from './sentences.ts';

/** Bodies that convene: a council, a committee. */
const CONVENING_BODY = /^(?:Hội đồng|Ủy ban|Uỷ ban)\s/u;
const MEETS = /^\s+(?:cùng\s+|đã\s+)?họp\s+(?:ngày|vào|tại|ở|sáng|chiều|tối|hôm|trực tuyến)(?![\p{L}])/u;
const AND = /^\s+và\s+$/u;

function bodyMeeting(o: OrganisationMention): MeetingMention {
  const name = `Hội nghị ${o.text}`;
  return {
    start: o.start, end: o.end, text: o.text, name, series: null, partner: null, ordinal: null, nameYear: null, acronym: null,
    level: 'OTHER', format: null, core: fold(name), informal: false,
  };
}

/** The bodies that "họp" has as its subject, and where the verb's words end. */
export interface BodyMeetingGroup { mentions: FieldMeetingMention[]; after: number }

/** The meetings of bodies written as the subject of "họp", one per body ("A và B cùng họp": two), by subject. */
export function findBodyMeetings(fields: readonly { field: Field; text: string }[], organisations: readonly (OrganisationMention & { field: Field })[], sentencesByField: Map<Field, Sentence[]>): BodyMeetingGroup[] {
  const found: BodyMeetingGroup[] = [];
  for (const { field, text } of fields) {
    const orgs = organisations.filter((o) => o.field === field && CONVENING_BODY.test(o.text)).sort((a, b) => a.start - b.start);
    let pending: OrganisationMention[] = [];
    orgs.forEach((o, k) => {
      pending.push(o);
      const meets = text.slice(o.end, o.end + 40).match(MEETS);
      if (meets) {
        const sentence = sentenceContaining(sentencesByField.get(field) ?? [], o.start);
        if (sentence) found.push({ mentions: pending.map((body) => ({ field, sentence, m: bodyMeeting(body) })), after: o.end + meets[0].length });
        pending = [];
      } else if (!(orgs[k + 1] && AND.test(text.slice(o.end, orgs[k + 1]!.start)))) pending = [];
    });
  }
  return found;
}

/**
 * Where each body met: the places written after its "họp" in the sentence, one each in order after
 * "lần lượt" ("cùng họp ngày 9/5, lần lượt tại A và B"), else the first for all. A place before the
 * verb is another clause's.
 */
export function placeBodyMeetings(meetings: ArticleMeeting[], groups: readonly BodyMeetingGroup[], placesIn: (s: Sentence) => readonly PlaceMention[]): void {
  const byMention = new Map(meetings.map((mt) => [mt.mention, mt]));
  for (const { mentions, after } of groups) {
    const sentence = mentions[0]!.sentence;
    const places = placesIn(sentence).filter((p) => p.start >= after);
    const respective = /lần lượt/u.test(sentence.text) && places.length >= mentions.length;
    mentions.forEach((x, k) => {
      const mt = byMention.get(x.m);
      const place = respective ? places[k] : places[0];
      if (mt && place) [mt.city, mt.countryCode] = [place.city, place.code];
    });
  }
}
