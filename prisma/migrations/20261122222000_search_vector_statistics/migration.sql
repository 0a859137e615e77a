-- Search picks the lowest ids among the texts that hold the query's words (src/api/search.ts:
-- ORDER BY id LIMIT n). With the default statistics target the planner estimates a word it has no
-- statistics for (a miss such as "zzqx", a rare name) as hundreds of rows, and walks the primary key
-- expecting to meet ten of them soon: 563 ms for a miss over 100,000 articles, against 1 ms through
-- the GIN index. A larger sample of most-common lexemes makes those estimates small, so the index is
-- used for rare words while common ones ("asean", "bui thanh son") keep the fast primary-key walk.
-- Statistics targets are not part of the Prisma schema, so this does not drift from it.
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STATISTICS 2000;
ALTER TABLE "Statement" ALTER COLUMN "searchVector" SET STATISTICS 2000;
