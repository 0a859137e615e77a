-- Organisation.people takes the first role of each person in an organisation by a loose index scan
-- (src/read/distinct-roles.ts): one probe per person in this order, not a walk over every mention.
-- DropIndex
DROP INDEX "PersonRole_organisationId_idx";

-- CreateIndex
CREATE INDEX "PersonRole_organisationId_personId_id_idx" ON "PersonRole"("organisationId", "personId", "id");
