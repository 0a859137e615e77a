-- Pages in id order of one parent's rows, read from an index in that order and stopped after the
-- page (issue 16, src/read): a person's meetings (MeetingParticipant), an organisation's meetings
-- (MeetingOrganisation) and an entity's articles (Mention, first mention of each article). The
-- (personId) and (organisationId) indexes they replace are prefixes of the new ones.
-- DropIndex
DROP INDEX "MeetingOrganisation_organisationId_idx";

-- DropIndex
DROP INDEX "MeetingParticipant_personId_idx";

-- CreateIndex
CREATE INDEX "MeetingOrganisation_organisationId_id_idx" ON "MeetingOrganisation"("organisationId", "id");

-- CreateIndex
CREATE INDEX "MeetingParticipant_personId_id_idx" ON "MeetingParticipant"("personId", "id");

-- CreateIndex
CREATE INDEX "Mention_personId_id_idx" ON "Mention"("personId", "id");

-- CreateIndex
CREATE INDEX "Mention_organisationId_id_idx" ON "Mention"("organisationId", "id");

-- CreateIndex
CREATE INDEX "Mention_meetingId_id_idx" ON "Mention"("meetingId", "id");
