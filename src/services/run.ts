/**
 * Runs (SEMANTICS.md "Runs"): the history, and the use cases that act on a schedule's runs: pause,
 * resume (with catch-up), backfill, run now. Each answers 400 → 404 → 412 in that order, runs in one
 * transaction, raises the schedule's version, and announces the runs it made after it commits.
 */
import { randomUUID } from "node:crypto";
import { serviceClock } from "../clock";
import {
  BACKFILL_MAX,
  MISSED_COUNT_LIMIT,
  DEFAULT_CATCH_UP_WINDOW_SECONDS,
  backfillOccurrences,
  owedRuns,
  type CatchUp,
  type OwedRuns,
} from "../domain/run-plan";
import { NotFoundError, PreconditionFailedError, ProblemList, ValidationError } from "../errors";
import { log } from "../logger";
import { occurrenceAt, type Occurrence } from "../recurrence";
import { ALL_KIND_ROWS, calendarOf, scheduleKind, type KindedSchedule, type ScheduleRef, type ScheduleRow } from "../schedule-kinds";
import { UniqueViolation } from "../store/prisma-errors";
import * as deliveryStore from "../store/delivery";
import type { Delivery, OverlapPolicy } from "../store/delivery";
import * as store from "../store/run";
import { largeTransaction, transaction, type Db } from "../store/transaction";
import { decodeCursor, encodeCursor } from "./cursor";
import { announceRuns } from "./run-events";
import { findSchedule } from "./schedule";
import { wakeDeliveryWorkers, wakeDispatchers } from "./wake";

export type { RunWithSchedule, RunState, RunOrigin } from "../store/run";
export type { DeliveryAttempt } from "../store/delivery";
export type { CatchUp };

export const RUN_MESSAGES = {
  scheduleNotFound: "Schedule cannot be found",
  alreadyPaused: "Schedule is already paused",
  notPaused: "Schedule is not paused",
  backfillOrder: "until must be after after",
  backfillFuture: "until must not be in the future: runs are never made early",
  backfillTooMany: `The window holds more than ${BACKFILL_MAX} occurrences; backfill a shorter one`,
  noteLength: "note must be at most 1024 characters",
} as const;

/**
 * What a schedule's delivery makes of the runs it is given: null when it has none (or a disabled one):
 * its runs are RECORDED. Otherwise they are PENDING (due for an attempt at once), under its overlap
 * policy, counted from the schedule's `unfinished` runs (PENDING or DELIVERING) when they are made.
 */
export interface RunDelivery {
  overlapPolicy: OverlapPolicy;
  unfinished: number;
}

export function runDeliveryOf(
  delivery: Pick<Delivery, "overlapPolicy" | "disabledAt"> | null | undefined,
  unfinished = 0,
): RunDelivery | null {
  return delivery && !delivery.disabledAt ? { overlapPolicy: delivery.overlapPolicy, unfinished } : null;
}

/**
 * Runs for occurrences of one schedule, with ids chosen here (announced after the commit): SKIPPED when
 * a skipReason is given, else RECORDED without a delivery and PENDING with one (its serial flag set
 * when its overlap policy delivers one at a time).
 */
export function newRuns(
  scheduleId: string,
  occurrences: readonly Occurrence[],
  run: { origin: store.RunOrigin; skipReason?: store.RunSkipReason; originKey?: string },
  createdAt: Date,
  delivery: RunDelivery | null,
): store.NewRun[] {
  const state: store.RunState = run.skipReason ? "SKIPPED" : delivery ? "PENDING" : "RECORDED";
  return occurrences.map((occurrence) => ({
    id: randomUUID(),
    scheduleId,
    dueAt: occurrence.at,
    localDateTime: occurrence.localDateTime,
    shifted: occurrence.shifted,
    originKey: run.originKey ?? "S",
    origin: run.origin,
    state,
    skipReason: run.skipReason ?? null,
    serial: delivery !== null && delivery.overlapPolicy !== "ALLOW_ALL",
    attemptsSince: createdAt,
    nextAttemptAt: state === "PENDING" ? createdAt : null,
    createdAt,
    updatedAt: createdAt,
  }));
}

