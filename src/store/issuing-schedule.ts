/**
 * Issuing schedule rows (each belongs to a Schedule row of kind ISSUING, with the same id). The three
 * uniqueness rules of seeds 001/004 are unique indexes (productId+friendlyName,
 * productId+entitlementFormat, productId+physicalSlot): a write that breaks one throws UniqueViolation,
 * and the service answers it with the rule's message.
 */
import { Prisma, type IssuingSchedule } from "../generated/prisma/client";
import { prisma } from "../db";
import type { IssuingScheduleData } from "../domain/issuing-schedule";
import { reportingUniqueViolation } from "./prisma-errors";
import { newScheduleEntry } from "./schedule";
import type { Db } from "./transaction";

/** The columns a schedule's uniqueness rules compare. */
export type IssuingScheduleKeys = Pick<IssuingSchedule, "friendlyName" | "entitlementFormat" | "physicalSlot">;

function columnsOf(data: IssuingScheduleData) {
  return {
    entitlementFormat: data.entitlementFormat,
    friendlyName: data.friendlyName,
    scheduleType: data.scheduleType,
    rule: data.rule as unknown as Prisma.InputJsonValue,
    nonIssuingDates: data.nonIssuingDates,
    issuePriorToStart: data.issuePriorToStart,
    entitlementEnds: data.entitlementEnds == null ? Prisma.DbNull : (data.entitlementEnds as unknown as Prisma.InputJsonValue),
    timeZone: data.timeZone,
  };
}

export function findIssuingSchedule(productId: string, scheduleReference: string): Promise<IssuingSchedule | null> {
  return prisma.issuingSchedule.findFirst({ where: { productId, scheduleReference } });
}

export function findIssuingScheduleById(id: string): Promise<IssuingSchedule | null> {
  return prisma.issuingSchedule.findUnique({ where: { id } });
}

export function findIssuingScheduleWithProduct(id: string) {
  return prisma.issuingSchedule.findUnique({ where: { id }, include: { product: { select: { name: true } } } });
}

/** The keys of the product's other schedules that share one of `keys` (a NULL key shares nothing). */
export function findIssuingScheduleCollisions(
  productId: string,
  keys: IssuingScheduleKeys,
  exceptId: string | null,
  db: Db = prisma,
): Promise<IssuingScheduleKeys[]> {
  return db.issuingSchedule.findMany({
    where: {
      productId,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [
        { friendlyName: keys.friendlyName },
        ...(keys.entitlementFormat != null ? [{ entitlementFormat: keys.entitlementFormat }] : []),
        ...(keys.physicalSlot != null ? [{ physicalSlot: keys.physicalSlot }] : []),
      ],
    },
    select: { friendlyName: true, entitlementFormat: true, physicalSlot: true },
  });
}

/** Inserts an issuing schedule with its Schedule row. */
export function insertIssuingSchedule(
  productId: string,
  physicalSlot: number | null,
  data: IssuingScheduleData,
  db: Db = prisma,
): Promise<IssuingSchedule> {
  const at = new Date();
  return reportingUniqueViolation(() =>
    db.issuingSchedule.create({
      data: {
        ...columnsOf(data),
        physicalSlot,
        createdAt: at,
        updatedAt: at,
        product: { connect: { id: productId } },
        schedule: newScheduleEntry("ISSUING", at),
      },
    }),
  );
}

export async function findIssuingScheduleVersion(id: string, db: Db = prisma): Promise<number | null> {
  const row = await db.issuingSchedule.findUnique({ where: { id }, select: { version: true } });
  return row?.version ?? null;
}

/** Overwrites a schedule and raises its version; with `expectedVersion`, only while it still has it. Null when nothing was written. */
export async function updateIssuingSchedule(
  id: string,
  data: IssuingScheduleData,
  expectedVersion: number | null,
  db: Db = prisma,
): Promise<IssuingSchedule | null> {
  const { count } = await reportingUniqueViolation(() =>
    db.issuingSchedule.updateMany({
      where: { id, ...(expectedVersion != null ? { version: expectedVersion } : {}) },
      data: { ...columnsOf(data), version: { increment: 1 } },
    }),
  );
  return count === 0 ? null : db.issuingSchedule.findUniqueOrThrow({ where: { id } });
}
