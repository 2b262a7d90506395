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
import { database, prisma } from "../db";
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

/**
 * Ids per statement that lists them: Prisma refuses a statement of more than 999 bound values on SQLite
 * (an UPDATE … RETURNING is not split for it), so longer lists are written in slices.
 */
const IDS_PER_STATEMENT = 500;

function slices<T>(list: T[], size = IDS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Neither paused nor claimed (a claim that ran out before `now` is free). */
function unclaimed(now: Date): Prisma.ScheduleWhereInput {
  return { pausedAt: null, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
}

/** What a claim took: the instant it is for and the schedules; or, when none was due by the horizon, when the next is. */
export type Claim = { at: Date; schedules: ClaimedSchedule[] } | { at: null; nextDueAt: Date | null };

/**
 * Claims, for `token` until `until`, up to `take` free schedules of the earliest instant due by `horizon`:
 * those due by `now` when any is (the instant is then `now`), else those due at the earliest due time
 * after it (the instant is that time: a pass planned ahead, committed once it comes). Candidates are
 * read, then taken by one UPDATE … RETURNING that re-checks each is still due by the instant and free,
 * so two dispatchers never both hold one (the loser's UPDATE finds it taken and skips it; on PostgreSQL
 * it also skips one another transaction holds, and never waits: claimSkippingLocked). When nothing
 * is due by the horizon, answers the earliest due time of a free schedule (null when none), for the
 * dispatcher's timer.
 */
export async function claimNextDue(now: Date, horizon: Date, token: string, until: Date, take: number): Promise<Claim> {
  const candidates = await prisma.schedule.findMany({
    where: { nextDueAt: { lte: horizon }, ...unclaimed(now) },
    select: { id: true, nextDueAt: true },
    orderBy: { nextDueAt: "asc" },
    take,
  });
  if (candidates.length === 0) return { at: null, nextDueAt: await earliestDueAt(now) };
  const first = candidates[0].nextDueAt!.getTime();
  const at = new Date(Math.max(first, now.getTime()));
  const ids = candidates.filter((c) => c.nextDueAt!.getTime() <= at.getTime()).map((c) => c.id);
  const schedules: ClaimedSchedule[] = [];
  for (const slice of slices(ids)) {
    const taken = database.skipLocked
      ? await claimSkippingLocked(database.skipLocked, slice, { at, now, token, until })
      : await prisma.schedule.updateManyAndReturn({
          where: { id: { in: slice }, nextDueAt: { lte: at }, ...unclaimed(now) },
          data: { claimToken: token, claimedUntil: until },
          select: { id: true, kind: true, runsUntil: true },
        });
    for (const schedule of taken) schedules.push(schedule);
  }
  return { at, schedules };
}

/**
 * claimNextDue's UPDATE on PostgreSQL: the same conditions, on the rows its sub-select locks with
 * `skipLocked` (one another transaction holds is skipped: the UPDATE never waits, so it joins no
 * deadlock with a pass's settle).
 */
async function claimSkippingLocked(
  skipLocked: Prisma.Sql,
  ids: string[],
  claim: { at: Date; now: Date; token: string; until: Date },
): Promise<ClaimedSchedule[]> {
  const taken = await prisma.$queryRaw<{ id: string; kind: ScheduleKind; runsUntil: Date | string | null }[]>`
    UPDATE "Schedule" SET "claimToken" = ${claim.token}, "claimedUntil" = ${claim.until}
    WHERE "id" IN (
      SELECT "id" FROM "Schedule"
      WHERE "id" IN (${Prisma.join(ids)}) AND "nextDueAt" <= ${claim.at} AND "pausedAt" IS NULL
        AND ("claimedUntil" IS NULL OR "claimedUntil" < ${claim.now})
      ${skipLocked}
    )
    RETURNING "id", "kind", "runsUntil"`;
  return taken.map(({ id, kind, runsUntil }) => ({ id, kind, runsUntil: runsUntil === null ? null : new Date(runsUntil) }));
}

/**
 * The earliest due time of any schedule that is neither paused nor claimed (a claimed one is its
 * holder's; if the holder dies, the claim runs out and the dispatchers' poll finds it); null when none.
 */
export async function earliestDueAt(now: Date): Promise<Date | null> {
  const first = await prisma.schedule.findFirst({
    where: { nextDueAt: { not: null }, ...unclaimed(now) },
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
 * `onlyThese`: the token holds no other schedule than these, so the largest group is settled by the
 * token alone (the others first), not by a list of ids (a statement of 500 ids costs Prisma ~20 ms of CPU).
 */
export async function settleClaims(token: string, settlements: Settlement[], db: Db = prisma, onlyThese = false): Promise<number> {
  const groups = new Map<string, { runsUntil: Date; nextDueAt: Date | null; ids: string[] }>();
  for (const { id, runsUntil, nextDueAt } of settlements) {
    const key = `${runsUntil.getTime()}|${nextDueAt?.getTime() ?? ""}`;
    const group = groups.get(key);
    if (group) group.ids.push(id);
    else groups.set(key, { runsUntil, nextDueAt, ids: [id] });
  }
  const ordered = [...groups.values()].sort((a, b) => a.ids.length - b.ids.length);
  let settled = 0;
  for (const [i, { runsUntil, nextDueAt, ids }] of ordered.entries()) {
    const byToken = onlyThese && i === ordered.length - 1;
    for (const slice of byToken ? [null] : slices(ids)) {
      const { count } = await db.schedule.updateMany({
        where: slice ? { id: { in: slice }, claimToken: token } : { claimToken: token },
        data: { runsUntil, nextDueAt, claimToken: null, claimedUntil: null },
      });
      settled += count;
    }
  }
  return settled;
}

/**
 * Clears a schedule's claim (in the transaction of a write that changes what its runs are made with, its
 * delivery): a pass planned before the write, up to the dispatcher's look-ahead ahead of its instant,
 * then cannot commit that plan, and the schedule is planned again on what was written.
 */
export async function clearClaim(id: string, db: Db = prisma): Promise<void> {
  await db.schedule.updateMany({ where: { id, claimToken: { not: null } }, data: { claimToken: null, claimedUntil: null } });
}

/** The schedules `token` still holds (after a pass found some of its claims lost). */
export async function heldClaims(token: string): Promise<Set<string>> {
  const held = await prisma.schedule.findMany({ where: { claimToken: token }, select: { id: true } });
  return new Set(held.map((schedule) => schedule.id));
}

/** Gives claims back unsettled (a dispatcher stopping, or one that failed; `ids`: only those): due again at once. */
export async function releaseClaims(token: string, ids?: string[]): Promise<void> {
  for (const slice of ids ? slices(ids) : [null]) {
    await prisma.schedule.updateMany({
      where: { claimToken: token, ...(slice ? { id: { in: slice } } : {}) },
      data: { claimToken: null, claimedUntil: null },
    });
  }
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
 * A value as an SQL literal that SQLite and PostgreSQL read alike, in the forms Prisma's binding stores:
 * an instant as ISO text with +00:00 (SQLite keeps that text; PostgreSQL reads it into its timestamp
 * without time zone as the UTC time), booleans as TRUE / FALSE (SQLite: 1 / 0), text quoted with its
 * quotes doubled.
 */
function literal(value: string | boolean | Date | null): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = value instanceof Date ? value.toISOString().replace("Z", "+00:00") : value;
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Inserts the runs that do not exist yet (by their unique key) and answers those it inserted: a
 * multi-row `INSERT … ON CONFLICT (scheduleId, dueAt, originKey) DO NOTHING RETURNING id` per 500 runs
 * (the same SQL on SQLite and PostgreSQL). A run inserted meanwhile by another process is skipped, not an
 * error: the unique key decides, and the answer holds only this call's runs.
 *
 * Raw SQL, not createMany: Prisma's client engine spends about 1 ms of CPU per run on a createMany of
 * 500 (compiling and binding each row), several times what the database needs; a dispatcher making
 * 10,000 runs at one minute boundary spent most of its time there. The values are written as literals
 * (`literal`: the forms Prisma's binding stores), not bound: binding 14 values per run cost Prisma about
 * 0.05 ms of CPU per run on top of the database's own work, the larger part of a dispatch pass's commit.
 * Every value is the service's own (ids, instants, enums, the engine's local date-times) and quoted.
 */
export async function insertMissingRuns(runs: NewRun[], db: Db = prisma): Promise<NewRun[]> {
  const inserted = new Set<string>();
  for (let i = 0; i < runs.length; i += INSERT_CHUNK) {
    const rows = runs
      .slice(i, i + INSERT_CHUNK)
      .map(
        (run) =>
          `(${[
            run.id,
            run.scheduleId,
            new Date(run.dueAt),
            run.localDateTime,
            run.shifted ?? false,
            run.originKey ?? "S",
            run.origin,
            run.state ?? "RECORDED",
            run.skipReason ?? null,
            run.serial ?? false,
            optionalDate(run.attemptsSince),
            optionalDate(run.nextAttemptAt),
            new Date(run.createdAt ?? Date.now()),
            new Date(run.updatedAt ?? run.createdAt ?? Date.now()),
          ]
            .map(literal)
            .join(", ")})`,
      );
    const made = await reportingUniqueViolation(() =>
      db.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO "Run" ("id", "scheduleId", "dueAt", "localDateTime", "shifted", "originKey", "origin", "state", "skipReason", "serial", "attemptsSince", "nextAttemptAt", "createdAt", "updatedAt")
        VALUES ${rows.join(", ")}
        ON CONFLICT ("scheduleId", "dueAt", "originKey") DO NOTHING
        RETURNING "id"`,
      ),
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
