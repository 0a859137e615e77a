// The only stage that touches the database: writes one document's graph in one transaction, merging
// with stored persons (folded name or alias), organisations (name or acronym), meetings (unique key;
// a yearless mention joins the stored meeting of its series) and countries (from the lexicon).
import type { LockKey } from '../db/advisory-locks.ts';
import type { Meeting, Prisma } from '../generated/prisma/client.ts';
import { COUNTRIES } from '../lexicon/countries.ts';
import { fold } from '../text/fold.ts';
import { toUtcDate, type PartialDate } from './dates.ts';
import type { DocMeeting, DocOrganisation, DocPerson, DocumentGraph, Where } from './resolve.ts';

export type Tx = Prisma.TransactionClient;

export interface EntityCounts {
  created: number;
  merged: number;
  ids: number[];
}

export interface PersistCounts {
  persons: EntityCounts;
  organisations: EntityCounts;
  meetings: EntityCounts;
  statements: { created: number; ids: number[] };
  mentions: { created: number };
  countries: { codes: string[] };
}

export const COUNTRY = new Map(COUNTRIES.map((c) => [c.code, c]));

// A middle initial ("Retno LP Marsudi", "Joe R. Biden") is dropped by other writers of the same name.
const MIDDLE_INITIAL = /^[A-Z]{1,3}\.?$/;

/** The name without its middle initials, when it has any: "Retno LP Marsudi" → "Retno Marsudi". */
function withoutMiddleInitials(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return null;
  const kept = [words[0]!, ...words.slice(1, -1).filter((w) => !MIDDLE_INITIAL.test(w)), words.at(-1)!];
  return kept.length < words.length ? kept.join(' ') : null;
}

export function personForms(name: string, aliases: string[]): string[] {
  const forms = new Set<string>();
  for (const written of [name, ...aliases]) {
    const short = withoutMiddleInitials(written);
    if (short) forms.add(fold(short));
  }
  for (const n of [name, ...aliases]) {
    const f = fold(n);
    forms.add(f);
    const words = f.split(' ');
    if (words.length === 2) forms.add(`${words[1]} ${words[0]}`);
  }
  return [...forms].filter((f) => f.split(' ').length >= 2);
}

export const PRECISION_RANK = { YEAR: 1, MONTH: 2, DAY: 3 } as const;

/**
 * The natural keys persistGraph looks entities up by: every name form of each person, every folded
 * name and acronym of each organisation, each meeting key. A yearless meeting scans its whole series,
 * so it takes the series exclusively while keyed meetings of that series share it.
 */
export function naturalLockKeys(graph: DocumentGraph): LockKey[] {
  const keys: LockKey[] = [];
  for (const p of graph.persons) for (const f of personForms(p.name, p.aliases)) keys.push({ key: `person:${f}` });
  for (const o of graph.organisations) {
    for (const n of [o.name, ...o.aliases]) keys.push({ key: `organisation:${fold(n)}` });
    if (o.acronym) keys.push({ key: `organisation-acronym:${o.acronym}` });
  }
  for (const m of graph.meetings) {
    if (m.key) keys.push({ key: `meeting:${m.key}` });
    if (m.seriesPrefix) keys.push({ key: `meeting-series:${m.seriesPrefix}`, shared: m.key !== null });
  }
  return keys;
}

/** Ids not yet created, ordered after every stored id: a planned row loses a first-match tie to a stored one. */
export const PLANNED = 2 ** 40;

/**
 * The lexicon countries a document's graph refers to anywhere (they must exist before rows point at
 * them), sorted: concurrent writers insert shared rows in one order, so they queue instead of deadlocking.
 */
export function countryCodesOf(graph: DocumentGraph): string[] {
  const codes = new Set<string>();
  graph.countries.forEach((c) => codes.add(c.code));
  graph.persons.forEach((p) => {
    if (p.countryCode) codes.add(p.countryCode);
    p.roles.forEach((r) => r.countryCode && codes.add(r.countryCode));
  });
  graph.organisations.forEach((o) => o.countryCode && codes.add(o.countryCode));
  graph.meetings.forEach((m) => {
    if (m.countryCode) codes.add(m.countryCode);
    if (m.chairCountry) codes.add(m.chairCountry);
  });
  graph.statements.forEach((s) => s.countryCode && codes.add(s.countryCode));
  return [...codes].filter((c) => COUNTRY.has(c)).sort();
}

