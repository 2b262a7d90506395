/**
 * Making the runs that came due: one pass of the dispatcher (src/dispatcher.ts runs it in a loop).
 *
 * 1. Claim up to `batch` due schedules (an UPDATE … RETURNING that re-checks each is free).
 * 2. Compute, with the engine, what each owes for (runsUntil, now]: on-time runs, catch-up runs, missed ones,
 *    until the pass holds RUNS_PER_PASS runs (the schedules left over are given back for the next pass).
 * 3. In one transaction: settle every claim (runsUntil = now, nextDueAt = its next occurrence) while the
 *    claim is still ours, and insert the runs that do not exist yet. A claim lost meanwhile (a write, a
 *    pause, another dispatcher after the claim ran out) or a run inserted by someone else rolls it all
 *    back; the claims are given back and the next pass reads those schedules again.
 *
 * Exactly once comes from the Run table's unique key, not from the claim: the claim only keeps two
 * dispatchers from computing the same schedule twice.
 */
import { randomUUID } from "node:crypto";
import type { ServiceClock } from "../clock";
import { SCHEDULED_GRACE_MS, owedRuns } from "../domain/run-plan";
import { log } from "../logger";
import { ALL_KIND_ROWS, calendarOf, scheduleKind, type ScheduleRow } from "../schedule-kinds";
import * as deliveryStore from "../store/delivery";
import * as store from "../store/run";
import { largeTransaction } from "../store/transaction";
import { announceRuns } from "./run-events";
import { catchUpWindowSeconds, logUnrecordedMisses, runDeliveryOf, runsOfPlan } from "./run";

/** How long a claim holds (real ms): far longer than a pass takes; a crashed dispatcher's claims free up after it. */
export const CLAIM_MS = 10_000;
/** Real seconds of lateness that still count as on schedule under a fast simulated clock. */
const GRACE_REAL_MS = 5_000;
/**
 * The most CPU one pass spends planning (real ms): after a long downtime a schedule's plan costs
 * milliseconds (its misses are read and counted), so a pass plans what fits, settles those, and gives
 * the other claims back for the next pass; the API is never blocked for longer, and no claim outlives
 * its pass.
 */
const PLAN_BUDGET_MS = 200;
/**
 * Runs one pass writes at most (plus those of the schedule that crosses it): after a long downtime each
 * schedule brings up to ~1,060 (1,000 MISSED + an hour of catch-up), so 500 claimed schedules would make
 * one transaction of half a million rows. The schedules beyond it are given back, due at once, for the
 * next pass.
 */
export const RUNS_PER_PASS = 2_000;

export interface DispatchPass {
  /** Schedules claimed. */
  claimed: number;
  /** Runs made. */
  runs: store.NewRun[];
  /** Whether the claims were lost and given back (the next pass reads them again). */
  lost: boolean;
  /** Where the pass spent its time (real ms): claim, read of the schedules, plan, the transaction, announcing. */
  phases: DispatchPhases;
  /** Claimed schedules given back unplanned, the pass having reached RUNS_PER_PASS (due at once). */
  deferred: number;
}

export interface DispatchPhases {
  claimMs: number;
  readMs: number;
  planMs: number;
  writeMs: number;
  announceMs: number;
}

class ClaimLost extends Error {}

export async function dispatchDue(clock: ServiceClock, batch: number): Promise<DispatchPass> {
  const now = clock.now();
  const token = randomUUID();
  const phases: DispatchPhases = { claimMs: 0, readMs: 0, planMs: 0, writeMs: 0, announceMs: 0 };
  let mark = performance.now();
  const lap = (phase: keyof DispatchPhases) => {
    const at = performance.now();
    phases[phase] = at - mark;
    mark = at;
  };
  const claims = await store.claimDueSchedules(now, token, new Date(now.getTime() + CLAIM_MS * clock.rate), batch);
  lap("claimMs");
  if (claims.length === 0) return { claimed: 0, runs: [], lost: false, deferred: 0, phases };
  try {
    const ids = claims.map((claim) => claim.id);
    const schedules = await store.findSchedulesById(ids, ALL_KIND_ROWS);
    // Their deliveries, and for those that deliver one at a time, how many runs each has unfinished.
    const deliveries = await deliveryStore.findDeliveries(ids);
    const serial = [...deliveries.values()].filter((d) => d.overlapPolicy !== "ALLOW_ALL").map((d) => d.scheduleId);
    const unfinished = await deliveryStore.countUnfinishedRuns(serial);
    lap("readMs");
    const graceMs = Math.max(SCHEDULED_GRACE_MS, GRACE_REAL_MS * clock.rate);
    const runs: store.NewRun[] = [];
    const next: store.Settlement[] = [];
    const claimById = new Map(claims.map((claim) => [claim.id, claim]));
    const planningEnds = performance.now() + PLAN_BUDGET_MS;
    for (const schedule of schedules) {
      if (performance.now() > planningEnds || runs.length >= RUNS_PER_PASS) break;
      const row = schedule[scheduleKind(schedule.kind).relation] as ScheduleRow | null | undefined;
      const claim = claimById.get(schedule.id);
      if (!row || !claim) continue;
      const delivery = deliveries.get(schedule.id);
      const owed = owedRuns(calendarOf(schedule.kind, row), {
        from: claim.runsUntil ?? now,
        now,
        windowMs: catchUpWindowSeconds(delivery) * 1000,
        graceMs,
        catchUp: "ALL",
      });
      for (const run of runsOfPlan(schedule.id, owed, now, runDeliveryOf(delivery, unfinished.get(schedule.id)))) runs.push(run);
      // never lowered: a clock read behind the last pass's (the database's offset moved) changes nothing
      const runsUntil = claim.runsUntil && claim.runsUntil > now ? claim.runsUntil : now;
      next.push({ id: schedule.id, runsUntil, nextDueAt: owed.next?.at ?? null });
      logUnrecordedMisses(schedule.id, owed);
    }
    lap("planMs");
    // createdAt stays the pass's `now`, the instant the plan was made for (runs due by then), so a run
    // says which plan made it; how late its commit came is what /metrics measures (observeRunsMade).
    const made = await largeTransaction(async (tx) => {
      // The settling writes come first: on SQLite they take the file's write lock before anything is read.
      if ((await store.settleClaims(token, next, tx)) < next.length) throw new ClaimLost();
      return store.insertMissingRuns(runs, tx);
    });
    lap("writeMs");
    const deferred = claims.length - next.length;
    // The settled schedules hold no claim any more: this gives back only those left unplanned (if it
    // fails, their claims run out after CLAIM_MS).
    if (deferred > 0) await store.releaseClaims(token).catch(() => {});
    await announceRuns(made.map((run) => run.id));
    lap("announceMs");
    return { claimed: claims.length, runs: made, lost: false, deferred, phases };
  } catch (error) {
    if (!(error instanceof ClaimLost)) log.warn({ err: error }, "a dispatch pass failed; its schedules are read again");
    // Given back at once; if even that fails, the claims run out after CLAIM_MS.
    await store.releaseClaims(token).catch(() => {});
    return { claimed: claims.length, runs: [], lost: true, deferred: 0, phases };
  }
}
