-- A speaker's statements newest first (SAID_ON_DESC: saidOn DESC NULLS LAST, id DESC), the order of
-- a person's page and of Q1's "5 latest statements" per participant. The ascending index gives
-- DESC only with NULLs first, so the read planner had to take the non-null and the null rows in
-- two index scans and merge them (src/read/compile.ts pageRows); in this order one scan with LIMIT
-- reads exactly the page. schema.prisma declares it without NULLS LAST, which it cannot express.
-- CreateIndex
CREATE INDEX "Statement_speakerPersonId_saidOn_id_desc_idx" ON "Statement" ("speakerPersonId", "saidOn" DESC NULLS LAST, "id" DESC);
