/** Calendar feed tokens: one per schedule, only their hash stored. */
import { prisma } from "../db";
import type { ScheduleKind } from "../schedule-kinds";
import type { Db } from "./transaction";

/** Stores the hash of a schedule's feed token, replacing the one it had. */
export async function saveFeedTokenHash(scheduleKind: ScheduleKind, scheduleId: string, tokenHash: string): Promise<void> {
  await prisma.calendarFeedToken.upsert({
    where: { scheduleKind_scheduleId: { scheduleKind, scheduleId } },
    create: { scheduleKind, scheduleId, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
}

export async function findFeedTokenHash(scheduleKind: ScheduleKind, scheduleId: string): Promise<string | null> {
  const row = await prisma.calendarFeedToken.findUnique({
    where: { scheduleKind_scheduleId: { scheduleKind, scheduleId } },
    select: { tokenHash: true },
  });
  return row?.tokenHash ?? null;
}

/** Drops a deleted schedule's feed token, in the transaction that deletes the schedule. */
export async function deleteFeedToken(scheduleKind: ScheduleKind, scheduleId: string, db: Db = prisma): Promise<void> {
  await db.calendarFeedToken.deleteMany({ where: { scheduleKind, scheduleId } });
}
