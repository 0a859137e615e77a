// Reads what the pipeline stored back into the plain records the gold scorer takes.
// A meeting's chairs: the one in its chair columns (person, organisation or country, and the label
// as written), then every co-chair, stored as a participant with the role "chair".
import path from 'node:path';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { DatePrecision } from '../../src/generated/prisma/enums.ts';
import { formatPartialDate } from '../../src/values/partial-date.ts';
import type { Extracted, ExtractedChair } from './gold-types.ts';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function iso(date: Date | null, precision: DatePrecision | null): string | null {
  return precision ? formatPartialDate(date, precision) : null;
}

/** A stored instant as the day it was in Việt Nam, where the papers date their articles. */
function vietnamDay(date: Date | null): string | null {
  return date ? new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10) : null;
}

const names = (x: { name: string; aliases: { alias: string }[] }) => [x.name, ...x.aliases.map((a) => a.alias)];
const withAliases = { include: { aliases: true } } as const;

async function readMeetings(prisma: PrismaClient): Promise<{ ids: number[]; meetings: Extracted['meetings'] }> {
  const meetings = await prisma.meeting.findMany({
    include: {
      aliases: true,
      participants: { include: { person: withAliases }, orderBy: { id: 'asc' } },
      chairPerson: withAliases,
      chairOrganisation: withAliases,
      chairCountry: withAliases,
    },
    orderBy: { id: 'asc' },
  });
  const index = new Map(meetings.map((m, i) => [m.id, i]));
  const read = meetings.map((m) => {
    const chairs: ExtractedChair[] = [];
    if (m.chairPerson) chairs.push({ kind: 'person', names: names(m.chairPerson) });
    if (m.chairOrganisation) chairs.push({ kind: 'organisation', names: [...names(m.chairOrganisation), m.chairOrganisation.acronym ?? ''].filter(Boolean) });
    if (m.chairCountry) chairs.push({ kind: 'country', names: [...names(m.chairCountry), m.chairCountry.nameEn] });
    if (m.chairLabel) chairs.push({ kind: 'label', names: [m.chairLabel] });
    for (const p of m.participants) if (p.role === 'chair' && p.personId !== m.chairPersonId) chairs.push({ kind: 'person', names: names(p.person) });
    return {
      key: m.key, name: m.name, aliases: m.aliases.map((a) => a.alias), acronym: m.acronym, ordinal: m.ordinal,
      start: iso(m.startDate, m.startPrecision),
      participants: m.participants.map((p) => names(p.person)),
      parent: m.parentId === null ? null : (index.get(m.parentId) ?? null),
      city: m.city, format: m.format, chairs,
    };
  });
  return { ids: meetings.map((m) => m.id), meetings: read };
}

async function readStatements(prisma: PrismaClient, meetingIds: number[]): Promise<Extracted['statements']> {
  const index = new Map(meetingIds.map((id, i) => [id, i]));
  const statements = await prisma.statement.findMany({
    include: { speakerPerson: withAliases, speakerOrganisation: withAliases, speakerCountry: withAliases },
    orderBy: { id: 'asc' },
  });
  return statements.map((s) => ({
    speakerLabel: s.speakerLabel,
    personNames: s.speakerPerson ? names(s.speakerPerson) : [],
    organisationNames: [
      ...(s.speakerOrganisation ? [...names(s.speakerOrganisation), s.speakerOrganisation.acronym ?? ''] : []),
      ...(s.speakerCountry ? [...names(s.speakerCountry), s.speakerCountry.nameEn] : []),
    ].filter(Boolean),
    verb: s.verb,
    content: s.content,
    meeting: s.meetingId === null ? null : (index.get(s.meetingId) ?? null),
    saidOn: s.saidOn ? s.saidOn.toISOString().slice(0, 10) : null,
  }));
}

async function readArticles(prisma: PrismaClient): Promise<Extracted['articles']> {
  const articles = await prisma.article.findMany({
    select: { lineStart: true, lineEnd: true, title: true, publishedAt: true, document: { select: { source: true } } },
    orderBy: { id: 'asc' },
  });
  return articles.map((a) => ({
    file: path.basename(a.document.source), lineStart: a.lineStart, lineEnd: a.lineEnd, title: a.title, publishedAt: vietnamDay(a.publishedAt),
  }));
}

export async function readExtracted(prisma: PrismaClient): Promise<Extracted> {
  const persons = await prisma.person.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
  const organisations = await prisma.organisation.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
  const { ids, meetings } = await readMeetings(prisma);
  return {
    persons: persons.map((p) => ({ name: p.name, aliases: p.aliases.map((a) => a.alias) })),
    organisations: organisations.map((o) => ({ name: o.name, acronym: o.acronym, aliases: o.aliases.map((a) => a.alias) })),
    meetings,
    statements: await readStatements(prisma, ids),
    articles: await readArticles(prisma),
  };
}