type MeetingPatchable = Pick<Meeting, 'startDate' | 'startPrecision' | 'endDate' | 'endPrecision' | 'format' | 'city' | 'countryCode' | 'chairLabel' | 'chairPersonId'>;
type UtcDate = ReturnType<typeof toUtcDate> | null;

/**
 * What a later mention adds to a stored meeting (both ingest paths merge by this one rule): a more
 * precise date replaces a vaguer one, and fields the meeting did not know yet are filled.
 */
export function meetingPatch(before: MeetingPatchable, m: DocMeeting, s: UtcDate, e: UtcDate, chairPersonId: number | null): Partial<MeetingPatchable> {
  const patch: Partial<MeetingPatchable> = {};
  if (s && (!before.startPrecision || PRECISION_RANK[s.precision] > PRECISION_RANK[before.startPrecision])) {
    patch.startDate = s.date;
    patch.startPrecision = s.precision;
    if (e) {
      patch.endDate = e.date;
      patch.endPrecision = e.precision;
    }
  }
  const countryCode = m.countryCode && COUNTRY.has(m.countryCode) ? m.countryCode : null;
  if (before.format === 'UNKNOWN' && m.format) patch.format = m.format;
  if (!before.city && m.city) patch.city = m.city;
  if (!before.countryCode && countryCode) patch.countryCode = countryCode;
  if (!before.chairLabel && m.chairLabel) patch.chairLabel = m.chairLabel;
  if (!before.chairPersonId && chairPersonId) patch.chairPersonId = chairPersonId;
  return patch;
}

/** How many of a series' newest stored meetings a yearless mention may join. */
export const SERIES_SCAN = 20;

/** A meeting mention's key (null while it has none) and dates. */
export interface MeetingPlace {
  key: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
}

/**
 * A yearless mention joins the first of its series' stored meetings (newest first) in a compatible
 * month, and takes that meeting's key and year; with none, it stays as it was written.
 */
export function joinSeries(m: DocMeeting, series: Pick<Meeting, 'key' | 'startDate' | 'startPrecision'>[]): MeetingPlace {
  const { start, end } = m;
  const fit = series.find((s) => s.startDate && (!start?.month || s.startPrecision === 'YEAR' || s.startDate.getUTCMonth() + 1 === start.month));
  if (!fit) return m;
  const year = fit.startDate!.getUTCFullYear();
  return {
    key: fit.key,
    start: start && start.year === undefined ? { ...start, year } : start,
    end: end && end.year === undefined ? { ...end, year } : end,
  };
}

/** The key of a meeting no stored one answers to: unique to the document and the mention. */
export const undatedKey = (m: DocMeeting, documentHash: string, i: number) =>
  `${m.seriesPrefix ?? `M-${fold(m.name).replace(/[^a-z0-9]+/g, '-').slice(0, 60)}`}-undated-${documentHash.slice(0, 12)}-${i}`;

/** Stores lexicon countries (with their alias names) that the database does not hold yet; `codes` sorted. */
export async function storeCountries(tx: Tx, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  await tx.country.createMany({
    data: codes.map((code) => {
      const c = COUNTRY.get(code)!;
      return { code, name: c.name, nameEn: c.nameEn, folded: fold(c.name) };
    }),
    skipDuplicates: true,
  });
  await tx.countryAlias.createMany({
    data: codes.flatMap((code) => {
      const c = COUNTRY.get(code)!;
      const names = [...new Set([c.name, ...c.aliases, ...(c.contextual ?? []), c.nameEn])];
      const seen = new Set<string>();
      return names.filter((n) => !seen.has(fold(n)) && seen.add(fold(n))).map((alias) => ({ countryCode: code, alias, folded: fold(alias) }));
    }),
    skipDuplicates: true,
  });
}

export function personAliasRows(p: DocPerson): { alias: string; folded: string }[] {
  const seen = new Set<string>();
  const names = [p.name, ...p.aliases];
  const variants = [...names, ...names.map(withoutMiddleInitials).filter((n): n is string => n !== null)];
  return variants.filter((a) => a.trim() && !seen.has(fold(a)) && seen.add(fold(a))).map((alias) => ({ alias, folded: fold(alias) }));
}

