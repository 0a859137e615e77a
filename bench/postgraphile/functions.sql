-- Bench-only SQL functions PostGraphile exposes as fields ("Person_…" becomes a field of Person); created in the scratch database before
-- the PostGraphile baseline starts. They mirror what the Diplograph API answers:
-- Person.roles is each (title, organisation, country) once, first seen first;
-- statements(filter: {speaker, saidFrom, saidTo}, orderBy: SAID_ON_DESC) is newest first, id breaking ties.
CREATE OR REPLACE FUNCTION public."Person_distinct_roles"(p public."Person") RETURNS SETOF public."PersonRole"
LANGUAGE sql STABLE AS $$
  SELECT * FROM (
    SELECT DISTINCT ON (r.title, r."organisationId", r."countryCode") r.*
    FROM public."PersonRole" r WHERE r."personId" = p.id
    ORDER BY r.title, r."organisationId", r."countryCode", r.id
  ) d ORDER BY d.id
$$;

CREATE OR REPLACE FUNCTION public.statements_by_speaker_between(speaker integer, said_from date, said_to date)
RETURNS SETOF public."Statement"
LANGUAGE sql STABLE AS $$
  SELECT * FROM public."Statement" s
  WHERE s."speakerPersonId" = speaker AND s."saidOn" >= said_from AND s."saidOn" <= said_to
  ORDER BY s."saidOn" DESC NULLS LAST, s.id DESC
$$;

-- Organisation.people: each person who held a role there once, in the order of their first role.
CREATE OR REPLACE FUNCTION public."Organisation_people"(o public."Organisation") RETURNS SETOF public."Person"
LANGUAGE sql STABLE AS $$
  SELECT p.* FROM (
    SELECT DISTINCT ON (r."personId") r."personId", r.id FROM public."PersonRole" r
    WHERE r."organisationId" = o.id ORDER BY r."personId", r.id
  ) f JOIN public."Person" p ON p.id = f."personId" ORDER BY f.id
$$;

