-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "JobSchedule" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "specification" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "jobType" TEXT NOT NULL,
    "externalRef" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignTemplate" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignTemplateSchedule" (
    "id" TEXT NOT NULL,
    "campaignTemplateId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "months" JSONB,
    "days" JSONB,
    "hours" JSONB NOT NULL,
    "expiration" TIMESTAMP(3),
    "timeZoneId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignTemplateSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuingSchedule" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IssuingSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "scheduleKind" TEXT NOT NULL,
    "scheduleId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("scheduleKind","scheduleId")
);

-- CreateIndex
CREATE INDEX "JobSchedule_createdAt_id_idx" ON "JobSchedule"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignTemplateSchedule_campaignTemplateId_key" ON "CampaignTemplateSchedule"("campaignTemplateId");

-- CreateIndex
CREATE INDEX "CampaignTemplateSchedule_createdAt_id_idx" ON "CampaignTemplateSchedule"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Product_reference_key" ON "Product"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "IssuingSchedule_scheduleReference_key" ON "IssuingSchedule"("scheduleReference");

-- CreateIndex
CREATE INDEX "IssuingSchedule_createdAt_id_idx" ON "IssuingSchedule"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "IssuingSchedule_productId_friendlyName_key" ON "IssuingSchedule"("productId", "friendlyName");

-- CreateIndex
CREATE UNIQUE INDEX "IssuingSchedule_productId_entitlementFormat_key" ON "IssuingSchedule"("productId", "entitlementFormat");

-- CreateIndex
CREATE UNIQUE INDEX "IssuingSchedule_productId_physicalSlot_key" ON "IssuingSchedule"("productId", "physicalSlot");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- AddForeignKey
ALTER TABLE "CampaignTemplateSchedule" ADD CONSTRAINT "CampaignTemplateSchedule_campaignTemplateId_fkey" FOREIGN KEY ("campaignTemplateId") REFERENCES "CampaignTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuingSchedule" ADD CONSTRAINT "IssuingSchedule_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