/**
 * The overlap policy applied to runs coming due, oldest first: SKIP makes one only while no other is
 * unfinished, BUFFER_ONE while at most one is (the one in progress; the new one waits); the others are
 * SKIPPED (OVERLAP). ALLOW_ALL, and no delivery, make every one.
 */
function overlapChecked(runs: store.NewRun[], delivery: RunDelivery | null): store.NewRun[] {
  if (!delivery || delivery.overlapPolicy === "ALLOW_ALL") return runs;
  const limit = delivery.overlapPolicy === "SKIP" ? 1 : 2;
  let unfinished = delivery.unfinished;
  return runs.map((run) => {
    if (unfinished < limit) {
      unfinished++;
      return run;
    }
    return { ...run, state: "SKIPPED", skipReason: "OVERLAP", nextAttemptAt: null };
  });
}

/**
 * The runs a plan makes: missed ones SKIPPED (MISSED), caught-up ones CATCH_UP, on-time ones SCHEDULED,
 * the latter two under the delivery's overlap policy.
 */
export function runsOfPlan(scheduleId: string, owed: OwedRuns, createdAt: Date, delivery: RunDelivery | null): store.NewRun[] {
  return [
    ...newRuns(scheduleId, owed.missed, { origin: "CATCH_UP", skipReason: "MISSED" }, createdAt, delivery),
    ...overlapChecked(
      [
        ...newRuns(scheduleId, owed.catchUp, { origin: "CATCH_UP" }, createdAt, delivery),
        ...newRuns(scheduleId, owed.scheduled, { origin: "SCHEDULED" }, createdAt, delivery),
      ],
      delivery,
    ),
  ];
}

/** The catch-up window of a schedule (seconds): its delivery's, else the default. */
export function catchUpWindowSeconds(delivery: Pick<Delivery, "catchUpWindowSeconds"> | null | undefined): number {
  return delivery?.catchUpWindowSeconds ?? DEFAULT_CATCH_UP_WINDOW_SECONDS;
}

export function logUnrecordedMisses(scheduleId: string, owed: OwedRuns): void {
  if (owed.missedUnrecorded > 0) {
    log.warn(
      {
        scheduleId,
        recorded: owed.missed.length,
        unrecorded: owed.missedUnrecorded,
        limitReached: owed.missedUnrecorded >= MISSED_COUNT_LIMIT,
      },
      "missed occurrences beyond the 1,000 recorded as SKIPPED (MISSED) are only counted (up to 10,000: limitReached)",
    );
  }
}

// ---- reading ----

/** A schedule's pause state (batched: every field of a page asks in the same tick, one statement). */
export function scheduleRunState(scheduleId: string): Promise<store.ScheduleRunState | null> {
  return store.findScheduleRunState(scheduleId);
}

/** The schedule of a run (null once deleted), with its kind. */
export function scheduleOfRun(run: store.RunWithSchedule): KindedSchedule | null {
  const schedule = run.schedule;
  if (!schedule) return null;
  const row = schedule[scheduleKind(schedule.kind).relation] as ScheduleRow | null | undefined;
  return row ? { kind: schedule.kind, row } : null;
}

/** The position behind an `after` string of a runs page, or null when it is not one this service made. */
export function decodeRunCursor(cursor: string): store.RunPosition | null {
  const position = decodeCursor(cursor);
  return position && { dueAt: position.at, id: position.id };
}

export interface RunPage {
  items: { run: store.RunWithSchedule; cursor: string }[];
  hasNextPage: boolean;
}

/**
 * Up to `first` runs after the cursor, newest occurrence first, optionally of one schedule and in one
 * state: the same statements whatever the page size (the runs, their schedules, their kinds' rows).
 * `schedule` is null when the id names no schedule: the page is then empty.
 */
