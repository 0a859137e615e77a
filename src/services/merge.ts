// Curation: fold duplicate people or organisations into one. Everything that pointed at a source
// (aliases, roles, participations, statements, mentions, chairs) moves to the target in one
// transaction; the source's name becomes an alias, so searches for it still find the target.
import { backoff, isTransientWriteConflict } from '../db/transient-errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { fold } from '../text/fold.ts';
import { InvalidInputError, NotFoundError } from '../errors/errors.ts';
import { encodeGlobalID } from '../values/global-id.ts';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

function checkIds(targetId: number, sourceIds: number[]) {
  if (sourceIds.includes(targetId)) throw new InvalidInputError('input.sourceIds', 'must not contain the target');
  if (new Set(sourceIds).size !== sourceIds.length) throw new InvalidInputError('input.sourceIds', 'must not repeat an ID');
}

async function requireAll(
  typename: 'Person' | 'Organisation',
  found: { id: number }[],
  targetId: number,
  sourceIds: number[],
): Promise<void> {
  const have = new Set(found.map((row) => row.id));
  if (!have.has(targetId)) throw new NotFoundError('input.targetId', encodeGlobalID(typename, targetId));
  const missing = sourceIds.findIndex((id) => !have.has(id));
  if (missing >= 0) throw new NotFoundError(`input.sourceIds.${missing}`, encodeGlobalID(typename, sourceIds[missing]!));
}

/**
 * Runs a merge transaction, redoing it when PostgreSQL picks it as a deadlock victim against a
 * concurrent ingest. Losing a race against another merge is not retried away: the rows are locked
 * first, so the loser finds its ids gone and reports NOT_FOUND.
 */
async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 4 || !isTransientWriteConflict(error)) throw error;
      await backoff(attempt);
    }
  }
}

// Merges queue on their row locks; under a burst of them the default 2 s wait for a connection is short.
const MERGE_TRANSACTION = { maxWait: 20_000, timeout: 60_000 };

/** Locks the rows (in id order, so racing merges queue instead of deadlocking); rows already merged away are skipped. */
async function lockRows(tx: Tx, table: 'Person' | 'Organisation', ids: number[]): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT id FROM "${table}" WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, ids);
}

/** New alias rows for the target: each source name and alias not already known for the target. */
function newAliases(known: Set<string>, names: string[]): { alias: string; folded: string }[] {
  const out: { alias: string; folded: string }[] = [];
  for (const alias of names) {
    const folded = fold(alias);
    if (!known.has(folded)) {
      known.add(folded);
      out.push({ alias, folded });
    }
  }
  return out;
}

export async function mergePersons(prisma: PrismaClient, targetId: number, sourceIds: number[]): Promise<number> {
  checkIds(targetId, sourceIds);
  return withRetry(() => prisma.$transaction(async (tx: Tx) => {
    await lockRows(tx, 'Person', [targetId, ...sourceIds]);
    const rows = await tx.person.findMany({ where: { id: { in: [targetId, ...sourceIds] } }, include: { aliases: true } });
    await requireAll('Person', rows, targetId, sourceIds);
    const target = rows.find((r) => r.id === targetId)!;
    const known = new Set([target.folded, ...target.aliases.map((a) => a.folded)]);
    const sources = rows.filter((r) => r.id !== targetId);
    const aliases = newAliases(known, sources.flatMap((s) => [s.name, ...s.aliases.map((a) => a.alias)]));
    const where = { in: sourceIds };
    const targetMeetings = (await tx.meetingParticipant.findMany({ where: { personId: targetId }, select: { meetingId: true } })).map(
      (p) => p.meetingId,
    );
    await tx.meetingParticipant.deleteMany({ where: { personId: where, meetingId: { in: targetMeetings } } });
    // Two sources may share a meeting: keep the first participation row of each.
    const remaining = await tx.meetingParticipant.findMany({ where: { personId: where }, orderBy: { id: 'asc' } });
    const seen = new Set<number>();
    const duplicates = remaining.filter((p) => (seen.has(p.meetingId) ? true : (seen.add(p.meetingId), false))).map((p) => p.id);
    await tx.meetingParticipant.deleteMany({ where: { id: { in: duplicates } } });
    await tx.meetingParticipant.updateMany({ where: { personId: where }, data: { personId: targetId } });
    await tx.personRole.updateMany({ where: { personId: where }, data: { personId: targetId } });
    await tx.statement.updateMany({ where: { speakerPersonId: where }, data: { speakerPersonId: targetId } });
    await tx.mention.updateMany({ where: { personId: where }, data: { personId: targetId } });
    await tx.meeting.updateMany({ where: { chairPersonId: where }, data: { chairPersonId: targetId } });
    await tx.person.deleteMany({ where: { id: where } });
    // A concurrent ingest may have just given the target one of these names too.
    if (aliases.length) await tx.personAlias.createMany({ data: aliases.map((a) => ({ ...a, personId: targetId })), skipDuplicates: true });
    // The same role seen in one article for two of the merged people is one role now.
    await tx.$executeRawUnsafe(
      `DELETE FROM "PersonRole" a USING "PersonRole" b
        WHERE a."personId" = $1 AND b."personId" = $1 AND a.id > b.id AND a.title = b.title
          AND a."articleId" IS NOT DISTINCT FROM b."articleId" AND a."countryCode" IS NOT DISTINCT FROM b."countryCode"
          AND a."organisationId" IS NOT DISTINCT FROM b."organisationId"`,
      targetId,
    );
    if (!target.countryCode) {
      const country = sources.find((s) => s.countryCode)?.countryCode;
      if (country) await tx.person.update({ where: { id: targetId }, data: { countryCode: country } });
    }
    return targetId;
  }, MERGE_TRANSACTION));
}