/** A country code the lexicon knows, or null. */
export const knownCountry = (code: string | null) => (code && COUNTRY.has(code) ? code : null);

/** Lowest id answering to each key; planned ids sort after stored ones, in planning order. */
export class Claims {
  readonly map = new Map<string, number>();
  claim(key: string, id: number) {
    const held = this.map.get(key);
    if (held === undefined || id < held) this.map.set(key, id);
  }
  get(key: string) {
    return this.map.get(key);
  }
}

/** The stored persons a write's names can match: their folded names and aliases, and their country. */
export interface StoredPerson {
  id: number;
  folded: string;
  countryCode: string | null;
  aliases: { folded: string }[];
}

/**
 * Matches one write's persons (one document, or a batch of them in order) to stored persons and to
 * each other, by the same rule on both ingest paths: a folded name or alias answers to the lowest id
 * holding it; an unmatched person is planned (id PLANNED + n) and claims its name; a match whose
 * country was unknown learns the mention's (stored persons get an update); aliases claim their forms.
 */
export class PersonMatcher {
  private readonly byForm = new Claims();
  readonly countryOf = new Map<number, string | null>();
  /** Stored persons that learn a country in this write. */
  readonly countryPatch = new Map<number, string>();
  readonly planned: DocPerson[] = [];
  readonly aliasRows: { personId: number; alias: string; folded: string }[] = [];

  constructor(stored: StoredPerson[]) {
    for (const row of stored) {
      this.countryOf.set(row.id, row.countryCode);
      this.byForm.claim(row.folded, row.id);
      for (const a of row.aliases) this.byForm.claim(a.folded, row.id);
    }
  }

  /** The person's id, stored or planned, and whether this call planned it. */
  match(p: DocPerson, forms: string[]): { id: number; created: boolean } {
    const matches = forms.map((f) => this.byForm.get(f)).filter((id): id is number => id !== undefined);
    let id = matches.length ? Math.min(...matches) : undefined;
    const created = id === undefined;
    if (id === undefined) {
      id = PLANNED + this.planned.length;
      this.planned.push(p);
      this.countryOf.set(id, knownCountry(p.countryCode));
      this.byForm.claim(fold(p.name), id);
    } else {
      const code = knownCountry(p.countryCode);
      if (!this.countryOf.get(id) && code) {
        this.countryOf.set(id, code);
        if (id < PLANNED) this.countryPatch.set(id, code);
      }
    }
    for (const a of personAliasRows(p)) {
      this.aliasRows.push({ personId: id, ...a });
      this.byForm.claim(a.folded, id);
    }
    return { id, created };
  }
}

async function resolvePersons(tx: Tx, persons: DocPerson[], counts: EntityCounts): Promise<number[]> {
  const forms = persons.map((p) => personForms(p.name, p.aliases));
  const all = [...new Set(forms.flat())];
  const stored = all.length
    ? await tx.person.findMany({
        where: { OR: [{ folded: { in: all } }, { aliases: { some: { folded: { in: all } } } }] },
        select: { id: true, folded: true, countryCode: true, aliases: { where: { folded: { in: all } }, select: { folded: true } } },
      })
    : [];
  const matcher = new PersonMatcher(stored);
  const chosen = persons.map((p, i) => {
    const { id, created } = matcher.match(p, forms[i]!);
    created ? (counts.created += 1) : (counts.merged += 1);
    return id;
  });
  const { planned, countryOf, countryPatch, aliasRows } = matcher;
  const created = planned.length
    ? await tx.person.createManyAndReturn({
        data: planned.map((p, k) => ({ name: p.name, folded: fold(p.name), countryCode: countryOf.get(PLANNED + k) ?? null })),
        select: { id: true },
      })
    : [];
  // Serial ids are drawn in VALUES order.
  const createdIds = created.map((r) => r.id).sort((a, b) => a - b);
  const real = (id: number) => (id >= PLANNED ? createdIds[id - PLANNED]! : id);
  for (const [id, code] of countryPatch) await tx.person.update({ where: { id }, data: { countryCode: code } });
  if (aliasRows.length) await tx.personAlias.createMany({ data: aliasRows.map((a) => ({ ...a, personId: real(a.personId) })), skipDuplicates: true });
  return chosen.map(real);
}

