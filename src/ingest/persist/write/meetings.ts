// Meetings of a write: one read of the keys and series it can meet, the meeting rules document after
// document (match/meetings.ts), then one statement per table.
import { realIds } from '../match/claims.ts';
import { undatedKey } from '../../meeting-keys.ts';
import { MeetingMatcher, SERIES_SCAN, seriesKey, type DocumentMeetings, type MeetingRow, type StoredMeetings } from '../match/meetings.ts';
import type { EntityCounts, GraphToWrite, Tx } from '../types.ts';
import { insertRows, isoDay } from './insert-rows.ts';

/**
 * Every key a document may look up: its keyed meetings, the keys it would give undated ones, and the
 * newest SERIES_SCAN meetings of each series a yearless mention scans.
 */
async function findStoredMeetings(tx: Tx, graphs: GraphToWrite[]): Promise<StoredMeetings> {
  const keys = new Set<string>();
  const series = new Map<string, { series: string; prefix: string }>();
  for (const { graph, documentHash } of graphs) {
    graph.meetings.forEach((m, i) => {
      keys.add(m.key ?? undatedKey(m, documentHash, i));
      if (!m.key && m.seriesPrefix) series.set(seriesKey(m.series, m.seriesPrefix), { series: m.series!, prefix: m.seriesPrefix });
    });
  }
  const scanned = series.size
    ? await tx.$queryRawUnsafe<{ q: number; id: number }[]>(
        `SELECT q.n AS q, m.id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(series, prefix, n)
           CROSS JOIN LATERAL (SELECT id FROM "Meeting" WHERE series = q.series AND starts_with(key, q.prefix || '-') ORDER BY id DESC LIMIT ${SERIES_SCAN}) m`,
        [...series.values()].map((s) => s.series),
        [...series.values()].map((s) => s.prefix),
      )
    : [];
  const stored = keys.size || scanned.length
    ? await tx.meeting.findMany({ where: { OR: [{ key: { in: [...keys] } }, { id: { in: scanned.map((r) => Number(r.id)) } }] } })
    : [];
  const byKey = new Map<string, MeetingRow>(stored.map((r) => [r.key, r]));
  const keyOf = new Map(stored.map((r) => [r.id, r.key]));
  const seriesKeys = [...series.keys()];
  const recent = new Map<string, string[]>();
  for (const r of [...scanned].sort((a, b) => Number(b.id) - Number(a.id))) {
    const k = seriesKeys[Number(r.q) - 1]!;
    recent.set(k, [...(recent.get(k) ?? []), keyOf.get(Number(r.id))!]);
  }
  return { byKey, recent, series };
}

async function insertPlanned(tx: Tx, planned: MeetingRow[]): Promise<number[]> {
  const col = <K extends keyof MeetingRow>(k: K) => planned.map((r) => r[k]);
  return insertRows(
    tx,
    'Meeting',
    [
      ['key', 'text', col('key')], ['name', 'text', col('name')], ['folded', 'text', col('folded')], ['acronym', 'text', col('acronym')],
      ['series', 'text', col('series')], ['ordinal', 'int', col('ordinal')], ['level', 'text', col('level'), 'MeetingLevel'],
      ['startDate', 'date', planned.map((r) => isoDay(r.startDate))], ['startPrecision', 'text', col('startPrecision'), 'DatePrecision'],
      ['endDate', 'date', planned.map((r) => isoDay(r.endDate))], ['endPrecision', 'text', col('endPrecision'), 'DatePrecision'],
      ['format', 'text', col('format'), 'MeetingFormat'], ['city', 'text', col('city')], ['countryCode', 'text', col('countryCode')],
      ['chairLabel', 'text', col('chairLabel')], ['chairPersonId', 'int', col('chairPersonId')], ['chairCountryCode', 'text', col('chairCountryCode')],
    ],
    { returning: true },
  );
}

/** Stored meetings a later mention patched (match/meetings.ts meetingPatch): one UPDATE for all. */
async function updatePatched(tx: Tx, rows: MeetingRow[]): Promise<void> {
  if (!rows.length) return;
  await tx.$executeRawUnsafe(
    `UPDATE "Meeting" m SET "startDate" = v.sd, "startPrecision" = v.sp::"DatePrecision", "endDate" = v.ed, "endPrecision" = v.ep::"DatePrecision",
            format = v.f::"MeetingFormat", city = v.city, "countryCode" = v.cc, "chairLabel" = v.cl, "chairPersonId" = v.cp, "chairCountryCode" = v.ccc
       FROM unnest($1::int[], $2::date[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::text[])
            AS v(id, sd, sp, ed, ep, f, city, cc, cl, cp, ccc)
      WHERE m.id = v.id`,
    rows.map((r) => r.id),
    rows.map((r) => isoDay(r.startDate)),
    rows.map((r) => r.startPrecision),
    rows.map((r) => isoDay(r.endDate)),
    rows.map((r) => r.endPrecision),
    rows.map((r) => r.format),
    rows.map((r) => r.city),
    rows.map((r) => r.countryCode),
    rows.map((r) => r.chairLabel),
    rows.map((r) => r.chairPersonId),
    rows.map((r) => r.chairCountryCode),
  );
}

async function insertLinks(tx: Tx, matcher: MeetingMatcher, real: (id: number) => number): Promise<void> {
  const { aliasRows, participantRows, orgRows, parents } = matcher;
  await insertRows(tx, 'MeetingAlias', [['meetingId', 'int', aliasRows.map((r) => real(r.meetingId))], ['alias', 'text', aliasRows.map((r) => r.alias)], ['folded', 'text', aliasRows.map((r) => r.folded)]], { skipDuplicates: true });
  await insertRows(tx, 'MeetingParticipant', [['meetingId', 'int', participantRows.map((r) => real(r.meetingId))], ['personId', 'int', participantRows.map((r) => r.personId)], ['role', 'text', participantRows.map((r) => r.role)]], { skipDuplicates: true });
  await insertRows(tx, 'MeetingOrganisation', [['meetingId', 'int', orgRows.map((r) => real(r.meetingId))], ['organisationId', 'int', orgRows.map((r) => r.organisationId)]], { skipDuplicates: true });
  if (!parents.size) return;
  const rows = [...parents];
  await tx.$executeRawUnsafe(
    `UPDATE "Meeting" m SET "parentId" = v.parent FROM unnest($1::int[], $2::int[]) AS v(id, parent) WHERE m.id = v.id AND m."parentId" IS NULL`,
    rows.map(([r]) => real(r.id)),
    rows.map(([, parent]) => real(parent)),
  );
}

/** Each document's meeting ids and day-precise starts, in graph order; `out` gets the counts. */
export async function writeMeetings(tx: Tx, graphs: GraphToWrite[], personIds: number[][], orgIds: number[][], out: EntityCounts[]): Promise<DocumentMeetings[]> {
  const matcher = new MeetingMatcher(await findStoredMeetings(tx, graphs));
  const perDoc = graphs.map(({ graph, documentHash }, d) => matcher.matchDocument(graph, documentHash, personIds[d]!, orgIds[d]!, out[d]!));
  const real = realIds(await insertPlanned(tx, matcher.planned));
  await updatePatched(tx, [...matcher.dirty]);
  await insertLinks(tx, matcher, real);
  return perDoc.map(({ ids, starts }) => ({ ids: ids.map(real), starts }));
}
