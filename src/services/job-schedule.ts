/** Job schedules (seed 002): each use case answers 400 (the input) → 404 → 409 (expectedVersion). */
import type { JobSchedule } from "../generated/prisma/client";
import { ConflictError, NotFoundError, WRITE_CONFLICT } from "../errors";
import { validateJobScheduleInput, type JobScheduleInput } from "../domain/job-schedule";
import * as store from "../store/job-schedule";
import { deleteSchedule, touchSchedule } from "../store/schedule";
import { transaction } from "../store/transaction";
import { afterScheduleWrite } from "./wake";

export const JOB_SCHEDULE_MESSAGES = {
  notFound: "Schedule cannot be found",
} as const;

export async function createJobSchedule(input: JobScheduleInput): Promise<JobSchedule> {
  return afterScheduleWrite(await store.insertJobSchedule(validateJobScheduleInput(input)));
}

/**
 * Overwrites a job schedule (seed 002 PUT). With `expectedVersion`, only if the stored version still is
 * that one, so two clients cannot overwrite each other unknowingly. `id` is null when the global id
 * names no job schedule.
 */
export async function updateJobSchedule(id: string | null, input: JobScheduleInput, expectedVersion?: number | null): Promise<JobSchedule> {
  const data = validateJobScheduleInput(input);
  if (id === null) throw new NotFoundError(JOB_SCHEDULE_MESSAGES.notFound);
  const written = await transaction(async (tx) => {
    const updated = await store.updateJobSchedule(id, data, expectedVersion ?? null, tx);
    if (updated) {
      await touchSchedule(updated, tx);
      return updated;
    }
    throw (await store.jobScheduleExists(id, tx)) ? new ConflictError(WRITE_CONFLICT) : new NotFoundError(JOB_SCHEDULE_MESSAGES.notFound);
  });
  return afterScheduleWrite(written);
}

/** Deletes a job schedule, and with it everything that belongs to it (its feed token). */
export async function deleteJobSchedule(id: string | null): Promise<void> {
  if (id === null || !(await deleteSchedule("JOB", id))) throw new NotFoundError(JOB_SCHEDULE_MESSAGES.notFound);
}
