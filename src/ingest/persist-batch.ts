// Writes the graphs of many planned documents in one transaction with one statement per table, for
// bulk loads. The outcome is the one persistGraph gives when called on each document in order: the
// documents are merged one after the other against an in-memory view of the stored rows (read once
// for the whole batch, under the batch's locks) that each document's writes update, and rows are
// inserted in the order the per-document path would insert them, so even serial ids come out the same.
import type { Meeting } from '../generated/prisma/client.ts';
import {
  COUNTRY, countryCodesOf, documentStatementRows, findStoredOrganisations, joinSeries, knownCountry, meetingPatch, OrganisationMatcher, PersonMatcher, storeCountries,
  personForms, PLANNED, SERIES_SCAN, undatedKey, type EntityCounts, type PersistCounts, type Tx,
} from './persist.ts';
import { toUtcDate } from './dates.ts';
import { fold } from './fold-cache.ts';
import type { DocumentGraph, Where } from './resolve.ts';

export interface BatchGraph {
  graph: DocumentGraph;
  /** Ids of the document's fresh articles, in the order the graph indexes them. */
  articleIds: number[];
  documentHash: string;
  publishedAt: Date | null;
}


/** A column of a bulk insert: its name, the array type its values are sent as, and a cast to the column's enum. */
type Column = readonly [name: string, arrayType: string, values: unknown[], cast?: string];

/**
 * One INSERT ... SELECT FROM unnest(...) for all rows: one parameter per column instead of one per
 * value, which spares the client most of the per-row work. Rows are inserted (and serial ids drawn)
 * in the order given; the ids come back in that order.
 */
