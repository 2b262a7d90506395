-- Delivery (prisma migrate diff, previous model → this one). Existing runs keep their state.
-- CreateEnum
CREATE TYPE "OverlapPolicy" AS ENUM ('ALLOW_ALL', 'SKIP', 'BUFFER_ONE');

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "attemptCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "attemptStartedAt" TIMESTAMP(3),
ADD COLUMN     "attemptsBefore" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "attemptsSince" TIMESTAMP(3),
ADD COLUMN     "failureReason" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "serial" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DeliveryAttempt" (
    "runId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "httpStatus" INTEGER,
    "error" TEXT,
    "responseExcerpt" TEXT,
    "runStateAfter" "RunState" NOT NULL,
    "retryAt" TIMESTAMP(3),
    "failureReason" TEXT,

    CONSTRAINT "DeliveryAttempt_pkey" PRIMARY KEY ("runId","number")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "scheduleId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "overlapPolicy" "OverlapPolicy" NOT NULL,
    "catchUpWindowSeconds" INTEGER NOT NULL,
    "maxAttempts" INTEGER NOT NULL,
    "sealedSecret" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "disabledReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("scheduleId")
);

-- CreateIndex
CREATE INDEX "Run_state_nextAttemptAt_idx" ON "Run"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Run_state_leaseUntil_idx" ON "Run"("state", "leaseUntil");

-- AddForeignKey
ALTER TABLE "DeliveryAttempt" ADD CONSTRAINT "DeliveryAttempt_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

