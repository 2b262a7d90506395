/**
 * The dispatcher: in every `npm start` process (DISPATCH=off leaves it out), it makes each run at its
 * instant. A timer is armed for the earliest due time of any schedule, never later than POLL_MS away
 * (the safety net for due times written by other processes); a write in any instance announces a
 * nearer due time on the database's channel (LISTEN/NOTIFY on PostgreSQL), which re-arms it at once.
 *
 * Passes (services/dispatch.ts) follow one another while they find full batches. `stop()` lets the
 * pass under way finish (its transaction commits or rolls back: a run is made or left for the next
 * process, never half-made), then arms nothing more.
 */
import type { ServiceClock } from "./clock";
import { database } from "./db";
import { log } from "./logger";
import { observeRunsMade } from "./metrics";
import { dispatchDue } from "./services/dispatch";
import { deleteExpiredRuns } from "./services/run";
import { SCHEDULES_DUE_CHANNEL } from "./services/wake";
import { earliestDueAt } from "./store/run";

/** The longest the dispatcher sleeps (real ms). */
export const POLL_MS = 1000;
/** Schedules per pass. */
export const BATCH = 500;
/** How often the database's clock offset is measured, and old runs are deleted (real ms). */
const CLOCK_EVERY_MS = 60_000;
const RETENTION_EVERY_MS = 3_600_000;

export interface Dispatcher {
  stop(): Promise<void>;
}

export interface DispatcherOptions {
  clock: ServiceClock;
  retentionDays: number;
  /** Called after a pass made runs due for a delivery attempt (the process's delivery worker takes them at once). */
  onRunsToDeliver?: () => void;
}

export async function startDispatcher({ clock, retentionDays, onRunsToDeliver }: DispatcherOptions): Promise<Dispatcher> {
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let armedFor = Number.POSITIVE_INFINITY;
  let pass: Promise<void> | null = null;
  let again = false;
  let failures = 0;

  const measureClock = async () => {
    if (clock.simulated) return;
    try {
      clock.setDatabaseOffset(await database.clockOffsetMs());
    } catch (error) {
      log.warn({ err: error }, "could not read the database's clock");
    }
  };
  await measureClock();

  const arm = (realDelayMs: number) => {
    if (stopping) return;
    const delay = Math.max(0, Math.min(realDelayMs, POLL_MS));
    const at = Date.now() + delay;
    if (timer && at >= armedFor) return;
    if (timer) clearTimeout(timer);
    armedFor = at;
    timer = setTimeout(run, delay);
  };

  const cycle = async () => {
    try {
      let full = true;
      while (full && !stopping) {
        const result = await dispatchDue(clock, BATCH);
        observeRunsMade(result.runs, clock.now(), clock.rate);
        if (result.runs.some((run) => run.state === "PENDING")) onRunsToDeliver?.();
        full = result.claimed === BATCH || result.lost || result.deferred > 0;
        if (result.lost) failures++;
        else failures = 0;
        if (failures > 0) break;
      }
      if (stopping) return;
      if (failures > 0) {
        arm(Math.min(POLL_MS, 50 * 2 ** Math.min(failures, 5)));
        return;
      }
      const next = await earliestDueAt(clock.now());
      arm(next ? clock.delayUntil(next) : POLL_MS);
    } catch (error) {
      log.error({ err: error }, "the dispatcher could not read the schedules; trying again in a second");
      arm(POLL_MS);
    }
  };

  function run() {
    timer = null;
    armedFor = Number.POSITIVE_INFINITY;
    if (stopping) return;
    if (pass) {
      again = true;
      return;
    }
    pass = cycle().finally(() => {
      pass = null;
      if (again && !stopping) {
        again = false;
        run();
      }
    });
  }

  const unsubscribe = await database.subscribe(SCHEDULES_DUE_CHANNEL, (payload) => {
    const at = new Date(payload);
    arm(Number.isNaN(at.getTime()) ? 0 : clock.delayUntil(at));
  });
  const clockTimer = setInterval(measureClock, CLOCK_EVERY_MS);
  const retention = async () => {
    try {
      const deleted = await deleteExpiredRuns(clock.now(), retentionDays);
      if (deleted > 0) log.info({ deleted, retentionDays }, "deleted expired runs");
    } catch (error) {
      log.warn({ err: error }, "could not delete expired runs");
    }
  };
  const retentionTimer = setInterval(retention, RETENTION_EVERY_MS);
  void retention();
  run();

  return {
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      clearInterval(clockTimer);
      clearInterval(retentionTimer);
      unsubscribe();
      await pass;
    },
  };
}
