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
    ORDER BY score DESC, type, id LIMIT $3;

/* read-planner */ SELECT COALESCE((SELECT '[' || string_agg(('{"type":' || COALESCE(to_json(h.type)::text, 'null') || ',"score":' || COALESCE(to_json(h.score)::text, 'null') || ',"node":' || COALESCE((CASE WHEN h.type = 'ARTICLE' THEN (SELECT ('{"__typename":"Article","id":' || COALESCE('"' || encode(('Article:' || r1.id)::bytea, 'base64') || '"', 'null') || ',"title":' || COALESCE(to_json(r1."title")::text, 'null') || ',"statements":' || COALESCE((('{"edges":' || COALESCE((COALESCE((SELECT '[' || string_agg((SELECT ('{"node":' || COALESCE((('{"id":' || COALESCE('"' || encode(('Statement:' || r3.id)::bytea, 'base64') || '"', 'null') || ',"content":' || COALESCE(to_json(r3."content")::text, 'null') || '}'))::text, 'null') || '}') FROM "Statement" r3 WHERE r3.id = pg.k), ',') || ']' FROM (SELECT r3.id AS k, r3."saidOn" AS o0, r3."id" AS o1 FROM "Statement" r3 WHERE r3."articleId" = r1.id AND TRUE AND TRUE ORDER BY r3."saidOn" ASC NULLS LAST, r3."id" ASC LIMIT 3) pg), '[]'))::text, 'null') || '}'))::text, 'null') || '}') FROM "Article" r1 WHERE r1.id = h.id) WHEN h.type = 'MEETING' THEN (SELECT ('{"__typename":"Meeting","id":' || COALESCE('"' || encode(('Meeting:' || r4.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r4."name")::text, 'null') || ',"startDate":' || COALESCE('"' || CASE r4."startPrecision"::text WHEN 'YEAR' THEN to_char(r4."startDate", 'YYYY') WHEN 'MONTH' THEN to_char(r4."startDate", 'YYYY-MM') ELSE to_char(r4."startDate", 'YYYY-MM-DD') END || '"', 'null') || ',"participants":' || COALESCE((('{"edges":' || COALESCE((COALESCE((SELECT '[' || string_agg((SELECT ('{"node":' || COALESCE((('{"id":' || COALESCE('"' || encode(('Person:' || r6.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r6."name")::text, 'null') || '}'))::text, 'null') || '}') FROM "Person" r6 WHERE r6.id = r5."personId"), ',') || ']' FROM (SELECT r5.*, r5.id AS o0 FROM "MeetingParticipant" r5 WHERE r5."meetingId" = r4.id AND TRUE ORDER BY r5.id ASC LIMIT 3) r5), '[]'))::text, 'null') || '}'))::text, 'null') || '}') FROM "Meeting" r4 WHERE r4.id = h.id) WHEN h.type = 'PERSON' THEN (SELECT ('{"__typename":"Person","id":' || COALESCE('"' || encode(('Person:' || r7.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r7."name")::text, 'null') || ',"country":' || COALESCE(((SELECT ('{"code":' || COALESCE(to_json(r8."code")::text, 'null') || '}') FROM "Country" r8 WHERE r8.code = r7."countryCode"))::text, 'null') || ',"statements":' || COALESCE((('{"edges":' || COALESCE((COALESCE((SELECT '[' || string_agg((SELECT ('{"node":' || COALESCE((('{"id":' || COALESCE('"' || encode(('Statement:' || r10.id)::bytea, 'base64') || '"', 'null') || ',"content":' || COALESCE(to_json(r10."content")::text, 'null') || '}'))::text, 'null') || '}') FROM "Statement" r10 WHERE r10.id = pg.k), ',') || ']' FROM (SELECT r10.id AS k, r10."saidOn" AS o0, r10."id" AS o1 FROM "Statement" r10 WHERE r10."speakerPersonId" = r7.id AND TRUE AND TRUE ORDER BY r10."saidOn" DESC NULLS LAST, r10."id" DESC LIMIT 3) pg), '[]'))::text, 'null') || '}'))::text, 'null') || '}') FROM "Person" r7 WHERE r7.id = h.id) WHEN h.type = 'ORGANISATION' THEN (SELECT ('{"__typename":"Organisation","id":' || COALESCE('"' || encode(('Organisation:' || r11.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r11."name")::text, 'null') || '}') FROM "Organisation" r11 WHERE r11.id = h.id) WHEN h.type = 'STATEMENT' THEN (SELECT ('{"__typename":"Statement","id":' || COALESCE('"' || encode(('Statement:' || r12.id)::bytea, 'base64') || '"', 'null') || ',"content":' || COALESCE(to_json(r12."content")::text, 'null') || ',"saidOn":' || COALESCE('"' || to_char(r12."saidOn", 'YYYY-MM-DD') || '"', 'null') || ',"speaker":' || COALESCE((CASE WHEN r12."speakerPersonId" IS NOT NULL THEN (SELECT ('{"id":' || COALESCE('"' || encode(('Person:' || r13.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r13."name")::text, 'null') || '}') FROM "Person" r13 WHERE r13.id = r12."speakerPersonId") WHEN r12."speakerOrganisationId" IS NOT NULL THEN (SELECT ('{"id":' || COALESCE('"' || encode(('Organisation:' || r14.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r14."name")::text, 'null') || '}') FROM "Organisation" r14 WHERE r14.id = r12."speakerOrganisationId") WHEN r12."speakerCountryCode" IS NOT NULL THEN (SELECT '{}' FROM "Country" r15 WHERE r15.code = r12."speakerCountryCode") END)::text, 'null') || ',"article":' || COALESCE(((SELECT ('{"id":' || COALESCE('"' || encode(('Article:' || r16.id)::bytea, 'base64') || '"', 'null') || ',"title":' || COALESCE(to_json(r16."title")::text, 'null') || '}') FROM "Article" r16 WHERE r16.id = r12."articleId"))::text, 'null') || '}') FROM "Statement" r12 WHERE r12.id = h.id) END)::text, 'null') || '}'), ',' ORDER BY h.rank) || ']' FROM unnest($1::text[], $2::int[], $3::float8[], $4::text[]) WITH ORDINALITY AS h(type, id, score, text, rank)), '[]') AS j;
