/** After a write that makes a schedule due sooner: every dispatcher (in any instance) reads it at once. */
import { serviceClock } from "../clock";
import { database } from "../db";
import { log } from "../logger";

/** The channel a write announces a nearer due time on. */
export const SCHEDULES_DUE_CHANNEL = "schedules_due";

/** Tells every dispatcher that a schedule is due at `at` (default now). */
export async function wakeDispatchers(at: Date = serviceClock.now()): Promise<void> {
  try {
    await database.publish(SCHEDULES_DUE_CHANNEL, at.toISOString());
  } catch (error) {
    // Their poll reads it within a second anyway.
    log.warn({ err: error }, "could not announce a due schedule");
  }
}

/** After a schedule's write has committed: the dispatchers read it at once. Answers the row. */
export async function afterScheduleWrite<Row>(row: Row): Promise<Row> {
  await wakeDispatchers();
  return row;
}
