-- Delivery (prisma migrate diff, previous model → this one; the Run columns as ALTER TABLE … ADD COLUMN
-- instead of the diff's table rebuild, so an upgrade does not copy the whole run history). Existing runs
-- keep their state: RECORDED runs were made without a delivery and stay so.

-- AlterTable
ALTER TABLE "Run" ADD COLUMN "serial" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Run" ADD COLUMN "attemptCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Run" ADD COLUMN "attemptsBefore" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Run" ADD COLUMN "attemptsSince" DATETIME;
ALTER TABLE "Run" ADD COLUMN "nextAttemptAt" DATETIME;
ALTER TABLE "Run" ADD COLUMN "attemptStartedAt" DATETIME;
ALTER TABLE "Run" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "Run" ADD COLUMN "failureReason" TEXT;

-- CreateTable
CREATE TABLE "DeliveryAttempt" (
    "runId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "httpStatus" INTEGER,
    "error" TEXT,
    "responseExcerpt" TEXT,
    "runStateAfter" TEXT NOT NULL,
    "retryAt" DATETIME,
    "failureReason" TEXT,

    PRIMARY KEY ("runId", "number"),
    CONSTRAINT "DeliveryAttempt_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delivery" (
    "scheduleId" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "overlapPolicy" TEXT NOT NULL,
    "catchUpWindowSeconds" INTEGER NOT NULL,
    "maxAttempts" INTEGER NOT NULL,
    "sealedSecret" TEXT NOT NULL,
    "disabledAt" DATETIME,
    "disabledReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Run_state_nextAttemptAt_idx" ON "Run"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Run_state_leaseUntil_idx" ON "Run"("state", "leaseUntil");