export async function listRuns(options: {
  schedule?: ScheduleRef | null;
  state?: store.RunState | null;
  first: number;
  after: string | null;
}): Promise<RunPage> {
  if (options.schedule === null) return { items: [], hasNextPage: false };
  const after = options.after === null ? null : decodeRunCursor(options.after);
  const runs = await store.findRuns({
    filter: { scheduleId: options.schedule?.id, kind: options.schedule?.kind, state: options.state },
    after,
    take: options.first + 1,
    include: ALL_KIND_ROWS,
  });
  const items = runs.slice(0, options.first).map((run) => ({ run, cursor: encodeCursor(run.dueAt, run.id) }));
  return { items, hasNextPage: runs.length > options.first };
}

export function findRun(id: string | null): Promise<store.RunWithSchedule | null> {
  return id === null ? Promise.resolve(null) : store.findRun(id, ALL_KIND_ROWS);
}

// ---- acting ----

/** The schedule a use case acts on, or a NotFoundError (its kind's message). */
export async function existingSchedule(schedule: ScheduleRef | null): Promise<KindedSchedule> {
  const found = await findSchedule(schedule);
  if (!found) throw new NotFoundError(schedule ? scheduleKind(schedule.kind).notFound : RUN_MESSAGES.scheduleNotFound);
  return found;
}

/** Raises the version of the schedule's kind row, in the use case's transaction. */
export function raiseVersion(schedule: KindedSchedule, db: Db): Promise<unknown> {
  return store.raiseScheduleVersion(scheduleKind(schedule.kind).relation, schedule.row.id, db);
}

/** Pauses a schedule: no run is made until resumeSchedule. 404, then 412 when it is paused already. */
export async function pauseSchedule(ref: ScheduleRef | null, note: string | null | undefined): Promise<KindedSchedule> {
  if (note != null && note.length > 1024) throw ValidationError.of(["note"], RUN_MESSAGES.noteLength);
  const schedule = await existingSchedule(ref);
  const paused = await transaction(async (tx) => {
    if (!(await store.markPaused(schedule.kind, schedule.row.id, serviceClock.now(), note ?? null, tx))) return null;
    return (await raiseVersion(schedule, tx)) as ScheduleRow;
  });
  if (!paused) throw await notPausableError(ref);
  return { kind: schedule.kind, row: paused };
}

async function notPausableError(ref: ScheduleRef | null): Promise<Error> {
  const state = ref && (await store.findScheduleRunState(ref.id));
  if (!state || state.kind !== ref?.kind) return new NotFoundError(RUN_MESSAGES.scheduleNotFound);
  return new PreconditionFailedError(state.pausedAt ? RUN_MESSAGES.alreadyPaused : RUN_MESSAGES.notPaused);
}

/**
 * Resumes a paused schedule. What came due while it was paused: NONE records each as SKIPPED
 * (MISSED); LATEST makes the latest one (CATCH_UP) and records the others; ALL makes those within the
 * catch-up window and records the older ones. At most 1,000 are recorded; the rest are counted in the logs.
 */
export async function resumeSchedule(ref: ScheduleRef | null, catchUp: CatchUp): Promise<KindedSchedule> {
  const schedule = await existingSchedule(ref);
  const now = serviceClock.now();
  const result = await largeTransaction(async (tx) => {
    // A write first: on SQLite it takes the file's write lock before anything is read.
    const row = (await raiseVersion(schedule, tx)) as ScheduleRow;
    const state = await store.findScheduleRunState(schedule.row.id, tx);
    if (!state?.pausedAt) throw new PreconditionFailedError(RUN_MESSAGES.notPaused);
    const delivery = await deliveryStore.findDelivery(schedule.row.id, tx);
    const owed = owedRuns(calendarOf(schedule.kind, schedule.row), {
      from: state.runsUntil ?? state.pausedAt,
      now,
      windowMs: catchUpWindowSeconds(delivery) * 1000,
      graceMs: 0,
      catchUp,
    });
    await store.markResumed(schedule.kind, schedule.row.id, now, owed.next?.at ?? null, tx);
    const unfinished = delivery ? ((await deliveryStore.countUnfinishedRuns([schedule.row.id], tx)).get(schedule.row.id) ?? 0) : 0;
    const runs = runsOfPlan(schedule.row.id, owed, now, runDeliveryOf(delivery, unfinished));
    const made = await store.insertMissingRuns(runs, tx);
    logUnrecordedMisses(schedule.row.id, owed);
    return { row, made };
  });
  await announceRuns(result.made.map((run) => run.id));
  await wakeDeliveryWorkers(result.made);
  await wakeDispatchers();
  return { kind: schedule.kind, row: result.row };
}

