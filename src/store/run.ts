/**
 * Runs and the run-state of schedules (pause, how far runs exist, when each is due next, dispatcher
 * claims). Every guarantee is a key or a conditional write here: a run is unique per (schedule,
 * occurrence, originKey); a claim is taken by an UPDATE whose WHERE re-checks that it is free, and
 * settled only while its token is still the schedule's.
 */
import {
  Prisma,
  type DeliveryAttempt,
  type Run,
  type RunOrigin,
  type RunSkipReason,
  type RunState,
  type ScheduleKind,
} from "../generated/prisma/client";
import { prisma } from "../db";
import { reportingUniqueViolation } from "./prisma-errors";
import type { KindRelation, ScheduleWithRow } from "./schedule";
import type { Db } from "./transaction";

export type { Run, RunOrigin, RunSkipReason, RunState };

/** A run to insert: its id is chosen by the caller, so it can be announced after the commit. */
export type NewRun = Prisma.RunCreateManyInput & { id: string; scheduleId: string };

/** A Run with its schedule and that schedule's kind rows (the relations asked for), and its attempts, as a page lists it. */
export type RunWithSchedule = Run & { schedule: ScheduleWithRow | null; attempts: DeliveryAttempt[] };

/** What every read of runs loads with them: the schedule with its kind rows (the relations asked for), the attempts oldest first. */
function withScheduleAndAttempts(include: { [R in KindRelation]?: true }) {
  return { schedule: { include }, attempts: { orderBy: { number: "asc" } } } as const;
}

// ---- claims ----

export interface ClaimedSchedule {
  id: string;
  kind: ScheduleKind;
  runsUntil: Date | null;
}

