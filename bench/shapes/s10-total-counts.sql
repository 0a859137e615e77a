/* read-planner */ SELECT json_build_object('totalCount', (SELECT COALESCE(sum(c.delta), 0)::int FROM "RowCount" c WHERE c."tableName" = 'Meeting'))::text AS j;

/* read-planner */ SELECT json_build_object('totalCount', (SELECT COALESCE(sum(c.delta), 0)::int FROM "RowCount" c WHERE c."tableName" = 'Statement'))::text AS j;
