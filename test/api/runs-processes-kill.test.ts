/**
 * Exactly once across a crash (SEMANTICS.md "Runs"): as in runs-processes.test.ts, 4 server processes
 * on one database and one simulated clock make the runs of 100 job schedules for about 30 real
 * seconds; meanwhile one of them is SIGKILLed inside its settle transaction (claims made and the
 * process still writing, found by the operating system: SQLite's RESERVED lock in /proc/locks, or the client socket of the
 * PostgreSQL backend holding a transaction id), and restarted on the same clock. A kill that hits the
 * claims' holder leaves them held until they run out (10 real s); the kill is repeated (up to 3
 * times, early enough for those claims to run out before the end) until one does. Then all get
 * SIGTERM while claims are held.
 *
 * Asserted in the database: nothing lost, nothing doubled (every occurrence upcomingOccurrences lists
 * from the schedule's creation up to how far its runs exist has exactly one run, no other run
 * exists, none is early), every run RECORDED (SCHEDULED, or CATCH_UP for the occurrences a dead
 * process's claim held back more than the grace), no claim left after the clean stop.
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
  startDispatcher,
  startDispatchers,
  untilClaimsHeld,
  writerAmong,
} from "./runs-processes-shared";

const PROCESSES = 4;
const SCHEDULES = 100;
// 50 s: room for up to 6 kills, until one catches a dispatcher holding claims (on PostgreSQL a pass holds them a few ms)
const RUN_SECONDS = Number(process.env.RUNS_PROCESSES_SECONDS ?? 50);
const STARTUP_BUDGET_MS = 20_000;
/** How long a dead process's claims hold (services/dispatch.ts CLAIM_MS) and a margin to take them over. */
const CLAIM_RUNS_OUT_MS = 10_000 + 3_000;
const ZONES = ["UTC", "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata"];

const client = createClient();
let servers: ChildServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
});

/** Tokens of claims held both half a second after a tick and a second later: a dead process's. */
async function staleClaims(clock: { start: number; rate: number; anchor: number }): Promise<number> {
  const sample = async () => {
    const tick = Math.ceil(simAt(clock) / MINUTE) * MINUTE;
    await sleep(realAt(clock, tick) + 500 - Date.now());
    return new Set((await claimedSchedules()).map((claim) => `${claim.id} ${claim.claimToken}`));
  };
  const first = await sample();
  const second = await sample();
  return [...first].filter((claim) => second.has(claim)).length;
}

/** Polls, from just before each simulated minute, for the child settling its claims; null after `withinMs`. */
async function untilWriter(clock: { start: number; rate: number; anchor: number }, withinMs = 4_000): Promise<number | null> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const tick = Math.ceil(simAt(clock) / MINUTE) * MINUTE;
    await sleep(realAt(clock, tick) - Date.now() - 5);
    const tickEnd = Math.min(deadline, realAt(clock, tick) + 400);
    while (Date.now() < tickEnd) {
      // Claims made, and one process writing on two looks 3 ms apart: not another's brief claim
      // UPDATE that finds nothing, but the holder's settle transaction.
      if ((await claimedSchedules()).length === 0) continue;
      const index = await writerAmong(servers);
      if (index === null) continue;
      await sleep(3);
      if ((await writerAmong(servers)) === index) return index;
    }
  }
  return null;
}

describe(`${PROCESSES} processes on one database, one SIGKILLed and restarted`, () => {
  it(`lose and double no run of ${SCHEDULES} schedules over ${RUN_SECONDS} s`, async () => {
    const specs = Array.from({ length: SCHEDULES }, (_, i) => ({
      specification: i % 10 === 9 ? "*/2 * * * *" : "* * * * *",
      location: ZONES[i % ZONES.length],
    }));
    const schedules = await createSchedules(client, specs);
    const lastCreated = Math.max(...schedules.map((s) => s.createdAt.getTime()));
    const clock = { start: Math.floor(lastCreated / MINUTE + 1) * MINUTE, rate: 60, anchor: Date.now() + STARTUP_BUDGET_MS };
    servers = await startDispatchers(PROCESSES, clock);
    const end = realAt(clock, clock.start + RUN_SECONDS * MINUTE);

    await sleep(realAt(clock, clock.start + 5 * MINUTE) - Date.now());
    const kills: { victim: number; inWrite: boolean; claimsHeld: boolean; stale: number; restartMs: number; exit: unknown }[] = [];
    while (kills.length < 6 && Date.now() < end - CLAIM_RUNS_OUT_MS - 3_000) {
      // The process settling its claims if the OS shows one within a few ticks; else one in turn while
      // some dispatcher holds claims.
      let victim = await untilWriter(clock);
      const inWrite = victim !== null;
      const claimsHeld = inWrite || (await untilClaimsHeld(clock));
      victim ??= 1 + (kills.length % (PROCESSES - 1));
      servers[victim].process.kill("SIGKILL");
      const exit = await servers[victim].stop("SIGKILL");
      const killed = Date.now();
      const [restarted, stale] = await Promise.all([startDispatcher(clock), staleClaims(clock)]);
      servers[victim] = restarted;
      kills.push({ victim, inWrite, claimsHeld, stale, restartMs: Date.now() - killed, exit });
      if (stale > 0) break;
    }
    // A kill hit the holder of the claims mid-settle: its claims stayed until they ran out.
    expect(kills.some((kill) => kill.stale > 0)).toBe(true);
    expect(kills.map((kill) => kill.exit)).toEqual(kills.map(() => ({ code: null, signal: "SIGKILL" })));

    await sleep(end - Date.now());
    const claimsHeld = await untilClaimsHeld(clock);
    const stopSim = simAt(clock);
    const exits = await Promise.all(servers.map((server) => server.stop("SIGTERM")));
    const outputs = servers.map((server) => server.output());
    servers = [];
    expect(claimsHeld).toBe(true);
    expect(exits).toEqual(Array.from({ length: PROCESSES }, () => ({ code: 0, signal: null })));
    expect(await claimedSchedules()).toEqual([]);

    const report = await exactlyOnce(client, schedules, clock);
    const trouble = childTrouble(outputs);
    process.stderr.write(
      `[runs-processes-kill] kills ${JSON.stringify(kills.map(({ exit: _, ...kill }) => kill))}; ${report.runs} runs in ${RUN_SECONDS} s ` +
        `(${(report.runs / RUN_SECONDS).toFixed(1)} runs/s), expected ${report.expected}; duplicates ${report.duplicates.length}, ` +
        `missing ${report.missing.length}, unexpected ${report.unexpected.length}, early ${report.early.length}; ` +
        `origins ${JSON.stringify(report.origins)}; lateness (real ms) p50 ${report.latenessRealMs.p50} p99 ${report.latenessRealMs.p99} ` +
        `max ${report.latenessRealMs.max}; child warnings ${trouble.lines.length} (SQLITE_BUSY ${trouble.busy})\n` +
        trouble.lines.slice(0, 5).join("\n"),
    );
    expect(report.duplicates).toEqual([]);
    expect(report.missing).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(report.early).toEqual([]);
    expect(Object.keys(report.origins).filter((origin) => origin !== "SCHEDULED" && origin !== "CATCH_UP")).toEqual([]);
    expect(report.states).toEqual({ RECORDED: report.runs });
    expect(report.runsUntil.min.getTime()).toBeGreaterThan(stopSim - 3 * MINUTE);
    expect(report.runs).toBeGreaterThanOrEqual(Math.floor(RUN_SECONDS * (90 + 10 / 2) * 0.95));
    expect(trouble.lines).toEqual([]);
  }, 90_000);
});
