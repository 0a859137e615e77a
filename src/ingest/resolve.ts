// Merges what the articles of one document found: the same person, organisation or meeting seen in
// several articles becomes one entity. Fills missing years (sentence → publishedAt → series numbering
// → the article's other years → a meeting of the same document on the same day) and gives every
// meeting a stable key, so persist can merge with what is already stored.
import { MEETING_SERIES, type MeetingLevelName, type NumberingRule } from '../lexicon/meeting-series.ts';
import { KNOWN_NAME_FORMS } from '../lexicon/known-persons.ts';
import type { OrganisationKindName } from '../lexicon/organisations.ts';
import { fold } from '../text/fold.ts';
import type { PartialDate } from './dates.ts';
import type { ArticleExtraction, Located } from './extract.ts';
import { isYearlessNamedKey, namedMeetingKey, seriesMeetingKey, seriesPrefixOf } from './meeting-keys.ts';
import { PersonNameIndex, samePerson } from './same-person.ts';
import { SpanIndex } from './span-index.ts';
import type { StatementMention } from './statements.ts';

export interface Where extends Located {
  article: number;
}

export interface DocPerson {
  name: string;
  aliases: string[];
  countryCode: string | null;
  roles: { title: string; countryCode: string | null; organisation: string | null; article: number }[];
  mentions: Where[];
}

export interface DocOrganisation {
  name: string;
  acronym: string | null;
  kind: OrganisationKindName;
  countryCode: string | null;
  aliases: string[];
  mentions: Where[];
}

export interface DocMeeting {
  /** Key when the meeting is identified (series + ordinal or year); null: decided by persist. */
  key: string | null;
  /** Key prefix of the series (for yearless meetings merged with stored ones). */
  seriesPrefix: string | null;
  name: string;
  aliases: string[];
  series: string | null;
  ordinal: number | null;
  acronym: string | null;
  level: MeetingLevelName;
  start: PartialDate | null;
  end: PartialDate | null;
  format: 'VIRTUAL' | 'IN_PERSON' | 'HYBRID' | null;
  city: string | null;
  countryCode: string | null;
  chairLabel: string | null;
  chairPerson: number | null;
  chairCountry: string | null;
  parent: number | null;
  participants: number[];
  /** Organisations named inside the meeting's name ("ASEAN - Liên minh châu Âu", "cuộc gặp giữa ACW với …"). */
  organisations: number[];
  mentions: Where[];
}

/** A statement as extracted, with its speaker and meeting resolved to indices of this document. */
export interface DocStatement extends Omit<StatementMention, 'personMention' | 'organisation' | 'sentenceIndex'> {
  article: number;
  person: number | null;
  organisation: number | null;
  field: 'TITLE' | 'BODY';
  meeting: number | null;
}

export interface DocumentGraph {
  persons: DocPerson[];
  organisations: DocOrganisation[];
  countries: { code: string; mentions: Where[] }[];
  meetings: DocMeeting[];
  statements: DocStatement[];
}

const SERIES = new Map(MEETING_SERIES.map((s) => [s.key, s]));

export function yearFromNumbering(rules: NumberingRule[] | undefined, n: number): number | null {
  for (const r of rules ?? []) {
    if ((r.from === undefined || n >= r.from) && (r.to === undefined || n <= r.to)) {
      return r.base + Math.floor((n * (r.multiplier ?? 1)) / (r.divisor ?? 1));
    }
  }
  return null;
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, c] of counts) if (best === null || c > counts.get(best)! || (c === counts.get(best)! && v > best)) best = v;
  return best;
}

/**
 * A yearless date on the same day as a dated meeting of this document (a side meeting) takes the
 * year of the first such meeting in document order; a draft that gets its year here counts for the
 * drafts after it. The first dated draft covering each (month, day) is kept in a map: searching all
 * drafts per draft was quadratic on pages of yearless dates.
 */
function sameDayYears(drafts: MeetingDraft[]): void {
  const firstCovering = new Map<string, number>();
  /** Drafts spanning more days than a month holds (not expected): checked one by one. */
  const wide: number[] = [];
  const file = (position: number) => {
    const o = drafts[position]!;
    const os = o.start;
    if (o.year === null || !os || os.month === undefined || os.day === undefined) return;
    const last = o.end?.day ?? os.day;
    if (last - os.day > 62) wide.push(position);
    for (let day = os.day; day <= last && last - os.day <= 62; day++) {
      const key = `${os.month}|${day}`;
      const known = firstCovering.get(key);
      if (known === undefined || position < known) firstCovering.set(key, position);
    }
  };
  drafts.forEach((_, position) => file(position));
  drafts.forEach((d, position) => {
    if (d.year !== null || !d.start?.month || d.start.day === undefined) return;
    const day = d.start.day;
    let found = firstCovering.get(`${d.start.month}|${day}`);
    for (const w of wide) {
      const os = drafts[w]!.start!;
      if (os.month === d.start.month && day >= os.day! && day <= (drafts[w]!.end?.day ?? os.day!) && (found === undefined || w < found)) found = w;
    }
    if (found === undefined) return;
    d.year = drafts[found]!.year;
    file(position);
  });
}

