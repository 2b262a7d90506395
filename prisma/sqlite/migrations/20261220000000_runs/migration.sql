-- Runs (prisma migrate diff, previous model → this one). Existing schedules start running from the
-- dispatcher's first read of them (runsUntil null): no run for what came due before runs existed.

-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN "claimToken" TEXT;
ALTER TABLE "Schedule" ADD COLUMN "claimedUntil" DATETIME;
ALTER TABLE "Schedule" ADD COLUMN "nextDueAt" DATETIME;
ALTER TABLE "Schedule" ADD COLUMN "pauseNote" TEXT;
ALTER TABLE "Schedule" ADD COLUMN "pausedAt" DATETIME;
ALTER TABLE "Schedule" ADD COLUMN "runsUntil" DATETIME;

-- CreateTable
CREATE TABLE "Run" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scheduleId" TEXT,
    "dueAt" DATETIME NOT NULL,
    "localDateTime" TEXT NOT NULL,
    "shifted" BOOLEAN NOT NULL,
    "originKey" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "skipReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deliveredAt" DATETIME,
    CONSTRAINT "Run_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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

-- Data (by hand): every existing schedule is read by the dispatcher at once.
UPDATE "Schedule" SET "nextDueAt" = "createdAt";
