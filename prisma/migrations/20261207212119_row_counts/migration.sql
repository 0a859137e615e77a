-- CreateTable
CREATE TABLE "RowCount" (
    "id" BIGSERIAL NOT NULL,
    "tableName" TEXT NOT NULL,
    "delta" BIGINT NOT NULL,

    CONSTRAINT "RowCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RowCount_tableName_idx" ON "RowCount"("tableName");

-- Folds a table's deltas into one row once there are a few. Rows another transaction is folding
-- are skipped (SKIP LOCKED), never waited for, so concurrent writers neither block nor deadlock
-- here; rows not yet committed are invisible and wait for a later fold. Folding is an economy, not
-- a duty: a transaction that cannot fold (a serialization failure under REPEATABLE READ) leaves
-- the deltas as they are, and the sum stays right.
CREATE FUNCTION "row_count_fold"(counted text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM "RowCount" WHERE "tableName" = counted) < 8 THEN
    RETURN;
  END IF;
  BEGIN
    WITH folded AS (
      DELETE FROM "RowCount" WHERE id IN (
        SELECT id FROM "RowCount" WHERE "tableName" = counted FOR UPDATE SKIP LOCKED
      ) RETURNING delta
    )
    INSERT INTO "RowCount" ("tableName", delta) SELECT counted, sum(delta) FROM folded HAVING count(*) > 0;
  EXCEPTION WHEN serialization_failure THEN
    NULL;
  END;
END $$;

CREATE FUNCTION "row_count_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RowCount" ("tableName", delta) SELECT TG_TABLE_NAME, count(*) FROM changed HAVING count(*) > 0;
  PERFORM "row_count_fold"(TG_TABLE_NAME);
  RETURN NULL;
END $$;

CREATE FUNCTION "row_count_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RowCount" ("tableName", delta) SELECT TG_TABLE_NAME, -count(*) FROM changed HAVING count(*) > 0;
  PERFORM "row_count_fold"(TG_TABLE_NAME);
  RETURN NULL;
END $$;

-- TRUNCATE holds the table exclusively and leaves it empty: its count is 0.
CREATE FUNCTION "row_count_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "RowCount" WHERE "tableName" = TG_TABLE_NAME;
  RETURN NULL;
END $$;

-- The tables whose unfiltered totalCount the API answers (src/read/connection.ts), counted from
-- their present rows, then kept by statement-level triggers.
DO $$
DECLARE
  counted text;
BEGIN
  FOREACH counted IN ARRAY ARRAY['Article', 'Meeting', 'Person', 'Organisation', 'Statement'] LOOP
    EXECUTE format('INSERT INTO "RowCount" ("tableName", delta) SELECT %L, count(*) FROM %I', counted, counted);
    EXECUTE format('CREATE TRIGGER "%s_row_count_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "row_count_inserted"()', counted, counted);
    EXECUTE format('CREATE TRIGGER "%s_row_count_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "row_count_deleted"()', counted, counted);
    EXECUTE format('CREATE TRIGGER "%s_row_count_truncate" AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "row_count_truncated"()', counted, counted);
  END LOOP;
END $$;
