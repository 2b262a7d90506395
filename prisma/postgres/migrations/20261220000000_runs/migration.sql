-- Runs (prisma migrate diff, previous model → this one). Existing schedules start running from the
-- dispatcher's first read of them (runsUntil null): no run for what came due before runs existed.

-- CreateEnum
CREATE TYPE "RunOrigin" AS ENUM ('SCHEDULED', 'CATCH_UP', 'BACKFILL', 'MANUAL');

-- CreateEnum
CREATE TYPE "RunState" AS ENUM ('RECORDED', 'PENDING', 'DELIVERING', 'DELIVERED', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "RunSkipReason" AS ENUM ('OVERLAP', 'MISSED');

-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN     "claimToken" TEXT,
ADD COLUMN     "claimedUntil" TIMESTAMP(3),
ADD COLUMN     "nextDueAt" TIMESTAMP(3),
ADD COLUMN     "pauseNote" TEXT,
ADD COLUMN     "pausedAt" TIMESTAMP(3),
ADD COLUMN     "runsUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Run" (
    "id" TEXT NOT NULL,
    "scheduleId" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "localDateTime" TEXT NOT NULL,
    "shifted" BOOLEAN NOT NULL,
    "originKey" TEXT NOT NULL,
    "origin" "RunOrigin" NOT NULL,
    "state" "RunState" NOT NULL,
    "skipReason" "RunSkipReason",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "Run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Run_scheduleId_dueAt_id_idx" ON "Run"("scheduleId", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Run_scheduleId_state_dueAt_id_idx" ON "Run"("scheduleId", "state", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Run_state_dueAt_id_idx" ON "Run"("state", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Run_dueAt_id_idx" ON "Run"("dueAt", "id");

-- CreateIndex
CREATE INDEX "Run_createdAt_idx" ON "Run"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Run_scheduleId_dueAt_originKey_key" ON "Run"("scheduleId", "dueAt", "originKey");

-- CreateIndex
CREATE INDEX "Schedule_nextDueAt_idx" ON "Schedule"("nextDueAt");

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data (by hand): every existing schedule is read by the dispatcher at once.
UPDATE "Schedule" SET "nextDueAt" = "createdAt";
