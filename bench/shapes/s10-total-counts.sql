/* read-planner */ SELECT json_build_object('totalCount', (SELECT count(*)::int FROM "Meeting" r2 WHERE TRUE))::text AS j;

/* read-planner */ SELECT json_build_object('totalCount', (SELECT count(*)::int FROM "Statement" r2 WHERE TRUE))::text AS j;
