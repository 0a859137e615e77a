-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('TEASER_LIST', 'FULL_PAGE');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('INTERGOVERNMENTAL', 'GOVERNMENT', 'MINISTRY', 'LEGISLATURE', 'PARTY', 'NGO', 'MEDIA', 'COMPANY', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingLevel" AS ENUM ('SUMMIT', 'MINISTERIAL', 'SENIOR_OFFICIALS', 'AMBASSADORS', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingFormat" AS ENUM ('VIRTUAL', 'IN_PERSON', 'HYBRID', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('PERSON', 'ORGANISATION', 'COUNTRY', 'COLLECTIVE', 'ROLE');

-- CreateEnum
CREATE TYPE "SpeechAct" AS ENUM ('ASSERT', 'PROPOSE', 'COMMIT', 'SUPPORT', 'WELCOME', 'APPRECIATE', 'AGREE', 'CONCERN', 'CALL', 'INFORM', 'OTHER');

-- CreateEnum
CREATE TYPE "MentionKind" AS ENUM ('PERSON', 'ORGANISATION', 'COUNTRY', 'MEETING');

-- CreateEnum
CREATE TYPE "TextField" AS ENUM ('TITLE', 'BODY');

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "contentHash" TEXT NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "title" TEXT,
    "lede" TEXT,
    "body" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "contentHash" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'vi',
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "folded" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CountryAlias" (
    "id" SERIAL NOT NULL,
    "countryCode" VARCHAR(2) NOT NULL,
    "alias" TEXT NOT NULL,
    "folded" TEXT NOT NULL,

    CONSTRAINT "CountryAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "folded" TEXT NOT NULL,
    "countryCode" VARCHAR(2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "folded" TEXT NOT NULL,

    CONSTRAINT "PersonAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonRole" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "organisationId" INTEGER,
    "countryCode" VARCHAR(2),
    "articleId" INTEGER,

    CONSTRAINT "PersonRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "folded" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'OTHER',
    "countryCode" VARCHAR(2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationAlias" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "folded" TEXT NOT NULL,

    CONSTRAINT "OrganisationAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "folded" TEXT NOT NULL,
    "acronym" TEXT,
    "series" TEXT,
    "ordinal" INTEGER,
    "level" "MeetingLevel" NOT NULL DEFAULT 'OTHER',
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "format" "MeetingFormat" NOT NULL DEFAULT 'UNKNOWN',
    "city" TEXT,
    "countryCode" VARCHAR(2),
    "chairLabel" TEXT,
    "chairPersonId" INTEGER,
    "chairOrganisationId" INTEGER,
    "chairCountryCode" VARCHAR(2),
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAlias" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "folded" TEXT NOT NULL,

    CONSTRAINT "MeetingAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" TEXT,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingOrganisation" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" TEXT,

    CONSTRAINT "MeetingOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "meetingId" INTEGER,
    "speakerKind" "SpeakerKind" NOT NULL,
    "speakerPersonId" INTEGER,
    "speakerOrganisationId" INTEGER,
    "speakerCountryCode" VARCHAR(2),
    "speakerLabel" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "act" "SpeechAct" NOT NULL,
    "content" TEXT NOT NULL,
    "isDirectQuote" BOOLEAN NOT NULL DEFAULT false,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "saidOn" DATE,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "kind" "MentionKind" NOT NULL,
    "personId" INTEGER,
    "organisationId" INTEGER,
    "countryCode" VARCHAR(2),
    "meetingId" INTEGER,
    "field" "TextField" NOT NULL DEFAULT 'BODY',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_contentHash_key" ON "Document"("contentHash");

-- CreateIndex
CREATE INDEX "Document_source_idx" ON "Document"("source");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_documentId_idx" ON "Article"("documentId");

-- CreateIndex
CREATE INDEX "Article_source_idx" ON "Article"("source");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_searchText_idx" ON "Article" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CountryAlias_folded_idx" ON "CountryAlias"("folded");

-- CreateIndex
CREATE UNIQUE INDEX "CountryAlias_countryCode_folded_key" ON "CountryAlias"("countryCode", "folded");

-- CreateIndex
CREATE INDEX "Person_countryCode_idx" ON "Person"("countryCode");

-- CreateIndex
CREATE INDEX "Person_folded_id_idx" ON "Person"("folded", "id");

-- CreateIndex
CREATE INDEX "Person_folded_trgm_idx" ON "Person" USING GIN ("folded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PersonAlias_folded_idx" ON "PersonAlias"("folded");

-- CreateIndex
CREATE INDEX "PersonAlias_folded_trgm_idx" ON "PersonAlias" USING GIN ("folded" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "PersonAlias_personId_folded_key" ON "PersonAlias"("personId", "folded");

-- CreateIndex
CREATE INDEX "PersonRole_personId_idx" ON "PersonRole"("personId");

-- CreateIndex
CREATE INDEX "PersonRole_organisationId_idx" ON "PersonRole"("organisationId");

-- CreateIndex
CREATE INDEX "PersonRole_countryCode_idx" ON "PersonRole"("countryCode");

-- CreateIndex
CREATE INDEX "PersonRole_articleId_idx" ON "PersonRole"("articleId");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_countryCode_idx" ON "Organisation"("countryCode");

-- CreateIndex
CREATE INDEX "Organisation_acronym_idx" ON "Organisation"("acronym");

-- CreateIndex
CREATE INDEX "Organisation_folded_id_idx" ON "Organisation"("folded", "id");

-- CreateIndex
CREATE INDEX "Organisation_folded_trgm_idx" ON "Organisation" USING GIN ("folded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OrganisationAlias_folded_idx" ON "OrganisationAlias"("folded");

-- CreateIndex
CREATE INDEX "OrganisationAlias_folded_trgm_idx" ON "OrganisationAlias" USING GIN ("folded" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationAlias_organisationId_folded_key" ON "OrganisationAlias"("organisationId", "folded");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_key_key" ON "Meeting"("key");

-- CreateIndex
CREATE INDEX "Meeting_series_ordinal_idx" ON "Meeting"("series", "ordinal");

-- CreateIndex
CREATE INDEX "Meeting_startDate_id_idx" ON "Meeting"("startDate", "id");

-- CreateIndex
CREATE INDEX "Meeting_format_idx" ON "Meeting"("format");

-- CreateIndex
CREATE INDEX "Meeting_countryCode_idx" ON "Meeting"("countryCode");

-- CreateIndex
CREATE INDEX "Meeting_city_idx" ON "Meeting"("city");

-- CreateIndex
CREATE INDEX "Meeting_parentId_idx" ON "Meeting"("parentId");

-- CreateIndex
CREATE INDEX "Meeting_chairPersonId_idx" ON "Meeting"("chairPersonId");

-- CreateIndex
CREATE INDEX "Meeting_chairOrganisationId_idx" ON "Meeting"("chairOrganisationId");

-- CreateIndex
CREATE INDEX "Meeting_chairCountryCode_idx" ON "Meeting"("chairCountryCode");

-- CreateIndex
CREATE INDEX "Meeting_folded_trgm_idx" ON "Meeting" USING GIN ("folded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "MeetingAlias_folded_idx" ON "MeetingAlias"("folded");

-- CreateIndex
CREATE INDEX "MeetingAlias_folded_trgm_idx" ON "MeetingAlias" USING GIN ("folded" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAlias_meetingId_folded_key" ON "MeetingAlias"("meetingId", "folded");

-- CreateIndex
CREATE INDEX "MeetingParticipant_personId_idx" ON "MeetingParticipant"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingParticipant_meetingId_personId_key" ON "MeetingParticipant"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "MeetingOrganisation_organisationId_idx" ON "MeetingOrganisation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingOrganisation_meetingId_organisationId_key" ON "MeetingOrganisation"("meetingId", "organisationId");

-- CreateIndex
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");

-- CreateIndex
CREATE INDEX "Statement_meetingId_idx" ON "Statement"("meetingId");

-- CreateIndex
CREATE INDEX "Statement_speakerPersonId_saidOn_idx" ON "Statement"("speakerPersonId", "saidOn");

-- CreateIndex
CREATE INDEX "Statement_speakerOrganisationId_idx" ON "Statement"("speakerOrganisationId");

-- CreateIndex
CREATE INDEX "Statement_speakerCountryCode_idx" ON "Statement"("speakerCountryCode");

-- CreateIndex
CREATE INDEX "Statement_act_idx" ON "Statement"("act");

-- CreateIndex
CREATE INDEX "Statement_saidOn_id_idx" ON "Statement"("saidOn", "id");

-- CreateIndex
CREATE INDEX "Statement_searchText_trgm_idx" ON "Statement" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Mention_articleId_idx" ON "Mention"("articleId");

-- CreateIndex
CREATE INDEX "Mention_personId_articleId_idx" ON "Mention"("personId", "articleId");

-- CreateIndex
CREATE INDEX "Mention_organisationId_articleId_idx" ON "Mention"("organisationId", "articleId");

-- CreateIndex
CREATE INDEX "Mention_countryCode_articleId_idx" ON "Mention"("countryCode", "articleId");

-- CreateIndex
CREATE INDEX "Mention_meetingId_articleId_idx" ON "Mention"("meetingId", "articleId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryAlias" ADD CONSTRAINT "CountryAlias_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationAlias" ADD CONSTRAINT "OrganisationAlias_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_chairPersonId_fkey" FOREIGN KEY ("chairPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_chairOrganisationId_fkey" FOREIGN KEY ("chairOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_chairCountryCode_fkey" FOREIGN KEY ("chairCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAlias" ADD CONSTRAINT "MeetingAlias_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOrganisation" ADD CONSTRAINT "MeetingOrganisation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOrganisation" ADD CONSTRAINT "MeetingOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerOrganisationId_fkey" FOREIGN KEY ("speakerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerCountryCode_fkey" FOREIGN KEY ("speakerCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
