// The shapes of issue 16: one request per root and main relation, each a Diplograph document
// (bench/shapes/*.graphql, S1 is Q1) and the PostGraphile document that asks for the same rows
// (bench/shapes/postgraphile/, S1 is bench/postgraphile/q1-nested.graphql). Ids, keys and dates in
// the variables are looked up in the scratch database; S9's cursors by paging each server.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { fold } from '../../src/text/fold.ts';
import { PG_QUERIES, Q4_RANGE, Q4_RANGE_DATES, QUERIES, SEARCHES, SUBJECT_NAME } from './cases.ts';
import { withClient } from './postgres.ts';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(`../${rel}`, import.meta.url)), 'utf8');
const pair = (file: string) => ({ ours: read(`shapes/${file}.graphql`), theirs: read(`shapes/postgraphile/${file}.graphql`) });

/** The page a shape's `$first` asks when measured; SQL statements are also counted at 5 and 50. */
export const MEASURED_FIRST = 20;
/** S9 asks for the page after this many statements. */
export const DEEP_OFFSET = 1000;
/** The search S7 runs (Q2's hit) and the API's minimum score (src/services/search.ts). */
const SEARCH = SEARCHES.hit;
const MIN_SCORE = 0.3;

type Vars = Record<string, unknown>;

export interface Shape {
  /** s01 … s11. */
  id: string;
  title: string;
  query: string;
  variables: (first: number) => Vars;
  postgraphile: { query: string; variables: (first: number) => Vars };
  /** false when the shape has no page size (the same request at 5, 20 and 50). */
  paged: boolean;
}

interface Subjects {
  person: number;
  meeting: { key: string; series: string; ordinal: number };
  nodes: { persons: number[]; meetings: number[]; statements: number[]; articles: number[] };
}

async function lookUpSubjects(database: string): Promise<Subjects> {
  return withClient(database, async (c) => {
    const one = async <T>(sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows as T[];
    const [person] = await one<{ id: number }>('SELECT id FROM "Person" WHERE name = $1 ORDER BY id LIMIT 1', [SUBJECT_NAME]);
    if (!person) throw new Error(`${database}: no person named ${SUBJECT_NAME}; was the corpus ingested?`);
    // The corpus links no meeting to a parent and almost no statement to a meeting: the meeting
    // with the most participants among those named exactly by series and ordinal.
    const [meeting] = await one<Subjects['meeting']>(`SELECT m.key, m.series, m.ordinal FROM "Meeting" m
      WHERE m.series IS NOT NULL AND m.ordinal IS NOT NULL
        AND (SELECT count(*) FROM "Meeting" o WHERE o.series = m.series AND o.ordinal = m.ordinal) = 1
      ORDER BY (SELECT count(*) FROM "MeetingParticipant" p WHERE p."meetingId" = m.id) DESC, m.id LIMIT 1`);
    if (!meeting) throw new Error(`${database}: no meeting named by series and ordinal`);
    const ids = async (sql: string) => (await one<{ id: number }>(sql)).map((r) => r.id);
    const persons = [person.id, ...(await ids(`SELECT id FROM "Person" WHERE id <> ${person.id} ORDER BY id LIMIT 1`))];
    const meetings = await ids('SELECT id FROM "Meeting" ORDER BY "startDate" DESC NULLS LAST, id DESC LIMIT 2');
    const statements = await ids('SELECT id FROM "Statement" ORDER BY id DESC LIMIT 2');
    const articles = await ids('SELECT id FROM "Article" ORDER BY id DESC LIMIT 2');
    return { person: person.id, meeting, nodes: { persons, meetings, statements, articles } };
  });
}

/** The search's words as the API turns them into tsquery texts (queryWords in src/services/search.ts). */
function searchVariables(query: string, first: number): Vars {
  const q = fold(query);
  const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return { q, minScore: MIN_SCORE, lim: first, phrase: words.join(' <-> '), words: `${words.join(' & ')}:*` };
}

function nodeShape({ nodes }: Subjects): Shape {
  const { persons: p, meetings: m, statements: s, articles: a } = nodes;
  const ids = [encodeGlobalID('Person', p[0]!), encodeGlobalID('Meeting', m[0]!), encodeGlobalID('Statement', s[0]!), encodeGlobalID('Article', a[0]!),
    encodeGlobalID('Person', p[1]!), encodeGlobalID('Meeting', m[1]!), encodeGlobalID('Statement', s[1]!), encodeGlobalID('Article', a[1]!)];
  const theirs = { p1: p[0], p2: p[1], m1: m[0], m2: m[1], s1: s[0], s2: s[1], a1: a[0], a2: a[1] };
  const q = pair('s08-nodes-mixed');
  return { id: 's08', title: 'nodes(ids:) of 8 mixed types', query: q.ours, variables: () => ({ ids }), postgraphile: { query: q.theirs, variables: () => theirs }, paged: false };
}

/** Every shape; S9's `after` cursors are placeholders until lookUpDeepCursors fills them in. */
export async function buildShapes(database: string, cursors: { ours: string; theirs: string } = { ours: '', theirs: '' }): Promise<Shape[]> {
  const subjects = await lookUpSubjects(database);
  const gid = encodeGlobalID('Person', subjects.person);
  const { key, series, ordinal } = subjects.meeting;
  const shape = (id: string, title: string, file: string, ours: (first: number) => Vars, theirs: (first: number) => Vars, paged = true): Shape => {
    const q = pair(file);
    return { id, title, query: q.ours, variables: ours, postgraphile: { query: q.theirs, variables: theirs }, paged };
  };
  return [
    { id: 's01', title: 'Q1 meetings → participants → statements', query: QUERIES.q1, variables: (first) => ({ first }), postgraphile: { query: PG_QUERIES.q1, variables: (first) => ({ first }) }, paged: true },
    shape('s02', 'persons → statements(5) → meeting', 's02-persons-statements', (first) => ({ first }), (first) => ({ first })),
    shape('s03', 'organisations → people → roles; → meetings(5)', 's03-organisations-people', (first) => ({ first }), (first) => ({ first })),
    shape('s04', 'articles → statements(5) → speaker', 's04-articles-statements', (first) => ({ first }), (first) => ({ first })),
    shape('s05', `meeting by key (${key}) → children → statements`, 's05-meeting-by-key', (first) => ({ series, ordinal, first }), (first) => ({ key, first })),
    shape('s06', 'Q4 statements by speaker and period', 's06-statements-by-speaker',
      (first) => ({ speaker: gid, from: Q4_RANGE.from, to: Q4_RANGE.to, first }),
      (first) => ({ speaker: subjects.person, from: Q4_RANGE_DATES.from, to: Q4_RANGE_DATES.to, first })),
    shape('s07', `search "${SEARCH}" → hits' details`, 's07-search-details', (first) => ({ query: SEARCH, first }), (first) => searchVariables(SEARCH, first)),
    nodeShape(subjects),
    shape('s09', `statements after the ${DEEP_OFFSET.toLocaleString('en')}th (newest first)`, 's09-deep-page',
      (first) => ({ after: cursors.ours, first }), (first) => ({ after: cursors.theirs, first })),
    shape('s10', 'totalCount only (meetings, statements)', 's10-total-counts', () => ({}), () => ({}), false),
    shape('s11', 'Q3 person page', 's11-person-page', (first) => ({ id: gid, first }), (first) => ({ id: subjects.person, first })),
  ];
}
