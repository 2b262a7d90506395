/**
 * The dispatcher: in every `npm start` process (DISPATCH=off leaves it out), it makes each run at its
 * instant. A timer is armed for LOOKAHEAD_MS before the earliest due time of any schedule, never later
 * than POLL_MS away (the safety net for due times written by other processes); a write in any instance
 * announces a nearer due time on the database's channel (LISTEN/NOTIFY on PostgreSQL), which re-arms it
 * at once.
 *
 * A cycle prepares passes (services/dispatch.ts: claim, read, plan) for the instants coming within the
 * look-ahead, as many as can be ready before the first of them, then commits the passes of that instant
 * together once it has come (one transaction: the runs of 10,000 schedules due at one instant are one
 * commit, not ten), announces them, and prepares again; schedules already due are a pass committed at once.
 * `stop()` lets the commit under way finish (its transaction commits or rolls back: a run is made or left
 * for the next process, never half-made), gives back the claims of passes not committed, then arms
 * nothing more.
 */
import type { ServiceClock } from "./clock";
import { database } from "./db";
import { log } from "./logger";
import { observeRunsMade } from "./metrics";
import { abandonPass, announcePass, commitPasses, preparePass, type DispatchPass, type PreparedPass } from "./services/dispatch";
import { deleteExpiredRuns } from "./services/run";
import { SCHEDULES_DUE_CHANNEL } from "./services/wake";
import { startWakeLoop } from "./wake-loop";

/** The longest the dispatcher sleeps (real ms). */
export const POLL_MS = 1000;
/**
 * Schedules per pass: 1,000 due at one instant make one transaction (committed at the instant), and a
 * pass's fixed cost (a claim, a read, a transaction: ~100 ms of Prisma's per-statement work on a busy
 * machine) is shared by as many; RUNS_PER_PASS and the plan budget still bound a pass after a downtime.
 */
export const BATCH = 1000;
/**
 * How far ahead of an instant (real ms) its schedules are claimed and planned: ten passes' worth and
 * their write (10,000 schedules due at once: about 2.5 s of preparing and 1.2 s of writing on PostgreSQL
 * on a 2-core machine), within CLAIM_MS (a claim taken this early still holds until seconds after its
 * commit).
 */
export const LOOKAHEAD_MS = 5000;
/**
 * The most runs one commit writes: the passes of one instant commit in one transaction (a commit's
 * fixed cost, its write and its wait for the instant, are paid once), up to this many (a larger instant
 * is several commits, one after the other).
 */
export const COMMIT_RUNS = 20_000;
/** A pass is prepared ahead only if the last preparations suggest it is ready this long (real ms) before the instant it would delay. */
const PREPARE_MARGIN_MS = 20;
/**
 * How far ahead of its instant (real ms) a commit's transaction may start at most: it writes, then waits
 * for the instant to commit, so the commit lands at the instant. It starts about as long before it as the
 * write should take, reckoned from the last writes (real ms per run, the slowest of the last few), so a
 * write that waits holds its rows (the claimed schedules' and the new runs') hardly longer than a write
 * does: an API write to one of those schedules waits for the commit, at most this long.
 */