export function organisationAliasNames(o: DocOrganisation): { alias: string; folded: string }[] {
  const seen = new Set<string>();
  return [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])]
    .filter((a) => a.trim() && !seen.has(fold(a)) && seen.add(fold(a)))
    .map((alias) => ({ alias, folded: fold(alias) }));
}

/** The stored organisations a write's names and acronyms can match, with the aliases that do. */
export interface StoredOrganisation {
  id: number;
  folded: string;
  acronym: string | null;
  aliases: { folded: string }[];
}

/** One read for a whole write: the organisations' folded names (and aliases) and acronyms. */
export async function findStoredOrganisations(tx: Tx, organisations: DocOrganisation[]): Promise<StoredOrganisation[]> {
  const names = [...new Set(organisations.map((o) => fold(o.name)))];
  const acronyms = [...new Set(organisations.flatMap((o) => (o.acronym ? [o.acronym] : [])))];
  return names.length
    ? await tx.organisation.findMany({
        where: { OR: [{ folded: { in: names } }, { aliases: { some: { folded: { in: names } } } }, ...(acronyms.length ? [{ acronym: { in: acronyms } }] : [])] },
        select: { id: true, folded: true, acronym: true, aliases: { where: { folded: { in: names } }, select: { folded: true } } },
      })
    : [];
}

/**
 * Matches one write's organisations (one document, or a batch of them in order) to stored ones and to
 * each other, by the same rule on both ingest paths: the lowest id holding the folded name (or an
 * alias) or the acronym; an unmatched organisation is planned (id PLANNED + n) and claims its name and
 * acronym; every organisation's names claim its id for those that follow.
 */
export class OrganisationMatcher {
  private readonly byName = new Claims();
  private readonly byAcronym = new Claims();
  readonly planned: DocOrganisation[] = [];
  readonly aliasRows: { organisationId: number; alias: string; folded: string }[] = [];

  constructor(stored: StoredOrganisation[]) {
    for (const row of stored) {
      this.byName.claim(row.folded, row.id);
      for (const a of row.aliases) this.byName.claim(a.folded, row.id);
      if (row.acronym) this.byAcronym.claim(row.acronym, row.id);
    }
  }

  /** The organisation's id, stored or planned, and whether this call planned it. */
  match(o: DocOrganisation): { id: number; created: boolean } {
    const f = fold(o.name);
    const matches = [this.byName.get(f), o.acronym ? this.byAcronym.get(o.acronym) : undefined].filter((id): id is number => id !== undefined);
    let id = matches.length ? Math.min(...matches) : undefined;
    const created = id === undefined;
    if (id === undefined) {
      id = PLANNED + this.planned.length;
      this.planned.push(o);
      this.byName.claim(f, id);
      if (o.acronym) this.byAcronym.claim(o.acronym, id);
    }
    for (const a of organisationAliasNames(o)) {
      this.aliasRows.push({ organisationId: id, ...a });
      this.byName.claim(a.folded, id);
    }
    return { id, created };
  }

  /** Inserts the planned organisations; the function returned maps every id match gave to its stored id. */
  async insertPlanned(tx: Tx): Promise<(id: number) => number> {
    const created = this.planned.length
      ? await tx.organisation.createManyAndReturn({
          data: this.planned.map((o) => ({ name: o.name, folded: fold(o.name), acronym: o.acronym, kind: o.kind, countryCode: knownCountry(o.countryCode) })),
          select: { id: true },
        })
      : [];
    // Serial ids are drawn in VALUES order.
    const createdIds = created.map((r) => r.id).sort((a, b) => a - b);
    return (id) => (id >= PLANNED ? createdIds[id - PLANNED]! : id);
  }
}

async function resolveOrganisations(tx: Tx, organisations: DocOrganisation[], counts: EntityCounts): Promise<number[]> {
  const matcher = new OrganisationMatcher(await findStoredOrganisations(tx, organisations));
  const chosen = organisations.map((o) => {
    const { id, created } = matcher.match(o);
    created ? (counts.created += 1) : (counts.merged += 1);
    return id;
  });
  const real = await matcher.insertPlanned(tx);
  const { aliasRows } = matcher;
  if (aliasRows.length) await tx.organisationAlias.createMany({ data: aliasRows.map((a) => ({ ...a, organisationId: real(a.organisationId) })), skipDuplicates: true });
  return chosen.map(real);
}

