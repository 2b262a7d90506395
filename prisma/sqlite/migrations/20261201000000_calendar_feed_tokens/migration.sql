-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "scheduleKind" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("scheduleKind", "scheduleId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");