function claimable(now: Date): Prisma.ScheduleWhereInput {
  return { nextDueAt: { lte: now }, pausedAt: null, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
}

/**
 * Claims up to `take` due schedules (the earliest first) for `token` until `until`: candidates are read,
 * then taken by one UPDATE … RETURNING that re-checks each is still due and free, so two dispatchers
 * never both hold one (the loser's UPDATE finds it taken and skips it).
 */
export async function claimDueSchedules(now: Date, token: string, until: Date, take: number): Promise<ClaimedSchedule[]> {
  const candidates = await prisma.schedule.findMany({ where: claimable(now), select: { id: true }, orderBy: { nextDueAt: "asc" }, take });
  if (candidates.length === 0) return [];
  return prisma.schedule.updateManyAndReturn({
    where: { id: { in: candidates.map((c) => c.id) }, ...claimable(now) },
    data: { claimToken: token, claimedUntil: until },
    select: { id: true, kind: true, runsUntil: true },
  });
}

/**
 * The earliest due time of any schedule that is neither paused nor claimed (a claimed one is its
 * holder's; if the holder dies, the claim runs out and the dispatchers' poll finds it); null when none.
 */
export async function earliestDueAt(now: Date): Promise<Date | null> {
  const first = await prisma.schedule.findFirst({
    where: { nextDueAt: { not: null }, pausedAt: null, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    orderBy: { nextDueAt: "asc" },
    select: { nextDueAt: true },
  });
  return first?.nextDueAt ?? null;
}

/** The schedules with the kind rows asked for (per kind relation), by id. */
export function findSchedulesById(ids: string[], include: { [R in KindRelation]?: true }, db: Db = prisma): Promise<ScheduleWithRow[]> {
  return db.schedule.findMany({ where: { id: { in: ids } }, include }) as Promise<ScheduleWithRow[]>;
}

/** What a dispatch pass settles a claimed schedule with: its runs exist up to runsUntil, it is due next at nextDueAt. */
export interface Settlement {
  id: string;
  runsUntil: Date;
  nextDueAt: Date | null;
}

/**
 * Settles claimed schedules while `token` still holds them; answers how many it settled (fewer: a
 * write or another dispatcher took some away, and the caller rolls back). Schedules settled with the
 * same two instants (most of a pass: the same now, many due next at the same time) share one statement.
 */
export async function settleClaims(token: string, settlements: Settlement[], db: Db = prisma): Promise<number> {
  const groups = new Map<string, { runsUntil: Date; nextDueAt: Date | null; ids: string[] }>();
  for (const { id, runsUntil, nextDueAt } of settlements) {
    const key = `${runsUntil.getTime()}|${nextDueAt?.getTime() ?? ""}`;
    const group = groups.get(key);
    if (group) group.ids.push(id);
    else groups.set(key, { runsUntil, nextDueAt, ids: [id] });
  }
  let settled = 0;
  for (const { runsUntil, nextDueAt, ids } of groups.values()) {
    const { count } = await db.schedule.updateMany({
      where: { id: { in: ids }, claimToken: token },
      data: { runsUntil, nextDueAt, claimToken: null, claimedUntil: null },
    });
    settled += count;
  }
  return settled;
}

/** Gives claims back unsettled (a dispatcher stopping, or one that failed): due again at once. */
export async function releaseClaims(token: string): Promise<void> {
  await prisma.schedule.updateMany({ where: { claimToken: token }, data: { claimToken: null, claimedUntil: null } });
}

// ---- the run-state of one schedule ----

export interface ScheduleRunState {
  id: string;
  kind: ScheduleKind;
  pausedAt: Date | null;
  pauseNote: string | null;
  runsUntil: Date | null;
}

const RUN_STATE_SELECT = { id: true, kind: true, pausedAt: true, pauseNote: true, runsUntil: true } as const;

/** A schedule's pause and how far its runs exist (one batched statement for all asked in one tick). */
export function findScheduleRunState(id: string, db: Db = prisma): Promise<ScheduleRunState | null> {
  return db.schedule.findUnique({ where: { id }, select: RUN_STATE_SELECT });
}

/** Pauses a schedule of `kind` that is not paused (clearing any claim); false when there is none such. */
export async function markPaused(kind: ScheduleKind, id: string, at: Date, note: string | null, db: Db = prisma): Promise<boolean> {
  const { count } = await db.schedule.updateMany({
    where: { id, kind, pausedAt: null },
    data: { pausedAt: at, pauseNote: note, claimToken: null, claimedUntil: null },
  });
  return count > 0;
}

/**
 * Resumes a paused schedule of `kind`: answers its state before (null when there is no such paused
 * schedule). Its runs then exist up to `runsUntil`, and it is due next at `nextDueAt`.
 */
export async function markResumed(
  kind: ScheduleKind,
  id: string,
  runsUntil: Date,
  nextDueAt: Date | null,
  db: Db = prisma,
): Promise<boolean> {
  const { count } = await db.schedule.updateMany({
    where: { id, kind, pausedAt: { not: null } },
    data: { pausedAt: null, pauseNote: null, runsUntil, nextDueAt, claimToken: null, claimedUntil: null },
  });
  return count > 0;
}

/** Raises the version of a schedule's kind row (the relation named), answering the row as written. */
export async function raiseScheduleVersion(relation: KindRelation, id: string, db: Db = prisma): Promise<unknown> {
  const data = { [relation]: { update: { version: { increment: 1 } } } } as Prisma.ScheduleUpdateInput;
  const written = await db.schedule.update({ where: { id }, data, include: { [relation]: true } as Prisma.ScheduleInclude });
  return (written as unknown as Record<string, unknown>)[relation];
}

// ---- runs ----

/** Runs per INSERT statement: 14 values each, within every engine's limit of bound values. */
const INSERT_CHUNK = 500;

function optionalDate(value: Date | string | null | undefined): Date | null {
  return value == null ? null : new Date(value);
}

/**
 * Inserts the runs that do not exist yet (by their unique key) and answers those it inserted: a
 * multi-row `INSERT … ON CONFLICT (scheduleId, dueAt, originKey) DO NOTHING RETURNING id` per 500 runs
 * (the same SQL on SQLite and PostgreSQL). A run inserted meanwhile by another process is skipped, not an
 * error: the unique key decides, and the answer holds only this call's runs.
 *
 * Raw SQL, not createMany: Prisma's client engine spends about 1 ms of CPU per run on a createMany of
 * 500 (compiling and binding each row), several times what the database needs; a dispatcher making
 * 10,000 runs at one minute boundary spent most of its time there. Prisma's own binding of the values
 * keeps the stored forms (SQLite: ISO text with +00:00, booleans as 0/1).
 */
export async function insertMissingRuns(runs: NewRun[], db: Db = prisma): Promise<NewRun[]> {
  const inserted = new Set<string>();
  for (let i = 0; i < runs.length; i += INSERT_CHUNK) {
    const rows = runs
      .slice(i, i + INSERT_CHUNK)
      .map(
        (run) =>
          Prisma.sql`(${run.id}, ${run.scheduleId}, ${new Date(run.dueAt)}, ${run.localDateTime}, ${run.shifted}, ${run.originKey}, ${run.origin}, ${run.state}, ${run.skipReason ?? null}, ${run.serial ?? false}, ${optionalDate(run.attemptsSince)}, ${optionalDate(run.nextAttemptAt)}, ${new Date(run.createdAt ?? Date.now())}, ${new Date(run.updatedAt ?? run.createdAt ?? Date.now())})`,
      );
    const made = await reportingUniqueViolation(
      () =>
        db.$queryRaw<
          { id: string }[]
        >`INSERT INTO "Run" ("id", "scheduleId", "dueAt", "localDateTime", "shifted", "originKey", "origin", "state", "skipReason", "serial", "attemptsSince", "nextAttemptAt", "createdAt", "updatedAt")
        VALUES ${Prisma.join(rows)}
        ON CONFLICT ("scheduleId", "dueAt", "originKey") DO NOTHING
        RETURNING "id"`,
    );
    for (const { id } of made) inserted.add(id);
  }
  return runs.filter((run) => inserted.has(run.id));
}

export function insertRun(run: NewRun, db: Db = prisma): Promise<Run> {
  return reportingUniqueViolation(() => db.run.create({ data: run }));
}

/** A position in a list of runs: newest occurrence first, then id. */
export interface RunPosition {
  dueAt: Date;
  id: string;
}

export interface RunFilter {
  scheduleId?: string | null;
  /** The kind the schedule's global id names: a schedule of another kind has no runs under that id. */
  kind?: ScheduleKind | null;
  state?: RunState | null;
}

/**
 * Up to `take` runs after `after`, newest occurrence first, with their schedule and its kind rows (the
 * relations asked for): one ordered statement and one per relation, whatever `take` is.
 */
export function findRuns(options: {
  filter: RunFilter;
  after: RunPosition | null;
  take: number;
  include: { [R in KindRelation]?: true };
}): Promise<RunWithSchedule[]> {
  const { filter, after, take, include } = options;
  return prisma.run.findMany({
    where: {
      ...(filter.scheduleId != null ? { scheduleId: filter.scheduleId } : {}),
      ...(filter.kind != null ? { schedule: { kind: filter.kind } } : {}),
      ...(filter.state != null ? { state: filter.state } : {}),
      ...(after ? { OR: [{ dueAt: { lt: after.dueAt } }, { dueAt: after.dueAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ dueAt: "desc" }, { id: "desc" }],
    take,
    include: withScheduleAndAttempts(include),
  }) as Promise<RunWithSchedule[]>;
}

/** One run with its schedule and that schedule's kind rows (the relations asked for). */
export function findRun(id: string, include: { [R in KindRelation]?: true }): Promise<RunWithSchedule | null> {
  return prisma.run.findUnique({ where: { id }, include: withScheduleAndAttempts(include) }) as Promise<RunWithSchedule | null>;
}

/** The runs with these ids, with their schedules (for announcing runs another instance made). */
export function findRunsById(ids: string[], include: { [R in KindRelation]?: true }): Promise<RunWithSchedule[]> {
  return prisma.run.findMany({ where: { id: { in: ids } }, include: withScheduleAndAttempts(include) }) as Promise<RunWithSchedule[]>;
}

/**
 * Deletes up to `take` runs created before `before` (retention). Schedules keep runsUntil, so an
 * occurrence whose run is deleted is never made again. Answers how many it deleted.
 */
export async function deleteRunsCreatedBefore(before: Date, take: number): Promise<number> {
  const old = await prisma.run.findMany({ where: { createdAt: { lt: before } }, select: { id: true }, take });
  if (old.length === 0) return 0;
  const { count } = await prisma.run.deleteMany({ where: { id: { in: old.map((run) => run.id) } } });
  return count;
}

/** How many runs are in each state. */
export async function countRunsByState(): Promise<Partial<Record<RunState, number>>> {
  const groups = await prisma.run.groupBy({ by: ["state"], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.state, group._count._all]));
}