/** What a document's graph indexes stand for once its entities are stored. */
export interface StoredIds {
  articleIds: number[];
  personIds: number[];
  orgIds: number[];
  meetingIds: number[];
  /** Each meeting's start, when known to the day: the date its statements were made. */
  meetingStart: (Date | null)[];
}

/** A document's Statement rows: body only, since evidence offsets point into Article.body. */
export function documentStatementRows(graph: DocumentGraph, ids: StoredIds, publishedAt: Date | null) {
  return graph.statements
    .filter((s) => s.field === 'BODY' && s.content.trim() && s.speakerLabel.trim())
    .map((s) => ({
      articleId: ids.articleIds[s.article]!,
      meetingId: s.meeting !== null ? ids.meetingIds[s.meeting]! : null,
      speakerKind: s.speakerKind,
      speakerPersonId: s.person !== null ? ids.personIds[s.person]! : null,
      speakerOrganisationId: s.organisation !== null ? ids.orgIds[s.organisation]! : null,
      speakerCountryCode: knownCountry(s.countryCode),
      speakerLabel: s.speakerLabel,
      verb: s.verb,
      act: s.act,
      content: s.content,
      isDirectQuote: s.direct,
      evidenceStart: s.evidenceStart,
      evidenceEnd: s.evidenceEnd,
      saidOn: (s.meeting !== null ? ids.meetingStart[s.meeting] : null) ?? publishedAt,
      searchText: fold(`${s.speakerLabel} ${s.verb} ${s.content}`),
    }));
}

