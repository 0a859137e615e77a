-- DropIndex
DROP INDEX "Meeting_parentId_idx";

-- DropIndex
DROP INDEX "Statement_articleId_idx";

-- DropIndex
DROP INDEX "Statement_meetingId_idx";

-- DropIndex
DROP INDEX "Statement_speakerOrganisationId_idx";

-- CreateIndex
CREATE INDEX "Meeting_parentId_startDate_id_idx" ON "Meeting"("parentId", "startDate", "id");

-- CreateIndex
CREATE INDEX "Statement_articleId_saidOn_id_idx" ON "Statement"("articleId", "saidOn", "id");

-- CreateIndex
CREATE INDEX "Statement_meetingId_saidOn_id_idx" ON "Statement"("meetingId", "saidOn", "id");

-- CreateIndex
CREATE INDEX "Statement_speakerOrganisationId_saidOn_id_idx" ON "Statement"("speakerOrganisationId", "saidOn", "id");
