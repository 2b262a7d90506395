/** Job schedule rows. */
import type { JobSchedule } from "../generated/prisma/client";
import { prisma } from "../db";
import type { JobScheduleData } from "../domain/job-schedules";
import type { Db } from "./transaction";

export function findJobSchedule(id: string): Promise<JobSchedule | null> {
  return prisma.jobSchedule.findUnique({ where: { id } });
}

export function insertJobSchedule(data: JobScheduleData): Promise<JobSchedule> {
  return prisma.jobSchedule.create({ data });
}

/** Overwrites a job schedule and raises its version; with `expectedVersion`, only while it still has it. Null when nothing was written. */
export async function updateJobSchedule(id: string, data: JobScheduleData, expectedVersion: number | null, db: Db = prisma): Promise<JobSchedule | null> {
  const { count } = await db.jobSchedule.updateMany({
    where: { id, ...(expectedVersion != null ? { version: expectedVersion } : {}) },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 0 ? null : db.jobSchedule.findUniqueOrThrow({ where: { id } });
}

export async function jobScheduleExists(id: string, db: Db = prisma): Promise<boolean> {
  return (await db.jobSchedule.count({ where: { id } })) > 0;
}

/** Deletes a job schedule; false when there was none. */
export async function deleteJobSchedule(id: string, db: Db = prisma): Promise<boolean> {
  const { count } = await db.jobSchedule.deleteMany({ where: { id } });
  return count > 0;
}
