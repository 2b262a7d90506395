/**
 * Schedule rows: the registry of every schedule, whatever its kind. Each kind's row has the same id and
 * is deleted with it, as is everything else that belongs to the schedule (its feed token).
 */
import type { ScheduleKind } from "../generated/prisma/client";
import { prisma } from "../db";
import type { Db } from "./transaction";

/** A position in the list of schedules, ordered by (createdAt, id). */
export interface SchedulePosition {
  createdAt: Date;
  id: string;
}

export interface ScheduleEntry extends SchedulePosition {
  kind: ScheduleKind;
}

/** Up to `take` schedules strictly after `after`, in (createdAt, id) order, optionally of one kind: one statement. */
export function findScheduleEntries(options: {
  kind?: ScheduleKind | null;
  after: SchedulePosition | null;
  take: number;
}): Promise<ScheduleEntry[]> {
  const { kind, after, take } = options;
  return prisma.schedule.findMany({
    where: {
      ...(kind ? { kind } : {}),
      ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, kind: true, createdAt: true },
  });
}

/** The Schedule row a kind's new row belongs to (a nested create, written in the same statement batch). */
export function newScheduleEntry(kind: ScheduleKind, at: Date) {
  return { create: { kind, createdAt: at, updatedAt: at } };
}

/** Sets a schedule's updatedAt to its kind's row's, in the transaction that wrote that row. */
export async function touchSchedule(row: { id: string; updatedAt: Date }, db: Db = prisma): Promise<void> {
  await db.schedule.update({ where: { id: row.id }, data: { updatedAt: row.updatedAt } });
}

/** Deletes a schedule of `kind` with its kind's row and all that belongs to it; false when there was none. */
export async function deleteSchedule(kind: ScheduleKind, id: string, db: Db = prisma): Promise<boolean> {
  const { count } = await db.schedule.deleteMany({ where: { id, kind } });
  return count > 0;
}
