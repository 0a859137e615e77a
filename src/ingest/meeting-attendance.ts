// Who took part in which of an article's meetings (chairs and participants), for telling a
// statement by someone at the meeting being reported from one by someone who was not there.
import type { ArticleMeeting } from './article-extraction.ts';
import { LastAtOrBelow } from './span-index.ts';

export interface Attendance {
  /** Whether the meeting names anyone as taking part. */
  hasAttendees: (meeting: number) => boolean;
  takesPart: (person: number, meeting: number) => boolean;
  /** Whether the person takes part in any meeting of the article. */
  attendsAny: (person: number) => boolean;
  /** The last meeting (in list order) the person takes part in whose sentence is at most sentenceIndex. */
  lastAttended: (person: number, sentenceIndex: number) => number | undefined;
  /** The first sentence that names the person (Infinity when none does). */
  firstNamed: (person: number) => number;
}

/** Where a person is named: its sentence, and the mention's position among the article's person mentions. */
export interface NamedAt {
  mentions: readonly { sentence: number }[];
  personOf: ReadonlyMap<number, number>;
}

const attendeesOf = (mt: ArticleMeeting) => new Set([...(mt.chairPerson === null ? [] : [mt.chairPerson]), ...mt.chairs, ...mt.participants]);

export function meetingAttendance(meetings: readonly ArticleMeeting[], named: NamedAt): Attendance {
  const first = new Map<number, number>();
  named.mentions.forEach((m, idx) => {
    const p = named.personOf.get(idx);
    if (p !== undefined && m.sentence < (first.get(p) ?? Infinity)) first.set(p, m.sentence);
  });
  // A talk named again ("Tại cuộc hội đàm") names its parties only where it was first told: one set per name.
  const byName = new Map<string, Set<number>>();
  for (const mt of meetings) {
    const set = byName.get(mt.mention.name) ?? byName.set(mt.mention.name, new Set()).get(mt.mention.name)!;
    for (const p of attendeesOf(mt)) set.add(p);
  }
  const attendees = meetings.map((mt) => byName.get(mt.mention.name)!);
  // Each mention's own attendees, not its name's: a name held by many mentions would make this quadratic.
  const byPerson = new Map<number, { key: number; position: number }[]>();
  meetings.forEach((mt, k) => {
    for (const p of attendeesOf(mt)) (byPerson.get(p) ?? byPerson.set(p, []).get(p)!).push({ key: mt.sentence.index, position: k });
  });
  const lookups = new Map<number, LastAtOrBelow>();
  return {
    hasAttendees: (k) => attendees[k]!.size > 0,
    takesPart: (p, k) => attendees[k]!.has(p),
    attendsAny: (p) => byPerson.has(p),
    firstNamed: (p) => first.get(p) ?? Infinity,
    lastAttended: (p, sentenceIndex) => {
      const entries = byPerson.get(p);
      if (!entries) return undefined;
      if (!lookups.has(p)) lookups.set(p, new LastAtOrBelow(entries));
      return lookups.get(p)!.query(sentenceIndex);
    },
  };
}
