// Merges what the articles of one document found: the same person, organisation or meeting seen in
// several articles becomes one entity. Meetings (their years and keys) are resolved in
// resolve-meetings.ts; statements then point to the merged speaker and meeting.
import { KNOWN_NAME_FORMS } from '../lexicon/known-persons.ts';
import { fold } from '../text/fold.ts';
import type { DocOrganisation, DocPerson, DocStatement, DocumentGraph, Where } from './document-graph.ts';
import type { ArticleExtraction } from './extract.ts';
import { resolveMeetings } from './resolve-meetings.ts';
import { PersonNameIndex, samePerson, tokensOf } from './same-person.ts';
import { HONORIFICS } from '../lexicon/honorifics.ts';

export type { DocMeeting, DocOrganisation, DocPerson, DocStatement, DocumentGraph, Where } from './document-graph.ts';
export { yearFromNumbering } from './resolve-meetings.ts';

const KNOWN_FORMS_BY_FOLDED = new Map(KNOWN_NAME_FORMS.flatMap((forms) => forms.map((f) => [fold(f), forms] as const)));

/** Adds the other renderings of a well-known name ("Wang Yi" for "Vương Nghị") as aliases. */
function addKnownNameForms(person: { name: string; aliases: string[] }): void {
  for (const form of [person.name, ...person.aliases]) {
    const forms = KNOWN_FORMS_BY_FOLDED.get(fold(form));
    if (!forms) continue;
    for (const other of forms) {
      if (fold(other) !== fold(person.name) && !person.aliases.some((a) => fold(a) === fold(other))) person.aliases.push(other);
    }
    return;
  }
}

type PersonExtraction = ArticleExtraction['persons'][number];

/** A person's names of two words or more, when it has any ("Trần Quang Minh", not "Minh" or "ông Minh"). */
function fullForms(names: string[]): string[] {
  const full = names.filter((n) => tokensOf(n).length > 1 && !isHonorificForm(n));
  return full.length ? full : names;
}

/** Honorifics: "ông Minh", an honorific and a given name, is a short form. */
const HONORIFIC_SET = new Set(HONORIFICS);
const isHonorificForm = (n: string) => HONORIFIC_SET.has(n.slice(0, n.lastIndexOf(' ')));

/** Merges one article's person into the document's persons; returns its index there. */
function mergePerson(persons: DocPerson[], nameIndex: PersonNameIndex, p: PersonExtraction, a: number): number {
  const written = [p.name, ...p.aliases];
  const candidates = nameIndex.candidates(...written);
  // Two persons with full names are compared by them: a short form one carries ("ông Minh") must not
  // join it to another Minh.
  const ownWritten = fullForms(written);
  let found = candidates.find((i) => {
    const d = persons[i]!;
    return fullForms([d.name, ...d.aliases]).some((n) => ownWritten.some((m) => samePerson(n, m) && (n.split(' ').length > 1 || m.split(' ').length > 1)));
  }) ?? -1;
  if (found < 0) {
    persons.push({ name: p.name, aliases: [], countryCode: p.countryCode, roles: [], mentions: [] });
    found = persons.length - 1;
    nameIndex.add(found, p.name);
  }
  const d = persons[found]!;
  for (const n of written) {
    if (fold(n) !== fold(d.name) && !d.aliases.some((x) => fold(x) === fold(n))) {
      d.aliases.push(n);
      nameIndex.add(found, n);
    }
  }
  if (p.name.split(' ').length > d.name.split(' ').length) {
    d.aliases = d.aliases.filter((x) => fold(x) !== fold(p.name));
    d.aliases.push(d.name);
    d.name = p.name;
    nameIndex.add(found, p.name);
  }
  d.countryCode ??= p.countryCode;
  d.roles.push(...p.roles.map((r) => ({ ...r, article: a })));
  d.mentions.push(...p.mentions.map((m) => ({ ...m, article: a })));
  return found;
}

