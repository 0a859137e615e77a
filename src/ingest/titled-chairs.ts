// A person titled the chair of a meeting chairs it: "Chủ tịch COP28 Sultan Ahmed Al Jaber",
// "Chủ tịch Đại hội đồng Khóa 79 Philemon Yang" (the body's session by its number). The title names
// the meeting itself, or its body and number.
import type { ArticleMeeting } from './article-extraction.ts';
import type { FieldPersonMention } from './extract-fields.ts';
import type { Field } from './sentences.ts';

/** "Chủ tịch <what>" right before a name; group 1 the meeting or body as written. */
const CHAIR_TITLE = /(?:^|[\s,(])Chủ tịch\s+([^,.;:()"“”]{2,60}?)\s*$/u;
/** A body's numbered session: "Đại hội đồng Khóa 79", "Đại hội đồng lần thứ 79". */
const NUMBERED_BODY = /^(.+?)\s+(?:[Kk]hóa(?: họp)?(?: thứ)?|lần thứ)\s+(\d{1,3})$/u;

/** The article's meetings that the title names: the meeting written in it, or the body's session by number. */
function namedBy(title: string, titleStart: number, field: Field, meetings: ArticleMeeting[]): ArticleMeeting[] {
  const written = meetings.find((mt) => mt.where.field === field && mt.where.start >= titleStart && mt.where.end <= titleStart + title.length + 1);
  if (written) return meetings.filter((mt) => mt.mention.name === written.mention.name && mt.mention.ordinal === written.mention.ordinal);
  const numbered = title.match(NUMBERED_BODY);
  if (!numbered) return [];
  const ordinal = Number(numbered[2]);
  return meetings.filter((mt) => mt.mention.ordinal === ordinal && !mt.mention.informal && mt.mention.name.includes(numbered[1]!.trim()));
}

export function findTitledChairs(meetings: ArticleMeeting[], persons: readonly FieldPersonMention[], personOf: Map<number, number>, fieldText: (field: Field) => string): void {
  persons.forEach((pm, idx) => {
    const person = personOf.get(idx);
    if (pm.nominal || !pm.name || person === undefined) return;
    const text = fieldText(pm.field);
    const from = Math.max(0, pm.nameStart - 80);
    const m = text.slice(from, pm.nameStart).match(CHAIR_TITLE);
    if (!m) return;
    const titleStart = from + m.index! + m[0].lastIndexOf(m[1]!);
    for (const mt of namedBy(m[1]!, titleStart, pm.field, meetings)) {
      if (mt.chairPerson !== null || mt.chairs.length > 0) continue;
      [mt.chairPerson, mt.chairs] = [person, [person]];
      mt.participants = [...new Set([...mt.participants, person])];
    }
  });
}