-- The root search (shape S7): Diplograph's ranking SQL (src/services/search.ts, every type),
-- copied verbatim: its $1..$5 are this function's arguments in order (folded query, minimum score,
-- page size, the words as a phrase, all words with the last as a prefix; the bench computes them
-- as the API does). A hit names its node by type and id; the computed columns below turn it into
-- the row. The table only gives the hits a row type PostGraphile can hang those columns on.
CREATE TABLE IF NOT EXISTS public.bench_search_hit (type text, id integer, score float8, text text);
CREATE OR REPLACE FUNCTION public.bench_search(q text, min_score float8, lim integer, phrase text, words text)
RETURNS SETOF public.bench_search_hit
LANGUAGE sql STABLE AS $$
SELECT hits.type::text, hits.id::integer, hits.score::float8, hits.text::text FROM (
SELECT * FROM ((
    WITH in_row AS (SELECT id FROM "Article" WHERE "searchVector" @@ to_tsquery('simple', $4) ORDER BY id LIMIT $3)
    SELECT 'ARTICLE' AS type, ar.id, hit.score, CASE WHEN ar.title IS NULL THEN ar.body ELSE ar.title || E'\n' || ar.body END AS text
    FROM (
      SELECT id, 0.9::float8 AS score FROM in_row
      UNION ALL
      (SELECT c.id, 0.9 * word_similarity($1, c."searchText") FROM (
        SELECT id, "searchText" FROM "Article"
        WHERE "searchVector" @@ to_tsquery('simple', $5) AND NOT "searchVector" @@ to_tsquery('simple', $4)
        ORDER BY id LIMIT $3) c
      WHERE (SELECT count(*) FROM in_row) < $3)
    ) hit JOIN "Article" ar ON ar.id = hit.id ORDER BY score DESC, id LIMIT $3) UNION ALL (
    SELECT 'MEETING' AS type, m.id, best.score, best.text FROM (
      SELECT id FROM "Meeting" WHERE (folded % $1 OR $1 <% folded) OR (key % $1 OR $1 <% key)
      UNION SELECT "meetingId" FROM "MeetingAlias" WHERE (folded % $1 OR $1 <% folded)) hit
    JOIN "Meeting" m ON m.id = hit.id
    CROSS JOIN LATERAL (
      SELECT c.text, GREATEST(similarity($1, c.folded), 0.95 * word_similarity($1, c.folded)) AS score
      FROM (SELECT m.name AS text, m.folded UNION ALL
            SELECT m.key, lower(m.key) UNION ALL
            SELECT a.alias, a.folded FROM "MeetingAlias" a WHERE a."meetingId" = m.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best ORDER BY score DESC, id LIMIT $3) UNION ALL (
    SELECT 'PERSON' AS type, p.id, best.score, best.text FROM (
      SELECT id FROM "Person" WHERE (folded % $1 OR $1 <% folded)
      UNION SELECT "personId" FROM "PersonAlias" WHERE (folded % $1 OR $1 <% folded)) hit
    JOIN "Person" p ON p.id = hit.id
    CROSS JOIN LATERAL (
      SELECT c.text, GREATEST(similarity($1, c.folded), 0.95 * word_similarity($1, c.folded)) AS score
      FROM (SELECT p.name AS text, p.folded UNION ALL
            SELECT a.alias, a.folded FROM "PersonAlias" a WHERE a."personId" = p.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best ORDER BY score DESC, id LIMIT $3) UNION ALL (
    SELECT 'ORGANISATION' AS type, o.id, best.score, best.text FROM (
      SELECT id FROM "Organisation" WHERE (folded % $1 OR $1 <% folded) OR (acronym % $1 OR $1 <% acronym)
      UNION SELECT "organisationId" FROM "OrganisationAlias" WHERE (folded % $1 OR $1 <% folded)) hit
    JOIN "Organisation" o ON o.id = hit.id
    CROSS JOIN LATERAL (
      SELECT c.text, GREATEST(similarity($1, c.folded), 0.95 * word_similarity($1, c.folded)) AS score
      FROM (SELECT o.name AS text, o.folded UNION ALL
            SELECT o.acronym, lower(o.acronym) WHERE o.acronym IS NOT NULL UNION ALL
            SELECT a.alias, a.folded FROM "OrganisationAlias" a WHERE a."organisationId" = o.id) c
      ORDER BY score DESC, (c.folded = $1) DESC LIMIT 1) best ORDER BY score DESC, id LIMIT $3) UNION ALL (
    WITH in_row AS (SELECT id FROM "Statement" WHERE "searchVector" @@ to_tsquery('simple', $4) ORDER BY id LIMIT $3)
    SELECT 'STATEMENT' AS type, s.id, hit.score, s."speakerLabel" || ': ' || s.content AS text
    FROM (
      SELECT id, 0.9::float8 AS score FROM in_row
      UNION ALL
      (SELECT c.id, 0.9 * word_similarity($1, c."searchText") FROM (
        SELECT id, "searchText" FROM "Statement"
        WHERE "searchVector" @@ to_tsquery('simple', $5) AND NOT "searchVector" @@ to_tsquery('simple', $4)
        ORDER BY id LIMIT $3) c
      WHERE (SELECT count(*) FROM in_row) < $3)
    ) hit JOIN "Statement" s ON s.id = hit.id ORDER BY score DESC, id LIMIT $3)) hits WHERE score >= $2
    ORDER BY score DESC, type, id LIMIT $3
) hits
$$;
CREATE OR REPLACE FUNCTION public.bench_search_hit_person(h public.bench_search_hit) RETURNS public."Person"
LANGUAGE sql STABLE AS $$ SELECT x.* FROM public."Person" x WHERE h.type = 'PERSON' AND x.id = h.id $$;
CREATE OR REPLACE FUNCTION public.bench_search_hit_meeting(h public.bench_search_hit) RETURNS public."Meeting"
LANGUAGE sql STABLE AS $$ SELECT x.* FROM public."Meeting" x WHERE h.type = 'MEETING' AND x.id = h.id $$;
CREATE OR REPLACE FUNCTION public.bench_search_hit_organisation(h public.bench_search_hit) RETURNS public."Organisation"
LANGUAGE sql STABLE AS $$ SELECT x.* FROM public."Organisation" x WHERE h.type = 'ORGANISATION' AND x.id = h.id $$;
CREATE OR REPLACE FUNCTION public.bench_search_hit_article(h public.bench_search_hit) RETURNS public."Article"
LANGUAGE sql STABLE AS $$ SELECT x.* FROM public."Article" x WHERE h.type = 'ARTICLE' AND x.id = h.id $$;
CREATE OR REPLACE FUNCTION public.bench_search_hit_statement(h public.bench_search_hit) RETURNS public."Statement"
LANGUAGE sql STABLE AS $$ SELECT x.* FROM public."Statement" x WHERE h.type = 'STATEMENT' AND x.id = h.id $$;
