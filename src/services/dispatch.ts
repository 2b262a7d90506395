/**
 * Making the runs that come due: the passes of the dispatcher (src/dispatcher.ts runs them in a loop).
 * A pass is prepared ahead of its instant and committed once the instant has come:
 *
 * 1. Prepare (`preparePass`): claim up to `batch` free schedules of the earliest instant due within the
 *    look-ahead (those due by now, the instant being now, else those due at the earliest due time ahead:
 *    an UPDATE … RETURNING that re-checks each is free), read them (only the kind tables they need) and
 *    plan each for that instant (`planSchedule`: on-time runs, catch-up runs, missed ones), until the
 *    pass holds RUNS_PER_PASS runs or has spent PLAN_BUDGET_MS (the schedules left over are given back
 *    at once, for the next pass).
 * 2. Commit (`commitPass`), never before the instant: in one transaction, settle every claim (runsUntil =
 *    the instant, nextDueAt = its next occurrence) while the claim is still ours, insert the runs that
 *    do not exist yet, and commit once the instant has come (the transaction starts just ahead of it). A claim lost meanwhile (a write, a pause, another dispatcher after the claim ran
 *    out) rolls it all back; the plans of the schedules still held are then committed without the others,
 *    whose claims someone else cleared (the next pass reads them again, on what was written).
 * 3. Announce the runs made (`announcePass`), after the commit.
 *
 * Runs are never visible before their instant: the pass's plan is for the instant (createdAt = it) and
 * its transaction begins at or after it. Exactly once comes from the Run table's unique key, not from
 * the claim: the claim only keeps two dispatchers from computing the same schedule twice.
 */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { ServiceClock } from "../clock";
import { database } from "../db";
import { SCHEDULED_GRACE_MS, owedRuns, type OwedRuns } from "../domain/run-plan";
import type { ScheduleKind } from "../generated/prisma/client";
import { log } from "../logger";
import { calendarOf, scheduleKind, type ScheduleRow } from "../schedule-kinds";
import * as deliveryStore from "../store/delivery";
import * as store from "../store/run";
import type { KindRelation } from "../store/schedule";
import { largeTransaction, type Db } from "../store/transaction";
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
  /** Between the end of the plan and the instant (a pass prepared ahead waits for it; 0 for one due already). */
  waitMs: number;
  writeMs: number;
  announceMs: number;
}

/** A pass claimed and planned, to commit once its instant has come. */
export interface PreparedPass {
  readonly token: string;
  /** The instant the pass is for: its runs are those due by then, made (createdAt) at it; committed at or after it. */
  readonly at: Date;
  readonly claimed: number;
  readonly runs: store.NewRun[];
  readonly settlements: store.Settlement[];
  readonly deferred: number;
  /** The token holds exactly the settled schedules (the others were given back): it settles them by the token alone. */
  readonly exact: boolean;
  /**
   * The schedules whose delivery takes one run at a time (overlap SKIP / BUFFER_ONE), with their plan for
   * a count of unfinished runs: the count is read again in the commit (a run may have finished since the
   * plan), and a schedule whose count changed is planned again with it.
   */
  readonly serial: Map<string, { unfinished: number; replan(unfinished: number): store.NewRun[] }>;
  /** The claims could not be read or planned and were given back: committing it makes nothing. */
  readonly failed: boolean;
  readonly phases: DispatchPhases;
}

/** Nothing to claim within the look-ahead: when the next free schedule is due (null when none is). */
export interface NothingDue {
  readonly nextDueAt: Date | null;
}

/** A claimed schedule with its kind's row, as one schedule's plan reads it. */
export interface ClaimedScheduleRow {
  id: string;
  kind: ScheduleKind;
  row: ScheduleRow;
  /** Its runs exist up to here (null: from the instant on). */
  runsUntil: Date | null;
  /** Its delivery (none: its runs are RECORDED). */
  delivery?: deliveryStore.Delivery | null;
  /** With a delivery that takes one run at a time: its runs still unfinished (PENDING or DELIVERING). */
  unfinished?: number;
}

/** One schedule's plan for an instant: the runs it owes by then, and what its claim is settled with. */
export interface SchedulePlan {
  runs: store.NewRun[];
  settlement: store.Settlement;
  owed: OwedRuns;
}

