// A person titled the chair of a meeting chairs it: "Chủ tịch COP28 Sultan Ahmed Al Jaber",
// "Chủ tịch Đại hội đồng Khóa 79 Philemon Yang" (the body's session by its number). The title names
// the meeting itself, or its body and number. Meetings are indexed once (by span, name and
// ordinal): a page of headlines names thousands of persons titled "Chủ tịch".
import type { ArticleMeeting } from './article-extraction.ts';
import type { FieldPersonMention } from './extract-fields.ts';
import type { Field } from './sentences.ts';
import { SpanIndex } from './span-index.ts';
import { mapPacked } from './packed.ts';

/** "Chủ tịch <what>" right before a name; group 1 the meeting or body as written. */
const CHAIR_TITLE = /(?:^|[\s,(])Chủ tịch\s+([^,.;:()"“”]{2,60}?)\s*$/u;
/** A body's numbered session: "Đại hội đồng Khóa 79", "Đại hội đồng lần thứ 79". */
const NUMBERED_BODY = /^(.+?)\s+(?:[Kk]hóa(?: họp)?(?: thứ)?|lần thứ)\s+(\d{1,3})$/u;

class MeetingIndex {
  private bySpan = new Map<Field, { spans: SpanIndex<{ start: number; end: number }>; list: ArticleMeeting[] }>();
  private byName = new Map<string, ArticleMeeting[]>();
  private byOrdinal = new Map<number, ArticleMeeting[]>();

  constructor(meetings: ArticleMeeting[]) {
    const push = <K>(map: Map<K, ArticleMeeting[]>, key: K, mt: ArticleMeeting) => (map.get(key) ?? map.set(key, []).get(key)!).push(mt);
    const perField = new Map<Field, ArticleMeeting[]>();
    for (const mt of meetings) {
      push(perField, mt.where.field, mt);
      push(this.byName, `${mt.mention.name}\u0000${mt.mention.ordinal}`, mt);
      if (mt.mention.ordinal !== null && !mt.mention.informal) push(this.byOrdinal, mt.mention.ordinal, mt);
    }
    for (const [field, list] of perField) this.bySpan.set(field, { spans: new SpanIndex(mapPacked(list, (mt) => mt.where)), list });
  }

  /** Meetings chaired already, by the key they were found under: each is given its chair once. */
  private done = new Set<string>();

  /** The article's meetings that the title names (the meeting written in it, or the body's session by number), the first time only. */
  namedBy(title: string, titleStart: number, field: Field): ArticleMeeting[] {
    const inField = this.bySpan.get(field);
    const first = inField?.spans.within(titleStart, titleStart + title.length + 1)[0];
    const written = first === undefined ? undefined : inField!.list[first];
    const numbered = written ? null : title.match(NUMBERED_BODY);
    const key = written ? `${written.mention.name}\u0000${written.mention.ordinal}` : numbered ? `#${numbered[2]}\u0000${numbered[1]!.trim()}` : null;
    if (key === null || this.done.has(key)) return [];
    this.done.add(key);
    if (written) return this.byName.get(key) ?? [];
    return (this.byOrdinal.get(Number(numbered![2])) ?? []).filter((mt) => mt.mention.name.includes(numbered![1]!.trim()));
  }
}

export function findTitledChairs(meetings: ArticleMeeting[], persons: readonly FieldPersonMention[], personOf: Map<number, number>, fieldText: (field: Field) => string): void {
  let index: MeetingIndex | undefined;
  persons.forEach((pm, idx) => {
    const person = personOf.get(idx);
    if (pm.nominal || !pm.name || person === undefined) return;
    const text = fieldText(pm.field);
    const from = Math.max(0, pm.nameStart - 80);
    const m = text.slice(from, pm.nameStart).match(CHAIR_TITLE);
    if (!m) return;
    const titleStart = from + m.index! + m[0].lastIndexOf(m[1]!);
    for (const mt of (index ??= new MeetingIndex(meetings)).namedBy(m[1]!, titleStart, pm.field)) {
      if (mt.chairPerson !== null || mt.chairs.length > 0) continue;
      [mt.chairPerson, mt.chairs] = [person, [person]];
      mt.participants = [...new Set([...mt.participants, person])];
    }
  });
}
