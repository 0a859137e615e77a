// Persons of a write: one read of every name form, the identity rule, then one INSERT per table.
import { fold } from '../../../text/fold.ts';
import { PLANNED, realIds } from '../match/claims.ts';
import { PersonMatcher, personForms, type StoredPerson } from '../match/persons.ts';
import type { EntityCounts, GraphToWrite, Tx } from '../types.ts';
import { aliasColumns, insertRows } from './insert-rows.ts';

async function findStoredPersons(tx: Tx, forms: string[]): Promise<StoredPerson[]> {
  if (!forms.length) return [];
  return tx.person.findMany({
    where: { OR: [{ folded: { in: forms } }, { aliases: { some: { folded: { in: forms } } } }] },
    select: { id: true, folded: true, countryCode: true, aliases: { where: { folded: { in: forms } }, select: { folded: true } } },
  });
}

/** Each document's person ids, in graph order; `out` gets each document's created and merged counts. */
export async function writePersons(tx: Tx, graphs: GraphToWrite[], out: EntityCounts[]): Promise<number[][]> {
  const forms = graphs.map(({ graph }) => graph.persons.map((p) => personForms(p.name, p.aliases)));
  const matcher = new PersonMatcher(await findStoredPersons(tx, [...new Set(forms.flat(2))]));
  const chosen = graphs.map(({ graph }, d) =>
    graph.persons.map((p, i) => {
      const { id, created } = matcher.match(p, forms[d]![i]!);
      created ? (out[d]!.created += 1) : (out[d]!.merged += 1);
      return id;
    }),
  );
  const { planned, countryOf, countryPatch, aliasRows } = matcher;
  const inserted = await insertRows(
    tx,
    'Person',
    [['name', 'text', planned.map((p) => p.name)], ['folded', 'text', planned.map((p) => fold(p.name))], ['countryCode', 'text', planned.map((_, k) => countryOf.get(PLANNED + k) ?? null)]],
    { returning: true },
  );
  const real = realIds(inserted);
  if (countryPatch.size) {
    await tx.$executeRawUnsafe(
      `UPDATE "Person" p SET "countryCode" = v.code FROM unnest($1::int[], $2::text[]) AS v(id, code) WHERE p.id = v.id`,
      [...countryPatch.keys()],
      [...countryPatch.values()],
    );
  }
  await insertRows(tx, 'PersonAlias', aliasColumns('personId', aliasRows.map((a) => ({ ...a, id: real(a.personId) }))), { skipDuplicates: true });
  return chosen.map((ids) => ids.map(real));
}
