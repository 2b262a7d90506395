/**
 * Deliveries (a schedule's webhook) and the delivery state of runs. Every guarantee is a conditional
 * write here: a run is taken for an attempt by an UPDATE that re-checks that it is due and free; an
 * attempt's outcome is applied to its run only while the run's attemptCount is still that attempt's
 * number (the fencing counter), so a worker whose lease ran out can never overwrite a newer attempt.
 */
import { Prisma, type Delivery, type DeliveryAttempt, type OverlapPolicy, type RunState } from "../generated/prisma/client";
import { database, prisma } from "../db";
import type { Db } from "./transaction";

export type { Delivery, DeliveryAttempt, OverlapPolicy };

/** What a client sets of a delivery. */
export interface DeliverySettings {
  url: string;
  overlapPolicy: OverlapPolicy;
  catchUpWindowSeconds: number;
  maxAttempts: number;
}

/** A run is unfinished from when it is made (PENDING) until it is DELIVERED or FAILED. */
const UNFINISHED: RunState[] = ["PENDING", "DELIVERING"];

// ---- deliveries ----

/** A schedule's delivery (batched: every field of a page asks in the same tick, one statement). */
export function findDelivery(scheduleId: string, db: Db = prisma): Promise<Delivery | null> {
  return db.delivery.findUnique({ where: { scheduleId } });
}

/** The deliveries of these schedules, by schedule id (a dispatch pass reads those of its claims). */
export async function findDeliveries(scheduleIds: string[], db: Db = prisma): Promise<Map<string, Delivery>> {
  const rows = await db.delivery.findMany({ where: { scheduleId: { in: scheduleIds } } });
  return new Map(rows.map((row) => [row.scheduleId, row]));
}

/** Makes a schedule's delivery with its sealed secret. */
export function createDelivery(scheduleId: string, settings: DeliverySettings, sealedSecret: string, db: Db = prisma): Promise<Delivery> {
  return db.delivery.create({ data: { scheduleId, ...settings, sealedSecret } });
}

/** Changes a delivery's settings and enables it again (a 410 had disabled it); null when it has none. */
export async function updateDelivery(scheduleId: string, settings: DeliverySettings, db: Db = prisma): Promise<Delivery | null> {
  const { count } = await db.delivery.updateMany({ where: { scheduleId }, data: { ...settings, disabledAt: null, disabledReason: null } });
  return count === 0 ? null : db.delivery.findUnique({ where: { scheduleId } });
}

/** Replaces a delivery's sealed secret; null when the schedule has no delivery. */
export async function replaceSecret(scheduleId: string, sealedSecret: string, db: Db = prisma): Promise<Delivery | null> {
  const { count } = await db.delivery.updateMany({ where: { scheduleId }, data: { sealedSecret } });
  return count === 0 ? null : db.delivery.findUnique({ where: { scheduleId } });
}

/** Removes a schedule's delivery: its runs waiting for an attempt become RECORDED. */
export async function deleteDelivery(scheduleId: string, at: Date, db: Db = prisma): Promise<void> {
  await db.delivery.deleteMany({ where: { scheduleId } });
  await db.run.updateMany({ where: { scheduleId, state: "PENDING" }, data: { state: "RECORDED", nextAttemptAt: null, updatedAt: at } });
}

/** Disables the deliveries of these schedules (their receivers answered 410 Gone). */
export async function disableDeliveries(scheduleIds: string[], at: Date, reason: string, db: Db = prisma): Promise<void> {
  if (scheduleIds.length === 0) return;
  await db.delivery.updateMany({ where: { scheduleId: { in: scheduleIds } }, data: { disabledAt: at, disabledReason: reason } });
}

/** How many unfinished runs each of these schedules has (what the overlap policies decide on). */
export async function countUnfinishedRuns(scheduleIds: string[], db: Db = prisma): Promise<Map<string, number>> {
  if (scheduleIds.length === 0) return new Map();
  const groups = await db.run.groupBy({
    by: ["scheduleId"],
    where: { scheduleId: { in: scheduleIds }, state: { in: UNFINISHED } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.scheduleId as string, group._count._all]));
}

// ---- taking runs for an attempt ----

/** A run taken for an attempt: `number` is the attempt's, and the fencing value its outcome is applied with. */
export interface TakenRun {
  id: string;
  number: number;
  attemptsBefore: number;
  attemptsSince: Date | null;
  createdAt: Date;
}

/** A run taken for an attempt that cannot be made (no delivery any more, a disabled one, too old), and why. */
export interface Unattemptable {
  id: string;
  number: number;
  reason: string;
}

