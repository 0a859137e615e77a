// Ranked search across the five node types, on folded text (lower case, no diacritics, đ→d), so
// "bui thanh son", "Bùi Thanh Sơn" and "BÙI THANH SƠN" are one query, on PGlite and PostgreSQL alike.
// Candidates come from pg_trgm's index-backed operators (`%` similarity, `<%` word similarity);
// the score is the best of trigram similarity and word similarity over a name and its aliases.
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

/** Below this a hit is noise. */
const MIN_SCORE = 0.3;

// Entities: a whole-name match scores 1, the query as whole words inside a name 0.95. Documents
// (long text) rank just below an entity matched as well, so "Motegi" puts the person first.
const ENTITY_SCORE = (col: string) => `GREATEST(similarity($1, ${col}), 0.95 * word_similarity($1, ${col}))`;
const MATCHES = (col: string) => `(${col} % $1 OR $1 <% ${col})`;

const SQL: Record<SearchType, string> = {
  PERSON: `
    SELECT 'PERSON' AS type, p.id, best.score, best.text FROM "Person" p
    CROSS JOIN LATERAL (
      SELECT c.text, ${ENTITY_SCORE('c.folded')} AS score
      FROM (SELECT p.name AS text, p.folded UNION ALL
            SELECT a.alias, a.folded FROM "PersonAlias" a WHERE a."personId" = p.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best
    WHERE (${MATCHES('p.folded')} OR EXISTS (SELECT 1 FROM "PersonAlias" a WHERE a."personId" = p.id AND ${MATCHES('a.folded')}))`,
  ORGANISATION: `
    SELECT 'ORGANISATION' AS type, o.id, best.score, best.text FROM "Organisation" o
    CROSS JOIN LATERAL (
      SELECT c.text, ${ENTITY_SCORE('c.folded')} AS score
      FROM (SELECT o.name AS text, o.folded UNION ALL
            SELECT o.acronym, lower(o.acronym) WHERE o.acronym IS NOT NULL UNION ALL
            SELECT a.alias, a.folded FROM "OrganisationAlias" a WHERE a."organisationId" = o.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best
    WHERE (${MATCHES('o.folded')} OR ${MATCHES("lower(coalesce(o.acronym, ''))")}
      OR EXISTS (SELECT 1 FROM "OrganisationAlias" a WHERE a."organisationId" = o.id AND ${MATCHES('a.folded')}))`,
  MEETING: `
    SELECT 'MEETING' AS type, m.id, best.score, best.text FROM "Meeting" m
    CROSS JOIN LATERAL (
      SELECT c.text, ${ENTITY_SCORE('c.folded')} AS score
      FROM (SELECT m.name AS text, m.folded UNION ALL
            SELECT m.key, lower(m.key) UNION ALL
            SELECT a.alias, a.folded FROM "MeetingAlias" a WHERE a."meetingId" = m.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best
    WHERE (${MATCHES('m.folded')} OR ${MATCHES('lower(m.key)')}
      OR EXISTS (SELECT 1 FROM "MeetingAlias" a WHERE a."meetingId" = m.id AND ${MATCHES('a.folded')}))`,
  ARTICLE: `
    SELECT 'ARTICLE' AS type, ar.id, 0.9 * word_similarity($1, ar."searchText") AS score,
      CASE WHEN ar.title IS NULL THEN ar.body ELSE ar.title || E'\\n' || ar.body END AS text
    FROM "Article" ar WHERE $1 <% ar."searchText"`,
  STATEMENT: `
    SELECT 'STATEMENT' AS type, s.id, 0.9 * word_similarity($1, s."searchText") AS score,
      s."speakerLabel" || ': ' || s.content AS text
    FROM "Statement" s WHERE $1 <% s."searchText"`,
};

export async function search(
  prisma: PrismaClient,
  query: string,
  types: readonly SearchType[] = SEARCH_TYPES,
  first = 10,
): Promise<SearchHit[]> {
  const q = fold(query);
  if (!q || types.length === 0) return [];
  const parts = [...new Set(types)].map((type) => `(${SQL[type]} ORDER BY score DESC, id LIMIT $3)`);
  const sql = `SELECT * FROM (${parts.join(' UNION ALL ')}) hits WHERE score >= $2
    ORDER BY score DESC, type, id LIMIT $3`;
  const rows = await prisma.$queryRawUnsafe<{ type: SearchType; id: number; score: number; text: string }[]>(sql, q, MIN_SCORE, first);
  return rows.map((row) => ({ type: row.type, id: Number(row.id), score: Math.round(Number(row.score) * 1000) / 1000, text: row.text }));
}
