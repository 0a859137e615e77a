/* read-planner */ SELECT ('{"totalCount":' || COALESCE(((SELECT COALESCE(sum(c.delta), 0)::int FROM "RowCount" c WHERE c."tableName" = 'Meeting'))::text, 'null') || '}')::text AS j;

/* read-planner */ SELECT ('{"totalCount":' || COALESCE(((SELECT COALESCE(sum(c.delta), 0)::int FROM "RowCount" c WHERE c."tableName" = 'Statement'))::text, 'null') || '}')::text AS j;