const WRITE_LEAD_MAX_MS = 2000;
/** A write's cost before its first run, and per run until one has been measured (real ms: PostgreSQL's on a busy machine). */
const WRITE_FIXED_MS = 10;
const WRITE_PER_RUN_MS = 0.3;
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
  let failures = 0;
  /** Ends the cycle's wait for its next instant early (a nearer due time was announced, or stop). */
  let interrupt: (() => void) | null = null;
  /** The last few preparations (real ms each) and writes (real ms per run): the slowest of them is the estimate. */
  const preparations: number[] = [];
  const writes: number[] = [];
  const recent = (list: number[], ms: number) => {
    list.push(ms);
    if (list.length > 5) list.shift();
  };
  const preparationMs = () => (preparations.length === 0 ? 0 : Math.max(...preparations));
  /** The prepared passes of the first instant: they commit together (at most COMMIT_RUNS runs, and at least one pass). */
  const firstInstant = (ready: PreparedPass[]) => {
    const group: PreparedPass[] = [];
    let runs = 0;
    for (const pass of ready) {
      if (pass.at.getTime() !== ready[0].at.getTime() || (group.length > 0 && runs + pass.runs.length > COMMIT_RUNS)) break;
      group.push(pass);
      runs += pass.runs.length;
    }
    return { group, runs };
  };
  /** How long before their instant the passes' write should start: as long as it should take (on SQLite, at the instant: see commitPasses). */
  const writeLead = (runs: number) => {
    if (!database.isolatesTransactions) return 0;
    const perRun = writes.length === 0 ? WRITE_PER_RUN_MS : Math.max(...writes);
    return Math.min(WRITE_LEAD_MAX_MS, WRITE_FIXED_MS + perRun * runs);
  };
  /** Real ms until the transaction of the first prepared instant should start. */
  const untilCommit = (ready: PreparedPass[]) => clock.delayUntil(ready[0].at) - writeLead(firstInstant(ready).runs);

  const measureClock = async () => {
    if (clock.simulated) return;
    try {
      clock.setDatabaseOffset(await database.clockOffsetMs());
    } catch (error) {
      log.warn({ err: error }, "could not read the database's clock");
    }
  };
  await measureClock();

  // A wake during a cycle (a nearer due time announced) ends its wait, and it prepares again.
  const loop = startWakeLoop(() => cycle(), { pollMs: POLL_MS, onWakeWhileRunning: () => interrupt?.() });
  /** Arms the timer to prepare the passes of an instant: LOOKAHEAD_MS before it. */
  const armFor = (at: Date | null) => loop.arm(at ? clock.delayUntil(at) - LOOKAHEAD_MS : POLL_MS);

  /** For `ms` real ms, or until the wait is interrupted. */
  const waitFor = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(waiting);
        interrupt = null;
        resolve();
      };
      const waiting = setTimeout(done, Math.max(0, ms));
      interrupt = done;
    });

  const cycle = async () => {
    /** Prepared passes, by instant. */
    const ready: PreparedPass[] = [];
    /** Nothing more is due within the look-ahead (until a commit moves it on, or a nearer due time is announced). */
    let exhausted = false;
    let next: Date | null = null;
    try {
      while (!loop.stopping) {
        if (loop.takeWake()) exhausted = false;
        // 1. Commit the passes whose instant has come (starting the first a write's time ahead), then announce their runs.
        if (ready.length > 0 && untilCommit(ready) <= 0) {
          const committed: DispatchPass[] = [];
          while (ready.length > 0 && untilCommit(ready) <= 0 && !loop.stopping) {
            const { group } = firstInstant(ready);
            ready.splice(0, group.length);
            const result = await commitPasses(clock, group);
            observeRunsMade(result.runs, clock.now(), clock.rate);
            if (result.runs.some((run) => run.state === "PENDING")) onRunsToDeliver?.();
            // per run, from the writes large enough to tell
            if (!result.lost && result.runs.length >= 100)
              recent(writes, Math.max(0, result.phases.writeMs - WRITE_FIXED_MS) / result.runs.length);
            committed.push(result);
          }
          for (const result of committed) await announcePass(result);
          if (committed.some((result) => result.lost)) failures++;
          else failures = 0;
          if (failures > 0) break;
          exhausted = false;
          continue;
        }
        // 2. Prepare another pass if it can be ready before the first prepared instant.
        const fits = ready.length === 0 || untilCommit(ready) > preparationMs() * 1.5 + PREPARE_MARGIN_MS;
        if (!exhausted && fits) {
          const started = performance.now();
          const prepared = await preparePass(clock, BATCH, LOOKAHEAD_MS);
          if ("token" in prepared && prepared.failed) {
            // its claims were given back; the others wait for the next cycle (after a back-off)
            failures++;
            break;
          }
          if ("token" in prepared) {
            recent(preparations, performance.now() - started);
            let i = ready.length;
            while (i > 0 && ready[i - 1].at > prepared.at) i--;
            ready.splice(i, 0, prepared);
          } else {
            exhausted = true;
            next = prepared.nextDueAt;
          }
          continue;
        }
        // 3. Wait for the first prepared instant (or for a nearer due time announced meanwhile).
        if (ready.length === 0) break;
        await waitFor(untilCommit(ready));
      }
      if (loop.stopping) return;
      if (failures > 0) {
        loop.arm(Math.min(POLL_MS, 50 * 2 ** Math.min(failures, 5)));
        return;
      }
      armFor(next);
    } catch (error) {
      log.error({ err: error }, "the dispatcher could not read the schedules; trying again in a second");
      loop.arm(POLL_MS);
    } finally {
      // Passes not committed (stopping, or a failure): their claims are given back.
      for (const left of ready) await abandonPass(left);
    }
  };

  const unsubscribe = await database.subscribe(SCHEDULES_DUE_CHANNEL, (payload) => {
    const at = new Date(payload);
    if (Number.isNaN(at.getTime())) loop.arm(0);
    else armFor(at);
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
  loop.wake();

  return {
    async stop() {
      const stopped = loop.stop();
      interrupt?.();
      clearInterval(clockTimer);
      clearInterval(retentionTimer);
      unsubscribe();
      await stopped;
    },
  };
}
