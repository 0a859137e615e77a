-- Search matches meeting keys ("AMM 54" → AMM-54) by trigrams too (src/api/search.ts).
-- CreateIndex
CREATE INDEX "Meeting_key_trgm_idx" ON "Meeting" USING GIN ("key" gin_trgm_ops);

-- pg_trgm declares its similarity operators at the default cost of one comparison, but each call
-- builds and compares trigram sets (microseconds): the planner then scanned every person or
-- meeting for `%` / `<%` (11 ms at 2,500 persons) instead of using the trigram index (under 2 ms).
-- Extension functions belong to whoever created the extension: where that is another role, keep
-- the default and say so rather than fail the migration.
DO $$
BEGIN
  ALTER FUNCTION similarity_op(text, text) COST 100;
  ALTER FUNCTION word_similarity_op(text, text) COST 100;
  ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm operator costs left at their defaults: %', SQLERRM;
END
$$;
