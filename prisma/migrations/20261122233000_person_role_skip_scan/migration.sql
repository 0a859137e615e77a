-- Person.roles keeps the first row (by id) of each (title, organisation, country) of a person, and
-- PersonRole holds one row per mention: 61,276 rows for one person at 100k articles, for a single
-- distinct role. Walking them all, even in index order, grows with mentions. This index lets the
-- read path skip from one distinct role to the next (a recursive "loose index scan", one probe per
-- role: src/read/distinct-roles.ts). A row comparison cannot step over NULLs, hence the COALESCEs:
-- ids start at 1 and country codes are two letters, so 0 and '' stand for "none" unambiguously.
-- Prisma cannot declare an expression index, so schema.prisma keeps no index for it and the
-- migrations test checks that the schema engine leaves it alone.
-- DropIndex
DROP INDEX "PersonRole_personId_title_organisationId_countryCode_id_idx";

-- CreateIndex
CREATE INDEX "PersonRole_distinct_role_idx" ON "PersonRole" ("personId", "title", COALESCE("organisationId", 0), COALESCE("countryCode", ''), "id");
