// Countries come from the lexicon only: a code the lexicon does not know is stored as no country.
import { COUNTRIES } from '../../../lexicon/countries.ts';
import type { DocumentGraph } from '../../resolve.ts';

export const COUNTRY = new Map(COUNTRIES.map((c) => [c.code, c]));

/** A country code the lexicon knows, or null. */
export const knownCountry = (code: string | null) => (code && COUNTRY.has(code) ? code : null);

/**
 * The lexicon countries a document's graph refers to anywhere (they must exist before rows point at
 * them), sorted: concurrent writers insert shared rows in one order, so they queue instead of deadlocking.
 */
export function countryCodesOf(graph: DocumentGraph): string[] {
  const codes = new Set<string>();
  graph.countries.forEach((c) => codes.add(c.code));
  graph.persons.forEach((p) => {
    if (p.countryCode) codes.add(p.countryCode);
    p.roles.forEach((r) => r.countryCode && codes.add(r.countryCode));
  });
  graph.organisations.forEach((o) => o.countryCode && codes.add(o.countryCode));
  graph.meetings.forEach((m) => {
    if (m.countryCode) codes.add(m.countryCode);
    if (m.chairCountry) codes.add(m.chairCountry);
  });
  graph.statements.forEach((s) => s.countryCode && codes.add(s.countryCode));
  return [...codes].filter((c) => COUNTRY.has(c)).sort();
}
