// Which meeting a mention is and what it adds: keys, a yearless mention joining its series, and the
// merge of a later mention into a stored meeting. Works on an in-memory view of the stored meetings
// (read once per write, under the write's locks) that each document's mentions update in order.
import type { Meeting } from '../../../generated/prisma/client.ts';
import { toUtcDate, type PartialDate } from '../../dates.ts';
import { fold } from '../../../text/fold.ts';
import type { DocMeeting, DocumentGraph } from '../../resolve.ts';
import { undatedKey } from '../../meeting-keys.ts';
import { PLANNED } from './claims.ts';
import { knownCountry } from './countries.ts';
import type { EntityCounts } from '../types.ts';

export type MeetingRow = Omit<Meeting, 'createdAt'>;
type MeetingPatchable = Pick<Meeting, 'startDate' | 'startPrecision' | 'endDate' | 'endPrecision' | 'format' | 'city' | 'countryCode' | 'chairLabel' | 'chairPersonId' | 'chairCountryCode'>;
type UtcDate = ReturnType<typeof toUtcDate> | null;

const PRECISION_RANK = { YEAR: 1, MONTH: 2, DAY: 3 } as const;

/**
 * What a later mention adds to a stored meeting: a more precise date replaces a vaguer one, and
 * fields the meeting did not know yet are filled.
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
  const countryCode = knownCountry(m.countryCode);
  if (before.format === 'UNKNOWN' && m.format) patch.format = m.format;
  if (!before.city && m.city) patch.city = m.city;
  if (!before.countryCode && countryCode) patch.countryCode = countryCode;
  if (!before.chairLabel && m.chairLabel) patch.chairLabel = m.chairLabel;
  if (!before.chairPersonId && chairPersonId) patch.chairPersonId = chairPersonId;
  const chairCountry = knownCountry(m.chairCountry);
  if (!before.chairCountryCode && chairCountry) patch.chairCountryCode = chairCountry;
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


/** The series a yearless mention scans, as one map key. */
export const seriesKey = (series: string | null, prefix: string) => `${series}\u0000${prefix}`;

/** The stored meetings a write can meet: by key, and each scanned series' newest keys, newest first. */
export interface StoredMeetings {
  byKey: Map<string, MeetingRow>;
  recent: Map<string, string[]>;
  series: Map<string, { series: string; prefix: string }>;
}

/** The meeting ids of one document's graph (stored or planned) and each one's start when known to the day. */
export interface DocumentMeetings {
  ids: number[];
  starts: (Date | null)[];
}

/**
 * Matches one write's meetings, document after document, against the stored view; rows it plans or
 * patches are kept in the view, so later documents of the same write see them.
 */
export class MeetingMatcher {
  readonly planned: MeetingRow[] = [];
  /** Stored rows patched by this write. */
  readonly dirty = new Set<MeetingRow>();
  /** Rows that got a parent in this write (only a meeting without one takes it). */
  readonly parents = new Map<MeetingRow, number>();
  readonly aliasRows: { meetingId: number; alias: string; folded: string }[] = [];
  readonly participantRows: { meetingId: number; personId: number; role: string | null }[] = [];
  readonly orgRows: { meetingId: number; organisationId: number }[] = [];

  constructor(private readonly stored: StoredMeetings) {}

  matchDocument(graph: DocumentGraph, documentHash: string, personIds: number[], orgIds: number[], counts: EntityCounts): DocumentMeetings {
    const rows = graph.meetings.map((m, i) => this.matchOne(m, i, documentHash, personIds, orgIds, counts));
    const ids = rows.map(({ row }) => row.id);
    graph.meetings.forEach((m, i) => {
      const row = rows[i]!.row;
      if (m.parent === null || ids[m.parent] === ids[i] || row.parentId !== null) return;
      row.parentId = ids[m.parent]!;
      this.parents.set(row, ids[m.parent]!);
    });
    return { ids, starts: rows.map(({ start }) => start) };
  }

  private matchOne(m: DocMeeting, i: number, documentHash: string, personIds: number[], orgIds: number[], counts: EntityCounts) {
    const place = !m.key && m.seriesPrefix ? joinSeries(m, this.seriesRows(m.series, m.seriesPrefix)) : m;
    const key = place.key ?? undatedKey(m, documentHash, i);
    const s = place.start ? toUtcDate(place.start) : null;
    const e = place.end ? toUtcDate(place.end) : null;
    const chairPersonId = m.chairPerson !== null ? personIds[m.chairPerson]! : null;
    let row = this.stored.byKey.get(key);
    if (row) {
      counts.merged += 1;
      const patch = meetingPatch(row, m, s, e, chairPersonId);
      Object.assign(row, patch);
      if (row.id < PLANNED && Object.keys(patch).length) this.dirty.add(row);
    } else {
      counts.created += 1;
      row = this.plan(m, key, s, e, chairPersonId);
    }
    this.link(row, m, personIds, orgIds);
    return { row, start: s?.precision === 'DAY' ? s.date : null };
  }

  private seriesRows(series: string | null, prefix: string): MeetingRow[] {
    return (this.stored.recent.get(seriesKey(series, prefix)) ?? []).slice(0, SERIES_SCAN).map((k) => this.stored.byKey.get(k)!);
  }

  private plan(m: DocMeeting, key: string, s: UtcDate, e: UtcDate, chairPersonId: number | null): MeetingRow {
    const row: MeetingRow = {
      id: PLANNED + this.planned.length, key, name: m.name, folded: fold(m.name), acronym: m.acronym, series: m.series, ordinal: m.ordinal, level: m.level,
      startDate: s?.date ?? null, startPrecision: s?.precision ?? null, endDate: e?.date ?? null, endPrecision: e?.precision ?? null,
      format: m.format ?? 'UNKNOWN', city: m.city, countryCode: knownCountry(m.countryCode), chairLabel: m.chairLabel,
      chairPersonId, chairOrganisationId: null, chairCountryCode: knownCountry(m.chairCountry), parentId: null,
    };
    this.planned.push(row);
    this.stored.byKey.set(key, row);
    // A new meeting of a scanned series is that series' newest for the documents that follow.
    if (m.series && key.startsWith(m.series)) {
      for (const [k, v] of this.stored.series) {
        if (v.series === m.series && key.startsWith(`${v.prefix}-`)) this.stored.recent.set(k, [key, ...(this.stored.recent.get(k) ?? [])]);
      }
    }
    return row;
  }

  private link(row: MeetingRow, m: DocMeeting, personIds: number[], orgIds: number[]) {
    const seen = new Set<string>([fold(row.name)]);
    const aliases = [m.name, ...m.aliases].filter((a) => a.trim() && !seen.has(fold(a)) && seen.add(fold(a)));
    const meetingId = row.id;
    this.aliasRows.push(...aliases.map((alias) => ({ meetingId, alias, folded: fold(alias) })));
    // Chairs first: a chair who is also a participant keeps the role (duplicates are skipped on insert).
    const chairs = new Set(m.chairs);
    this.participantRows.push(...[...m.chairs, ...m.participants.filter((p) => !chairs.has(p))].map((p) => ({ meetingId, personId: personIds[p]!, role: chairs.has(p) ? 'chair' : null })));
    this.orgRows.push(...m.organisations.map((o) => ({ meetingId, organisationId: orgIds[o]! })));
  }
}