function precisionRank(d: PartialDate | null): number {
  if (!d) return 0;
  return (d.year !== undefined ? 4 : 0) + (d.month !== undefined ? 1 : 0) + (d.day !== undefined ? 2 : 0);
}

function withYear(d: PartialDate | undefined, year: number | null): PartialDate | null {
  if (!d) return null;
  return d.year === undefined && year !== null ? { ...d, year } : d;
}

interface MeetingDraft {
  article: number;
  idx: number;
  year: number | null;
  start: PartialDate | null;
  end: PartialDate | null;
}

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

export function resolveDocument(extractions: ArticleExtraction[], publishedAt: Date | null): DocumentGraph {
  const persons: DocPerson[] = [];
  const personIndex: Map<number, number>[] = [];
  // Names indexed so a person is compared only with the persons that share a name key (comparing
  // with every person was quadratic on documents of thousands of articles).
  const nameIndex = new PersonNameIndex();
  extractions.forEach((x, a) => {
    const map = new Map<number, number>();
    x.persons.forEach((p, k) => {
      if (p.mentions.length === 0) return;
      const written = [p.name, ...p.aliases];
      const candidates = nameIndex.candidates(...written);
      let found = candidates.find((i) => {
        const d = persons[i]!;
        return [d.name, ...d.aliases].some((n) => written.some((m) => samePerson(n, m) && (n.split(' ').length > 1 || m.split(' ').length > 1)));
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
      map.set(k, found);
    });
    personIndex.push(map);
  });
  for (const person of persons) addKnownNameForms(person);

  const organisations: DocOrganisation[] = [];
  const orgByName = new Map<string, number>();
  const countries = new Map<string, Where[]>();
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
    for (const c of x.countries) {
      const list = countries.get(c.code) ?? [];
      list.push({ field: c.field, start: c.start, end: c.end, text: c.text, article: a });
      countries.set(c.code, list);
    }
  });

  // Years of meeting mentions, article by article.
  const publishedYear = publishedAt ? publishedAt.getUTCFullYear() : null;
  const drafts: MeetingDraft[] = [];
  extractions.forEach((x, a) => {
    // Counted once per article, not once per meeting (an article can hold thousands of each).
    const articleYear = mostCommon(x.articleYears);
    const local: MeetingDraft[] = x.meetings.map((mt, idx) => {
      const m = mt.mention;
      const series = m.series ? SERIES.get(m.series) : undefined;
      const numbered = m.ordinal !== null && series ? yearFromNumbering(series.numbering, m.ordinal) : null;
      const year =
        mt.date?.from.year ?? m.nameYear ?? mt.sentenceYears[0] ?? publishedYear ?? numbered ?? articleYear ?? null;
      return { article: a, idx, year, start: mt.date?.from ?? null, end: mt.date?.to ?? null };
    });
    // Still unknown: the year of the article's other (numbered) meetings, or of the umbrella.
    const known = local.map((d) => d.year).filter((y): y is number => y !== null);
    const knownYear = mostCommon(known);
    for (const d of local) {
      const parent = x.meetings[d.idx]!.parent;
      if (d.year === null && parent !== null) d.year = local[parent]!.year;
      if (d.year === null && known.length) d.year = knownYear;
    }
    drafts.push(...local);
  });
  sameDayYears(drafts);

  // Identity: series + ordinal, series + year, or name + year.
  const meetings: DocMeeting[] = [];
  const byKey = new Map<string, number>();
  const meetingIndex: Map<number, number>[] = extractions.map(() => new Map());
  const pendingYearless: { draft: MeetingDraft; prefix: string }[] = [];
  const meetingSeen: { aliases: Set<string>; participants: Set<number> }[] = [];
  const place = (draft: MeetingDraft, key: string | null, prefix: string | null) => {
    const x = extractions[draft.article]!;
    const mt = x.meetings[draft.idx]!;
    const m = mt.mention;
    const mapKey = key ?? `${prefix}?`;
    let idx = byKey.get(mapKey);
    if (idx === undefined) {
      meetings.push({
        key, seriesPrefix: prefix, name: m.name, aliases: [], series: m.series, ordinal: m.ordinal, acronym: m.acronym, level: m.level,
        start: null, end: null, format: null, city: null, countryCode: null, chairLabel: null, chairPerson: null, chairCountry: null,
        parent: null, participants: [], organisations: [], mentions: [],
      });
      idx = meetings.length - 1;
      byKey.set(mapKey, idx);
    }
    const d = meetings[idx]!;
    // Sets beside the lists: a meeting named a thousand times must not rescan its aliases and participants each time.
    const seen = meetingSeen[idx] ??= { aliases: new Set(), participants: new Set() };
    for (const al of [m.text, m.name]) {
      if (fold(al) !== fold(d.name) && !seen.aliases.has(fold(al))) {
        d.aliases.push(al);
        seen.aliases.add(fold(al));
      }
    }
    const start = withYear(draft.start ?? undefined, draft.year) ?? (draft.year !== null ? { year: draft.year } : null);
    const end = withYear(draft.end ?? undefined, draft.year);
    if (precisionRank(start) > precisionRank(d.start)) {
      // A yearless day joins the year already known for this meeting.
      d.start = start && start.year === undefined && d.start?.year !== undefined ? { ...start, year: d.start.year } : start;
      d.end = end && end.year === undefined && d.start?.year !== undefined ? { ...end, year: d.start.year } : end;
    } else if (start?.year === undefined && start?.day !== undefined && d.start?.year !== undefined && d.start.day === undefined && (d.start.month === undefined || d.start.month === start.month)) {
      d.start = { ...start, year: d.start.year };
      d.end = end ? { ...end, year: d.start.year } : null;
    }
    d.format ??= mt.format;
    d.city ??= mt.city;
    d.countryCode ??= mt.countryCode;
    d.chairLabel ??= mt.chairLabel;
    d.chairCountry ??= mt.chairCountry;
    if (d.chairPerson === null && mt.chairPerson !== null) d.chairPerson = personIndex[draft.article]!.get(mt.chairPerson) ?? null;
    for (const p of mt.participants) {
      const dp = personIndex[draft.article]!.get(p);
      if (dp !== undefined && !seen.participants.has(dp)) {
        d.participants.push(dp);
        seen.participants.add(dp);
      }
    }
    d.mentions.push({ ...mt.where, article: draft.article });
    meetingIndex[draft.article]!.set(draft.idx, idx);
  };
  for (const draft of drafts) {
    const m = extractions[draft.article]!.meetings[draft.idx]!.mention;
    const prefix = m.series ? seriesPrefixOf(m.series, m.partner) : null;
    if (prefix && m.ordinal !== null) place(draft, seriesMeetingKey(prefix, m.ordinal), prefix);
    else if (prefix && draft.year !== null) place(draft, seriesMeetingKey(prefix, draft.year), prefix);
    else if (prefix) pendingYearless.push({ draft, prefix });
    else place(draft, namedMeetingKey(m.core, m.ordinal ?? draft.year), null);
  }
  // Meetings of each series that have a key; placing a yearless one adds none (its key is null).
  const keyedBySeries = new Map<string, DocMeeting[]>();
  for (const mt of meetings) if (mt.seriesPrefix !== null && mt.key !== null) (keyedBySeries.get(mt.seriesPrefix) ?? keyedBySeries.set(mt.seriesPrefix, []).get(mt.seriesPrefix)!).push(mt);
  for (const { draft, prefix } of pendingYearless) {
    const same = (keyedBySeries.get(prefix) ?? []).map((mt) => ({ mt }));
    if (same.length === 1) place(draft, same[0]!.mt.key, prefix);
    else place(draft, null, prefix);
  }
  // Keys of meetings outside a series that have no year stay null: persist scopes them to the document.
  for (const mt of meetings) if (mt.key && isYearlessNamedKey(mt.key)) mt.key = null;

  // Umbrellas.
  extractions.forEach((x, a) => {
    x.meetings.forEach((mt, k) => {
      if (mt.parent === null) return;
      const child = meetingIndex[a]!.get(k)!;
      const parent = meetingIndex[a]!.get(mt.parent)!;
      if (child !== parent) meetings[child]!.parent = parent;
    });
  });

  // An umbrella whose format the text never states takes the format shared by every meeting held
  // within it (two or more): "AMM-54 and related meetings" were online when each of them was.
  const childrenOf = new Map<number, DocMeeting[]>();
  for (const c of meetings) if (c.parent !== null) (childrenOf.get(c.parent) ?? childrenOf.set(c.parent, []).get(c.parent)!).push(c);
  meetings.forEach((m, idx) => {
    if (m.format !== null) return;
    const children = childrenOf.get(idx) ?? [];
    const formats = new Set(children.map((c) => c.format));
    if (children.length >= 2 && formats.size === 1 && !formats.has(null)) m.format = [...formats][0]!;
  });

  // An organisation written inside a meeting's name took part in (or held) that meeting.
  // Organisation mentions per article and field, searched by position (every meeting against every
  // organisation was quadratic); the list is in organisation order, as the scan gave it.
  const orgMentions = new Map<string, { start: number; end: number; org: number }[]>();
  organisations.forEach((o, org) => {
    for (const om of o.mentions) {
      const key = `${om.article}|${om.field}`;
      (orgMentions.get(key) ?? orgMentions.set(key, []).get(key)!).push({ start: om.start, end: om.end, org });
    }
  });
  const orgSpans = new Map([...orgMentions].map(([key, list]) => [key, { list, index: new SpanIndex(list) }]));
  for (const m of meetings) {
    const inside = new Set<number>();
    for (const mm of m.mentions) {
      const spans = orgSpans.get(`${mm.article}|${mm.field}`);
      for (const k of spans?.index.within(mm.start, mm.end) ?? []) inside.add(spans!.list[k]!.org);
    }
    for (const idx of [...inside].sort((a, b) => a - b)) if (!m.organisations.includes(idx)) m.organisations.push(idx);
  }

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
      });
    }
  });

  return { persons, organisations, countries: [...countries].map(([code, mentions]) => ({ code, mentions })), meetings, statements };
}
