// PersonRole holds one row per mention: 61,276 rows for the most quoted person at 100k articles,
// for a single distinct role. Person.roles (the first row of each distinct title, organisation and
// country of a person) and Organisation.people (each person with a role there once) would walk
// them all with DISTINCT, even in index order, so their cost would grow with mentions. Both are a
// recursive "loose index scan" instead: each step takes the first row after the previous key from
// an index in key order, one index probe per distinct key. Used by the read compiler (objects/person.ts, objects/organisation.ts)
// and by the loaders of the ordinary path (src/read/loaders.ts), so both answer the same rows.

interface LooseScan {
  /** The condition on the leading index column, for the row alias given. */
  where: (r: string) => string;
  /** The rest of the index's key before its trailing id: the distinct key, never NULL. */
  key: (r: string) => string[];
  /** Prefixes every alias inside; unique within the statement. */
  name: string;
}

/** A subquery with one column, `id`: the first PersonRole (by id) of each distinct key. */
function looseIndexScan({ where, key, name }: LooseScan): string {
  const [steps, first, next, previous, step] = ['steps', 'first', 'next', 'prev', 'step'].map((s) => `${name}_${s}`) as [string, string, string, string, string];
  const columns = (r: string) => key(r).map((k, i) => `${k} AS k${i}`).join(', ');
  const ordered = (r: string) => `ORDER BY ${key(r).join(', ')}, ${r}.id LIMIT 1`;
  const previousKey = key(previous).map((_, i) => `${previous}.k${i}`).join(', ');
  return `WITH RECURSIVE ${steps} AS (
    (SELECT ${first}.id, ${columns(first)} FROM "PersonRole" ${first} WHERE ${where(first)} ${ordered(first)})
    UNION ALL
    SELECT ${step}.* FROM ${steps} ${previous}, LATERAL (
      SELECT ${next}.id, ${columns(next)} FROM "PersonRole" ${next}
      WHERE ${where(next)} AND (${key(next).join(', ')}) > (${previousKey})
      ${ordered(next)}) ${step}
  ) SELECT id FROM ${steps}`;
}

/**
 * Person.roles of the person whose id is the SQL expression `personId`, over
 * "PersonRole_distinct_role_idx" (migration person_role_skip_scan). A row comparison cannot step
 * over NULLs, hence the COALESCEs, as in the index: ids start at 1 and country codes have two
 * letters, so 0 and '' mean "none" unambiguously.
 */
export function distinctRoleIdsSql(personId: string, name: string): string {
  return looseIndexScan({
    name,
    where: (r) => `${r}."personId" = ${personId}`,
    key: (r) => [`${r}.title`, `COALESCE(${r}."organisationId", 0)`, `COALESCE(${r}."countryCode", '')`],
  });
}

/** Organisation.people: the first role of each person in the organisation `organisationId`. */
export function firstRolePerPersonSql(organisationId: string, name: string): string {
  return looseIndexScan({ name, where: (r) => `${r}."organisationId" = ${organisationId}`, key: (r) => [`${r}."personId"`] });
}