export async function insertRows(tx: Tx, table: string, columns: Column[], options: { skipDuplicates?: boolean; returning?: boolean } = {}): Promise<number[]> {
  if (columns[0]![2].length === 0) return [];
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const values = columns.map(([, , , cast], k) => `c${k}${cast ? `::"${cast}"` : ''}`).join(', ');
  const source = `unnest(${columns.map(([, type], k) => `$${k + 1}::${type}[]`).join(', ')}) WITH ORDINALITY AS v(${columns.map((_, k) => `c${k}`).join(', ')}, n)`;
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM ${source} ORDER BY n${options.skipDuplicates ? ' ON CONFLICT DO NOTHING' : ''}`;
  const args = columns.map(([, , v]) => v);
  if (!options.returning) {
    await tx.$executeRawUnsafe(sql, ...args);
    return [];
  }
  const rows = await tx.$queryRawUnsafe<{ id: number }[]>(`${sql} RETURNING id`, ...args);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const counts = (): EntityCounts => ({ created: 0, merged: 0, ids: [] });

/** Serial ids are drawn in VALUES order: the n-th planned row gets the n-th smallest returned id. */
function realIds(rows: { id: number }[] | number[]): (id: number) => number {
  const ids = rows.map((r) => (typeof r === 'number' ? r : r.id)).sort((a, b) => a - b);
  return (id) => (id >= PLANNED ? ids[id - PLANNED]! : id);
}

async function writeCountries(tx: Tx, graphs: BatchGraph[], countriesStored: ReadonlySet<string>): Promise<string[][]> {
  const perDoc = graphs.map(({ graph }) => countryCodesOf(graph));
  // Sorted: concurrent writers insert shared rows in one order, so they queue instead of deadlocking.
  const missing = [...new Set(perDoc.flat())].filter((c) => !countriesStored.has(c)).sort();
  await storeCountries(tx, missing);
  return perDoc;
}

async function resolvePersons(tx: Tx, graphs: BatchGraph[], out: EntityCounts[]): Promise<number[][]> {
  const forms = graphs.map(({ graph }) => graph.persons.map((p) => personForms(p.name, p.aliases)));
  const all = [...new Set(forms.flat(2))];
  const stored = all.length
    ? await tx.person.findMany({
        where: { OR: [{ folded: { in: all } }, { aliases: { some: { folded: { in: all } } } }] },
        select: { id: true, folded: true, countryCode: true, aliases: { where: { folded: { in: all } }, select: { folded: true } } },
      })
    : [];
  const matcher = new PersonMatcher(stored);
  const chosen = graphs.map(({ graph }, d) =>
    graph.persons.map((p, i) => {
      const { id, created } = matcher.match(p, forms[d]![i]!);
      created ? (out[d]!.created += 1) : (out[d]!.merged += 1);
      return id;
    }),
  );
  const { planned, countryOf, countryPatch, aliasRows } = matcher;
  const real = realIds(
    await insertRows(
      tx,
      'Person',
      [['name', 'text', planned.map((p) => p.name)], ['folded', 'text', planned.map((p) => fold(p.name))], ['countryCode', 'text', planned.map((_, k) => countryOf.get(PLANNED + k) ?? null)]],
      { returning: true },
    ),
  );
  if (countryPatch.size) {
    await tx.$executeRawUnsafe(
      `UPDATE "Person" p SET "countryCode" = v.code FROM unnest($1::int[], $2::text[]) AS v(id, code) WHERE p.id = v.id`,
      [...countryPatch.keys()],
      [...countryPatch.values()],
    );
  }
  await insertRows(tx, 'PersonAlias', [['personId', 'int', aliasRows.map((a) => real(a.personId))], ['alias', 'text', aliasRows.map((a) => a.alias)], ['folded', 'text', aliasRows.map((a) => a.folded)]], { skipDuplicates: true });
  return chosen.map((ids) => ids.map(real));
}

async function resolveOrganisations(tx: Tx, graphs: BatchGraph[], out: EntityCounts[]): Promise<number[][]> {
  const matcher = new OrganisationMatcher(await findStoredOrganisations(tx, graphs.flatMap(({ graph }) => graph.organisations)));
  const chosen = graphs.map(({ graph }, d) =>
    graph.organisations.map((o) => {
      const { id, created } = matcher.match(o);
      created ? (out[d]!.created += 1) : (out[d]!.merged += 1);
      return id;
    }),
  );
  const real = await matcher.insertPlanned(tx);
  const { aliasRows } = matcher;
  await insertRows(tx, 'OrganisationAlias', [['organisationId', 'int', aliasRows.map((a) => real(a.organisationId))], ['alias', 'text', aliasRows.map((a) => a.alias)], ['folded', 'text', aliasRows.map((a) => a.folded)]], { skipDuplicates: true });
  return chosen.map((ids) => ids.map(real));
}

type MeetingRow = Omit<Meeting, 'createdAt'>;

async function resolveMeetings(tx: Tx, graphs: BatchGraph[], personIds: number[][], orgIds: number[][], out: EntityCounts[]) {
  // Every key a document may look up: its keyed meetings, the keys it would give undated ones, and
  // the newest SERIES_SCAN meetings of each series a yearless mention scans (batch rows go in front of them).
  const keys = new Set<string>();
  const series = new Map<string, { series: string; prefix: string }>();
  for (const { graph, documentHash } of graphs) {
    graph.meetings.forEach((m, i) => {
      keys.add(m.key ?? undatedKey(m, documentHash, i));
      if (!m.key && m.seriesPrefix) series.set(`${m.series}\u0000${m.seriesPrefix}`, { series: m.series!, prefix: m.seriesPrefix });
    });
  }
  const recent = new Map<string, string[]>();
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
  const byId = new Map(stored.map((r) => [r.id, r.key]));
  const seriesKeys = [...series.keys()];
  for (const r of [...scanned].sort((a, b) => Number(b.id) - Number(a.id))) {
    const k = seriesKeys[Number(r.q) - 1]!;
    recent.set(k, [...(recent.get(k) ?? []), byId.get(Number(r.id))!]);
  }
  const planned: MeetingRow[] = [];
  const dirty = new Set<MeetingRow>();
  const parents = new Map<MeetingRow, number>();
  const aliasRows: { meetingId: number; alias: string; folded: string }[] = [];
  const participantRows: { meetingId: number; personId: number }[] = [];
  const orgRows: { meetingId: number; organisationId: number }[] = [];
  const meetingIds: number[][] = [];
  const meetingStart: (Date | null)[][] = [];
  graphs.forEach(({ graph, documentHash }, d) => {
    const ids: number[] = [];
    const rows: MeetingRow[] = [];
    const starts: (Date | null)[] = [];
    for (const [i, m] of graph.meetings.entries()) {
      const place = !m.key && m.seriesPrefix ? joinSeries(m, (recent.get(`${m.series}\u0000${m.seriesPrefix}`) ?? []).slice(0, SERIES_SCAN).map((k) => byKey.get(k)!)) : m;
      const key = place.key ?? undatedKey(m, documentHash, i);
      const { start, end } = place;
      const s = start ? toUtcDate(start) : null;
      const e = end ? toUtcDate(end) : null;
      const chairPersonId = m.chairPerson !== null ? personIds[d]![m.chairPerson]! : null;
      let row = byKey.get(key);
      if (row) {
        out[d]!.merged += 1;
        const patch = meetingPatch(row, m, s, e, chairPersonId);
        Object.assign(row, patch);
        if (row.id < PLANNED && Object.keys(patch).length) dirty.add(row);
      } else {
        row = {
          id: PLANNED + planned.length, key, name: m.name, folded: fold(m.name), acronym: m.acronym, series: m.series, ordinal: m.ordinal, level: m.level,
          startDate: s?.date ?? null, startPrecision: s?.precision ?? null, endDate: e?.date ?? null, endPrecision: e?.precision ?? null,
          format: m.format ?? 'UNKNOWN', city: m.city, countryCode: knownCountry(m.countryCode), chairLabel: m.chairLabel,
          chairPersonId, chairOrganisationId: null, chairCountryCode: knownCountry(m.chairCountry), parentId: null,
        };
        planned.push(row);
        byKey.set(key, row);
        if (m.series && key.startsWith(`${m.series}`)) {
          for (const [k, v] of series) if (v.series === m.series && key.startsWith(`${v.prefix}-`)) recent.set(k, [key, ...(recent.get(k) ?? [])]);
        }
        out[d]!.created += 1;
      }
      const seen = new Set<string>([fold(row.name)]);
      const aliases = [m.name, ...m.aliases].filter((a) => a.trim() && !seen.has(fold(a)) && seen.add(fold(a)));
      const meetingId = row.id;
      aliasRows.push(...aliases.map((alias) => ({ meetingId, alias, folded: fold(alias) })));
      participantRows.push(...m.participants.map((p) => ({ meetingId, personId: personIds[d]![p]! })));
      orgRows.push(...m.organisations.map((o) => ({ meetingId, organisationId: orgIds[d]![o]! })));
      ids.push(row.id);
      rows.push(row);
      starts.push(s?.precision === 'DAY' ? s.date : null);
    }
    for (const [i, m] of graph.meetings.entries()) {
      if (m.parent === null || ids[m.parent] === ids[i]) continue;
      const row = rows[i]!;
      if (row.parentId === null) {
        row.parentId = ids[m.parent]!;
        parents.set(row, ids[m.parent]!);
      }
    }
    meetingIds.push(ids);
    meetingStart.push(starts);
  });

  const col = <K extends keyof MeetingRow>(k: K) => planned.map((r) => r[k]);
  const created = await insertRows(
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
  const real = realIds(created);
  if (dirty.size) {
    const rows = [...dirty];
    await tx.$executeRawUnsafe(
      `UPDATE "Meeting" m SET "startDate" = v.sd, "startPrecision" = v.sp::"DatePrecision", "endDate" = v.ed, "endPrecision" = v.ep::"DatePrecision",
              format = v.f::"MeetingFormat", city = v.city, "countryCode" = v.cc, "chairLabel" = v.cl, "chairPersonId" = v.cp
         FROM unnest($1::int[], $2::date[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[])
              AS v(id, sd, sp, ed, ep, f, city, cc, cl, cp)
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
    );
  }
  await insertRows(tx, 'MeetingAlias', [['meetingId', 'int', aliasRows.map((r) => real(r.meetingId))], ['alias', 'text', aliasRows.map((r) => r.alias)], ['folded', 'text', aliasRows.map((r) => r.folded)]], { skipDuplicates: true });
  await insertRows(tx, 'MeetingParticipant', [['meetingId', 'int', participantRows.map((r) => real(r.meetingId))], ['personId', 'int', participantRows.map((r) => r.personId)]], { skipDuplicates: true });
  await insertRows(tx, 'MeetingOrganisation', [['meetingId', 'int', orgRows.map((r) => real(r.meetingId))], ['organisationId', 'int', orgRows.map((r) => r.organisationId)]], { skipDuplicates: true });
  if (parents.size) {
    const rows = [...parents];
    await tx.$executeRawUnsafe(
      `UPDATE "Meeting" m SET "parentId" = v.parent FROM unnest($1::int[], $2::int[]) AS v(id, parent) WHERE m.id = v.id AND m."parentId" IS NULL`,
      rows.map(([r]) => real(r.id)),
      rows.map(([, parent]) => real(parent)),
    );
  }
  return { meetingIds: meetingIds.map((ids) => ids.map(real)), meetingStart };
}