export interface BackfillResult {
  created: number;
  alreadyPresent: number;
}

/**
 * Makes the runs of the occurrences in (after, until] that have none (origin BACKFILL): at most 10,000
 * occurrences, `until` not in the future. A second backfill of the same window creates nothing.
 */
export async function backfillRuns(ref: ScheduleRef | null, after: Date, until: Date): Promise<BackfillResult> {
  const problems = new ProblemList();
  if (until.getTime() <= after.getTime()) problems.add(["until"], RUN_MESSAGES.backfillOrder);
  const now = serviceClock.now();
  if (until.getTime() > now.getTime()) problems.add(["until"], RUN_MESSAGES.backfillFuture);
  problems.throwIfAny();
  const schedule = await existingSchedule(ref);
  const occurrences = backfillOccurrences(calendarOf(schedule.kind, schedule.row), after, until);
  if (occurrences === null) throw ValidationError.of(["until"], RUN_MESSAGES.backfillTooMany);
  const made = await retryingOnConflict(() =>
    largeTransaction(async (tx) => {
      await raiseVersion(schedule, tx);
      const delivery = runDeliveryOf(await deliveryStore.findDelivery(schedule.row.id, tx));
      return store.insertMissingRuns(newRuns(schedule.row.id, occurrences, { origin: "BACKFILL" }, now, delivery), tx);
    }),
  );
  await announceRuns(made.map((run) => run.id));
  await wakeDeliveryWorkers(made);
  return { created: made.length, alreadyPresent: occurrences.length - made.length };
}

/** Makes a run now (origin MANUAL), whatever the schedule's occurrences and pause. */
export async function runNow(ref: ScheduleRef | null): Promise<store.RunWithSchedule> {
  const schedule = await existingSchedule(ref);
  const now = serviceClock.now();
  const occurrence = occurrenceAt(calendarOf(schedule.kind, schedule.row), now);
  const run = await transaction(async (tx) => {
    await raiseVersion(schedule, tx);
    const delivery = runDeliveryOf(await deliveryStore.findDelivery(schedule.row.id, tx));
    const [made] = newRuns(schedule.row.id, [occurrence], { origin: "MANUAL", originKey: `M:${randomUUID()}` }, now, delivery);
    await store.insertRun(made, tx);
    return made;
  });
  await announceRuns([run.id]);
  await wakeDeliveryWorkers([run]);
  const made = await store.findRun(run.id, ALL_KIND_ROWS);
  if (!made) throw new NotFoundError(RUN_MESSAGES.scheduleNotFound);
  return made;
}

/**
 * Runs a write that inserts runs again when another process inserted one of them first (a broken
 * unique index rolled it back): the second time, those are found present and skipped.
 */
export async function retryingOnConflict<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof UniqueViolation;
}

/** Runs deleted per statement: their ids are its parameters, under SQLite's 999 (Prisma's limit). */
const RETENTION_BATCH = 500;

/** Deletes the runs older than the retention (in batches); schedules keep runsUntil, so none is made again. */
export async function deleteExpiredRuns(now: Date, retentionDays: number): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  let total = 0;
  for (;;) {
    const deleted = await store.deleteRunsCreatedBefore(before, RETENTION_BATCH);
    total += deleted;
    if (deleted < RETENTION_BATCH) return total;
  }
}

/** How many runs are in each state (for /metrics). */
export function countRunsByState(): Promise<Partial<Record<store.RunState, number>>> {
  return store.countRunsByState();
}
