/**
 * Issuing schedules of products (seeds 001 and 004). Each use case answers the first of: 400 (the input
 * alone: every problem, before any read) → 404 (the product, then the schedule) → 412 (the product's
 * type, a sub-schedule of another type, an entitlement format on a physical product) → 409 (uniqueness,
 * expectedVersion). The messages are the domain's table (ISSUING_SCHEDULE_MESSAGES).
 */
import type { IssuingSchedule, Product } from "../generated/prisma/client";
import { ConflictError, NotFoundError, WRITE_CONFLICT } from "../errors";
import {
  ISSUING_SCHEDULE_MESSAGES as M,
  checkProductFits,
  validateIssuingScheduleInput,
  type IssuingScheduleData,
  type IssuingScheduleRequest,
} from "../domain/issuing-schedule";
import type { Clock } from "../recurrence/types";
import * as products from "../store/product";
import * as store from "../store/issuing-schedule";
import { UniqueViolation } from "../store/prisma-errors";
import { deleteSchedule, touchSchedule } from "../store/schedule";
import { transaction, type Db } from "../store/transaction";
import { afterScheduleWrite } from "./wake";
import { findProduct } from "./product";

/** 1 on the schedule of a physical product (the unique index allows one per product), else NULL. */
function physicalSlotOf(product: Pick<Product, "type">): number | null {
  return product.type === "PHYSICAL" ? 1 : null;
}

async function productOrThrow(reference: string): Promise<Product> {
  const product = await findProduct(reference);
  if (!product) throw new NotFoundError(M.productNotFound);
  return product;
}

async function scheduleOrThrow(productId: string, scheduleReference: string): Promise<IssuingSchedule> {
  const schedule = await store.findIssuingSchedule(productId, scheduleReference);
  if (!schedule) throw new NotFoundError(M.scheduleNotFound);
  return schedule;
}

/** What a write would store in the columns the uniqueness rules compare. */
function keysOf(data: IssuingScheduleData, physicalSlot: number | null): store.IssuingScheduleKeys {
  return { friendlyName: data.friendlyName, entitlementFormat: data.entitlementFormat, physicalSlot };
}

/** The message of the first uniqueness rule, in the seed's order, that the product's other schedules break; null if none. */
async function takenMessage(productId: string, keys: store.IssuingScheduleKeys, exceptId: string | null, db?: Db): Promise<string | null> {
  const others = await store.findIssuingScheduleCollisions(productId, keys, exceptId, db);
  if (keys.physicalSlot != null && others.some((o) => o.physicalSlot === keys.physicalSlot)) return M.physicalSlotTaken;
  if (keys.entitlementFormat != null && others.some((o) => o.entitlementFormat === keys.entitlementFormat)) return M.entitlementFormatTaken;
  if (others.some((o) => o.friendlyName === keys.friendlyName)) return M.friendlyNameTaken;
  return null;
}

/** The rule's message for a unique index a racing writer's row made this write break, by its columns. */
function messageOfColumns(columns: string[]): string | null {
  if (columns.includes("physicalSlot")) return M.physicalSlotTaken;
  if (columns.includes("entitlementFormat")) return M.entitlementFormatTaken;
  if (columns.includes("friendlyName")) return M.friendlyNameTaken;
  return null;
}

/**
 * Runs a write; a broken unique index (a racing writer got there first) answers the rule's ConflictError:
 * by the index's columns, or, when the driver did not name them, by reading what the write collided with.
 */
async function writeOrConflict<T>(
  productId: string,
  keys: store.IssuingScheduleKeys,
  exceptId: string | null,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof UniqueViolation)) throw error;
    const message = messageOfColumns(error.columns) ?? (await takenMessage(productId, keys, exceptId));
    if (message) throw new ConflictError(message);
    throw error;
  }
}

/** createIssuingSchedule (seed 004). */
export async function createIssuingSchedule(
  productReference: string,
  input: IssuingScheduleRequest,
  clock: Clock,
): Promise<IssuingSchedule> {
  const valid = validateIssuingScheduleInput(input, clock);
  const product = await productOrThrow(productReference);
  checkProductFits(product.type, valid);
  const keys = keysOf(valid.data, physicalSlotOf(product));
  const taken = await takenMessage(product.id, keys, null);
  if (taken) throw new ConflictError(taken);
  const created = await writeOrConflict(product.id, keys, null, () =>
    transaction(async (tx) => {
      const row = await store.insertIssuingSchedule(product.id, keys.physicalSlot, valid.data, tx);
      // A write to a product's schedules is a write to the product: its version and updatedAt move too.
      await products.touchProduct(product.id, tx);
      return row;
    }),
  );
  return afterScheduleWrite(created);
}

/**
 * updateIssuingSchedule (seed 001 PUT): overwrites the schedule, keeping its scheduleReference and
 * raising its version. With `expectedVersion`, only if the stored version still is that one.
 */
export async function updateIssuingSchedule(
  productReference: string,
  scheduleReference: string,
  input: IssuingScheduleRequest,
  expectedVersion: number | null | undefined,
  clock: Clock,
): Promise<IssuingSchedule> {
  const valid = validateIssuingScheduleInput(input, clock);
  const product = await productOrThrow(productReference);
  const { id, physicalSlot } = await scheduleOrThrow(product.id, scheduleReference);
  checkProductFits(product.type, valid);
  const keys = keysOf(valid.data, physicalSlot);
  const written = await writeOrConflict(product.id, keys, id, () =>
    transaction(async (tx) => {
      const version = await store.findIssuingScheduleVersion(id, tx);
      if (version === null) throw new NotFoundError(M.scheduleNotFound);
      if (expectedVersion != null && version !== expectedVersion) throw new ConflictError(WRITE_CONFLICT);
      const taken = await takenMessage(product.id, keys, id, tx);
      if (taken) throw new ConflictError(taken);
      const updated = await store.updateIssuingSchedule(id, valid.data, expectedVersion ?? null, tx);
      if (!updated) throw new ConflictError(WRITE_CONFLICT);
      await touchSchedule(updated, tx);
      await products.touchProduct(product.id, tx);
      return updated;
    }),
  );
  return afterScheduleWrite(written);
}

/** deleteIssuingSchedule, with all that belongs to the schedule (its feed token); answers the product as it is afterwards. */
export async function deleteIssuingSchedule(productReference: string, scheduleReference: string): Promise<Product> {
  const product = await productOrThrow(productReference);
  const { id } = await scheduleOrThrow(product.id, scheduleReference);
  return transaction(async (tx) => {
    if (!(await deleteSchedule("ISSUING", id, tx))) throw new NotFoundError(M.scheduleNotFound);
    return products.touchProduct(product.id, tx);
  });
}
