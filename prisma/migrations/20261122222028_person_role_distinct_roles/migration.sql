-- Person.roles keeps the first row of each (title, organisation, country) of a person: in this order
-- the index is walked instead of every role row being sorted (see PersonRole in schema.prisma).
-- DropIndex
DROP INDEX "PersonRole_personId_idx";

-- CreateIndex
CREATE INDEX "PersonRole_personId_title_organisationId_countryCode_id_idx" ON "PersonRole"("personId", "title", "organisationId", "countryCode", "id");
