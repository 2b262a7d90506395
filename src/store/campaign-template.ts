/** Campaign template rows and their one schedule each (seed 000; a Schedule row of kind CAMPAIGN_TEMPLATE, with the same id). */
import { Prisma, type CampaignTemplate, type CampaignTemplateSchedule } from "../generated/prisma/client";
import { prisma } from "../db";
import type { CampaignScheduleData } from "../domain/campaign-template";
import { newScheduleEntry } from "./schedule";
import type { Db } from "./transaction";

/** The include / select a Pothos prismaField passes down, so relations load in the same query. */
export type CampaignTemplateQuery = Omit<Prisma.CampaignTemplateFindUniqueArgs, "where">;

export function insertCampaignTemplate(data: { name: string }): Promise<CampaignTemplate> {
  return prisma.campaignTemplate.create({ data });
}

export function findCampaignTemplate(id: string, query: CampaignTemplateQuery = {}): Promise<CampaignTemplate | null> {
  return prisma.campaignTemplate.findUnique({ ...query, where: { id } });
}

export function findCampaignTemplateOrThrow(id: string, db: Db = prisma): Promise<CampaignTemplate> {
  return db.campaignTemplate.findUniqueOrThrow({ where: { id } });
}

export function findCampaignTemplateSchedule(id: string): Promise<CampaignTemplateSchedule | null> {
  return prisma.campaignTemplateSchedule.findUnique({ where: { id } });
}

export function findCampaignTemplateScheduleWithTemplate(id: string) {
  return prisma.campaignTemplateSchedule.findUnique({ where: { id }, include: { campaignTemplate: { select: { name: true } } } });
}

/** Raises a template's version (and so its updatedAt); false when there is no such template. */
export async function touchCampaignTemplate(id: string, db: Db = prisma): Promise<boolean> {
  const { count } = await db.campaignTemplate.updateMany({ where: { id }, data: { version: { increment: 1 } } });
  return count > 0;
}

/** The columns of a schedule row; an absent selector is SQL NULL. */
function columnsOf(data: CampaignScheduleData) {
  return {
    type: data.type,
    months: data.months == null ? Prisma.DbNull : (data.months as unknown as Prisma.InputJsonValue),
    days: data.days == null ? Prisma.DbNull : (data.days as unknown as Prisma.InputJsonValue),
    hours: data.hours as unknown as Prisma.InputJsonValue,
    expiration: data.expiration,
    timeZone: data.timeZoneId,
  };
}

/** Creates the template's schedule with its Schedule row, or overwrites the one it has (keeping its id, raising its version). */
export function upsertCampaignTemplateSchedule(
  campaignTemplateId: string,
  data: CampaignScheduleData,
  db: Db = prisma,
): Promise<CampaignTemplateSchedule> {
  const columns = columnsOf(data);
  const at = new Date();
  return db.campaignTemplateSchedule.upsert({
    where: { campaignTemplateId },
    create: {
      ...columns,
      createdAt: at,
      updatedAt: at,
      campaignTemplate: { connect: { id: campaignTemplateId } },
      schedule: newScheduleEntry("CAMPAIGN_TEMPLATE", at),
    },
    update: { ...columns, version: { increment: 1 } },
  });
}

/** Overwrites the template's schedule while it still has `expectedVersion`; null when nothing was written. */
export async function updateCampaignTemplateSchedule(
  campaignTemplateId: string,
  data: CampaignScheduleData,
  expectedVersion: number,
  db: Db = prisma,
): Promise<CampaignTemplateSchedule | null> {
  const { count } = await db.campaignTemplateSchedule.updateMany({
    where: { campaignTemplateId, version: expectedVersion },
    data: { ...columnsOf(data), version: { increment: 1 } },
  });
  return count === 0 ? null : db.campaignTemplateSchedule.findUniqueOrThrow({ where: { campaignTemplateId } });
}

/** The id of the template's schedule, or null when it has none. */
export async function findCampaignTemplateScheduleId(campaignTemplateId: string, db: Db = prisma): Promise<string | null> {
  const schedule = await db.campaignTemplateSchedule.findUnique({ where: { campaignTemplateId }, select: { id: true } });
  return schedule?.id ?? null;
}
