-- Q1 as one hand-written statement: the 20 most recent meetings → participants (first 20, join
-- order) → each participant's 5 latest statements, shaped as the GraphQL response's "meetings".
SELECT json_build_object('edges', coalesce(json_agg(json_build_object('node', m.node) ORDER BY m."startDate" DESC NULLS LAST, m.id DESC), '[]'::json)) AS meetings
FROM (
  SELECT mt.id, mt."startDate", json_build_object(
    'id', encode(convert_to('Meeting:' || mt.id, 'UTF8'), 'base64'),
    'name', mt.name,
    'startDate', CASE mt."startPrecision" WHEN 'YEAR' THEN to_char(mt."startDate", 'YYYY') WHEN 'MONTH' THEN to_char(mt."startDate", 'YYYY-MM') ELSE to_char(mt."startDate", 'YYYY-MM-DD') END,
    'participants', json_build_object('edges', coalesce(p.edges, '[]'::json))
  ) AS node
  -- The 20 meetings first: nested objects are built for those rows only.
  FROM (SELECT * FROM "Meeting" ORDER BY "startDate" DESC NULLS LAST, id DESC LIMIT $1) mt
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object(
      'role', mp.role,
      'node', json_build_object(
        'id', encode(convert_to('Person:' || pe.id, 'UTF8'), 'base64'),
        'name', pe.name,
        'country', CASE WHEN c.code IS NULL THEN NULL ELSE json_build_object('code', c.code, 'name', c.name) END,
        'statements', json_build_object('edges', coalesce(s.edges, '[]'::json))
      )) ORDER BY mp.id) AS edges
    FROM (SELECT * FROM "MeetingParticipant" WHERE "meetingId" = mt.id ORDER BY id LIMIT 20) mp
    JOIN "Person" pe ON pe.id = mp."personId"
    LEFT JOIN "Country" c ON c.code = pe."countryCode"
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('node', json_build_object(
        'id', encode(convert_to('Statement:' || st.id, 'UTF8'), 'base64'),
        'verb', st.verb, 'content', st.content, 'saidOn', to_char(st."saidOn", 'YYYY-MM-DD')
      )) ORDER BY st."saidOn" DESC NULLS LAST, st.id DESC) AS edges
      -- DESC NULLS LAST is not the order of a backward scan of ("speakerPersonId", "saidOn", id):
      -- take the 5 latest dated statements and the 5 newest undated ones, each by an index scan
      -- with LIMIT, and keep 5 of those 10, instead of sorting every statement the person made.
      FROM (
        SELECT * FROM (
          (SELECT id, verb, content, "saidOn" FROM "Statement" WHERE "speakerPersonId" = pe.id AND "saidOn" IS NOT NULL
           ORDER BY "saidOn" DESC, id DESC LIMIT 5)
          UNION ALL
          (SELECT id, verb, content, "saidOn" FROM "Statement" WHERE "speakerPersonId" = pe.id AND "saidOn" IS NULL
           ORDER BY id DESC LIMIT 5)
        ) both_parts ORDER BY "saidOn" DESC NULLS LAST, id DESC LIMIT 5
      ) st
    ) s ON true
  ) p ON true
) m
