// The benchmark's requests: the four fixed questions of bench/queries/*.graphql with their variables,
// and the PostGraphile documents that ask the same thing (bench/postgraphile/*.graphql). Variables that
// name rows (a person, a date range) are looked up in the scratch database, never hard-coded ids.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { withClient } from './postgres.ts';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(`../${rel}`, import.meta.url)), 'utf8');

export const QUERIES = {
  q1: read('queries/q1-nested.graphql'),
  q2: read('queries/q2-search.graphql'),
  q3: read('queries/q3-person.graphql'),
  q4: read('queries/q4-statements.graphql'),
};
export const PG_QUERIES = {
  q1: read('postgraphile/q1-nested.graphql'),
  q3: read('postgraphile/q3-person.graphql'),
  q4: read('postgraphile/q4-statements.graphql'),
};

/** The person Q3 and Q4 ask about: the most quoted one (named in the Q2 search too). */
export const SUBJECT_NAME = 'Bùi Thanh Sơn';
export const Q4_RANGE = { from: '2015', to: '2020-12' };
export const Q4_RANGE_DATES = { from: '2015-01-01', to: '2020-12-31' };
export const SEARCHES = { hit: 'bui thanh son', series: 'AMM 54', miss: 'zzqx' } as const;

export interface Case {
  /** Row label in the results: q1, q2-hit, q2-series, q2-miss, q3, q4. */
  id: string;
  query: string;
  variables: Record<string, unknown>;
  /** The same question for PostGraphile, when it can be asked there. */
  postgraphile?: { query: string; variables: Record<string, unknown> };
}

export async function buildCases(database: string): Promise<Case[]> {
  const personId = await withClient(database, async (c) => {
    const r = await c.query<{ id: number }>('SELECT id FROM "Person" WHERE name = $1 ORDER BY id LIMIT 1', [SUBJECT_NAME]);
    if (!r.rows[0]) throw new Error(`${database}: no person named ${SUBJECT_NAME}; was the corpus ingested?`);
    return r.rows[0].id;
  });
  const gid = encodeGlobalID('Person', personId);
  return [
    { id: 'q1', query: QUERIES.q1, variables: { first: 20 }, postgraphile: { query: PG_QUERIES.q1, variables: { first: 20 } } },
    { id: 'q2-hit', query: QUERIES.q2, variables: { query: SEARCHES.hit } },
    { id: 'q2-series', query: QUERIES.q2, variables: { query: SEARCHES.series } },
    { id: 'q2-miss', query: QUERIES.q2, variables: { query: SEARCHES.miss } },
    { id: 'q3', query: QUERIES.q3, variables: { id: gid }, postgraphile: { query: PG_QUERIES.q3, variables: { id: personId } } },
    {
      id: 'q4',
      query: QUERIES.q4,
      variables: { speaker: gid, from: Q4_RANGE.from, to: Q4_RANGE.to },
      postgraphile: { query: PG_QUERIES.q4, variables: { speaker: personId, from: Q4_RANGE_DATES.from, to: Q4_RANGE_DATES.to } },
    },
  ];
}
