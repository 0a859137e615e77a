// Reads what the pipeline stored back into the plain records the gold scorer takes.
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { Extracted } from './gold-scorer.ts';

function iso(date: Date | null, precision: string | null): string | null {
  if (!date || !precision) return null;
  const s = date.toISOString().slice(0, 10);
  return precision === 'YEAR' ? s.slice(0, 4) : precision === 'MONTH' ? s.slice(0, 7) : s;
}

export async function readExtracted(prisma: PrismaClient): Promise<Extracted> {
  const persons = await prisma.person.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
  const organisations = await prisma.organisation.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
  const meetings = await prisma.meeting.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
  const statements = await prisma.statement.findMany({
    include: {
      speakerPerson: { include: { aliases: true } },
      speakerOrganisation: { include: { aliases: true } },
      speakerCountry: { include: { aliases: true } },
    },
    orderBy: { id: 'asc' },
  });
  return {
    persons: persons.map((p) => ({ name: p.name, aliases: p.aliases.map((a) => a.alias) })),
    organisations: organisations.map((o) => ({ name: o.name, acronym: o.acronym, aliases: o.aliases.map((a) => a.alias) })),
    meetings: meetings.map((m) => ({ name: m.name, aliases: m.aliases.map((a) => a.alias), ordinal: m.ordinal, start: iso(m.startDate, m.startPrecision) })),
    statements: statements.map((s) => ({
      speakerLabel: s.speakerLabel,
      personNames: s.speakerPerson ? [s.speakerPerson.name, ...s.speakerPerson.aliases.map((a) => a.alias)] : [],
      organisationNames: [
        ...(s.speakerOrganisation ? [s.speakerOrganisation.name, s.speakerOrganisation.acronym ?? '', ...s.speakerOrganisation.aliases.map((a) => a.alias)] : []),
        ...(s.speakerCountry ? [s.speakerCountry.name, s.speakerCountry.nameEn, ...s.speakerCountry.aliases.map((a) => a.alias)] : []),
      ].filter(Boolean),
      verb: s.verb,
      content: s.content,
    })),
  };
}
