/**
 * Exactly once with several real processes (SEMANTICS.md "Runs"): 4 server processes on one database
 * (one SQLite file, or one PostgreSQL database) spawned at once, every one on the same simulated clock
 * (60 × real time, so `* * * * *` fires every real second), make the runs of 100 job schedules for
 * about 30 real seconds. Their clock reaches the schedules' first occurrence only once all four
 * answer (the barrier). Then, while a dispatcher holds claims (between its claim and its settle),
 * all four get SIGTERM.
 *
 * Asserted in the database: each process exits 0; no schedule keeps a claim; every occurrence that
 * upcomingOccurrences lists from the schedule's creation up to how far its runs exist has exactly one
 * run (same local date-time and shift), no other run exists, none was made before its instant, and
 * every one was on time (SCHEDULED, RECORDED; CATCH_UP only for occurrences due before the last process
 * was up, should the machine be too loaded to start them within the budget); the runs reach to within
 * 3 real seconds of the stop.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { ChildServer } from "../helpers/child-server";
import { createClient } from "../helpers/graphql";
import {
  MINUTE,
  childTrouble,
  claimedSchedules,
  createSchedules,
  exactlyOnce,
  realAt,
  simAt,
  sleep,
  startDispatchers,
  untilClaimsHeld,
} from "./runs-processes-shared";

const PROCESSES = 4;
const SCHEDULES = 100;
const RUN_SECONDS = Number(process.env.RUNS_PROCESSES_SECONDS ?? 30);
/** Real ms from the spawn to the instant the children's clock reaches the first occurrence. */
const STARTUP_BUDGET_MS = 20_000;
const ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe"];

const client = createClient();
let servers: ChildServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
});

describe(`${PROCESSES} processes on one database`, () => {
  it(`make exactly one run per occurrence of ${SCHEDULES} schedules for ${RUN_SECONDS} s, and stop on SIGTERM mid-pass leaving no claim`, async () => {
    const specs = Array.from({ length: SCHEDULES }, (_, i) => ({
      specification: i % 10 === 8 ? "*/2 * * * *" : i % 10 === 9 ? "*/3 * * * *" : "* * * * *",
      location: ZONES[i % ZONES.length],
    }));
    const schedules = await createSchedules(client, specs);
    const lastCreated = Math.max(...schedules.map((s) => s.createdAt.getTime()));
    // The children's clock reads the first minute after the last creation once all of them are up.
    const clock = { start: Math.floor(lastCreated / MINUTE + 1) * MINUTE, rate: 60, anchor: Date.now() + STARTUP_BUDGET_MS };
    const spawned = Date.now();
    servers = await startDispatchers(PROCESSES, clock);
    const readyMs = Date.now() - spawned;
    // Normally all are up before the clock reaches the first occurrence; on a machine so loaded that
    // they are not, the occurrences due before the last came up may have been made late (CATCH_UP).
    const allUp = simAt(clock);

    await sleep(realAt(clock, clock.start + RUN_SECONDS * MINUTE) - Date.now());
    const claimsHeld = await untilClaimsHeld(clock);
    const stopSim = simAt(clock);
    const signalled = Date.now();
    const exits = await Promise.all(servers.map((server) => server.stop("SIGTERM")));
    const stopMs = Date.now() - signalled;
    const outputs = servers.map((server) => server.output());
    servers = [];

    expect(claimsHeld, "a dispatcher held claims when SIGTERM was sent").toBe(true);
    expect(exits).toEqual(Array.from({ length: PROCESSES }, () => ({ code: 0, signal: null })));
    expect(await claimedSchedules()).toEqual([]);

    const report = await exactlyOnce(client, schedules, clock);
    const trouble = childTrouble(outputs);
    process.stderr.write(
      `[runs-processes] ${PROCESSES} processes ready in ${readyMs} ms (clock started ${STARTUP_BUDGET_MS} ms after the spawn); ${report.runs} runs of ${SCHEDULES} schedules in ${RUN_SECONDS} s ` +
        `(${(report.runs / RUN_SECONDS).toFixed(1)} runs/s), expected ${report.expected}; duplicates ${report.duplicates.length}, ` +
        `missing ${report.missing.length}, unexpected ${report.unexpected.length}, early ${report.early.length}; ` +
        `origins ${JSON.stringify(report.origins)}; lateness (real ms) p50 ${report.latenessRealMs.p50} p99 ${report.latenessRealMs.p99} ` +
        `max ${report.latenessRealMs.max}; SIGTERM to exit ${stopMs} ms; child warnings ${trouble.lines.length} (SQLITE_BUSY ${trouble.busy})\n` +
        trouble.lines.slice(0, 5).join("\n"),
    );
    expect(report.duplicates).toEqual([]);
    expect(report.missing).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(report.early).toEqual([]);
    expect(report.late.filter((run) => run.dueAt.getTime() > allUp)).toEqual([]);
    expect(report.states).toEqual({ RECORDED: report.runs });
    expect(report.runsUntil.min.getTime()).toBeGreaterThan(stopSim - 3 * MINUTE);
    // 80 schedules every minute, 10 every 2 and 10 every 3 minutes over RUN_SECONDS simulated minutes
    expect(report.runs).toBeGreaterThanOrEqual(Math.floor(RUN_SECONDS * (80 + 10 / 2 + 10 / 3) * 0.95));
    expect(trouble.lines).toEqual([]);
  }, 90_000);
});