export async function mergeOrganisations(prisma: PrismaClient, targetId: number, sourceIds: number[]): Promise<number> {
  checkIds(targetId, sourceIds);
  return withRetry(() => prisma.$transaction(async (tx: Tx) => {
    await lockRows(tx, 'Organisation', [targetId, ...sourceIds]);
    const rows = await tx.organisation.findMany({ where: { id: { in: [targetId, ...sourceIds] } }, include: { aliases: true } });
    await requireAll('Organisation', rows, targetId, sourceIds);
    const target = rows.find((r) => r.id === targetId)!;
    const known = new Set([target.folded, ...target.aliases.map((a) => a.folded)]);
    const sources = rows.filter((r) => r.id !== targetId);
    const aliases = newAliases(
      known,
      sources.flatMap((s) => [s.name, ...(s.acronym ? [s.acronym] : []), ...s.aliases.map((a) => a.alias)]),
    );
    const where = { in: sourceIds };
    const targetMeetings = (await tx.meetingOrganisation.findMany({ where: { organisationId: targetId } })).map((m) => m.meetingId);
    await tx.meetingOrganisation.deleteMany({ where: { organisationId: where, meetingId: { in: targetMeetings } } });
    const remaining = await tx.meetingOrganisation.findMany({ where: { organisationId: where }, orderBy: { id: 'asc' } });
    const seen = new Set<number>();
    const duplicates = remaining.filter((m) => (seen.has(m.meetingId) ? true : (seen.add(m.meetingId), false))).map((m) => m.id);
    await tx.meetingOrganisation.deleteMany({ where: { id: { in: duplicates } } });
    await tx.meetingOrganisation.updateMany({ where: { organisationId: where }, data: { organisationId: targetId } });
    await tx.personRole.updateMany({ where: { organisationId: where }, data: { organisationId: targetId } });
    await tx.statement.updateMany({ where: { speakerOrganisationId: where }, data: { speakerOrganisationId: targetId } });
    await tx.mention.updateMany({ where: { organisationId: where }, data: { organisationId: targetId } });
    await tx.meeting.updateMany({ where: { chairOrganisationId: where }, data: { chairOrganisationId: targetId } });
    await tx.organisation.deleteMany({ where: { id: where } });
    if (aliases.length) await tx.organisationAlias.createMany({ data: aliases.map((a) => ({ ...a, organisationId: targetId })), skipDuplicates: true });
    if (!target.acronym) {
      const acronym = sources.find((s) => s.acronym)?.acronym;
      if (acronym) await tx.organisation.update({ where: { id: targetId }, data: { acronym } });
    }
    return targetId;
  }, MERGE_TRANSACTION));
}
