// Who a person mention is: the identity rule for persons, the same for one document or a batch.
import { fold } from '../../../text/fold.ts';
import type { DocPerson } from '../../resolve.ts';
import { Claims, PLANNED, type StoredNames } from './claims.ts';
import { knownCountry } from './countries.ts';

// A middle initial ("Retno LP Marsudi", "Joe R. Biden") is dropped by other writers of the same name.
const MIDDLE_INITIAL = /^[A-Z]{1,3}\.?$/;

/** The name without its middle initials, when it has any: "Retno LP Marsudi" → "Retno Marsudi". */
function withoutMiddleInitials(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return null;
  const kept = [words[0]!, ...words.slice(1, -1).filter((w) => !MIDDLE_INITIAL.test(w)), words.at(-1)!];
  return kept.length < words.length ? kept.join(' ') : null;
}

/** Every folded form a stored person may hold this person's name under (two words at least). */
export function personForms(name: string, aliases: string[]): string[] {
  const forms = new Set<string>();
  for (const written of [name, ...aliases]) {
    const short = withoutMiddleInitials(written);
    if (short) forms.add(fold(short));
  }
  for (const n of [name, ...aliases]) {
    const f = fold(n);
    forms.add(f);
    const words = f.split(' ');
    if (words.length === 2) forms.add(`${words[1]} ${words[0]}`);
  }
  return [...forms].filter((f) => f.split(' ').length >= 2);
}

export function personAliasRows(p: DocPerson): { alias: string; folded: string }[] {
  const seen = new Set<string>();
  const names = [p.name, ...p.aliases];
  const variants = [...names, ...names.map(withoutMiddleInitials).filter((n): n is string => n !== null)];
  return variants.filter((a) => a.trim() && !seen.has(fold(a)) && seen.add(fold(a))).map((alias) => ({ alias, folded: fold(alias) }));
}

/** The stored persons a write's names can match: their folded names and aliases, and their country. */
export type StoredPerson = StoredNames & { countryCode: string | null };

/**
 * Matches one write's persons (one document, or a batch of them in order) to stored persons and to
 * each other: a folded name or alias answers to the lowest id holding it; an unmatched person is
 * planned (id PLANNED + n) and claims its name; a match whose country was unknown learns the
 * mention's (stored persons get an update); aliases claim their forms.
 */
export class PersonMatcher {
  private readonly byForm = new Claims();
  readonly countryOf = new Map<number, string | null>();
  /** Stored persons that learn a country in this write. */
  readonly countryPatch = new Map<number, string>();
  readonly planned: DocPerson[] = [];
  readonly aliasRows: { personId: number; alias: string; folded: string }[] = [];

  constructor(stored: StoredPerson[]) {
    for (const row of stored) {
      this.countryOf.set(row.id, row.countryCode);
      this.byForm.claim(row.folded, row.id);
      for (const a of row.aliases) this.byForm.claim(a.folded, row.id);
    }
  }

  /** The person's id, stored or planned, and whether this call planned it. */
  match(p: DocPerson, forms: string[]): { id: number; created: boolean } {
    const matches = forms.map((f) => this.byForm.get(f)).filter((id): id is number => id !== undefined);
    let id = matches.length ? Math.min(...matches) : undefined;
    const created = id === undefined;
    if (id === undefined) {
      id = PLANNED + this.planned.length;
      this.planned.push(p);
      this.countryOf.set(id, knownCountry(p.countryCode));
      this.byForm.claim(fold(p.name), id);
    } else this.learnCountry(id, knownCountry(p.countryCode));
    for (const a of personAliasRows(p)) {
      this.aliasRows.push({ personId: id, ...a });
      this.byForm.claim(a.folded, id);
    }
    return { id, created };
  }

  private learnCountry(id: number, code: string | null) {
    if (this.countryOf.get(id) || !code) return;
    this.countryOf.set(id, code);
    if (id < PLANNED) this.countryPatch.set(id, code);
  }
}
