-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- Data (by hand): one Schedule row for every schedule there is, with its kind and timestamps: the kind
-- rows keep their ids, so every global id (JobSchedule:<id>, ...) stays valid.
INSERT INTO "Schedule" ("id", "kind", "createdAt", "updatedAt") SELECT "id", 'JOB', "createdAt", "updatedAt" FROM "JobSchedule";
INSERT INTO "Schedule" ("id", "kind", "createdAt", "updatedAt") SELECT "id", 'CAMPAIGN_TEMPLATE', "createdAt", "updatedAt" FROM "CampaignTemplateSchedule";
INSERT INTO "Schedule" ("id", "kind", "createdAt", "updatedAt") SELECT "id", 'ISSUING', "createdAt", "updatedAt" FROM "IssuingSchedule";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_JobSchedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "specification" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "jobType" TEXT NOT NULL,
    "externalRef" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "JobSchedule_id_fkey" FOREIGN KEY ("id") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- by hand: the zone column is "timeZone" in every table (was "location")
INSERT INTO "new_JobSchedule" ("createdAt", "externalRef", "id", "jobType", "name", "specification", "timeZone", "updatedAt", "version") SELECT "createdAt", "externalRef", "id", "jobType", "name", "specification", "location", "updatedAt", "version" FROM "JobSchedule";
DROP TABLE "JobSchedule";
ALTER TABLE "new_JobSchedule" RENAME TO "JobSchedule";
CREATE TABLE "new_CampaignTemplateSchedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignTemplateId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "months" JSONB,
    "days" JSONB,
    "hours" JSONB NOT NULL,
    "expiration" DATETIME,
    "timeZone" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CampaignTemplateSchedule_id_fkey" FOREIGN KEY ("id") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignTemplateSchedule_campaignTemplateId_fkey" FOREIGN KEY ("campaignTemplateId") REFERENCES "CampaignTemplate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- by hand: the zone column is "timeZone" in every table (was "timeZoneId")
INSERT INTO "new_CampaignTemplateSchedule" ("campaignTemplateId", "createdAt", "days", "expiration", "hours", "id", "months", "timeZone", "type", "updatedAt", "version") SELECT "campaignTemplateId", "createdAt", "days", "expiration", "hours", "id", "months", "timeZoneId", "type", "updatedAt", "version" FROM "CampaignTemplateSchedule";
DROP TABLE "CampaignTemplateSchedule";
ALTER TABLE "new_CampaignTemplateSchedule" RENAME TO "CampaignTemplateSchedule";
CREATE UNIQUE INDEX "CampaignTemplateSchedule_campaignTemplateId_key" ON "CampaignTemplateSchedule"("campaignTemplateId");
CREATE TABLE "new_IssuingSchedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scheduleReference" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "entitlementFormat" TEXT,
    "friendlyName" TEXT NOT NULL,
    "scheduleType" TEXT NOT NULL,
    "physicalSlot" INTEGER,
    "rule" JSONB NOT NULL,
    "nonIssuingDates" JSONB NOT NULL,
    "issuePriorToStart" BOOLEAN NOT NULL DEFAULT false,
    "entitlementEnds" JSONB,
    "timeZone" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IssuingSchedule_id_fkey" FOREIGN KEY ("id") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IssuingSchedule_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IssuingSchedule" ("createdAt", "entitlementEnds", "entitlementFormat", "friendlyName", "id", "issuePriorToStart", "nonIssuingDates", "physicalSlot", "productId", "rule", "scheduleReference", "scheduleType", "timeZone", "updatedAt", "version") SELECT "createdAt", "entitlementEnds", "entitlementFormat", "friendlyName", "id", "issuePriorToStart", "nonIssuingDates", "physicalSlot", "productId", "rule", "scheduleReference", "scheduleType", "timeZone", "updatedAt", "version" FROM "IssuingSchedule";
DROP TABLE "IssuingSchedule";
ALTER TABLE "new_IssuingSchedule" RENAME TO "IssuingSchedule";
CREATE UNIQUE INDEX "IssuingSchedule_scheduleReference_key" ON "IssuingSchedule"("scheduleReference");
CREATE INDEX "IssuingSchedule_productId_createdAt_idx" ON "IssuingSchedule"("productId", "createdAt");
CREATE UNIQUE INDEX "IssuingSchedule_productId_friendlyName_key" ON "IssuingSchedule"("productId", "friendlyName");
CREATE UNIQUE INDEX "IssuingSchedule_productId_entitlementFormat_key" ON "IssuingSchedule"("productId", "entitlementFormat");
CREATE UNIQUE INDEX "IssuingSchedule_productId_physicalSlot_key" ON "IssuingSchedule"("productId", "physicalSlot");
CREATE TABLE "new_CalendarFeedToken" (
    "scheduleId" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarFeedToken_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- by hand: a token now references its Schedule row, and one whose (kind, id) names no schedule opens nothing and is dropped
INSERT INTO "new_CalendarFeedToken" ("createdAt", "scheduleId", "tokenHash") SELECT "t"."createdAt", "t"."scheduleId", "t"."tokenHash" FROM "CalendarFeedToken" AS "t" JOIN "Schedule" AS "s" ON "s"."id" = "t"."scheduleId" AND "s"."kind" = "t"."scheduleKind";
DROP TABLE "CalendarFeedToken";
ALTER TABLE "new_CalendarFeedToken" RENAME TO "CalendarFeedToken";
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Schedule_createdAt_id_idx" ON "Schedule"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Schedule_kind_createdAt_id_idx" ON "Schedule"("kind", "createdAt", "id");