/** persistGraph for each graph in order, in one statement per table. */
export async function persistGraphs(tx: Tx, graphs: BatchGraph[], countriesStored: ReadonlySet<string>): Promise<PersistCounts[]> {
  const out: PersistCounts[] = graphs.map(() => ({
    persons: counts(),
    organisations: counts(),
    meetings: counts(),
    statements: { created: 0, ids: [] },
    mentions: { created: 0 },
    countries: { codes: [] },
  }));
  const codes = await writeCountries(tx, graphs, countriesStored);
  codes.forEach((c, d) => (out[d]!.countries.codes = c));
  const personIds = await resolvePersons(tx, graphs, out.map((o) => o.persons));
  personIds.forEach((ids, d) => (out[d]!.persons.ids = ids));
  const orgIds = await resolveOrganisations(tx, graphs, out.map((o) => o.organisations));
  orgIds.forEach((ids, d) => (out[d]!.organisations.ids = ids));
  const { meetingIds, meetingStart } = await resolveMeetings(tx, graphs, personIds, orgIds, out.map((o) => o.meetings));
  meetingIds.forEach((ids, d) => (out[d]!.meetings.ids = ids));

  const statementDoc: number[] = [];
  const statementRows = graphs.flatMap(({ graph, articleIds, publishedAt }, d) => {
    const rows = documentStatementRows(graph, { articleIds, personIds: personIds[d]!, orgIds: orgIds[d]!, meetingIds: meetingIds[d]!, meetingStart: meetingStart[d]! }, publishedAt);
    rows.forEach(() => statementDoc.push(d));
    return rows;
  });
  const ids = await insertRows(
    tx,
    'Statement',
    [
      ['articleId', 'int', statementRows.map((r) => r.articleId)], ['meetingId', 'int', statementRows.map((r) => r.meetingId)],
      ['speakerKind', 'text', statementRows.map((r) => r.speakerKind), 'SpeakerKind'], ['speakerPersonId', 'int', statementRows.map((r) => r.speakerPersonId)],
      ['speakerOrganisationId', 'int', statementRows.map((r) => r.speakerOrganisationId)], ['speakerCountryCode', 'text', statementRows.map((r) => r.speakerCountryCode)],
      ['speakerLabel', 'text', statementRows.map((r) => r.speakerLabel)], ['verb', 'text', statementRows.map((r) => r.verb)],
      ['act', 'text', statementRows.map((r) => r.act), 'SpeechAct'], ['content', 'text', statementRows.map((r) => r.content)],
      ['isDirectQuote', 'boolean', statementRows.map((r) => r.isDirectQuote)], ['evidenceStart', 'int', statementRows.map((r) => r.evidenceStart)],
      ['evidenceEnd', 'int', statementRows.map((r) => r.evidenceEnd)], ['saidOn', 'date', statementRows.map((r) => isoDay(r.saidOn))],
      ['searchText', 'text', statementRows.map((r) => r.searchText)],
    ],
    { returning: true },
  );
  ids.forEach((id, k) => {
    const st = out[statementDoc[k]!]!.statements;
    st.created += 1;
    st.ids.push(id);
  });

  const mentions = { articleId: [] as number[], kind: [] as string[], personId: [] as (number | null)[], organisationId: [] as (number | null)[], countryCode: [] as (string | null)[], meetingId: [] as (number | null)[], field: [] as string[], start: [] as number[], end: [] as number[], text: [] as string[] };
  const mention = (w: Where, articleIds: number[], kind: string, personId: number | null, organisationId: number | null, countryCode: string | null, meetingId: number | null) => {
    mentions.articleId.push(articleIds[w.article]!);
    mentions.kind.push(kind);
    mentions.personId.push(personId);
    mentions.organisationId.push(organisationId);
    mentions.countryCode.push(countryCode);
    mentions.meetingId.push(meetingId);
    mentions.field.push(w.field);
    mentions.start.push(w.start);
    mentions.end.push(w.end);
    mentions.text.push(w.text);
  };
  graphs.forEach(({ graph, articleIds }, d) => {
    const before = mentions.articleId.length;
    graph.persons.forEach((p, i) => p.mentions.forEach((w) => mention(w, articleIds, 'PERSON', personIds[d]![i]!, null, null, null)));
    graph.organisations.forEach((o, i) => o.mentions.forEach((w) => mention(w, articleIds, 'ORGANISATION', null, orgIds[d]![i]!, null, null)));
    graph.countries.filter((c) => COUNTRY.has(c.code)).forEach((c) => c.mentions.forEach((w) => mention(w, articleIds, 'COUNTRY', null, null, c.code, null)));
    graph.meetings.forEach((m, i) => m.mentions.forEach((w) => mention(w, articleIds, 'MEETING', null, null, null, meetingIds[d]![i]!)));
    out[d]!.mentions.created = mentions.articleId.length - before;
  });
  await insertRows(tx, 'Mention', [
    ['articleId', 'int', mentions.articleId], ['kind', 'text', mentions.kind, 'MentionKind'], ['personId', 'int', mentions.personId],
    ['organisationId', 'int', mentions.organisationId], ['countryCode', 'text', mentions.countryCode], ['meetingId', 'int', mentions.meetingId],
    ['field', 'text', mentions.field, 'TextField'], ['start', 'int', mentions.start], ['end', 'int', mentions.end], ['text', 'text', mentions.text],
  ]);

  const roleRows = graphs.flatMap(({ graph, articleIds }, d) => {
    const orgByName = new Map(graph.organisations.map((o, i) => [fold(o.name), orgIds[d]![i]!]));
    return graph.persons.flatMap((p, i) =>
      p.roles.map((r) => ({
        personId: personIds[d]![i]!, title: r.title, countryCode: knownCountry(r.countryCode),
        organisationId: r.organisation ? (orgByName.get(fold(r.organisation)) ?? null) : null, articleId: articleIds[r.article]!,
      })),
    );
  });
  await insertRows(tx, 'PersonRole', [
    ['personId', 'int', roleRows.map((r) => r.personId)], ['title', 'text', roleRows.map((r) => r.title)], ['countryCode', 'text', roleRows.map((r) => r.countryCode)],
    ['organisationId', 'int', roleRows.map((r) => r.organisationId)], ['articleId', 'int', roleRows.map((r) => r.articleId)],
  ]);
  return out;
}
