/**
 * Catch-up after downtime (SEMANTICS.md "Runs"), with real processes: 4 server processes on one
 * database and one simulated clock (60 × real time) make the runs of a few schedules for some
 * seconds, then all stop on SIGTERM. Two simulated days later (the clock of the next start begins
 * there), ONE process starts. Its first pass makes, for what came due while none ran:
 * - the occurrences younger than the grace (max(60 s, 5 real s × rate) = 5 simulated minutes): SCHEDULED;
 * - the older ones within the 1 h catch-up window: CATCH_UP, RECORDED;
 * - the latest 1,000 before the window: SKIPPED with skipReason MISSED (origin CATCH_UP);
 * - nothing for the older ones, counted in one warning line per schedule (recorded / unrecorded);
 * and the next occurrences are SCHEDULED again, one run each (or CATCH_UP while the passes that
 * catch up the others, at most RUNS_PER_PASS runs each, keep them waiting longer than the grace).
 */
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../src/db";
import type { ChildServer } from "../helpers/child-server";
import { createClient } from "../helpers/graphql";
import {
  MINUTE,
  type RunRow,
  childTrouble,
  claimedSchedules,
  createSchedules,
  engineOccurrences,
  exactlyOnce,
  realAt,
  simAt,
  sleep,
  startDispatcher,
  startDispatchers,
  untilClaimsHeld,
} from "./runs-processes-shared";

const PROCESSES = 4;
const RATE = 60;
const STARTUP_BUDGET_MS = 15_000;
const DOWNTIME_MS = 2 * 24 * 60 * MINUTE;
const GRACE_MS = Math.max(60_000, 5_000 * RATE);
const WINDOW_MS = 3_600_000;
const MISSED_CAP = 1000;
const SPECS = [
  { specification: "* * * * *", location: "UTC" },
  { specification: "* * * * *", location: "Europe/Paris" },
  { specification: "* * * * *", location: "America/Chicago" },
  { specification: "* * * * *", location: "Asia/Kathmandu" },
  { specification: "* * * * *", location: "Pacific/Chatham" },
  { specification: "*/2 * * * *", location: "UTC" },
  { specification: "0 * * * *", location: "Europe/London" },
  { specification: "30 */3 * * *", location: "Asia/Kolkata" },
];

const client = createClient();
let servers: ChildServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
});

const iso = (at: string) => new Date(at).toISOString();

interface Expected {
  origin: string;
  state: string;
  skipReason: string | null;
}

