// Who a clause before a speech verb names: a person (named, or a title resolved later), an
// organisation, a country, or a collective ("Hai bên", "các nước ASEAN"); null when it names none.
import { AUXILIARIES, COLLECTIVE_DETERMINERS, COLLECTIVE_HEADS } from '../lexicon/speech-verbs.ts';
import { AND, BOTH_SIDES, COLLECTIVE_SUBJECT_END, COURTESY_WORDS, LEADING_JOINERS, OF_BEFORE, PURPOSE_END, SIDE_WORDS } from '../lexicon/statement-words.ts';
import { fold } from '../text/fold.ts';
import type { CountryMention, OrganisationMention } from './organisations.ts';
import type { PersonMention } from './persons.ts';
import type { SpanIndex } from './span-index.ts';
import { mapPacked } from './packed.ts';

export type SpeakerKindName = 'PERSON' | 'ORGANISATION' | 'COUNTRY' | 'COLLECTIVE' | 'ROLE';

export interface Subject {
  kind: SpeakerKindName;
  label: string;
  /** Index into the field's person mentions (named, or nominal resolved later). */
  personMention: number | null;
  organisation: OrganisationMention | null;
  countryCode: string | null;
}

export interface FieldMentions {
  persons: PersonMention[];
  organisations: OrganisationMention[];
  countries: CountryMention[];
}

/** The field's mentions with their span indexes (built once per field, queried per clause). */
export interface Indexed extends FieldMentions {
  personSpans: SpanIndex<PersonMention>;
  organisationSpans: SpanIndex<OrganisationMention>;
  countrySpans: SpanIndex<CountryMention>;
}

const AUX = AUXILIARIES.map((a) => fold(a)).sort((a, b) => b.length - a.length);
const COLLECTIVE_DET = COLLECTIVE_DETERMINERS.map((d) => d.toLowerCase()).sort((a, b) => b.length - a.length);
const COLLECTIVE_HEAD = COLLECTIVE_HEADS.map((h) => fold(h));
/** Global, for replace() (which starts every call from 0). */
const AND_OR_COMMA = new RegExp(`${AND.source}|,`, 'g');

export function toMention(s: Subject) {
  return { speakerKind: s.kind, speakerLabel: s.label, personMention: s.personMention, organisation: s.organisation, countryCode: s.countryCode };
}

