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

/** The channel that announces runs due for a delivery attempt (made by runNow, a backfill, a resume, retryRun). */
export const DELIVERIES_DUE_CHANNEL = "deliveries_due";

/** After runs were made or retried: if any waits for an attempt, every delivery worker (in any instance) looks at once. */
export async function wakeDeliveryWorkers(runs: readonly { state: string }[]): Promise<void> {
  if (!runs.some((run) => run.state === "PENDING")) return;
  try {
    await database.publish(DELIVERIES_DUE_CHANNEL, "");
  } catch (error) {
    // Their poll finds them within a second anyway.
    log.warn({ err: error }, "could not announce runs due for delivery");
  }
}