describe("downtime longer than the catch-up window and 1,000 occurrences", () => {
  it("catches up the last hour, records the latest 1,000 older ones as MISSED, counts the rest in the log, then runs on schedule", async () => {
    const schedules = await createSchedules(client, SPECS);
    const lastCreated = Math.max(...schedules.map((s) => s.createdAt.getTime()));
    const before = { start: Math.floor(lastCreated / MINUTE + 1) * MINUTE, rate: RATE, anchor: Date.now() + STARTUP_BUDGET_MS };
    servers = await startDispatchers(PROCESSES, before);
    await sleep(realAt(before, before.start + 5 * MINUTE) - Date.now());
    expect(await untilClaimsHeld(before)).toBe(true);
    const stopped = await Promise.all(servers.map((server) => server.stop("SIGTERM")));
    const firstOutputs = servers.map((server) => server.output());
    servers = [];
    expect(stopped).toEqual(Array.from({ length: PROCESSES }, () => ({ code: 0, signal: null })));
    expect(await claimedSchedules()).toEqual([]);
    const first = await exactlyOnce(client, schedules, before);
    expect([first.duplicates, first.missing, first.unexpected, first.early]).toEqual([[], [], [], []]);
    expect(childTrouble(firstOutputs).lines).toEqual([]);
    const stoppedAt = new Map(
      (await prisma.schedule.findMany({ where: { id: { in: schedules.map((s) => s.rawId) } }, select: { id: true, runsUntil: true } })).map(
        (row) => [row.id, row.runsUntil!],
      ),
    );

    // Two simulated days later, one process.
    const after = { start: first.runsUntil.max.getTime() + DOWNTIME_MS, rate: RATE, anchor: Date.now() };
    const spawned = Date.now();
    const server = await startDispatcher(after);
    servers = [server];
    const readyMs = Date.now() - spawned;
    const caughtUp = async () =>
      (await prisma.schedule.count({ where: { id: { in: schedules.map((s) => s.rawId) }, runsUntil: { gte: new Date(after.start) } } })) ===
      schedules.length;
    while (!(await caughtUp())) {
      expect(Date.now() - spawned, `no catch-up within 40 s:\n${server.output()}`).toBeLessThan(40_000);
      await sleep(50);
    }
    const caughtUpMs = Date.now() - spawned;
    // Until every schedule is caught up (passes of at most RUNS_PER_PASS runs, one after another), the
    // next occurrences of those caught up first may wait longer than the grace: made as CATCH_UP.
    const allCaughtUp = simAt(after) + 2 * MINUTE;
    // A few more minutes on schedule, then a clean stop.
    await sleep(4_000);
    expect(await untilClaimsHeld(after)).toBe(true);
    expect(await server.stop("SIGTERM")).toEqual({ code: 0, signal: null });
    const output = server.output();
    servers = [];
    expect(await claimedSchedules()).toEqual([]);

    const warnings = output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { level: number; msg: string; scheduleId?: string; recorded?: number; unrecorded?: number });
    const finalUntil = new Map(
      (await prisma.schedule.findMany({ where: { id: { in: schedules.map((s) => s.rawId) } }, select: { id: true, runsUntil: true } })).map(
        (row) => [row.id, row.runsUntil!],
      ),
    );
    const summary: string[] = [];
    const passes = new Set<number>();
    const mismatches: string[] = [];
    const expectedLogs: { scheduleId: string; recorded: number; unrecorded: number }[] = [];
    for (const schedule of schedules) {
      const from = stoppedAt.get(schedule.rawId)!;
      const runs = (await prisma.run.findMany({ where: { scheduleId: schedule.rawId, dueAt: { gt: from } } })) as RunRow[];
      // The first pass after the downtime made every run of its occurrences at one instant.
      const passAt = Math.min(...runs.map((run) => run.createdAt.getTime()));
      passes.add(passAt);
      const occurrences = await engineOccurrences(client, schedule.id, from, finalUntil.get(schedule.rawId)!);
      const owed = occurrences.filter((o) => Date.parse(o.at) <= passAt);
      const older = owed.filter((o) => Date.parse(o.at) <= passAt - WINDOW_MS);
      const recordedMissed = older.slice(-MISSED_CAP);
      const expected = new Map<string, Expected>();
      for (const o of recordedMissed) expected.set(iso(o.at), { origin: "CATCH_UP", state: "SKIPPED", skipReason: "MISSED" });
      for (const o of owed.filter((o) => Date.parse(o.at) > passAt - WINDOW_MS)) {
        const onTime = Date.parse(o.at) > passAt - GRACE_MS;
        expected.set(iso(o.at), { origin: onTime ? "SCHEDULED" : "CATCH_UP", state: "RECORDED", skipReason: null });
      }
      for (const o of occurrences.filter((o) => Date.parse(o.at) > passAt)) {
        expected.set(iso(o.at), {
          origin: Date.parse(o.at) > allCaughtUp ? "SCHEDULED" : "SCHEDULED or CATCH_UP",
          state: "RECORDED",
          skipReason: null,
        });
      }
      const actual = new Map<string, Expected[]>();
      for (const run of runs) {
        const at = run.dueAt.toISOString();
        actual.set(at, [...(actual.get(at) ?? []), { origin: run.origin, state: run.state, skipReason: run.skipReason }]);
      }
      for (const [at, want] of expected) {
        const got = actual.get(at) ?? [];
        const origins = want.origin.split(" or ");
        if (
          got.length !== 1 ||
          !origins.includes(got[0].origin) ||
          JSON.stringify({ ...got[0], origin: want.origin }) !== JSON.stringify(want)
        )
          mismatches.push(`${schedule.specification} ${at}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
      for (const at of actual.keys())
        if (!expected.has(at)) mismatches.push(`${schedule.specification} ${at}: a run the plan does not make`);
      const skipped = runs.filter((run) => run.state === "SKIPPED").length;
      expect(skipped).toBeLessThanOrEqual(MISSED_CAP);
      const unrecorded = older.length - recordedMissed.length;
      if (unrecorded > 0) expectedLogs.push({ scheduleId: schedule.rawId, recorded: MISSED_CAP, unrecorded });
      const count = (origin: string, state: string) =>
        runs.filter((run) => run.origin === origin && run.state === state && run.createdAt.getTime() === passAt).length;
      summary.push(
        `${schedule.specification} ${schedule.location}: owed ${owed.length} → SCHEDULED ${count("SCHEDULED", "RECORDED")}, CATCH_UP ${count("CATCH_UP", "RECORDED")}, ` +
          `SKIPPED ${skipped}, unrecorded ${unrecorded}; then ${runs.filter((run) => run.createdAt.getTime() > passAt).length} on schedule`,
      );
    }
    process.stderr.write(
      `[runs-downtime] before: ${first.runs} runs by ${PROCESSES} processes; after ${DOWNTIME_MS / MINUTE} simulated minutes down, one process ` +
        `ready in ${readyMs} ms, caught up ${caughtUpMs} ms after its spawn, in ${passes.size} passes\n  ${summary.join("\n  ")}\n`,
    );
    expect(warnings.filter((line) => !line.msg.startsWith("missed occurrences beyond the 1,000"))).toEqual([]);
    expect(mismatches.slice(0, 20)).toEqual([]);
    // The minutely schedules missed far more than 1,000: each has one line counting what it did not record.
    expect(expectedLogs.length).toBeGreaterThanOrEqual(5);
    const logged = warnings
      .filter((line) => line.msg.startsWith("missed occurrences beyond the 1,000"))
      .map(({ scheduleId, recorded, unrecorded }) => ({ scheduleId, recorded, unrecorded }));
    expect(logged.sort((a, b) => a.scheduleId!.localeCompare(b.scheduleId!))).toEqual(
      expectedLogs.sort((a, b) => a.scheduleId.localeCompare(b.scheduleId)),
    );
  }, 90_000);
});
