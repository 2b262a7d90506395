/**
 * Issuing schedule rows. The three uniqueness rules of seeds 001/004 are unique indexes
 * (productId+friendlyName, productId+entitlementFormat, productId+physicalSlot): a read first gives the
 * usual answer, and the index decides between racing writers, its violation mapped to the same message.
 */
import { Prisma, type IssuingSchedule, type Product } from "../generated/prisma/client";
import { prisma } from "../db";
import { ConflictError, NotFoundError, WRITE_CONFLICT } from "../errors";
import { ISSUING_SCHEDULE_MESSAGES as M, type IssuingScheduleData } from "../domain/issuing-schedule";
import { forgetFeedToken } from "./feed-tokens";
import { uniqueViolation } from "./prisma-errors";

type Db = Prisma.TransactionClient | typeof prisma;

/** 1 on the schedule of a physical product (one allowed per product by the unique index), else NULL. */
export function physicalSlotOf(product: Pick<Product, "type">): number | null {
  return product.type === "PHYSICAL" ? 1 : null;
}

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

/** The message of the first uniqueness rule (in the seed's order) that other schedules of the product break. */
async function conflictWith(
  db: Db,
  productId: string,
  data: IssuingScheduleData,
  physicalSlot: number | null,
  exceptId: string | null,
): Promise<string | null> {
  const others = await db.issuingSchedule.findMany({
    where: {
      productId,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [
        { friendlyName: data.friendlyName },
        ...(data.entitlementFormat != null ? [{ entitlementFormat: data.entitlementFormat }] : []),
        ...(physicalSlot != null ? [{ physicalSlot }] : []),
      ],
    },
    select: { friendlyName: true, entitlementFormat: true, physicalSlot: true },
  });
  if (physicalSlot != null && others.some((o) => o.physicalSlot === physicalSlot)) return M.physicalSlotTaken;
  if (data.entitlementFormat != null && others.some((o) => o.entitlementFormat === data.entitlementFormat)) return M.entitlementFormatTaken;
  if (others.some((o) => o.friendlyName === data.friendlyName)) return M.friendlyNameTaken;
  return null;
}

/** A ConflictError for a broken unique index, by its columns; null when the error is something else. */
function conflictOfViolation(error: unknown): ConflictError | null {
  const columns = uniqueViolation(error);
  if (columns === null) return null;
  if (columns.includes("physicalSlot")) return new ConflictError(M.physicalSlotTaken);
  if (columns.includes("entitlementFormat")) return new ConflictError(M.entitlementFormatTaken);
  if (columns.includes("friendlyName")) return new ConflictError(M.friendlyNameTaken);
  return null;
}

/** Maps a unique violation whose columns the driver did not name by reading what it collided with. */
async function rethrowAsConflict(error: unknown, productId: string, data: IssuingScheduleData, physicalSlot: number | null, exceptId: string | null): Promise<never> {
  const mapped = conflictOfViolation(error);
  if (mapped) throw mapped;
  if (uniqueViolation(error) !== null) {
    const message = await conflictWith(prisma, productId, data, physicalSlot, exceptId);
    if (message) throw new ConflictError(message);
  }
  throw error;
}

/** A write to a product's schedules is a write to the product: its version and updatedAt move too. */
function touchProduct(db: Db, productId: string): Promise<Product> {
  return db.product.update({ where: { id: productId }, data: { version: { increment: 1 } } });
}

export function findIssuingSchedule(productId: string, scheduleReference: string): Promise<IssuingSchedule | null> {
  return prisma.issuingSchedule.findFirst({ where: { productId, scheduleReference } });
}

export async function createIssuingSchedule(product: Pick<Product, "id" | "type">, data: IssuingScheduleData): Promise<IssuingSchedule> {
  const physicalSlot = physicalSlotOf(product);
  const taken = await conflictWith(prisma, product.id, data, physicalSlot, null);
  if (taken) throw new ConflictError(taken);
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.issuingSchedule.create({ data: { ...columnsOf(data), productId: product.id, physicalSlot } });
      await touchProduct(tx, product.id);
      return created;
    });
  } catch (error) {
    return rethrowAsConflict(error, product.id, data, physicalSlot, null);
  }
}

/**
 * Overwrites a schedule (seed 001 PUT), keeping its scheduleReference and raising its version. With
 * `expectedVersion`, only if the stored version still is that one: otherwise ConflictError("Write Conflict").
 */
export async function updateIssuingSchedule(
  schedule: Pick<IssuingSchedule, "id" | "productId" | "physicalSlot">,
  data: IssuingScheduleData,
  expectedVersion?: number | null,
): Promise<IssuingSchedule> {
  const { id, productId, physicalSlot } = schedule;
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.issuingSchedule.findUnique({ where: { id }, select: { version: true } });
      if (!current) throw new NotFoundError(M.scheduleNotFound);
      if (expectedVersion != null && current.version !== expectedVersion) throw new ConflictError(WRITE_CONFLICT);
      const taken = await conflictWith(tx, productId, data, physicalSlot, id);
      if (taken) throw new ConflictError(taken);
      const { count } = await tx.issuingSchedule.updateMany({
        where: { id, ...(expectedVersion != null ? { version: expectedVersion } : {}) },
        data: { ...columnsOf(data), version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError(WRITE_CONFLICT);
      await touchProduct(tx, productId);
      return tx.issuingSchedule.findUniqueOrThrow({ where: { id } });
    });
  } catch (error) {
    return rethrowAsConflict(error, productId, data, physicalSlot, id);
  }
}

/** Deletes a schedule; answers its product as it is afterwards. */
export async function deleteIssuingSchedule(schedule: Pick<IssuingSchedule, "id" | "productId">): Promise<Product> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.issuingSchedule.deleteMany({ where: { id: schedule.id } });
    if (count === 0) throw new NotFoundError(M.scheduleNotFound);
    await forgetFeedToken(tx, "ISSUING", schedule.id);
    return touchProduct(tx, schedule.productId);
  });
}
