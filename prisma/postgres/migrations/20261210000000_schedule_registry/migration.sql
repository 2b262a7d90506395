-- Written from `prisma migrate diff` (previous model → this one), with its DROP COLUMN / ADD COLUMN
-- pairs replaced by hand with renames and in-place type changes, and the data steps added, so that
-- every row stays.

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('CAMPAIGN_TEMPLATE', 'ISSUING', 'JOB');

-- CreateEnum
CREATE TYPE "JobType" AS ENUM ('BILLING_RUN', 'TAX_RUN', 'PAYMENT_RUN', 'IMPORT');

-- CreateEnum
CREATE TYPE "CampaignScheduleType" AS ENUM ('DAILY', 'WEEKLY', 'MONTHLY', 'ANNUALLY', 'CALENDAR');

-- CreateEnum
CREATE TYPE "ProductType" AS ENUM ('PHYSICAL', 'DIGITAL', 'SERVICE');

-- CreateEnum
CREATE TYPE "IssuingScheduleType" AS ENUM ('NONE', 'DAILY', 'MONTHLY', 'ANNUAL', 'IRREGULAR', 'CUSTOM');

-- CreateTable
CREATE TABLE "Schedule" (
    "id" TEXT NOT NULL,
    "kind" "ScheduleKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- Data (by hand): one Schedule row for every schedule there is, with its kind and timestamps: the kind
-- rows keep their ids, so every global id (JobSchedule:<id>, ...) stays valid.
INSERT INTO "Schedule" ("id", "kind", "createdAt", "updatedAt") SELECT "id", 'JOB', "createdAt", "updatedAt" FROM "JobSchedule";
INSERT INTO "Schedule" ("id", "kind", "createdAt", "updatedAt") SELECT "id", 'CAMPAIGN_TEMPLATE', "createdAt", "updatedAt" FROM "CampaignTemplateSchedule";
INSERT INTO "Schedule" ("id", "kind", "createdAt", "updatedAt") SELECT "id", 'ISSUING', "createdAt", "updatedAt" FROM "IssuingSchedule";

-- DropIndex
DROP INDEX "JobSchedule_createdAt_id_idx";

-- DropIndex
DROP INDEX "CampaignTemplateSchedule_createdAt_id_idx";

-- DropIndex
DROP INDEX "IssuingSchedule_createdAt_id_idx";

-- AlterTable (by hand): the zone column is "timeZone" in every table, and enum-like columns become enums, in place
ALTER TABLE "JobSchedule" RENAME COLUMN "location" TO "timeZone";
-- (PostgreSQL 18 names a NOT NULL constraint after its column: set again, it takes the new name)
ALTER TABLE "JobSchedule" ALTER COLUMN "timeZone" DROP NOT NULL, ALTER COLUMN "timeZone" SET NOT NULL;
ALTER TABLE "JobSchedule" ALTER COLUMN "jobType" TYPE "JobType" USING "jobType"::"JobType";

-- AlterTable (by hand)
ALTER TABLE "CampaignTemplateSchedule" RENAME COLUMN "timeZoneId" TO "timeZone";
ALTER TABLE "CampaignTemplateSchedule" ALTER COLUMN "timeZone" DROP NOT NULL, ALTER COLUMN "timeZone" SET NOT NULL;
ALTER TABLE "CampaignTemplateSchedule" ALTER COLUMN "type" TYPE "CampaignScheduleType" USING "type"::"CampaignScheduleType";

-- AlterTable (by hand)
ALTER TABLE "Product" ALTER COLUMN "type" TYPE "ProductType" USING "type"::"ProductType";

-- AlterTable (by hand)
ALTER TABLE "IssuingSchedule" ALTER COLUMN "scheduleType" TYPE "IssuingScheduleType" USING "scheduleType"::"IssuingScheduleType";

-- Data (by hand): a token now references its Schedule row, and one whose (kind, id) names no schedule opens nothing and is dropped
DELETE FROM "CalendarFeedToken" AS "t"
WHERE NOT EXISTS (SELECT 1 FROM "Schedule" AS "s" WHERE "s"."id" = "t"."scheduleId" AND "s"."kind"::TEXT = "t"."scheduleKind");

-- AlterTable
ALTER TABLE "CalendarFeedToken" DROP CONSTRAINT "CalendarFeedToken_pkey",
DROP COLUMN "scheduleKind",
ADD CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("scheduleId");

-- CreateIndex
CREATE INDEX "Schedule_createdAt_id_idx" ON "Schedule"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Schedule_kind_createdAt_id_idx" ON "Schedule"("kind", "createdAt", "id");

-- CreateIndex
CREATE INDEX "IssuingSchedule_productId_createdAt_idx" ON "IssuingSchedule"("productId", "createdAt");

-- AddForeignKey
ALTER TABLE "JobSchedule" ADD CONSTRAINT "JobSchedule_id_fkey" FOREIGN KEY ("id") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTemplateSchedule" ADD CONSTRAINT "CampaignTemplateSchedule_id_fkey" FOREIGN KEY ("id") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuingSchedule" ADD CONSTRAINT "IssuingSchedule_id_fkey" FOREIGN KEY ("id") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
