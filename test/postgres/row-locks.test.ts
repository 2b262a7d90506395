/**
 * A take never waits for a row another transaction holds (the database's skipLocked: `FOR UPDATE SKIP
 * LOCKED`): a dispatcher's claim and a delivery worker's take leave such a row for a later take and
 * answer at once. A statement that never waits joins no cycle of waits, so no deadlock (40P01) can end
 * a pass's transaction: with four dispatchers, a claim that waited for one pass's settle while holding
 * rows that settle needed did (CI, runs-processes on PostgreSQL). Here a plain client holds one
 * schedule's row, then one run's, in an open transaction.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { serviceClock } from "../../src/clock";
import { prisma } from "../../src/db";
import { commitPass, dispatchDue, preparePass, type PreparedPass } from "../../src/services/dispatch";
import { takeRunsForAttempt } from "../../src/store/delivery";
import { executeWith, makeJob } from "../api/runs-fixtures";
import { createClient } from "../helpers/graphql";

const execute = executeWith(createClient());
const MINUTE = 60_000;

function setServiceNow(at: number | null): void {
  serviceClock.setDatabaseOffset(at === null ? 0 : at - Date.now());
}
afterEach(() => setServiceNow(null));

/** A transaction of another client holding the rows of `table` with these ids, until `release()`. */
async function holdRows(table: "Schedule" | "Run", ids: string[]): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("BEGIN");
  await client.query(`SELECT 1 FROM "${table}" WHERE "id" = ANY($1) FOR UPDATE`, [ids]);
  return {
    async release() {
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}

/** The promise's value if it settles within `ms`, else a rejection naming what waited. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} still waited after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The raw id inside a global id ("JobSchedule:<id>"). */
const rawId = (id: string) => Buffer.from(id, "base64").toString().split(":")[1];

describe("a row another transaction holds", () => {
  it("is left by a dispatcher's claim, which claims the others at once; a later pass claims it", async () => {
    // a minute boundary a day ago; three schedules made 40 s before it, read once (due next at it)
    const instant = Math.floor((Date.now() - 86_400_000) / MINUTE) * MINUTE;
    setServiceNow(instant - 40_000);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(rawId((await makeJob(execute, { specification: "* * * * *", location: "UTC" })).id));
    for (let i = 0; i < 5 && (await dispatchDue(serviceClock, 500)).claimed > 0; i++);

    setServiceNow(instant + 1000);
    const held = await holdRows("Schedule", [ids[0]]);
    let pass: PreparedPass;
    try {
      pass = (await within(5_000, "the claim", preparePass(serviceClock, 10, 0))) as PreparedPass;
    } finally {
      await held.release();
    }
    expect(pass.claimed).toBe(2);
    const made = await commitPass(serviceClock, pass);
    expect(made.runs.map((run) => run.scheduleId).sort()).toEqual([ids[1], ids[2]].sort());

    const later = await dispatchDue(serviceClock, 10);
    expect(later.runs.map((run) => [run.scheduleId, run.dueAt])).toEqual([[ids[0], new Date(instant)]]);
    const runs = await prisma.run.findMany({ where: { scheduleId: { in: ids } } });
    expect(runs.map((run) => [run.scheduleId, run.dueAt.getTime()]).sort()).toEqual(ids.map((id) => [id, instant]).sort());
  });

  it("is left by a delivery worker's take, which takes the others at once; a later take takes it", async () => {
    const scheduleId = rawId((await makeJob(execute)).id);
    const now = new Date();
    const runIds = [randomUUID(), randomUUID(), randomUUID()];
    await prisma.run.createMany({
      data: runIds.map((id, i) => ({
        id,
        scheduleId,
        dueAt: new Date(now.getTime() - (i + 1) * MINUTE),
        localDateTime: "2026-01-01T00:00",
        shifted: false,
        originKey: "S",
        origin: "SCHEDULED" as const,
        state: "PENDING" as const,
        nextAttemptAt: new Date(now.getTime() - 1000),
        createdAt: now,
        updatedAt: now,
      })),
    });
    const leaseUntil = new Date(now.getTime() + MINUTE);

    const held = await holdRows("Run", [runIds[0]]);
    let taken: Awaited<ReturnType<typeof takeRunsForAttempt>>;
    try {
      taken = await within(5_000, "the take", takeRunsForAttempt({ now, leaseUntil, take: 10 }));
    } finally {
      await held.release();
    }
    expect(taken.map((run) => [run.id, run.number]).sort()).toEqual(
      [
        [runIds[1], 1],
        [runIds[2], 1],
      ].sort(),
    );

    const later = await takeRunsForAttempt({ now, leaseUntil, take: 10 });
    expect(later.map((run) => [run.id, run.number])).toEqual([[runIds[0], 1]]);
    const states = await prisma.run.findMany({ where: { id: { in: runIds } }, select: { state: true, attemptCount: true } });
    expect(states).toEqual(runIds.map(() => ({ state: "DELIVERING", attemptCount: 1 })));
  });
});
