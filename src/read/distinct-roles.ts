// Person.roles is the first PersonRole (by id) of each distinct (title, organisation, country) of a
// person. PersonRole holds one row per mention (61,276 rows for the most quoted person at 100k
// articles, for one distinct role), so DISTINCT ON over them grows with mentions even when it walks
// an index in order. This is a recursive "loose index scan" over "PersonRole_distinct_role_idx"
// (migration person_role_skip_scan): each step takes the first row after the previous role's key,
// one index probe per distinct role. Used by the read planner (objects.ts) and by the Person.roles
// loader of the ordinary path (src/api/loaders.ts), so both answer the same rows.

/**
 * The index's key after personId. A row comparison cannot step over NULLs, hence the COALESCEs:
 * ids start at 1 and country codes have two letters, so 0 and '' mean "none" unambiguously.
 */
const roleKey = (r: string) => `${r}.title, COALESCE(${r}."organisationId", 0), COALESCE(${r}."countryCode", '')`;

/**
 * A subquery with one column, `id`: the distinct roles of the person whose id is the SQL
 * expression `personId` (a parameter, or a column of an enclosing query). `name` prefixes every
 * alias inside, so it must be unique within the statement.
 */
export function distinctRoleIdsSql(personId: string, name: string): string {
  const [steps, first, next, previous, step] = [`${name}_steps`, `${name}_first`, `${name}_next`, `${name}_prev`, `${name}_step`];
  const row = (r: string) => `${r}.id, ${r}.title, COALESCE(${r}."organisationId", 0) AS o, COALESCE(${r}."countryCode", '') AS c`;
  const ordered = (r: string) => `ORDER BY ${roleKey(r)}, ${r}.id LIMIT 1`;
  return `WITH RECURSIVE ${steps} AS (
    (SELECT ${row(first)} FROM "PersonRole" ${first} WHERE ${first}."personId" = ${personId} ${ordered(first)})
    UNION ALL
    SELECT ${step}.* FROM ${steps} ${previous}, LATERAL (
      SELECT ${row(next)} FROM "PersonRole" ${next}
      WHERE ${next}."personId" = ${personId} AND (${roleKey(next)}) > (${previous}.title, ${previous}.o, ${previous}.c)
      ${ordered(next)}) ${step}
  ) SELECT id FROM ${steps}`;
}