interface Candidate {
  id: string;
  scheduleId: string | null;
  dueAt: Date;
  serial: boolean;
  state: RunState;
  attemptCount: number;
  attemptStartedAt: Date | null;
}

const CANDIDATE_SELECT = {
  id: true,
  scheduleId: true,
  dueAt: true,
  serial: true,
  state: true,
  attemptCount: true,
  attemptStartedAt: true,
} as const;

/**
 * The runs due for an attempt, up to `take`; each kind read with its own index. Those whose lease ran
 * out (DELIVERING: a worker stopped or stalled mid-attempt) come first: they are the oldest, and behind
 * a backlog of PENDING runs that fills every batch they would otherwise wait until the backlog is gone.
 */
async function findCandidates(now: Date, take: number): Promise<Candidate[]> {
  const abandoned = await prisma.run.findMany({
    where: { state: "DELIVERING", leaseUntil: { lt: now } },
    orderBy: { leaseUntil: "asc" },
    take,
    select: CANDIDATE_SELECT,
  });
  if (abandoned.length >= take) return abandoned;
  const pending = await prisma.run.findMany({
    where: { state: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: take - abandoned.length,
    select: CANDIDATE_SELECT,
  });
  return [...abandoned, ...pending];
}

/**
 * Serial runs (overlap policy SKIP or BUFFER_ONE) go one at a time: a candidate is kept only when it is
 * the oldest unfinished run of its schedule. Race-free without a lock: a run only becomes unfinished
 * when it is made, so the oldest unfinished run of a schedule can only change by finishing.
 */
async function oldestOfTheirSchedules(candidates: Candidate[]): Promise<Candidate[]> {
  const serial = [...new Set(candidates.filter((c) => c.serial && c.scheduleId).map((c) => c.scheduleId as string))];
  if (serial.length === 0) return candidates;
  const oldest = await prisma.run.groupBy({
    by: ["scheduleId"],
    where: { scheduleId: { in: serial }, state: { in: UNFINISHED }, serial: true },
    _min: { dueAt: true },
  });
  const oldestDue = new Map(oldest.map((group) => [group.scheduleId, group._min.dueAt?.getTime()]));
  const taken = new Set<string>();
  return candidates.filter((c) => {
    if (!c.serial || !c.scheduleId) return true;
    if (taken.has(c.scheduleId) || oldestDue.get(c.scheduleId) !== c.dueAt.getTime()) return false;
    taken.add(c.scheduleId);
    return true;
  });
}

/**
 * Takes up to `take` due runs for an attempt each, until `leaseUntil`: one UPDATE … RETURNING that
 * re-checks each is still due and free (two workers never both take one) and raises its attemptCount.
 * Its conditions on the state are written as a CASE, which no index serves, so that each run is found
 * by its primary key: written as `state = … AND …`, SQLite's planner (without statistics) read the runs
 * by the state index instead, every PENDING run due of the backlog for each take (20 ms for a take of
 * 200 out of 20,000, growing with the backlog; 9–11 ms by the id).
 * A run taken over from a worker whose lease ran out gets an attempt row for the attempt that worker
 * never recorded.
 */
export async function takeRunsForAttempt(options: { now: Date; leaseUntil: Date; take: number }): Promise<TakenRun[]> {
  const { now, leaseUntil, take } = options;
  const candidates = await findCandidates(now, take);
  if (candidates.length === 0) return [];
  const chosen = await oldestOfTheirSchedules(candidates);
  // Re-checks each is still due (the CASE: see above) and free; each run is found by its id. On
  // PostgreSQL a run another transaction holds (a worker recording it) is skipped: the take never
  // waits (database.skipLocked), so it joins no deadlock with a record.
  const due = Prisma.sql`"id" IN (${Prisma.join(chosen.map((c) => c.id))})
    AND CASE "state" WHEN 'PENDING' THEN "nextAttemptAt" <= ${now} WHEN 'DELIVERING' THEN "leaseUntil" < ${now} ELSE FALSE END`;
  const where = database.skipLocked ? Prisma.sql`"id" IN (SELECT "id" FROM "Run" WHERE ${due} ${database.skipLocked})` : due;
  const returned = await prisma.$queryRaw<
    {
      id: string;
      attemptCount: number | bigint;
      attemptsBefore: number | bigint;
      attemptsSince: Date | string | null;
      createdAt: Date | string;
    }[]
  >`
    UPDATE "Run" SET "state" = 'DELIVERING', "attemptCount" = "attemptCount" + 1, "attemptStartedAt" = ${now},
      "leaseUntil" = ${leaseUntil}, "nextAttemptAt" = NULL, "updatedAt" = ${now}
    WHERE ${where}
    RETURNING "id", "attemptCount", "attemptsBefore", "attemptsSince", "createdAt"`;
  const rows = returned.map((row) => ({
    id: row.id,
    attemptCount: Number(row.attemptCount),
    attemptsBefore: Number(row.attemptsBefore),
    attemptsSince: row.attemptsSince === null ? null : new Date(row.attemptsSince),
    createdAt: new Date(row.createdAt),
  }));
  const byId = new Map(chosen.map((c) => [c.id, c]));
  const unrecorded: AttemptRecord[] = [];
  for (const row of rows) {
    const before = byId.get(row.id);
    if (before?.state === "DELIVERING" && before.attemptCount === row.attemptCount - 1) {
      const startedAt = before.attemptStartedAt ?? now;
      unrecorded.push({
        runId: row.id,
        number: before.attemptCount,
        startedAt,
        endedAt: now,
        durationMs: Math.max(0, now.getTime() - startedAt.getTime()),
        httpStatus: null,
        error: "no outcome recorded: the process making this attempt stopped before its lease ran out; attempted again",
        responseExcerpt: null,
        runStateAfter: "PENDING",
        retryAt: now,
        failureReason: null,
      });
    }
  }
  if (unrecorded.length > 0) await insertAttempts(unrecorded, prisma, "keep");
  return rows.map((row) => ({ ...row, number: row.attemptCount }));
}

/** Fails runs taken for an attempt that cannot be made (each with its reason), while they are still at that attempt. */
export async function failTakenRuns(runs: Unattemptable[], now: Date): Promise<string[]> {
  const failed: string[] = [];
  for (const run of runs) {
    const { count } = await prisma.run.updateMany({
      where: { id: run.id, state: "DELIVERING", attemptCount: run.number },
      data: { state: "FAILED", failureReason: run.reason, nextAttemptAt: null, leaseUntil: null, updatedAt: now },
    });
    if (count > 0) failed.push(run.id);
  }
  return failed;
}

// ---- outcomes ----

/** An attempt as it ended, and what it makes of its run. */
export interface AttemptRecord {
  runId: string;
  number: number;
  startedAt: Date;
  endedAt: Date;
  durationMs: number;
  httpStatus: number | null;
  error: string | null;
  responseExcerpt: string | null;
  runStateAfter: "DELIVERED" | "PENDING" | "FAILED";
  retryAt: Date | null;
  failureReason: string | null;
}

/** Attempts per INSERT statement: 11 values each, within every engine's limit of bound values. */
const ATTEMPT_CHUNK = 500;

/**
 * Inserts attempt rows: a multi-row INSERT per 500 (raw SQL, as insertMissingRuns and for the same
 * reason: Prisma's createMany costs about a millisecond per row). `replace`: a row already there (the
 * "no outcome recorded" row a takeover wrote) is replaced by the real outcome; `keep`: left as it is.
 */
async function insertAttempts(records: AttemptRecord[], db: Db, onConflict: "replace" | "keep"): Promise<void> {
  // In the order of their key on every path: two transactions writing a row of the same attempt (a
  // takeover's "no outcome recorded" and the late outcome of the worker it took over from) then wait
  // for each other in one order, never in a cycle.
  const ordered = [...records].sort((a, b) => (a.runId === b.runId ? a.number - b.number : a.runId < b.runId ? -1 : 1));
  for (let i = 0; i < ordered.length; i += ATTEMPT_CHUNK) {
    const rows = ordered
      .slice(i, i + ATTEMPT_CHUNK)
      .map(
        (a) =>
          Prisma.sql`(${a.runId}, ${a.number}, ${a.startedAt}, ${a.endedAt}, ${a.durationMs}, ${a.httpStatus}, ${a.error}, ${a.responseExcerpt}, ${a.runStateAfter}, ${a.retryAt}, ${a.failureReason})`,
      );
    const conflict =
      onConflict === "keep"
        ? Prisma.sql`DO NOTHING`
        : Prisma.sql`DO UPDATE SET "endedAt" = excluded."endedAt", "durationMs" = excluded."durationMs", "httpStatus" = excluded."httpStatus",
            "error" = excluded."error", "responseExcerpt" = excluded."responseExcerpt", "runStateAfter" = excluded."runStateAfter",
            "retryAt" = excluded."retryAt", "failureReason" = excluded."failureReason"`;
    await db.$executeRaw`INSERT INTO "DeliveryAttempt" ("runId", "number", "startedAt", "endedAt", "durationMs", "httpStatus", "error", "responseExcerpt", "runStateAfter", "retryAt", "failureReason")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("runId", "number") ${conflict}`;
  }
}

/**
 * Records ended attempts and applies each to its run, in one statement for all of them: a run takes the
 * state its attempt decided only while it is DELIVERING with that attempt's number, so the outcome of
 * an attempt taken over by another worker is kept as a row but changes nothing (the state is checked
 * in a CASE so that the runs are found by their ids, as takeRunsForAttempt's). Answers the runs changed.
 */
export async function recordAttempts(records: AttemptRecord[], now: Date, db: Db = prisma): Promise<string[]> {
  if (records.length === 0) return [];
  await insertAttempts(records, db, "replace");
  const ids = records.map((record) => record.runId);
  const changed: string[] = [];
  for (let i = 0; i < ids.length; i += ATTEMPT_CHUNK) {
    const chunk = ids.slice(i, i + ATTEMPT_CHUNK);
    const rows = await db.$queryRaw<{ id: string }[]>`
      UPDATE "Run" SET
        "state" = (SELECT a."runStateAfter" FROM "DeliveryAttempt" a WHERE a."runId" = "Run"."id" AND a."number" = "Run"."attemptCount"),
        "nextAttemptAt" = (SELECT a."retryAt" FROM "DeliveryAttempt" a WHERE a."runId" = "Run"."id" AND a."number" = "Run"."attemptCount"),
        "failureReason" = (SELECT a."failureReason" FROM "DeliveryAttempt" a WHERE a."runId" = "Run"."id" AND a."number" = "Run"."attemptCount"),
        "deliveredAt" = (SELECT CASE WHEN a."runStateAfter" = 'DELIVERED' THEN a."endedAt" END FROM "DeliveryAttempt" a
                         WHERE a."runId" = "Run"."id" AND a."number" = "Run"."attemptCount"),
        "leaseUntil" = NULL,
        "updatedAt" = ${now}
      WHERE "id" IN (${Prisma.join(chunk)}) AND CASE "state" WHEN 'DELIVERING' THEN TRUE ELSE FALSE END
        AND EXISTS (SELECT 1 FROM "DeliveryAttempt" a WHERE a."runId" = "Run"."id" AND a."number" = "Run"."attemptCount")
      RETURNING "id"`;
    for (const row of rows) changed.push(row.id);
  }
  return changed;
}

/** A FAILED run back to PENDING with a fresh set of attempts; false when the run is not FAILED. */
export async function retryFailedRun(id: string, now: Date, db: Db = prisma): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "Run" SET "state" = 'PENDING', "attemptsBefore" = "attemptCount", "attemptsSince" = ${now}, "nextAttemptAt" = ${now},
      "failureReason" = NULL, "updatedAt" = ${now}
    WHERE "id" = ${id} AND "state" = 'FAILED'`;
  return count > 0;
}

/** The earliest instant a run becomes due for an attempt (PENDING's next attempt, or a lease running out); null when none. */
export async function earliestAttemptAt(): Promise<Date | null> {
  const [pending, leased] = await Promise.all([
    prisma.run.findFirst({ where: { state: "PENDING" }, orderBy: { nextAttemptAt: "asc" }, select: { nextAttemptAt: true } }),
    prisma.run.findFirst({ where: { state: "DELIVERING" }, orderBy: { leaseUntil: "asc" }, select: { leaseUntil: true } }),
  ]);
  const times = [pending?.nextAttemptAt, leased?.leaseUntil].filter((at): at is Date => at instanceof Date);
  return times.length === 0 ? null : new Date(Math.min(...times.map((at) => at.getTime())));
}

/** The fields of a run, its schedule and its delivery that an attempt reads (and no more: each costs mapping time per row). */
const FOR_ATTEMPT = {
  id: true,
  dueAt: true,
  localDateTime: true,
  shifted: true,
  origin: true,
  schedule: {
    select: {
      id: true,
      kind: true,
      delivery: { select: { scheduleId: true, url: true, sealedSecret: true, maxAttempts: true, disabledAt: true, disabledReason: true } },
    },
  },
} as const;

/** A run taken for an attempt, read with what its webhook request needs: its schedule's delivery and kind row with owner. */
export type RunForAttempt = Omit<Prisma.RunGetPayload<{ select: typeof FOR_ATTEMPT }>, "schedule"> & {
  schedule: (Prisma.RunGetPayload<{ select: typeof FOR_ATTEMPT }>["schedule"] & Record<string, unknown>) | null;
};

/** The runs with these ids, each with its schedule's delivery and kind row as `kindRows` asks (one statement per relation). */
export function findRunsForAttempt(ids: string[], kindRows: object): Promise<RunForAttempt[]> {
  return prisma.run.findMany({
    where: { id: { in: ids } },
    select: { ...FOR_ATTEMPT, schedule: { select: { ...FOR_ATTEMPT.schedule.select, ...kindRows } } },
  }) as Promise<RunForAttempt[]>;
}
