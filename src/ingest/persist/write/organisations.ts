// Organisations of a write: one read of every name and acronym, the identity rule, one INSERT per table.
import { fold } from '../../../text/fold.ts';
import { realIds } from '../match/claims.ts';
import { knownCountry } from '../match/countries.ts';
import { OrganisationMatcher, type StoredOrganisation } from '../match/organisations.ts';
import type { DocOrganisation } from '../../resolve.ts';
import type { EntityCounts, GraphToWrite, Tx } from '../types.ts';
import { aliasColumns, insertRows } from './insert-rows.ts';

async function findStoredOrganisations(tx: Tx, organisations: DocOrganisation[]): Promise<StoredOrganisation[]> {
  const names = [...new Set(organisations.map((o) => fold(o.name)))];
  const acronyms = [...new Set(organisations.flatMap((o) => (o.acronym ? [o.acronym] : [])))];
  if (!names.length) return [];
  return tx.organisation.findMany({
    where: { OR: [{ folded: { in: names } }, { aliases: { some: { folded: { in: names } } } }, ...(acronyms.length ? [{ acronym: { in: acronyms } }] : [])] },
    select: { id: true, folded: true, acronym: true, aliases: { where: { folded: { in: names } }, select: { folded: true } } },
  });
}

/** Each document's organisation ids, in graph order; `out` gets each document's created and merged counts. */
export async function writeOrganisations(tx: Tx, graphs: GraphToWrite[], out: EntityCounts[]): Promise<number[][]> {
  const matcher = new OrganisationMatcher(await findStoredOrganisations(tx, graphs.flatMap(({ graph }) => graph.organisations)));
  const chosen = graphs.map(({ graph }, d) =>
    graph.organisations.map((o) => {
      const { id, created } = matcher.match(o);
      created ? (out[d]!.created += 1) : (out[d]!.merged += 1);
      return id;
    }),
  );
  const { planned, aliasRows } = matcher;
  const inserted = await insertRows(
    tx,
    'Organisation',
    [
      ['name', 'text', planned.map((o) => o.name)], ['folded', 'text', planned.map((o) => fold(o.name))], ['acronym', 'text', planned.map((o) => o.acronym)],
      ['kind', 'text', planned.map((o) => o.kind), 'OrganisationKind'], ['countryCode', 'text', planned.map((o) => knownCountry(o.countryCode))],
    ],
    { returning: true },
  );
  const real = realIds(inserted);
  await insertRows(tx, 'OrganisationAlias', aliasColumns('organisationId', aliasRows.map((a) => ({ ...a, id: real(a.organisationId) }))), { skipDuplicates: true });
  return chosen.map((ids) => ids.map(real));
}