/** The document's persons, and per article the index each of its persons resolved to. */
function resolvePersons(extractions: ArticleExtraction[]): { persons: DocPerson[]; personIndex: Map<number, number>[] } {
  const persons: DocPerson[] = [];
  const personIndex: Map<number, number>[] = [];
  // Names indexed so a person is compared only with the persons that share a name key (comparing
  // with every person was quadratic on documents of thousands of articles).
  const nameIndex = new PersonNameIndex();
  extractions.forEach((x, a) => {
    const map = new Map<number, number>();
    x.persons.forEach((p, k) => {
      if (p.mentions.length === 0) return;
      map.set(k, mergePerson(persons, nameIndex, p, a));
    });
    personIndex.push(map);
  });
  for (const person of persons) addKnownNameForms(person);
  return { persons, personIndex };
}

/** The document's organisations, one per folded name, and the index of each folded name. */
function resolveOrganisations(extractions: ArticleExtraction[]): { organisations: DocOrganisation[]; orgByName: Map<string, number> } {
  const organisations: DocOrganisation[] = [];
  const orgByName = new Map<string, number>();
  extractions.forEach((x, a) => {
    for (const o of x.organisations) {
      const key = fold(o.name);
      let idx = orgByName.get(key);
      if (idx === undefined) {
        organisations.push({ name: o.name, acronym: o.acronym, kind: o.kind, countryCode: o.countryCode, aliases: [], mentions: [] });
        idx = organisations.length - 1;
        orgByName.set(key, idx);
      }
      const d = organisations[idx]!;
      for (const al of o.aliases) if (fold(al) !== key && !d.aliases.some((y) => fold(y) === fold(al))) d.aliases.push(al);
      d.mentions.push({ field: o.field, start: o.start, end: o.end, text: o.text, article: a });
    }
  });
  return { organisations, orgByName };
}

/** The document's countries, in order of first mention. */
function resolveCountries(extractions: ArticleExtraction[]): DocumentGraph['countries'] {
  const countries = new Map<string, Where[]>();
  extractions.forEach((x, a) => {
    for (const c of x.countries) {
      const list = countries.get(c.code) ?? [];
      list.push({ field: c.field, start: c.start, end: c.end, text: c.text, article: a });
      countries.set(c.code, list);
    }
  });
  return [...countries].map(([code, mentions]) => ({ code, mentions }));
}

/** Statements with their speaker, organisation and meeting as indices of the document. */
function resolveStatements(
  extractions: ArticleExtraction[],
  personIndex: Map<number, number>[],
  orgByName: Map<string, number>,
  meetingIndex: Map<number, number>[],
): DocStatement[] {
  const statements: DocStatement[] = [];
  extractions.forEach((x, a) => {
    for (const s of x.statements) {
      const orgIdx = s.organisation ? orgByName.get(fold(s.organisation.name)) ?? null : null;
      statements.push({
        article: a, speakerKind: s.speakerKind, speakerLabel: s.speakerLabel,
        person: s.person !== null ? (personIndex[a]!.get(s.person) ?? null) : null,
        organisation: orgIdx, countryCode: s.countryCode, verb: s.verb, act: s.act, content: s.content, direct: s.direct,
        evidenceStart: s.evidenceStart, evidenceEnd: s.evidenceEnd, field: s.field,
        meeting: s.meeting !== null ? (meetingIndex[a]!.get(s.meeting) ?? null) : null,
        saidOn: s.saidOn ?? null,
      });
    }
  });
  return statements;
}

export function resolveDocument(extractions: ArticleExtraction[], publishedAt: Date | null): DocumentGraph {
  const { persons, personIndex } = resolvePersons(extractions);
  const { organisations, orgByName } = resolveOrganisations(extractions);
  const countries = resolveCountries(extractions);
  const { meetings, meetingIndex } = resolveMeetings(extractions, publishedAt, personIndex, organisations);
  const statements = resolveStatements(extractions, personIndex, orgByName, meetingIndex);
  return { persons, organisations, countries, meetings, statements };
}
