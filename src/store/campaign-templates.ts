/** Campaign template rows and their one schedule each (seed 000). */
import { Prisma, type CampaignTemplate, type CampaignTemplateSchedule } from "../generated/prisma/client";
import { prisma } from "../db";
import { ConflictError, NotFoundError, WRITE_CONFLICT } from "../errors";
import type { CampaignScheduleData } from "../domain/campaign-template";
import { forgetFeedToken } from "./feed-tokens";

export const CAMPAIGN_TEMPLATE_NOT_FOUND = "Campaign template cannot be found";
export const CAMPAIGN_SCHEDULE_NOT_FOUND = "Schedule configuration cannot be found";

/** The include / select a Pothos prismaField passes down, so relations load in the same query. */
export type CampaignTemplateQuery = Omit<Prisma.CampaignTemplateFindUniqueArgs, "where">;

export function createCampaignTemplate(data: { name: string }): Promise<CampaignTemplate> {
  return prisma.campaignTemplate.create({ data });
}

export function findCampaignTemplate(id: string, query: CampaignTemplateQuery = {}): Promise<CampaignTemplate | null> {
  return prisma.campaignTemplate.findUnique({ ...query, where: { id } });
}

/** The JSON columns of a schedule row. */
function columns(data: CampaignScheduleData) {
  return {
    type: data.type,
    months: (data.months ?? undefined) as Prisma.InputJsonValue | undefined,
    days: (data.days ?? undefined) as Prisma.InputJsonValue | undefined,
    hours: data.hours as unknown as Prisma.InputJsonValue,
    expiration: data.expiration,
    timeZoneId: data.timeZoneId,
  };
}

/**
 * Sets a template's schedule, overwriting the one it has (seed 000 PUT): the row keeps its id and its
 * version is raised; the template's version is raised too. With `expectedVersion`, only if the
 * schedule exists and still has that version, otherwise ConflictError("Write Conflict").
 *
 * Race-safe: the first statement writes (raises the template's version), so the transaction holds
 * SQLite's write lock before it reads the schedule's version; a concurrent writer waits.
 */
export async function setCampaignTemplateSchedule(
  campaignTemplateId: string,
  data: CampaignScheduleData,
  expectedVersion?: number | null,
): Promise<CampaignTemplateSchedule> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.campaignTemplate.updateMany({
      where: { id: campaignTemplateId },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new NotFoundError(CAMPAIGN_TEMPLATE_NOT_FOUND);
    const row = columns(data);
    // An absent selector overwrites a stored one: SQL NULL in the column.
    const nullable = { months: row.months ?? Prisma.DbNull, days: row.days ?? Prisma.DbNull };
    if (expectedVersion != null) {
      const { count: updated } = await tx.campaignTemplateSchedule.updateMany({
        where: { campaignTemplateId, version: expectedVersion },
        data: { ...row, ...nullable, version: { increment: 1 } },
      });
      if (updated === 0) throw new ConflictError(WRITE_CONFLICT);
      return tx.campaignTemplateSchedule.findUniqueOrThrow({ where: { campaignTemplateId } });
    }
    return tx.campaignTemplateSchedule.upsert({
      where: { campaignTemplateId },
      create: { ...row, campaignTemplateId },
      update: { ...row, ...nullable, version: { increment: 1 } },
    });
  });
}

/** Removes a template's schedule and raises the template's version; answers the template. */
export async function deleteCampaignTemplateSchedule(campaignTemplateId: string): Promise<CampaignTemplate> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.campaignTemplate.updateMany({
      where: { id: campaignTemplateId },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new NotFoundError(CAMPAIGN_TEMPLATE_NOT_FOUND);
    const schedule = await tx.campaignTemplateSchedule.findUnique({ where: { campaignTemplateId }, select: { id: true } });
    if (!schedule) throw new NotFoundError(CAMPAIGN_SCHEDULE_NOT_FOUND);
    await tx.campaignTemplateSchedule.delete({ where: { id: schedule.id } });
    await forgetFeedToken(tx, "CAMPAIGN_TEMPLATE", schedule.id);
    return tx.campaignTemplate.findUniqueOrThrow({ where: { id: campaignTemplateId } });
  });
}
