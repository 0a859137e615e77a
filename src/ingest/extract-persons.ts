// Persons of one article: named mentions grouped into persons (short forms join the full name they
// abbreviate), and which persons are sure enough to keep.
import { fold } from '../text/fold.ts';
import type { ArticlePerson } from './article-extraction.ts';
import type { FieldPersonMention } from './extract-fields.ts';
import { isVietnameseName } from './persons.ts';
import { PersonNameIndex, samePerson, tokensOf } from './same-person.ts';
import { mapPacked } from './packed.ts';

export interface GroupedPersons {
  persons: ArticlePerson[];
  /** Person (index in persons) of each named mention (index in the article's mentions). */
  personOf: Map<number, number>;
}

export function groupPersons(personMentions: readonly FieldPersonMention[]): GroupedPersons {
  const persons: ArticlePerson[] = [];
  const personOf = new Map<number, number>();
  // The names each person was written with, indexed: the latest person with a matching name wins.
  const nameIndex = new PersonNameIndex();
  // The mention each person was last named at: a short name ("ông Sơn") is the person last named so.
  const lastSeen: number[] = [];
  personMentions.forEach((pm, idx) => {
    if (pm.nominal || !pm.name) return;
    const found = personNamed(persons, nameIndex, pm, pm.name, lastSeen);
    addMention(persons[found]!, nameIndex, found, pm, pm.name);
    personOf.set(idx, found);
    lastSeen[found] = idx;
  });
  return { persons, personOf };
}

/** The person last named by a name that may be `name`, else a new one. */
function personNamed(persons: ArticlePerson[], nameIndex: PersonNameIndex, pm: FieldPersonMention, name: string, lastSeen: number[]): number {
  let best = -1;
  for (const k of nameIndex.candidates(name)) {
    if (best >= 0 && lastSeen[k]! <= lastSeen[best]!) continue;
    if ([persons[k]!.name, ...persons[k]!.aliases].some((a) => samePerson(a, name))) best = k;
  }
  if (best >= 0) return best;
  persons.push({ name, aliases: [], countryCode: pm.countryCode ?? (isVietnameseName(name) && !pm.title ? 'VN' : null), roles: [], mentions: [] });
  nameIndex.add(persons.length - 1, name);
  return persons.length - 1;
}

/** Adds a mention to person `found`: the longest name becomes the name, the others aliases. */
function addMention(p: ArticlePerson, nameIndex: PersonNameIndex, found: number, pm: FieldPersonMention, name: string): void {
  if (tokensOf(name).length > tokensOf(p.name).length) {
    p.aliases.push(p.name);
    p.name = name;
    nameIndex.add(found, name);
  } else if (fold(name) !== fold(p.name)) {
    p.aliases.push(name);
    nameIndex.add(found, name);
  }
  if (pm.alias && fold(pm.alias) !== fold(p.name) && !p.aliases.some((a) => fold(a) === fold(pm.alias!))) {
    p.aliases.push(pm.alias);
    nameIndex.add(found, pm.alias);
  }
  if (pm.honorific) {
    p.aliases.push(`${pm.honorific} ${name}`);
    nameIndex.add(found, `${pm.honorific} ${name}`);
  }
  p.countryCode ??= pm.countryCode ?? (isVietnameseName(name) ? 'VN' : null);
  if (pm.role) p.roles.push({ title: pm.role, countryCode: pm.countryCode, organisation: pm.organisation });
  p.mentions.push({ field: pm.field, start: pm.nameStart, end: pm.nameEnd, text: name });
}

/**
 * Whether each person is kept. Single-word names that never met their full form are kept only after
 * a title naming a country ("Bộ trưởng Ngoại giao Indonesia Sugiono"): many Indonesians have one name;
 * or after a monarch's title ("Quốc vương Salman").
 */
export function keptPersons({ persons, personOf }: GroupedPersons, personMentions: readonly FieldPersonMention[]): boolean[] {
  const strongSingle = new Set<number>();
  personMentions.forEach((pm, idx) => {
    const person = personOf.get(idx);
    const foreignOffice = pm.title && pm.countryCode && pm.countryCode !== 'VN';
    if (person !== undefined && (foreignOffice || pm.singleName) && pm.name && pm.name.length >= 3) strongSingle.add(person);
  });
  return mapPacked(persons, (p, k) => tokensOf(p.name).length >= 2 || strongSingle.has(k));
}
