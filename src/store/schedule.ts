/**
 * Schedule rows: the registry of every schedule, whatever its kind. Each kind's row has the same id and
 * is deleted with it, as is everything else that belongs to the schedule (its feed token).
 */
import type { CampaignTemplateSchedule, IssuingSchedule, JobSchedule, Prisma, ScheduleKind } from "../generated/prisma/client";
import { serviceClock } from "../clock";
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

/** The relation on Schedule that holds a kind's row (each registry entry names its kind's). */
export type KindRelation = Exclude<keyof Prisma.ScheduleInclude, "calendarFeedToken" | "delivery" | "runs" | "_count">;

/** A Schedule row with the kind rows asked for (the one of its kind, when that kind was asked for). */
export type ScheduleWithRow = ScheduleEntry & { [R in KindRelation]?: JobSchedule | IssuingSchedule | CampaignTemplateSchedule | null };

/**
 * Up to `take` schedules strictly after `after`, in (createdAt, id) order, optionally of one kind, each
 * with its kind's row (`include`: per kind relation, `true` or the relations to load with that row): one
 * ordered statement, then one per relation included, whatever `take` is.
 */
export function findSchedulesWithRows(options: {
  kind?: ScheduleKind | null;
  after: SchedulePosition | null;
  take: number;
  include: { [R in KindRelation]?: true | { include?: object } };
}): Promise<ScheduleWithRow[]> {
  const { kind, after, take, include } = options;
  return prisma.schedule.findMany({
    where: {
      ...(kind ? { kind } : {}),
      ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    // the relations' own includes come from the GraphQL selection (Pothos), checked by Prisma at run time
    include: include as Prisma.ScheduleInclude,
  }) as Promise<ScheduleWithRow[]>;
}

/**
 * The Schedule row a kind's new row belongs to (a nested create, written in the same statement batch).
 * It runs from the service clock's now: runs exist up to then (none for what came before), and the
 * dispatcher reads it at once.
 */
export function newScheduleEntry(kind: ScheduleKind, at: Date) {
  const now = serviceClock.now();
  return { create: { kind, createdAt: at, updatedAt: at, runsUntil: now, nextDueAt: now } };
}

/**
 * After a write of a kind's row, in its transaction: the schedule's updatedAt becomes the row's, and the
 * dispatcher reads it again at once (nextDueAt now) on its new spec; a claim made on the old one is
 * cleared, so it cannot commit.
 */
export async function touchSchedule(row: { id: string; updatedAt: Date }, db: Db = prisma): Promise<void> {
  const now = serviceClock.now();
  // The new spec runs from the write on: its occurrences before the write get no runs. Runs exist up to
  // now unless the old spec has an occurrence due and not made yet (nextDueAt ≤ now: it stays owed) or
  // the schedule is paused (a resume accounts for the pause from where runs exist).
  await db.schedule.updateMany({
    where: { id: row.id, pausedAt: null, OR: [{ nextDueAt: null }, { nextDueAt: { gt: now } }], runsUntil: { lt: now } },
    data: { runsUntil: now },
  });
  await db.schedule.update({
    where: { id: row.id },
    data: { updatedAt: row.updatedAt, nextDueAt: now, claimToken: null, claimedUntil: null },
  });
}

/** Deletes a schedule of `kind` with its kind's row and all that belongs to it; false when there was none. */
export async function deleteSchedule(kind: ScheduleKind, id: string, db: Db = prisma): Promise<boolean> {
  const { count } = await db.schedule.deleteMany({ where: { id, kind } });
  return count > 0;
}
