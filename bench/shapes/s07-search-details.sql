/* read-planner */ WITH h AS (SELECT * FROM ((
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
    ORDER BY score DESC, type, id LIMIT $3)
    SELECT COALESCE(json_agg(json_build_object('type', h.type, 'score', h.score, 'node', CASE WHEN h.type = 'ARTICLE' THEN (SELECT json_build_object('__typename', 'Article', 'id', encode(('Article:' || r1.id)::bytea, 'base64'), 'title', r1."title", 'statements', json_build_object('edges', COALESCE((SELECT json_agg((SELECT json_build_object('node', json_build_object('id', encode(('Statement:' || r3.id)::bytea, 'base64'), 'content', r3."content")) FROM "Statement" r3 WHERE r3.id = pg.k)) FROM (SELECT r3.id AS k, r3."saidOn" AS o0, r3."id" AS o1 FROM "Statement" r3 WHERE r3."articleId" = r1.id AND TRUE AND TRUE ORDER BY r3."saidOn" ASC NULLS LAST, r3."id" ASC LIMIT 3) pg), '[]'::json))) FROM "Article" r1 WHERE r1.id = h.id) WHEN h.type = 'MEETING' THEN (SELECT json_build_object('__typename', 'Meeting', 'id', encode(('Meeting:' || r4.id)::bytea, 'base64'), 'name', r4."name", 'startDate', CASE r4."startPrecision"::text WHEN 'YEAR' THEN to_char(r4."startDate", 'YYYY') WHEN 'MONTH' THEN to_char(r4."startDate", 'YYYY-MM') ELSE to_char(r4."startDate", 'YYYY-MM-DD') END, 'participants', json_build_object('edges', COALESCE((SELECT json_agg((SELECT json_build_object('node', json_build_object('id', encode(('Person:' || r6.id)::bytea, 'base64'), 'name', r6."name")) FROM "Person" r6 WHERE r6.id = r5."personId")) FROM (SELECT r5.*, r5.id AS o0 FROM "MeetingParticipant" r5 WHERE r5."meetingId" = r4.id AND TRUE ORDER BY r5.id ASC LIMIT 3) r5), '[]'::json))) FROM "Meeting" r4 WHERE r4.id = h.id) WHEN h.type = 'PERSON' THEN (SELECT json_build_object('__typename', 'Person', 'id', encode(('Person:' || r7.id)::bytea, 'base64'), 'name', r7."name", 'country', (SELECT json_build_object('code', r8."code") FROM "Country" r8 WHERE r8.code = r7."countryCode"), 'statements', json_build_object('edges', COALESCE((SELECT json_agg((SELECT json_build_object('node', json_build_object('id', encode(('Statement:' || r10.id)::bytea, 'base64'), 'content', r10."content")) FROM "Statement" r10 WHERE r10.id = pg.k)) FROM (SELECT r10.id AS k, r10."saidOn" AS o0, r10."id" AS o1 FROM "Statement" r10 WHERE r10."speakerPersonId" = r7.id AND TRUE AND TRUE ORDER BY r10."saidOn" DESC NULLS LAST, r10."id" DESC LIMIT 3) pg), '[]'::json))) FROM "Person" r7 WHERE r7.id = h.id) WHEN h.type = 'ORGANISATION' THEN (SELECT json_build_object('__typename', 'Organisation', 'id', encode(('Organisation:' || r11.id)::bytea, 'base64'), 'name', r11."name") FROM "Organisation" r11 WHERE r11.id = h.id) WHEN h.type = 'STATEMENT' THEN (SELECT json_build_object('__typename', 'Statement', 'id', encode(('Statement:' || r12.id)::bytea, 'base64'), 'content', r12."content", 'saidOn', to_char(r12."saidOn", 'YYYY-MM-DD'), 'speaker', CASE WHEN r12."speakerPersonId" IS NOT NULL THEN (SELECT json_build_object('id', encode(('Person:' || r13.id)::bytea, 'base64'), 'name', r13."name") FROM "Person" r13 WHERE r13.id = r12."speakerPersonId") WHEN r12."speakerOrganisationId" IS NOT NULL THEN (SELECT json_build_object('id', encode(('Organisation:' || r14.id)::bytea, 'base64'), 'name', r14."name") FROM "Organisation" r14 WHERE r14.id = r12."speakerOrganisationId") WHEN r12."speakerCountryCode" IS NOT NULL THEN (SELECT json_build_object() FROM "Country" r15 WHERE r15.code = r12."speakerCountryCode") END, 'article', (SELECT json_build_object('id', encode(('Article:' || r16.id)::bytea, 'base64'), 'title', r16."title") FROM "Article" r16 WHERE r16.id = r12."articleId")) FROM "Statement" r12 WHERE r12.id = h.id) END) ORDER BY h.score DESC, h.type, h.id), '[]'::json)::text AS j FROM h;
