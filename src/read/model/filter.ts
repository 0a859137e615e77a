// A filter input, written once: each key has a rule that says what it means to Prisma (the
// ordinary path) and in SQL (the read compiler). A key without a rule cannot be declared: the
// input type's keys and the rules' keys are the same TypeScript type.
import { searchWords } from '../../values/text-filter.ts';

/** What a rule may put into SQL: the row's alias, and parameters (no client text is ever spliced). */
export interface SqlScope {
  row: string;
  param(value: string | number): string;
  alias(): string;
}

export interface FilterRule<V, W> {
  prisma(value: V): W;
  sql(value: V, scope: SqlScope): string;
}

export type FilterRules<F, W> = { [K in keyof F]-?: FilterRule<NonNullable<F[K]>, W> };

type Present<F> = [keyof F & string, unknown][];

function present<F extends object>(filter: F | null | undefined): Present<F> {
  return Object.entries(filter ?? {}).filter(([, value]) => value != null) as Present<F>;
}

/** The filter as a Prisma `where`: every present key's rule, AND-ed. */
export function prismaWhere<F extends object, W>(rules: FilterRules<F, W>, filter: F | null | undefined): { AND: W[] } {
  return { AND: present(filter).map(([key, value]) => (rules[key] as FilterRule<unknown, W>).prisma(value)) };
}

/** The filter as a SQL condition on `scope.row`. */
export function sqlWhere<F extends object, W>(rules: FilterRules<F, W>, filter: F | null | undefined, scope: SqlScope): string {
  const terms = present(filter).map(([key, value]) => (rules[key] as FilterRule<unknown, W>).sql(value, scope));
  return terms.length ? terms.map((t) => `(${t})`).join(' AND ') : 'TRUE';
}

/** LIKE's wildcards taken literally, as Prisma's `contains` takes them. */
const likeEscape = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The `search` key of list filters (values/text-filter.ts): every word must match one of the
 * alternatives. `alternatives` gets the parameter holding `%word%`, and makes one holding the word
 * itself when it needs it.
 */
export function everyWordSql(query: string, scope: SqlScope, alternatives: (like: string, word: () => string) => string[]): string {
  const words = searchWords(query);
  if (!words.length) return 'TRUE';
  const matchOne = (w: string) => alternatives(scope.param(`%${likeEscape(w)}%`), () => scope.param(w)).join(' OR ');
  return words.map((w) => `(${matchOne(w)})`).join(' AND ');
}