export async function persistGraph(
  tx: Tx,
  graph: DocumentGraph,
  articleIds: number[],
  documentHash: string,
  publishedAt: Date | null,
  /** Country codes whose rows (and aliases) are known to be stored already: lexicon rows never change. */
  countriesStored: ReadonlySet<string> = new Set(),
): Promise<PersistCounts> {
  const counts: PersistCounts = {
    persons: { created: 0, merged: 0, ids: [] },
    organisations: { created: 0, merged: 0, ids: [] },
    meetings: { created: 0, merged: 0, ids: [] },
    statements: { created: 0, ids: [] },
    mentions: { created: 0 },
    countries: { codes: [] },
  };

  // Countries referenced anywhere must exist before rows point at them.
  const known = countryCodesOf(graph);
  const missing = known.filter((c) => !countriesStored.has(c));
  await storeCountries(tx, missing);
  counts.countries.codes = known;
  const country = knownCountry;

  // Persons: one lookup for every name form of the document, then the same first-match-by-id rule
  // as looking each person up in turn (earlier persons of this document count as stored).
  const personIds = await resolvePersons(tx, graph.persons, counts.persons);
  counts.persons.ids = personIds;

  // Organisations, the same way.
  const orgIds = await resolveOrganisations(tx, graph.organisations, counts.organisations);
  counts.organisations.ids = orgIds;

  // Meetings.
  const meetingIds: number[] = [];
  const meetingStart: (Date | null)[] = [];
  // Keys are locked, so what is read now stays true; rows this document writes are kept up to date here.
  const keyed = graph.meetings.flatMap((m) => (m.key ? [m.key] : []));
  const byKey = new Map((keyed.length ? await tx.meeting.findMany({ where: { key: { in: keyed } } }) : []).map((r) => [r.key, r]));
  const meetingAliasRows: Prisma.MeetingAliasCreateManyInput[] = [];
  const participantRows: Prisma.MeetingParticipantCreateManyInput[] = [];
  const meetingOrgRows: Prisma.MeetingOrganisationCreateManyInput[] = [];
  for (const [i, m] of graph.meetings.entries()) {
    const place = !m.key && m.seriesPrefix
      ? joinSeries(m, await tx.meeting.findMany({ where: { series: m.series, key: { startsWith: `${m.seriesPrefix}-` } }, orderBy: { id: 'desc' }, take: SERIES_SCAN }))
      : m;
    const key = place.key ?? undatedKey(m, documentHash, i);
    const { start, end } = place;
    const s = start ? toUtcDate(start) : null;
    const e = end ? toUtcDate(end) : null;
    const data = {
      name: m.name, folded: fold(m.name), acronym: m.acronym, series: m.series, ordinal: m.ordinal, level: m.level,
      startDate: s?.date ?? null, startPrecision: s?.precision ?? null, endDate: e?.date ?? null, endPrecision: e?.precision ?? null,
      format: m.format ?? 'UNKNOWN', city: m.city, countryCode: country(m.countryCode), chairLabel: m.chairLabel,
      chairPersonId: m.chairPerson !== null ? personIds[m.chairPerson]! : null, chairCountryCode: country(m.chairCountry),
    } as const;
    const before = byKey.has(key) ? byKey.get(key)! : await tx.meeting.findUnique({ where: { key } });
    let row = before ?? (await tx.meeting.create({ data: { key, ...data } }));
    if (before) {
      counts.meetings.merged += 1;
      const patch = meetingPatch(before, m, s, e, data.chairPersonId);
      if (Object.keys(patch).length) row = await tx.meeting.update({ where: { id: before.id }, data: patch });
    } else counts.meetings.created += 1;
    byKey.set(key, row);
    const seen = new Set<string>([fold(row.name)]);
    const aliases = [m.name, ...m.aliases].filter((a) => a.trim() && !seen.has(fold(a)) && seen.add(fold(a)));
    const meetingId = row.id;
    meetingAliasRows.push(...aliases.map((alias) => ({ meetingId, alias, folded: fold(alias) })));
    participantRows.push(...m.participants.map((p) => ({ meetingId, personId: personIds[p]! })));
    meetingOrgRows.push(...m.organisations.map((o) => ({ meetingId, organisationId: orgIds[o]! })));
    meetingIds.push(row.id);
    meetingStart.push(s?.precision === 'DAY' ? s.date : null);
  }
  if (meetingAliasRows.length) await tx.meetingAlias.createMany({ data: meetingAliasRows, skipDuplicates: true });
  if (participantRows.length) await tx.meetingParticipant.createMany({ data: participantRows, skipDuplicates: true });
  if (meetingOrgRows.length) await tx.meetingOrganisation.createMany({ data: meetingOrgRows, skipDuplicates: true });
  for (const [i, m] of graph.meetings.entries()) {
    if (m.parent !== null && meetingIds[m.parent] !== meetingIds[i]) {
      await tx.meeting.updateMany({ where: { id: meetingIds[i]!, parentId: null }, data: { parentId: meetingIds[m.parent]! } });
    }
  }
  counts.meetings.ids = meetingIds;

  const statementRows = documentStatementRows(graph, { articleIds, personIds, orgIds, meetingIds, meetingStart }, publishedAt);
  if (statementRows.length) {
    const created = await tx.statement.createManyAndReturn({ data: statementRows, select: { id: true } });
    counts.statements.created = created.length;
    counts.statements.ids = created.map((r) => r.id);
  }

  // Provenance.
  const mention = (w: Where) => ({ articleId: articleIds[w.article]!, field: w.field, start: w.start, end: w.end, text: w.text });
  const mentionRows: Prisma.MentionCreateManyInput[] = [
    ...graph.persons.flatMap((p, i) => p.mentions.map((w) => ({ ...mention(w), kind: 'PERSON' as const, personId: personIds[i]! }))),
    ...graph.organisations.flatMap((o, i) => o.mentions.map((w) => ({ ...mention(w), kind: 'ORGANISATION' as const, organisationId: orgIds[i]! }))),
    ...graph.countries.filter((c) => COUNTRY.has(c.code)).flatMap((c) => c.mentions.map((w) => ({ ...mention(w), kind: 'COUNTRY' as const, countryCode: c.code }))),
    ...graph.meetings.flatMap((m, i) => m.mentions.map((w) => ({ ...mention(w), kind: 'MEETING' as const, meetingId: meetingIds[i]! }))),
  ];
  if (mentionRows.length) counts.mentions.created = (await tx.mention.createMany({ data: mentionRows })).count;

  const orgByName = new Map(graph.organisations.map((o, i) => [fold(o.name), orgIds[i]!]));
  const roleRows = graph.persons.flatMap((p, i) =>
    p.roles.map((r) => ({
      personId: personIds[i]!, title: r.title, countryCode: country(r.countryCode),
      organisationId: r.organisation ? (orgByName.get(fold(r.organisation)) ?? null) : null, articleId: articleIds[r.article]!,
    })),
  );
  if (roleRows.length) await tx.personRole.createMany({ data: roleRows });
  return counts;
}
