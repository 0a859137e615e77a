-- A speaker's statements newest first, a page per person (Q1, Q3, Q4): with id in the index the
-- read planner's per-person LIMIT reads a few index entries instead of sorting every statement.
-- DropIndex
DROP INDEX "Statement_speakerPersonId_saidOn_idx";

-- CreateIndex
CREATE INDEX "Statement_speakerPersonId_saidOn_id_idx" ON "Statement"("speakerPersonId", "saidOn", "id");
