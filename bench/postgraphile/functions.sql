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

-- The root search (shape S7): Diplograph's ranking SQL (searchSql in src/services/search.ts, every
-- type), put in place of the SEARCH_SQL marker when the bench creates these functions, so the two
-- cannot drift apart: its $1..$5 are this function's arguments in order (folded query, minimum score,
-- page size, the words as a phrase, all words with the last as a prefix; the bench computes them
-- as the API does). A hit names its node by type and id; the computed columns below turn it into
-- the row. The table only gives the hits a row type PostGraphile can hang those columns on.
CREATE TABLE IF NOT EXISTS public.bench_search_hit (type text, id integer, score float8, text text);
CREATE OR REPLACE FUNCTION public.bench_search(q text, min_score float8, lim integer, phrase text, words text)
RETURNS SETOF public.bench_search_hit
LANGUAGE sql STABLE AS $$
SELECT hits.type::text, hits.id::integer, hits.score::float8, hits.text::text FROM (
/* SEARCH_SQL */
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
