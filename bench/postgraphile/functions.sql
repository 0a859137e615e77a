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
