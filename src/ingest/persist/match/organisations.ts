// Which organisation a mention is: the identity rule for organisations, by name, alias or acronym.
import { fold } from '../../../text/fold.ts';
import type { DocOrganisation } from '../../resolve.ts';
import { Claims, PLANNED, type StoredNames } from './claims.ts';

export function organisationAliasNames(o: DocOrganisation): { alias: string; folded: string }[] {
  const seen = new Set<string>();
  return [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])]
    .filter((a) => a.trim() && !seen.has(fold(a)) && seen.add(fold(a)))
    .map((alias) => ({ alias, folded: fold(alias) }));
}

/** The stored organisations a write's names and acronyms can match, with the aliases that do. */
export type StoredOrganisation = StoredNames & { acronym: string | null };

/**
 * Matches one write's organisations (one document, or a batch of them in order) to stored ones and to
 * each other: the lowest id holding the folded name (or an alias) or the acronym; an unmatched
 * organisation is planned (id PLANNED + n) and claims its name and acronym; every organisation's
 * names claim its id for those that follow.
 */
export class OrganisationMatcher {
  private readonly byName = new Claims();
  private readonly byAcronym = new Claims();
  readonly planned: DocOrganisation[] = [];
  readonly aliasRows: { organisationId: number; alias: string; folded: string }[] = [];

  constructor(stored: StoredOrganisation[]) {
    for (const row of stored) {
      this.byName.claim(row.folded, row.id);
      for (const a of row.aliases) this.byName.claim(a.folded, row.id);
      if (row.acronym) this.byAcronym.claim(row.acronym, row.id);
    }
  }

  /** The organisation's id, stored or planned, and whether this call planned it. */
  match(o: DocOrganisation): { id: number; created: boolean } {
    const f = fold(o.name);
    const matches = [this.byName.get(f), o.acronym ? this.byAcronym.get(o.acronym) : undefined].filter((id): id is number => id !== undefined);
    let id = matches.length ? Math.min(...matches) : undefined;
    const created = id === undefined;
    if (id === undefined) {
      id = PLANNED + this.planned.length;
      this.planned.push(o);
      this.byName.claim(f, id);
      if (o.acronym) this.byAcronym.claim(o.acronym, id);
    }
    for (const a of organisationAliasNames(o)) {
      this.aliasRows.push({ organisationId: id, ...a });
      this.byName.claim(a.folded, id);
    }
    return { id, created };
  }
}