class ClaimLost extends Error {}

const noPhases = (): DispatchPhases => ({ claimMs: 0, readMs: 0, planMs: 0, waitMs: 0, writeMs: 0, announceMs: 0 });

/** Late by up to this much is still on schedule (simulated ms): a minute, or GRACE_REAL_MS of a fast clock. */
export function graceOf(clock: ServiceClock): number {
  return Math.max(SCHEDULED_GRACE_MS, GRACE_REAL_MS * clock.rate);
}

/**
 * Plans one schedule for the instant `at`: what it owes for (runsUntil, at] (made at `at`, within its
 * delivery's catch-up window and under its overlap policy), and its settlement (runs exist up to `at`,
 * due next at its first occurrence after it).
 */
export function planSchedule(schedule: ClaimedScheduleRow, at: Date, graceMs: number): SchedulePlan {
  const owed = owedRuns(calendarOf(schedule.kind, schedule.row), {
    from: schedule.runsUntil ?? at,
    now: at,
    windowMs: catchUpWindowSeconds(schedule.delivery) * 1000,
    graceMs,
    catchUp: "ALL",
  });
  // never lowered: a clock read behind the last pass's (the database's offset moved) changes nothing
  const runsUntil = schedule.runsUntil && schedule.runsUntil > at ? schedule.runsUntil : at;
  return {
    runs: runsOfPlan(schedule.id, owed, at, runDeliveryOf(schedule.delivery, schedule.unfinished)),
    settlement: { id: schedule.id, runsUntil, nextDueAt: owed.next?.at ?? null },
    owed,
  };
}

/**
 * Claims and plans the next pass: the schedules due by now, or (`lookaheadMs` real ms ahead at most)
 * those of the earliest instant coming. Answers the pass, or when the next schedule is due.
 */
export async function preparePass(clock: ServiceClock, batch: number, lookaheadMs: number): Promise<PreparedPass | NothingDue> {
  const now = clock.now();
  const token = randomUUID();
  const phases = noPhases();
  let mark = performance.now();
  const lap = (phase: keyof DispatchPhases) => {
    const at = performance.now();
    phases[phase] = at - mark;
    mark = at;
  };
  const horizon = new Date(now.getTime() + lookaheadMs * clock.rate);
  const claim = await store.claimNextDue(now, horizon, token, new Date(now.getTime() + CLAIM_MS * clock.rate), batch);
  lap("claimMs");
  if (claim.at === null) return { nextDueAt: claim.nextDueAt };
  // another dispatcher took them between the read and the claim: what is due next is read again
  if (claim.schedules.length === 0) return { nextDueAt: claim.at };
  const at = claim.at;
  const claimed = claim.schedules.length;
  try {
    // only the kind tables these schedules need
    const include: { [R in KindRelation]?: true } = {};
    for (const { kind } of claim.schedules) include[scheduleKind(kind).relation] = true;
    const read = await store.findSchedulesById(
      claim.schedules.map((schedule) => schedule.id),
      include,
    );
    const rows = new Map(
      read.map((schedule) => [schedule.id, schedule[scheduleKind(schedule.kind).relation] as ScheduleRow | null | undefined]),
    );
    // Their deliveries, and for those that deliver one at a time, how many runs each has unfinished.
    const deliveries = await deliveryStore.findDeliveries(rows.size > 0 ? [...rows.keys()] : []);
    const serialIds = [...deliveries.values()].filter((d) => d.overlapPolicy !== "ALLOW_ALL").map((d) => d.scheduleId);
    const unfinished = await countUnfinished(serialIds);
    // a schedule without its kind's row (not deleted: the row is missing) keeps its claim until it runs out, unsettled
    let exact = [...rows.values()].every((row) => row);
    lap("readMs");
    const graceMs = graceOf(clock);
    const runs: store.NewRun[] = [];
    const settlements: store.Settlement[] = [];
    const planned = new Set<string>();
    const serial: PreparedPass["serial"] = new Map();
    const planningEnds = performance.now() + PLAN_BUDGET_MS;
    for (const schedule of claim.schedules) {
      if (performance.now() > planningEnds || runs.length >= RUNS_PER_PASS) break;
      planned.add(schedule.id);
      const row = rows.get(schedule.id);
      // deleted since the claim: nothing to settle (its claim went with it)
      if (!row) continue;
      const delivery = deliveries.get(schedule.id) ?? null;
      const claimed = { ...schedule, row, delivery, unfinished: unfinished.get(schedule.id) ?? 0 };
      const plan = planSchedule(claimed, at, graceMs);
      for (const run of plan.runs) runs.push(run);
      if (delivery && delivery.overlapPolicy !== "ALLOW_ALL")
        serial.set(schedule.id, {
          unfinished: claimed.unfinished,
          replan: (count) => planSchedule({ ...claimed, unfinished: count }, at, graceMs).runs,
        });
      settlements.push(plan.settlement);
      logUnrecordedMisses(schedule.id, plan.owed);
    }
    lap("planMs");
    // The schedules left unplanned are given back now, for the next pass (if that fails, their claims run out after CLAIM_MS).
    const unplanned = claim.schedules.filter((schedule) => !planned.has(schedule.id)).map((schedule) => schedule.id);
    if (unplanned.length > 0)
      await store.releaseClaims(token, unplanned).catch(() => {
        exact = false;
      });
    return { token, at, claimed, runs, settlements, deferred: unplanned.length, exact, serial, failed: false, phases };
  } catch (error) {
    log.warn({ err: error }, "a dispatch pass failed; its schedules are read again");
    await store.releaseClaims(token).catch(() => {});
    return { token, at, claimed, runs: [], settlements: [], deferred: 0, exact: false, serial: new Map(), failed: true, phases };
  }
}

