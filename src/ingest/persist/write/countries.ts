// Lexicon countries (and their alias names) that the database does not hold yet.
import { fold } from '../../../text/fold.ts';
import { COUNTRY, countryCodesOf } from '../match/countries.ts';
import type { GraphToWrite, Tx } from '../types.ts';

/** Stores the countries missing among `codes` (sorted, so concurrent writers queue instead of deadlocking). */
async function storeCountries(tx: Tx, codes: string[]): Promise<void> {
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

/** Each document's country codes; those not in `countriesStored` (rows known to exist) are stored first. */
export async function writeCountries(tx: Tx, graphs: GraphToWrite[], countriesStored: ReadonlySet<string>): Promise<string[][]> {
  const perDoc = graphs.map(({ graph }) => countryCodesOf(graph));
  const missing = [...new Set(perDoc.flat())].filter((c) => !countriesStored.has(c)).sort();
  await storeCountries(tx, missing);
  return perDoc;
}
