/** Job schedule rows. */
import type { JobSchedule } from "../generated/prisma/client";
import { prisma } from "../db";
import { ConflictError, NotFoundError, WRITE_CONFLICT } from "../errors";
import type { JobScheduleData } from "../domain/job-schedule";
import { forgetFeedToken } from "./feed-tokens";

export const JOB_SCHEDULE_NOT_FOUND = "Schedule cannot be found";

export function findJobSchedule(id: string): Promise<JobSchedule | null> {
  return prisma.jobSchedule.findUnique({ where: { id } });
}

export function createJobSchedule(data: JobScheduleData): Promise<JobSchedule> {
  return prisma.jobSchedule.create({ data });
}

/**
 * Overwrites a job schedule. With `expectedVersion`, only if the stored version still is that one:
 * otherwise ConflictError("Write Conflict"), so two clients cannot overwrite each other unknowingly.
 */
export async function updateJobSchedule(id: string, data: JobScheduleData, expectedVersion?: number | null): Promise<JobSchedule> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.jobSchedule.updateMany({
      where: { id, ...(expectedVersion != null ? { version: expectedVersion } : {}) },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.jobSchedule.count({ where: { id } });
      throw exists ? new ConflictError(WRITE_CONFLICT) : new NotFoundError(JOB_SCHEDULE_NOT_FOUND);
    }
    return tx.jobSchedule.findUniqueOrThrow({ where: { id } });
  });
}

export async function deleteJobSchedule(id: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.jobSchedule.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError(JOB_SCHEDULE_NOT_FOUND);
    await forgetFeedToken(tx, "JOB", id);
  });
}