/** Until the clock reads `at` (at once when it does). */
async function untilInstant(clock: ServiceClock, at: Date): Promise<void> {
  for (let wait = clock.delayUntil(at); wait > 0; wait = clock.delayUntil(at)) await sleep(wait);
}

/**
 * Commits prepared passes of one instant (those the dispatcher has ready for it): in one transaction,
 * settles their claims and inserts their runs, then (if that took less) waits for the instant before
 * committing, so their runs are never visible before it. Where the database isolates transactions
 * (PostgreSQL) the dispatcher starts it a little ahead (about as long as such a write takes: the
 * transaction holds its rows for no longer than a write takes), so that the commit lands at the
 * instant. On SQLite the process has one connection, and every other statement of the process waits
 * for the transaction in progress (src/engines/sqlite-adapter.ts): begun ahead, it would hold them all
 * for as long: there it begins at the instant. One transaction for the whole instant,
 * not one per pass: 10,000 schedules due at once are one write and one commit. Answers what it made.
 */
export async function commitPasses(clock: ServiceClock, passes: readonly PreparedPass[]): Promise<DispatchPass> {
  const at = passes[0].at;
  if (passes.some((pass) => pass.at.getTime() !== at.getTime())) throw new RangeError("passes of one instant only");
  const claimed = passes.reduce((sum, pass) => sum + pass.claimed, 0);
  const deferred = passes.reduce((sum, pass) => sum + pass.deferred, 0);
  const phases = noPhases();
  for (const pass of passes) for (const phase of ["claimMs", "readMs", "planMs"] as const) phases[phase] += pass.phases[phase];
  const live = passes.filter((pass) => !pass.failed);
  if (live.length === 0) return { claimed, runs: [], lost: true, deferred: 0, phases };
  const waitStarted = performance.now();
  if (!database.isolatesTransactions) await untilInstant(clock, at);
  const started = performance.now();
  /** Waited for the instant: before the transaction (SQLite), and within it once its write was done. */
  let waited = started - waitStarted;
  const inTransaction = () => waited - (started - waitStarted);
  /** Each pass with what of it is committed: all of it, or (after a lost claim) the schedules it still holds. */
  type Part = { pass: PreparedPass; settlements: store.Settlement[]; runs: store.NewRun[] };
  const write = (parts: Part[]) =>
    largeTransaction(async (tx) => {
      // The settling writes come first: on SQLite they take the file's write lock before anything is read.
      for (const { pass, settlements } of parts)
        if ((await store.settleClaims(pass.token, settlements, tx, pass.exact)) < settlements.length) throw new ClaimLost();
      const runs: store.NewRun[] = [];
      for (const { pass, runs: planned } of parts) for (const run of await withCurrentOverlap(pass, planned, tx)) runs.push(run);
      const made = await store.insertMissingRuns(runs, tx);
      // never before the instant: the transaction commits once the clock reads it
      const waitStarted = performance.now();
      await untilInstant(clock, at);
      waited += performance.now() - waitStarted;
      return made;
    });
  const finish = (runs: store.NewRun[], lost: boolean): DispatchPass => {
    phases.waitMs = waited;
    phases.writeMs = performance.now() - started - inTransaction();
    return { claimed, runs, lost, deferred: lost ? 0 : deferred, phases };
  };
  try {
    try {
      return finish(await write(live.map((pass) => ({ pass, settlements: pass.settlements, runs: pass.runs }))), false);
    } catch (error) {
      if (!(error instanceof ClaimLost)) throw error;
      // Rolled back: some claims were cleared (a write, a pause, a delete) or ran out. The plans of the
      // schedules still held stand (nothing changed them while held): those commit now, the others are
      // read again by a later pass.
      const parts: Part[] = [];
      for (const pass of live) {
        const held = await store.heldClaims(pass.token);
        parts.push({
          pass,
          settlements: pass.settlements.filter((settlement) => held.has(settlement.id)),
          runs: pass.runs.filter((run) => held.has(run.scheduleId)),
        });
      }
      return finish(await write(parts), false);
    }
  } catch (error) {
    if (!(error instanceof ClaimLost)) log.warn({ err: error }, "a dispatch pass failed; its schedules are read again");
    // Given back at once; if even that fails, the claims run out after CLAIM_MS.
    for (const pass of live) await store.releaseClaims(pass.token).catch(() => {});
    return finish([], true);
  }
}

