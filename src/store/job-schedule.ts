/** Job schedule rows (each belongs to a Schedule row of kind JOB, with the same id). */
import type { JobSchedule } from "../generated/prisma/client";
import { prisma } from "../db";
import type { JobScheduleData } from "../domain/job-schedule";
import { newScheduleEntry } from "./schedule";
import type { Db } from "./transaction";

function columnsOf(data: JobScheduleData) {
  const { name, specification, location, externalRef, jobType } = data;
  return { name, specification, timeZone: location, externalRef, jobType };
}

export function findJobSchedule(id: string): Promise<JobSchedule | null> {
  return prisma.jobSchedule.findUnique({ where: { id } });
}

/** Inserts a job schedule with its Schedule row. */
export function insertJobSchedule(data: JobScheduleData): Promise<JobSchedule> {
  const at = new Date();
  return prisma.jobSchedule.create({ data: { ...columnsOf(data), createdAt: at, updatedAt: at, schedule: newScheduleEntry("JOB", at) } });
}

/** Overwrites a job schedule and raises its version; with `expectedVersion`, only while it still has it. Null when nothing was written. */
export async function updateJobSchedule(
  id: string,
  data: JobScheduleData,
  expectedVersion: number | null,
  db: Db = prisma,
): Promise<JobSchedule | null> {
  const { count } = await db.jobSchedule.updateMany({
    where: { id, ...(expectedVersion != null ? { version: expectedVersion } : {}) },
    data: { ...columnsOf(data), version: { increment: 1 } },
  });
  return count === 0 ? null : db.jobSchedule.findUniqueOrThrow({ where: { id } });
}

export async function jobScheduleExists(id: string, db: Db = prisma): Promise<boolean> {
  return (await db.jobSchedule.count({ where: { id } })) > 0;
}
