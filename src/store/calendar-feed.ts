/** Calendar feed tokens: one per schedule (deleted with it), only their hash stored. */
import { prisma } from "../db";
import { isForeignKeyViolation } from "./prisma-errors";

/** Stores the hash of a schedule's feed token, replacing the one it had; false when there is no such schedule (any more). */
export async function saveFeedTokenHash(scheduleId: string, tokenHash: string): Promise<boolean> {
  try {
    await prisma.calendarFeedToken.upsert({
      where: { scheduleId },
      create: { scheduleId, tokenHash },
      update: { tokenHash, createdAt: new Date() },
    });
    return true;
  } catch (error) {
    if (isForeignKeyViolation(error)) return false;
    throw error;
  }
}

export async function findFeedTokenHash(scheduleId: string): Promise<string | null> {
  const row = await prisma.calendarFeedToken.findUnique({ where: { scheduleId }, select: { tokenHash: true } });
  return row?.tokenHash ?? null;
}