/** Commits one prepared pass (commitPasses with it alone). */
export function commitPass(clock: ServiceClock, pass: PreparedPass): Promise<DispatchPass> {
  return commitPasses(clock, [pass]);
}

/** Unfinished runs per schedule, 500 schedules per statement (Prisma's limit of 999 bound values on SQLite). */
async function countUnfinished(scheduleIds: string[], db?: Db): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let i = 0; i < scheduleIds.length; i += 500)
    for (const [id, count] of await deliveryStore.countUnfinishedRuns(scheduleIds.slice(i, i + 500), db)) counts.set(id, count);
  return counts;
}

/**
 * The runs of a pass with the overlap policies applied to the unfinished runs counted now (in the commit's
 * transaction): a schedule whose count changed since its plan (a run finished, or another was made) is
 * planned again with it.
 */
async function withCurrentOverlap(pass: PreparedPass, runs: store.NewRun[], tx: Db): Promise<store.NewRun[]> {
  if (pass.serial.size === 0) return runs;
  const scheduleIds = new Set(runs.map((run) => run.scheduleId));
  const ids = [...pass.serial.keys()].filter((id) => scheduleIds.has(id));
  const counts = await countUnfinished(ids, tx);
  const changed = new Map<string, store.NewRun[]>();
  for (const id of ids) {
    const serial = pass.serial.get(id)!;
    const count = counts.get(id) ?? 0;
    if (count !== serial.unfinished) changed.set(id, serial.replan(count));
  }
  if (changed.size === 0) return runs;
  return [...runs.filter((run) => !changed.has(run.scheduleId)), ...[...changed.values()].flat()];
}

/** Gives a prepared pass's claims back uncommitted (the dispatcher stopping, or giving up on it). */
export async function abandonPass(pass: PreparedPass): Promise<void> {
  if (!pass.failed) await store.releaseClaims(pass.token).catch(() => {});
}

/** Announces the runs a committed pass made (after its commit). */
export async function announcePass(pass: DispatchPass): Promise<void> {
  const started = performance.now();
  await announceRuns(pass.runs.map((run) => run.id));
  pass.phases.announceMs = performance.now() - started;
}

/** One pass of the schedules due now, committed and announced at once (tests, profiles). */
export async function dispatchDue(clock: ServiceClock, batch: number): Promise<DispatchPass> {
  const prepared = await preparePass(clock, batch, 0);
  if (!("token" in prepared)) return { claimed: 0, runs: [], lost: false, deferred: 0, phases: noPhases() };
  const pass = await commitPass(clock, prepared);
  await announcePass(pass);
  return pass;
}
