/**
 * Calendar feed tokens (one per schedule, only their SHA-256 stored) and the schedule rows the .ics
 * feed reads, with the names its events carry.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { ScheduleKind, ScheduleRow } from "../domain/schedule-kinds";

/** Hex SHA-256 of a token: what the table stores and what a presented token is compared by. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Makes a new random token for a schedule, replacing (and so invalidating) any earlier one, and
 * answers it in plain text: the only time it is ever seen.
 */
export async function rotateFeedToken(scheduleKind: ScheduleKind, scheduleId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashFeedToken(token);
  await prisma.calendarFeedToken.upsert({
    where: { scheduleKind_scheduleId: { scheduleKind, scheduleId } },
    create: { scheduleKind, scheduleId, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
  return token;
}

/** Drops a deleted schedule's feed token, in the transaction that deletes the schedule. */
export function forgetFeedToken(tx: Prisma.TransactionClient, scheduleKind: ScheduleKind, scheduleId: string): Promise<unknown> {
  return tx.calendarFeedToken.deleteMany({ where: { scheduleKind, scheduleId } });
}

/** Whether `token` is the current feed token of the schedule (constant-time comparison of hashes). */
export async function feedTokenMatches(scheduleKind: ScheduleKind, scheduleId: string, token: string): Promise<boolean> {
  const row = await prisma.calendarFeedToken.findUnique({
    where: { scheduleKind_scheduleId: { scheduleKind, scheduleId } },
    select: { tokenHash: true },
  });
  if (!row) return false;
  const expected = Buffer.from(row.tokenHash, "hex");
  const presented = Buffer.from(hashFeedToken(token), "hex");
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

/** A schedule row with the title its calendar events carry. */
export interface TitledSchedule {
  row: ScheduleRow;
  /** The job's name, the issuing schedule's friendly name, or the campaign template's name. */
  title: string;
  /** What owns it, for the calendar's description (product or campaign template), if anything. */
  owner: string | null;
}

/** One schedule of a known kind with its title, in one statement; null when there is none. */
export async function findTitledSchedule(kind: ScheduleKind, id: string): Promise<TitledSchedule | null> {
  switch (kind) {
    case "JOB": {
      const row = await prisma.jobSchedule.findUnique({ where: { id } });
      return row && { row, title: row.name, owner: null };
    }
    case "ISSUING": {
      const found = await prisma.issuingSchedule.findUnique({ where: { id }, include: { product: { select: { name: true } } } });
      if (!found) return null;
      const { product, ...row } = found;
      return { row, title: row.friendlyName, owner: `Product: ${product.name}` };
    }
    case "CAMPAIGN_TEMPLATE": {
      const found = await prisma.campaignTemplateSchedule.findUnique({
        where: { id },
        include: { campaignTemplate: { select: { name: true } } },
      });
      if (!found) return null;
      const { campaignTemplate, ...row } = found;
      return { row, title: campaignTemplate.name, owner: `Campaign template: ${campaignTemplate.name}` };
    }
  }
}
