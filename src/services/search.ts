// Ranked search across the five node types, on folded text (lower case, no diacritics, đ→d), so
// "bui thanh son", "Bùi Thanh Sơn" and "BÙI THANH SƠN" are one query, on PGlite and PostgreSQL alike.
// Names (persons, organisations, meetings: short strings) are matched fuzzily with pg_trgm's
// index-backed operators (`%` similarity, `<%` word similarity); the score is the best of trigram
// similarity and word similarity over a name and its aliases.
// Long texts (articles, statements) are matched by their words instead: a trigram recheck of
// word_similarity on each of thousands of long texts sharing common trigrams grew with the corpus
// (seconds at 10k articles), while a full-text lookup on "searchVector" (the words of the folded
// text, see the search_vector migration) does not. A text holding the query's words in a row
// scores 0.9, what word similarity gives it; one holding them all apart (the last word may be a
// prefix, for a query still being typed) is scored by word similarity, computed only for the few
// rows that can make the page. Texts without every word are not found: a typo finds names, not texts.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { fold } from '../text/fold.ts';

export const SEARCH_TYPES = ['ARTICLE', 'MEETING', 'PERSON', 'ORGANISATION', 'STATEMENT'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchHit {
  type: SearchType;
  id: number;
  score: number;
  /** The text that matched best: a name, an alias, a meeting key, a statement or an article body. */
  text: string;
}

const DOCUMENT_TYPES: ReadonlySet<SearchType> = new Set(['ARTICLE', 'STATEMENT']);

/** Below this a hit is noise. */
const MIN_SCORE = 0.3;

// Entities: a whole-name match scores 1, the query as whole words inside a name 0.95. Documents
// (long text) rank just below an entity matched as well, so "Motegi" puts the person first.
const ENTITY_SCORE = (col: string) => `GREATEST(similarity($1, ${col}), 0.95 * word_similarity($1, ${col}))`;
// Candidates come from each table's trigram index, then are scored; one OR across a name and an
// alias EXISTS would scan every row instead. pg_trgm folds case itself, so a raw key or acronym
// matches like its lower case and can use an index on the column.
const MATCHES = (col: string) => `(${col} % $1 OR $1 <% ${col})`;

// $4: the query's words as a phrase, $5: all of them, the last as a prefix (tsquery text from
// queryWords, so no operator reaches to_tsquery from the user). Phrase hits are the best a text
// can score, so they fill the page first, lowest id first as before; the others are scored only
// while the phrase hits leave room, so word_similarity runs on at most `first` long texts. Both
// LIMITs stay a plain $3: an expression there hides the row count from the planner, which then
// walked the whole primary key for a word found nowhere. Known limit: the planner estimates a
// phrase as often as its words together, so words common apart but never in a row ("bui thanh so"
// half typed) still walk the primary key (45 ms for articles at 10k, against 12 ms at 1k).
function documents(table: string, alias: string, text: string): string {
  const phrase = `"searchVector" @@ to_tsquery('simple', $4)`;
  return `
    WITH in_row AS (SELECT id FROM "${table}" WHERE ${phrase} ORDER BY id LIMIT $3)
    SELECT '${table.toUpperCase()}' AS type, ${alias}.id, hit.score, ${text} AS text
    FROM (
      SELECT id, 0.9::float8 AS score FROM in_row
      UNION ALL
      (SELECT c.id, 0.9 * word_similarity($1, c."searchText") FROM (
        SELECT id, "searchText" FROM "${table}"
        WHERE "searchVector" @@ to_tsquery('simple', $5) AND NOT ${phrase}
        ORDER BY id LIMIT $3) c
      WHERE (SELECT count(*) FROM in_row) < $3)
    ) hit JOIN "${table}" ${alias} ON ${alias}.id = hit.id`;
}

/** The folded query's words as tsquery texts, split where the search_vector migration splits text. */
export function queryWords(folded: string): { phrase: string; all: string } | null {
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return null;
  return { phrase: words.join(' <-> '), all: `${words.join(' & ')}:*` };
}

const SQL: Record<SearchType, string> = {
  PERSON: `
    SELECT 'PERSON' AS type, p.id, best.score, best.text FROM (
      SELECT id FROM "Person" WHERE ${MATCHES('folded')}
      UNION SELECT "personId" FROM "PersonAlias" WHERE ${MATCHES('folded')}) hit
    JOIN "Person" p ON p.id = hit.id
    CROSS JOIN LATERAL (
      SELECT c.text, ${ENTITY_SCORE('c.folded')} AS score
      FROM (SELECT p.name AS text, p.folded UNION ALL
            SELECT a.alias, a.folded FROM "PersonAlias" a WHERE a."personId" = p.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best`,
  ORGANISATION: `
    SELECT 'ORGANISATION' AS type, o.id, best.score, best.text FROM (
      SELECT id FROM "Organisation" WHERE ${MATCHES('folded')} OR ${MATCHES('acronym')}
      UNION SELECT "organisationId" FROM "OrganisationAlias" WHERE ${MATCHES('folded')}) hit
    JOIN "Organisation" o ON o.id = hit.id
    CROSS JOIN LATERAL (
      SELECT c.text, ${ENTITY_SCORE('c.folded')} AS score
      FROM (SELECT o.name AS text, o.folded UNION ALL
            SELECT o.acronym, lower(o.acronym) WHERE o.acronym IS NOT NULL UNION ALL
            SELECT a.alias, a.folded FROM "OrganisationAlias" a WHERE a."organisationId" = o.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best`,
  MEETING: `
    SELECT 'MEETING' AS type, m.id, best.score, best.text FROM (
      SELECT id FROM "Meeting" WHERE ${MATCHES('folded')} OR ${MATCHES('key')}
      UNION SELECT "meetingId" FROM "MeetingAlias" WHERE ${MATCHES('folded')}) hit
    JOIN "Meeting" m ON m.id = hit.id
    CROSS JOIN LATERAL (
      SELECT c.text, ${ENTITY_SCORE('c.folded')} AS score
      FROM (SELECT m.name AS text, m.folded UNION ALL
            SELECT m.key, lower(m.key) UNION ALL
            SELECT a.alias, a.folded FROM "MeetingAlias" a WHERE a."meetingId" = m.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best`,
  ARTICLE: documents('Article', 'ar', `CASE WHEN ar.title IS NULL THEN ar.body ELSE ar.title || E'\\n' || ar.body END`),
  STATEMENT: documents('Statement', 's', `s."speakerLabel" || ': ' || s.content`),
};

/** The ranking as one SQL statement over $1… (the hits: type, id, score, text), or null when nothing can match. */
export function searchSql(query: string, types: readonly SearchType[] = SEARCH_TYPES, first = 10): { sql: string; params: unknown[] } | null {
  const q = fold(query);
  if (!q || types.length === 0) return null;
  const words = queryWords(q);
  // Without a word (punctuation only) no text can match; names may still match fuzzily.
  const wanted = [...new Set(types)].filter((type) => words || !DOCUMENT_TYPES.has(type));
  if (wanted.length === 0) return null;
  const parts = wanted.map((type) => `(${SQL[type]} ORDER BY score DESC, id LIMIT $3)`);
  const sql = `SELECT * FROM (${parts.join(' UNION ALL ')}) hits WHERE score >= $2
    ORDER BY score DESC, type, id LIMIT $3`;
  const params: unknown[] = [q, MIN_SCORE, first];
  if (wanted.some((type) => DOCUMENT_TYPES.has(type))) params.push(words!.phrase, words!.all);
  return { sql, params };
}

/** Scores as the API gives them: three decimals. */
export const roundScore = (score: number) => Math.round(score * 1000) / 1000;

export async function search(
  prisma: PrismaClient,
  query: string,
  types: readonly SearchType[] = SEARCH_TYPES,
  first = 10,
): Promise<SearchHit[]> {
  const ranking = searchSql(query, types, first);
  return ranking ? rankHits(prisma, ranking) : [];
}

/** The hits of a ranking searchSql wrote, sent unprepared: PostgreSQL plans it for the words asked. */
export async function rankHits(prisma: PrismaClient, ranking: { sql: string; params: unknown[] }): Promise<SearchHit[]> {
  const rows = await prisma.$queryRawUnsafe<{ type: SearchType; id: number; score: number; text: string }[]>(ranking.sql, ...ranking.params);
  return rows.map((row) => ({ type: row.type, id: Number(row.id), score: roundScore(Number(row.score)), text: row.text }));
}
