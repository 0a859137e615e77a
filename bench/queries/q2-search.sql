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

/* read-planner */ SELECT COALESCE((SELECT '[' || string_agg(('{"type":' || COALESCE(to_json(h.type)::text, 'null') || ',"score":' || COALESCE(to_json(h.score)::text, 'null') || ',"matchedText":' || COALESCE(to_json(h.text)::text, 'null') || ',"node":' || COALESCE((CASE WHEN h.type = 'ARTICLE' THEN (SELECT ('{"__typename":"Article","id":' || COALESCE('"' || encode(('Article:' || r1.id)::bytea, 'base64') || '"', 'null') || ',"title":' || COALESCE(to_json(r1."title")::text, 'null') || '}') FROM "Article" r1 WHERE r1.id = h.id) WHEN h.type = 'MEETING' THEN (SELECT ('{"__typename":"Meeting","id":' || COALESCE('"' || encode(('Meeting:' || r2.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r2."name")::text, 'null') || ',"startDate":' || COALESCE('"' || CASE r2."startPrecision"::text WHEN 'YEAR' THEN to_char(r2."startDate", 'YYYY') WHEN 'MONTH' THEN to_char(r2."startDate", 'YYYY-MM') ELSE to_char(r2."startDate", 'YYYY-MM-DD') END || '"', 'null') || '}') FROM "Meeting" r2 WHERE r2.id = h.id) WHEN h.type = 'PERSON' THEN (SELECT ('{"__typename":"Person","id":' || COALESCE('"' || encode(('Person:' || r3.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r3."name")::text, 'null') || '}') FROM "Person" r3 WHERE r3.id = h.id) WHEN h.type = 'ORGANISATION' THEN (SELECT ('{"__typename":"Organisation","id":' || COALESCE('"' || encode(('Organisation:' || r4.id)::bytea, 'base64') || '"', 'null') || ',"name":' || COALESCE(to_json(r4."name")::text, 'null') || '}') FROM "Organisation" r4 WHERE r4.id = h.id) WHEN h.type = 'STATEMENT' THEN (SELECT ('{"__typename":"Statement","id":' || COALESCE('"' || encode(('Statement:' || r5.id)::bytea, 'base64') || '"', 'null') || ',"content":' || COALESCE(to_json(r5."content")::text, 'null') || '}') FROM "Statement" r5 WHERE r5.id = h.id) END)::text, 'null') || '}'), ',' ORDER BY h.rank) || ']' FROM unnest($1::text[], $2::int[], $3::float8[], $4::text[]) WITH ORDINALITY AS h(type, id, score, text, rank)), '[]') AS j;
