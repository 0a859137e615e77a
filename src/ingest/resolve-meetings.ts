// Meetings of one document: fills missing years (sentence → publishedAt → series numbering → the
// article's other years → a meeting of the same document on the same day), gives every meeting a
// stable key so persist can merge with what is already stored, then links umbrellas, their formats
// and the organisations named inside meeting names.
import { inheritChairs } from './inherit-chairs.ts';
import { eachChildAfterParent } from './parents-first.ts';
import { seriesChairs } from './series-chairs.ts';
import { MEETING_SERIES } from '../lexicon/meeting-series.ts';
import { fold } from '../text/fold.ts';
import type { PartialDate } from './dates.ts';
import type { DocMeeting, DocOrganisation } from './document-graph.ts';
import type { ArticleExtraction } from './extract.ts';
import { isYearlessNamedKey, namedMeetingKey, seriesMeetingKey, seriesPrefixOf } from './meeting-keys.ts';
import { yearFromNumbering } from './series-numbering.ts';
import { SpanIndex } from './span-index.ts';
import { mapPacked } from './packed.ts';

const SERIES = new Map(MEETING_SERIES.map((s) => [s.key, s]));

export { yearFromNumbering };

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, c] of counts) if (best === null || c > counts.get(best)! || (c === counts.get(best)! && v > best)) best = v;
  return best;
}