/** Removes joiners before and auxiliaries after a subject; returns the trimmed [start, end). */
export function trimSubject(text: string, start: number, end: number): [number, number] {
  let s = text.slice(start, end);
  let changed = true;
  while (changed) {
    changed = false;
    const trimmed = s.replace(/^[\s,;:“”"'‘’)(.-]+|[\s,;:“”"'‘’(-]+$/gu, '');
    if (trimmed !== s) {
      start += s.indexOf(trimmed[0] ?? '') >= 0 ? s.indexOf(trimmed) : 0;
      s = trimmed;
      changed = true;
    }
    const f = fold(s);
    for (const j of LEADING_JOINERS) {
      if (f === j || f.startsWith(`${j} `)) {
        const cut = j.length + 1;
        start += Math.min(cut, s.length);
        s = s.slice(cut);
        changed = true;
        break;
      }
    }
    for (const a of AUX) {
      if (f === a || f.endsWith(` ${a}`)) {
        s = s.slice(0, Math.max(0, s.length - a.length)).trimEnd();
        changed = true;
        break;
      }
    }
  }
  return [start, start + s.length];
}

const collective = (label: string): Subject => ({ kind: 'COLLECTIVE', label, personMention: null, organisation: null, countryCode: null });

/** Several named persons joined by "và": one statement each. */
function namedPersons(text: string, label: string, personsIn: { p: PersonMention; idx: number }[]): Subject[] | null {
  if (personsIn.length < 2 || personsIn.some(({ p }) => p.nominal)) return null;
  const rest = fold(personsIn.reduce((acc, { p }) => acc.replace(text.slice(p.start, p.end), ' '), label)).replace(AND_OR_COMMA, ' ').trim();
  if (rest !== '') return null;
  return personsIn.map(({ p, idx }) => ({ kind: 'PERSON' as const, label: p.text, personMention: idx, organisation: null, countryCode: p.countryCode }));
}

/** "Lãnh đạo hai nước", "Hai bên cũng trao đổi về … và nhấn mạnh", "các nước ASEAN": a collective. */
function collectiveSubject(label: string, f: string, words: number): Subject | null {
  // "Lãnh đạo hai nước", "Ngoại trưởng hai bên": both sides speaking together.
  if (words <= 8 && BOTH_SIDES.test(f)) return collective(label);
  const lower = label.toLowerCase();
  if (COLLECTIVE_DET.some((d) => lower.startsWith(`${d} `)) || COLLECTIVE_HEAD.some((h) => f.includes(`cac ${h}`))) {
    // The collective ends before its first verb.
    const cut = label.search(COLLECTIVE_SUBJECT_END);
    return collective(cut > 0 ? label.slice(0, cut) : label);
  }
  return null;
}

/** "Đại tướng Đoàn Hào Thịnh" read as a title and a name apart: the title opens the subject and the name follows it. */
function titleBefore(text: string, start: number, name: PersonMention, personsIn: { p: PersonMention }[]): boolean {
  if (name.nominal) return false;
  const title = personsIn.find(({ p }) => p.nominal && p.start === start);
  return !!title && text.slice(title.p.end, name.start).trim() === '';
}

export function recognise(text: string, start: number, end: number, m: Indexed): Subject | Subject[] | null {
  if (end <= start) return null;
  const label = text.slice(start, end);
  const f = fold(label);
  const words = f.split(' ');
  if (words.length > 40) return null;
  const personsIn = mapPacked(m.personSpans.within(start, end), (idx) => ({ p: m.persons[idx]!, idx }));
  const several = namedPersons(text, label, personsIn);
  if (several) return several;
  if (words.length > 18) return null;
  const group = collectiveSubject(label, f, words.length);
  if (group) return group;
  const last = personsIn.at(-1);
  if (last && last.p.end >= end - 1 && (last.p.start === start || COURTESY_WORDS.test(fold(text.slice(start, last.p.start)).trim()) || titleBefore(text, start, last.p, personsIn))) {
    return { kind: last.p.nominal ? 'ROLE' : 'PERSON', label, personMention: last.idx, organisation: null, countryCode: last.p.countryCode };
  }
  const orgsIn = mapPacked(m.organisationSpans.within(start, end), (k) => m.organisations[k]!);
  const countriesIn = mapPacked(m.countrySpans.within(start, end), (k) => m.countries[k]!);
  if (AND.test(f) && orgsIn.length + countriesIn.length + personsIn.length >= 2) return collective(label);
  const org = orgsIn.at(-1);
  if (org && org.end >= end - 1 && (org.start === start || OF_BEFORE.test(fold(text.slice(start, org.start))))) {
    return { kind: 'ORGANISATION', label, personMention: null, organisation: org, countryCode: org.countryCode };
  }
  const country = countriesIn.at(-1);
  if (country && country.end >= end - 1 && (country.start === start || SIDE_WORDS.test(fold(text.slice(start, country.start)).trim()))) {
    return { kind: 'COUNTRY', label, personMention: null, organisation: null, countryCode: country.code };
  }
  // "Bộ Ngoại giao Thái Lan cũng sẽ tận dụng cơ hội này để nêu bật …": the entity opening the clause.
  if (PURPOSE_END.test(f) && words.length <= 14) {
    const first = [...personsIn.map(({ p }) => p as { start: number; end: number }), ...orgsIn].find((x) => x.start === start);
    if (first) return recognise(text, first.start, first.end, m);
  }
  return null;
}

/**
 * "Chủ tịch nước X hội đàm với Y, đánh giá cao …", "X nồng nhiệt chào đón vị khách và bày tỏ …":
 * a clause that opens with a person or an organisation followed by its own predicate has that
 * entity as its subject, and so has a speech verb joined to the clause.
 */
export function leadingEntity(text: string, start: number, end: number, m: Indexed): Subject | null {
  // The person or organisation opening the clause that ends last (the first such when two end
  // together), by a loop rather than spreading, filtering and sorting mapped lists: the
  // intermediate arrays took either shape (empty or of objects), and those spreads deoptimised
  // this function and its callers again and again (--trace-deopt).
  const openingEnd = Math.max(openingEndOf(text, start, m.persons, m.personSpans.within(start, end)), openingEndOf(text, start, m.organisations, m.organisationSpans.within(start, end)));
  if (openingEnd < 0) return null;
  // The predicate: a lower-case word right after the entity, not "và" (which would join a second subject).
  const predicate = /^ (\p{Ll}+)/u.exec(text.slice(openingEnd, end));
  if (!predicate || fold(predicate[1]!) === 'va') return null;
  const subj = recognise(text, start, openingEnd, m);
  return subj && !Array.isArray(subj) && subj.kind !== 'COLLECTIVE' ? subj : null;
}

/** The largest end among the listed spans that open at `start` or after courtesy words only; -1 if none. */
function openingEndOf(text: string, start: number, spans: readonly { start: number; end: number }[], positions: number[]): number {
  let best = -1;
  for (const k of positions) {
    const x = spans[k]!;
    if ((x.start === start || COURTESY_WORDS.test(fold(text.slice(start, x.start)).trim())) && x.end > best) best = x.end;
  }
  return best;
}