interface MeetingDraft {
  article: number;
  idx: number;
  year: number | null;
  start: PartialDate | null;
  end: PartialDate | null;
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

/** Years of one article's meeting mentions. */
function articleDrafts(x: ArticleExtraction, a: number, publishedYear: number | null): MeetingDraft[] {
  // Counted once per article, not once per meeting (an article can hold thousands of each).
  const articleYear = mostCommon(x.articleYears);
  const local: MeetingDraft[] = mapPacked(x.meetings, (mt, idx) => {
    const m = mt.mention;
    const series = m.series ? SERIES.get(m.series) : undefined;
    const numbered = m.ordinal !== null && series ? yearFromNumbering(series.numbering, m.ordinal) : null;
    const year = mt.date?.from.year ?? m.nameYear ?? mt.sentenceYears[0] ?? publishedYear ?? numbered ?? null;
    return { article: a, idx, year, start: mt.date?.from ?? null, end: mt.date?.to ?? null };
  });
  // Still unknown: the year of the umbrella, of the article's other meetings, then any year the
  // article writes ("trước năm 2028" is a target, not a meeting's year: it comes last).
  const known = mapPacked(local, (d) => d.year).filter((y): y is number => y !== null);
  const knownYear = mostCommon(known);
  for (const d of local) {
    const parent = x.meetings[d.idx]!.parent;
    if (d.year === null && parent !== null) d.year = local[parent]!.year;
    if (d.year === null && known.length) d.year = knownYear;
    if (d.year === null) d.year = articleYear;
  }
  return local;
}

/** Years of meeting mentions, article by article, then across the document. */
function meetingDrafts(extractions: ArticleExtraction[], publishedAt: Date | null): MeetingDraft[] {
  const publishedYear = publishedAt ? publishedAt.getUTCFullYear() : null;
  const drafts: MeetingDraft[] = [];
  extractions.forEach((x, a) => drafts.push(...articleDrafts(x, a, publishedYear)));
  sameDayYears(drafts);
  return drafts;
}

/** The document's meetings by key, and where each article's meeting mention went. */
interface MeetingTable {
  extractions: ArticleExtraction[];
  personIndex: Map<number, number>[];
  meetings: DocMeeting[];
  byKey: Map<string, number>;
  meetingIndex: Map<number, number>[];
  /** Sets beside the lists: a meeting named a thousand times must not rescan its aliases and participants each time. */
  seen: { aliases: Set<string>; participants: Set<number> }[];
}

type MeetingExtraction = ArticleExtraction['meetings'][number];

/** The index of the meeting under `key` (or the series' yearless slot), created when new. */
function meetingSlot(table: MeetingTable, m: MeetingExtraction['mention'], key: string | null, prefix: string | null): number {
  const mapKey = key ?? `${prefix}?`;
  let idx = table.byKey.get(mapKey);
  if (idx === undefined) {
    table.meetings.push({
      key, seriesPrefix: prefix, name: m.name, aliases: [], series: m.series, ordinal: m.ordinal, acronym: m.acronym, level: m.level,
      start: null, end: null, format: null, city: null, countryCode: null, chairLabel: null, chairPerson: null, chairCountry: null, chairs: [],
      parent: null, participants: [], organisations: [], mentions: [],
    });
    idx = table.meetings.length - 1;
    table.byKey.set(mapKey, idx);
  }
  return idx;
}

/** Keeps the more precise of the meeting's dates and the draft's. */
function mergeMeetingDates(d: DocMeeting, draft: MeetingDraft): void {
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
}

/** Fills what the meeting does not know yet from one mention: place, format, chair, participants. */
function mergeMeetingFacts(d: DocMeeting, mt: MeetingExtraction, persons: Map<number, number>, seenParticipants: Set<number>): void {
  d.format ??= mt.format;
  d.city ??= mt.city;
  d.countryCode ??= mt.countryCode;
  d.chairLabel ??= mt.chairLabel;
  d.chairCountry ??= mt.chairCountry;
  if (d.chairPerson === null && mt.chairPerson !== null) d.chairPerson = persons.get(mt.chairPerson) ?? null;
  for (const c of mt.chairs) {
    const dc = persons.get(c);
    if (dc !== undefined && !d.chairs.includes(dc)) d.chairs.push(dc);
  }
  for (const p of mt.participants) {
    const dp = persons.get(p);
    if (dp !== undefined && !seenParticipants.has(dp)) {
      d.participants.push(dp);
      seenParticipants.add(dp);
    }
  }
}

/** Merges one meeting mention into the meeting under `key`. */
function placeMeeting(table: MeetingTable, draft: MeetingDraft, key: string | null, prefix: string | null): void {
  const mt = table.extractions[draft.article]!.meetings[draft.idx]!;
  const m = mt.mention;
  const idx = meetingSlot(table, m, key, prefix);
  const d = table.meetings[idx]!;
  const seen = table.seen[idx] ??= { aliases: new Set(), participants: new Set() };
  for (const al of [m.text, m.name]) {
    if (fold(al) !== fold(d.name) && !seen.aliases.has(fold(al))) {
      d.aliases.push(al);
      seen.aliases.add(fold(al));
    }
  }
  mergeMeetingDates(d, draft);
  mergeMeetingFacts(d, mt, table.personIndex[draft.article]!, seen.participants);
  d.mentions.push({ ...mt.where, article: draft.article });
  table.meetingIndex[draft.article]!.set(draft.idx, idx);
}

/** Identity: series + ordinal, series + year, or name + year. */
function keyMeetings(table: MeetingTable, drafts: MeetingDraft[]): void {
  const pendingYearless: { draft: MeetingDraft; prefix: string }[] = [];
  for (const draft of drafts) {
    const m = table.extractions[draft.article]!.meetings[draft.idx]!.mention;
    const prefix = m.series ? seriesPrefixOf(m.series, m.partner) : null;
    if (prefix && m.ordinal !== null) placeMeeting(table, draft, seriesMeetingKey(prefix, m.ordinal), prefix);
    else if (prefix && draft.year !== null) placeMeeting(table, draft, seriesMeetingKey(prefix, draft.year), prefix);
    else if (prefix) pendingYearless.push({ draft, prefix });
    else placeMeeting(table, draft, namedMeetingKey(m.core, m.ordinal ?? draft.year), null);
  }
  // Meetings of each series that have a key; placing a yearless one adds none (its key is null).
  const keyedBySeries = new Map<string, DocMeeting[]>();
  for (const mt of table.meetings) if (mt.seriesPrefix !== null && mt.key !== null) (keyedBySeries.get(mt.seriesPrefix) ?? keyedBySeries.set(mt.seriesPrefix, []).get(mt.seriesPrefix)!).push(mt);
  for (const { draft, prefix } of pendingYearless) {
    const same = mapPacked(keyedBySeries.get(prefix) ?? [], (mt) => ({ mt }));
    if (same.length === 1) placeMeeting(table, draft, same[0]!.mt.key, prefix);
    else placeMeeting(table, draft, null, prefix);
  }
  // Keys of meetings outside a series that have no year stay null: persist scopes them to the document.
  for (const mt of table.meetings) if (mt.key && isYearlessNamedKey(mt.key)) mt.key = null;
}

/** Umbrellas: each meeting held within another points to it. */
function linkUmbrellas(table: MeetingTable): void {
  table.extractions.forEach((x, a) => {
    x.meetings.forEach((mt, k) => {
      if (mt.parent === null) return;
      const child = table.meetingIndex[a]!.get(k)!;
      const parent = table.meetingIndex[a]!.get(mt.parent)!;
      if (child !== parent) table.meetings[child]!.parent = parent;
    });
  });
}

/**
 * A session or side meeting whose place or format its own sentence does not give is held where and
 * as its conference is: "Tại phiên toàn thể" sits in the conference's city. Parents first, so a
 * session of a session inherits through it.
 */
function inheritFromParents(meetings: DocMeeting[]): void {
  eachChildAfterParent(meetings, (m, p) => {
    if (m.city === null && p.city !== null && (m.countryCode === null || m.countryCode === p.countryCode)) [m.city, m.countryCode] = [p.city, p.countryCode];
    m.countryCode ??= p.countryCode;
    m.format ??= p.format;
  });
}

/**
 * A meeting of a series held among another's "related meetings" (a PMC at the AMM, the EAS foreign
 * ministers at the AMM) is within the document's meeting of that series in the same year.
 */
function linkRelatedSeries(meetings: DocMeeting[]): void {
  const bySeriesYear = new Map<string, number>();
  meetings.forEach((m, k) => {
    if (m.series && m.start?.year !== undefined && !bySeriesYear.has(`${m.series}|${m.start.year}`)) bySeriesYear.set(`${m.series}|${m.start.year}`, k);
  });
  for (const m of meetings) {
    const related = m.series ? SERIES.get(m.series)?.relatedTo : undefined;
    if (m.parent !== null || !related || m.start?.year === undefined) continue;
    const umbrella = bySeriesYear.get(`${related}|${m.start.year}`);
    if (umbrella !== undefined && meetings[umbrella] !== m) m.parent = umbrella;
  }
}

/**
 * An umbrella whose format the text never states takes the format of most meetings held within it
 * (two or more): "AMM-54 and related meetings" were online when each of them was.
 */
function inheritUmbrellaFormats(meetings: DocMeeting[]): void {
  const childrenOf = new Map<number, DocMeeting[]>();
  for (const c of meetings) if (c.parent !== null) (childrenOf.get(c.parent) ?? childrenOf.set(c.parent, []).get(c.parent)!).push(c);
  meetings.forEach((m, idx) => {
    if (m.format !== null) return;
    // Children whose format the text does not say do not count against the others.
    const known = (childrenOf.get(idx) ?? []).filter((c) => c.format !== null);
    const counts = new Map<DocMeeting['format'], number>();
    for (const c of known) counts.set(c.format, (counts.get(c.format) ?? 0) + 1);
    const [format, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (n >= 2 && n * 2 > known.length) m.format = format;
  });
}

/**
 * An organisation written inside a meeting's name took part in (or held) that meeting.
 * Organisation mentions per article and field, searched by position (every meeting against every
 * organisation was quadratic); the list is in organisation order, as the scan gave it.
 */
function linkOrganisationsInNames(meetings: DocMeeting[], organisations: DocOrganisation[]): void {
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
}

/** The document's meetings, and per article the index each meeting mention resolved to. */
export function resolveMeetings(
  extractions: ArticleExtraction[],
  publishedAt: Date | null,
  personIndex: Map<number, number>[],
  organisations: DocOrganisation[],
): { meetings: DocMeeting[]; meetingIndex: Map<number, number>[] } {
  const drafts = meetingDrafts(extractions, publishedAt);
  const table: MeetingTable = { extractions, personIndex, meetings: [], byKey: new Map(), meetingIndex: extractions.map(() => new Map()), seen: [] };
  keyMeetings(table, drafts);
  linkUmbrellas(table);
  linkRelatedSeries(table.meetings);
  inheritUmbrellaFormats(table.meetings);
  inheritFromParents(table.meetings);
  seriesChairs(table.meetings);
  inheritChairs(table.meetings);
  linkOrganisationsInNames(table.meetings, organisations);
  return { meetings: table.meetings, meetingIndex: table.meetingIndex };
}
