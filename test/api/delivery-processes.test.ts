/**
 * Delivery with several real processes (SEMANTICS.md "Runs"; RUNS-DESIGN.md "How to prove it"): 4
 * server processes on one database spawned at once behind the barrier of runs-processes.test.ts, on one
 * simulated clock at 60 × real time, so that 1,000 job schedules `* * * * *` fire every real second;
 * each schedule has a delivery (set through the in-process API before the children start) to ONE
 * loopback receiver that records every request and its sender's port; a sample of the signatures is
 * verified with the standardwebhooks package.
 *
 * (a) A healthy receiver, for RUN_SECONDS (10: see its comment): every occurrence upcomingOccurrences lists has exactly one
 *     run, every run is DELIVERED at its first attempt, every webhook-id was received
 *     exactly once. Reported: counts, and the first attempt's lateness (attempt 1's startedAt − dueAt, in
 *     real ms) p50 / p99.
 * (b) Faults, on the same schedules, the clock going on from where (a) stopped: the receiver answers
 *     after 50 ms and drops 20% of the first two requests of each webhook-id (destroys the socket without
 *     answering); twice a process is SIGKILLed while the receiver holds requests it sent (the sender is
 *     found by its port: /proc/net/tcp and /proc/<pid>/fd) and restarted; at the end the receiver answers
 *     after 700 ms for 2 s (a backlog builds up), the schedules are paused, and one process is SIGSTOPped
 *     while it has attempts in flight and holds no lock on the database (else everyone would wait for
 *     it), kept stopped past its lease (WEBHOOK_TIMEOUT_MS 1 s + LEASE_MARGIN_MS 5 s, simulated × 60 = 6
 *     real s) until the other processes took its runs over, and SIGCONTed: its late outcomes change no
 *     run (one delivered stays as it was, every one ends delivered by a later attempt). Then everything
 *     drains: every run DELIVERED, each with the outcome of its last attempt applied, every request of a
 *     run with that run's webhook-id, and every run taken over from a killed or stopped process
 *     delivered again.
 *
 * At the end of each part the schedules are paused (straight in the table) and the children deliver
 * every run made (waiting out the retry delay of a run that failed many times); only then do they get SIGTERM.
 */
import { randomBytes } from "node:crypto";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "../../src/db";
import type { ChildServer } from "../helpers/child-server";
import { createClient } from "../helpers/graphql";
import { type Received, type Receiver, startReceiver } from "../helpers/receiver";
import {
  MINUTE,
  type CreatedSchedule,
  type SimClock,
  childTrouble,
  createSchedules,
  exactlyOnce,
  percentile,
  portsOwnedBy,
  realAt,
  setDeliveries,
  simAt,
  sleep,
  startDispatcher,
  startDispatchers,
  writersAmong,
} from "./runs-processes-shared";

const PROCESSES = 4;
const SCHEDULES = Number(process.env.DELIVERY_PROCESSES_SCHEDULES ?? 1000);
// 10 s, not 30: on this shared 2-core machine 4 processes deliver about 400-700 runs/s on either engine,
// not the 1,000/s the schedules make, so the backlog grows with every second run (see the report line).
const RUN_SECONDS = Number(process.env.DELIVERY_PROCESSES_SECONDS ?? 10);
const STARTUP_BUDGET_MS = 20_000;
const RATE = 60;
const TIMEOUT_MS = 1000;
/** A lease in real ms (services/delivery.ts: the timeout and LEASE_MARGIN_MS, both scaled by the rate in simulated time). */
const LEASE_REAL_MS = TIMEOUT_MS + 5_000;
/** How long the runs made by the end may take to be delivered after it. */
const DRAIN_MS = 60_000;

// Every child and this process seal and open the secrets with one key; the receivers are on loopback.
const envBefore = { key: process.env.DELIVERY_SECRET_KEY, allow: process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS };
const KEY = randomBytes(32).toString("base64");
// (a) keeps the default timeout (10 s): a loaded child's event loop can stall past 1 s, and a timed-out
// attempt is a failure that is rightly made again.
const CHILD_ENV = { DELIVERY_SECRET_KEY: KEY, WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" };
// (b) wants short leases, and 50 attempts in flight at most per process (plenty at 50 ms an answer;
// at 700 ms, at its end, the 4 fall behind the schedules).
const SHORT_LEASES = { ...CHILD_ENV, WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS), DELIVERY_CONCURRENCY: "50" };

const client = createClient();
let servers: ChildServer[] = [];
let receiver: Receiver;
let schedules: CreatedSchedule[] = [];
let secrets = new Map<string, string>();
/** Where (a) stopped: its clock and its last instant. */
let partA: { clock: SimClock; end: number } | null = null;

beforeAll(async () => {
  process.env.DELIVERY_SECRET_KEY = KEY;
  process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = "true";
  receiver = await startReceiver();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
  await receiver?.close();
  for (const [name, value] of [
    ["DELIVERY_SECRET_KEY", envBefore.key],
    ["WEBHOOK_ALLOW_PRIVATE_NETWORKS", envBefore.allow],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const runIdOf = (request: Received) => decodeGlobalID(String(request.headers["webhook-id"])).id;

/** Runs still waiting for (or in) an attempt; throws on a FAILED one. */
async function undelivered(): Promise<number> {
  const failed = await prisma.run.findMany({ where: { state: "FAILED" }, select: { id: true, failureReason: true }, take: 5 });
  expect(failed).toEqual([]);
  return prisma.run.count({ where: { state: { in: ["PENDING", "DELIVERING"] } } });
}

/**
 * The end of a part: the schedules are paused (written straight into the table, as pauseSchedule
 * does, without its version bump: the dispatchers make no more runs), then every run is delivered
 * (at most `withinMs`). Answers how many were undelivered at the pause, how many are left, and when.
 */
/**
 * Waits (at most a minute) until the dispatchers have made the runs of every occurrence due by `end`: on
 * a loaded machine (the whole suite beside this file) they may run late, never short.
 */
async function caughtUp(end: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const behind = await prisma.schedule.count({ where: { OR: [{ runsUntil: null }, { runsUntil: { lt: new Date(end) } }] } });
    if (behind === 0) return;
    await sleep(250);
  }
}

async function pauseAndDrain(
  clock: SimClock,
  withinMs: number,
  meanwhile: () => Promise<void> = async () => {},
): Promise<{ atEnd: number; left: number; drainMs: number }> {
  const paused = Date.now();
  await prisma.schedule.updateMany({ data: { pausedAt: new Date(simAt(clock)) } });
  // a dispatch pass under way when the pause was written still makes its runs
  await sleep(1_000);
  const atEnd = await undelivered();
  await meanwhile();
  for (;;) {
    const left = await undelivered();
    if (left === 0 || Date.now() > (await drainDeadline(clock, paused + withinMs))) return { atEnd, left, drainMs: Date.now() - paused };
    await sleep(250);
  }
}

/** The most a drain waits: every retry delay it must sit out (RETRY_DELAY_CAP_MS) and the window after. */
const RETRY_DELAY_CAP_MS = 90_000;

/**
 * When the drain gives up: `atLeast`, or later when a run still waits for its next attempt or its
 * lease: a run that failed many times (dropped, killed, stopped, timed out on a loaded machine) waits
 * out its retry delay (5 s, 30 s, 2 min, 10 min, 30 min, 1 h… simulated: 1 h is a real minute), plus
 * 10 s to be attempted. Never more than RETRY_DELAY_CAP_MS past `atLeast`.
 */
async function drainDeadline(clock: SimClock, atLeast: number): Promise<number> {
  const waits = await prisma.run.aggregate({
    where: { state: { in: ["PENDING", "DELIVERING"] } },
    _max: { nextAttemptAt: true, leaseUntil: true },
  });
  const latest = Math.max(waits._max.nextAttemptAt?.getTime() ?? 0, waits._max.leaseUntil?.getTime() ?? 0);
  const owed = latest > 0 ? realAt(clock, latest) + 10_000 : 0;
  return Math.max(atLeast, Math.min(owed, atLeast + RETRY_DELAY_CAP_MS));
}

/** The runs not delivered, for the report: their state, attempts and when they wait for. */
async function leftRows(clock: SimClock): Promise<string> {
  const rows = await prisma.run.findMany({
    where: { state: { not: "DELIVERED" } },
    select: { id: true, state: true, attemptCount: true, nextAttemptAt: true, leaseUntil: true },
    take: 5,
  });
  const inReal = (at: Date | null) => (at ? `${Math.round(realAt(clock, at.getTime()) - Date.now())} ms` : "-");
  return JSON.stringify(
    rows.map((row) => `${row.id} ${row.state} ×${row.attemptCount} next ${inReal(row.nextAttemptAt)} lease ${inReal(row.leaseUntil)}`),
  );
}

/** Every run with its attempts (read apart: one IN list of every run would pass SQLite's limit of bound values). */
async function deliveryRows() {
  const [runs, attempts] = await Promise.all([
    prisma.run.findMany({ select: { id: true, dueAt: true, state: true, attemptCount: true, deliveredAt: true } }),
    prisma.deliveryAttempt.findMany({
      select: { runId: true, number: true, startedAt: true, endedAt: true, runStateAfter: true, error: true },
      orderBy: [{ runId: "asc" }, { number: "asc" }],
    }),
  ]);
  const byRun = new Map<string, typeof attempts>();
  for (const attempt of attempts) {
    const list = byRun.get(attempt.runId);
    if (list) list.push(attempt);
    else byRun.set(attempt.runId, [attempt]);
  }
  return runs.map((run) => ({ ...run, attempts: byRun.get(run.id) ?? [] }));
}

/** Verifies the signatures of every `every`-th request with its schedule's secret; answers how many were verified. */
function verifySample(requests: Received[], every: number): number {
  let verified = 0;
  for (let i = 0; i < requests.length; i += every) {
    const { headers, body, at } = requests[i];
    const scheduleId: string = JSON.parse(body).data.schedule.id;
    const secret = secrets.get(scheduleId);
    expect(secret, `the secret of ${scheduleId}`).toBeDefined();
    // verified as the receiver would have on its arrival: the timestamp within 5 minutes of that (a part
    // may last longer than 5 minutes, and its first requests are read at its end)
    const now = vi.spyOn(Date, "now").mockReturnValue(at);
    let payload: { data: { runId: string } };
    try {
      payload = new Webhook(secret!).verify(body, {
        "webhook-id": String(headers["webhook-id"]),
        "webhook-timestamp": String(headers["webhook-timestamp"]),
        "webhook-signature": String(headers["webhook-signature"]),
      }) as typeof payload;
    } finally {
      now.mockRestore();
    }
    expect(payload.data.runId).toBe(headers["webhook-id"]);
    verified++;
  }
  return verified;
}

/** For each child, the requests it sent (by the ports it holds) that the receiver has not answered yet: one look at /proc for all. */
function heldBySender(): Received[][] {
  const held = receiver.received.filter((request) => request.answeredAt === undefined && request.remotePort !== undefined);
  const owned = portsOwnedBy(
    servers,
    held.map((request) => request.remotePort!),
  );
  return owned.map((ports) => held.filter((request) => ports.has(request.remotePort!)));
}

/** The child that has the most requests held by the receiver (attempts in flight), and those requests. */
function busiestSender(): { index: number; held: Received[] } {
  const byIndex = heldBySender();
  const index = byIndex.reduce((best, held, i) => (held.length > byIndex[best].length ? i : best), 0);
  return { index, held: byIndex[index] };
}

/** The children that have requests held by the receiver (attempts in flight), the busiest first. */
function sendersByHeld(): number[] {
  const held = heldBySender().map((requests) => requests.length);
  return held.flatMap((count, index) => (count > 0 ? [index] : [])).sort((a, b) => held[b] - held[a]);
}

/**
 * The child warnings that are not a transient conflict between the processes, which the loop that met
 * it retries: SQLite's busy file. Not PostgreSQL's deadlock: takes and claims skip the rows another
 * transaction holds (test/postgres/row-locks.test.ts), so none waits in a cycle.
 */
function unexpectedTrouble(lines: string[]): string[] {
  return lines.filter(
    (line) =>
      !(
        /SQLITE_BUSY|database is locked/.test(line) &&
        /a dispatch pass failed|could not record delivery attempts|the dispatcher could not read the schedules|the delivery worker could not take runs/.test(
          line,
        )
      ),
  );
}

function stateCounts(rows: { state: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.state] = (counts[row.state] ?? 0) + 1;
  return counts;
}

describe(`${PROCESSES} processes delivering the runs of ${SCHEDULES} schedules to one receiver`, () => {
  it(`(a) deliver every run once, each webhook-id received once, for ${RUN_SECONDS} s`, async () => {
    const setupStarted = Date.now();
    const zones = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata"];
    schedules = await createSchedules(
      client,
      Array.from({ length: SCHEDULES }, (_, i) => ({ specification: "* * * * *", location: zones[i % zones.length] })),
    );
    secrets = await setDeliveries(client, schedules, receiver.url);
    const setupMs = Date.now() - setupStarted;
    const lastCreated = Math.max(...schedules.map((s) => s.createdAt.getTime()));
    const clock = { start: Math.floor(lastCreated / MINUTE + 1) * MINUTE, rate: RATE, anchor: Date.now() + STARTUP_BUDGET_MS };
    const spawned = Date.now();
    servers = await startDispatchers(PROCESSES, clock, CHILD_ENV);
    const readyMs = Date.now() - spawned;
    const phases: Record<string, number> = { setupMs };
    let mark = Date.now();
    const lap = (name: string) => {
      phases[name] = Date.now() - mark;
      mark = Date.now();
    };

    const end = clock.start + RUN_SECONDS * MINUTE;
    await sleep(realAt(clock, end) - Date.now());
    await caughtUp(end);
    const { atEnd, left, drainMs } = await pauseAndDrain(clock, DRAIN_MS);
    const exits = await Promise.all(servers.map((server) => server.stop("SIGTERM")));
    const trouble = childTrouble(servers.map((server) => server.output()));
    servers = [];
    partA = { clock, end };

    mark = Date.now();
    const leftDetail = left === 0 ? "[]" : await leftRows(clock);
    const report = await exactlyOnce(client, schedules, clock);
    lap("exactlyOnceMs");
    const rows = await deliveryRows();
    lap("rowsMs");
    const requests = [...receiver.received];
    const perId = new Map<string, number>();
    for (const request of requests) perId.set(runIdOf(request), (perId.get(runIdOf(request)) ?? 0) + 1);
    const due = rows;
    const lateness = due
      .flatMap((row) => {
        const first = row.attempts.find((a) => a.number === 1);
        return first ? [(first.startedAt.getTime() - row.dueAt.getTime()) / RATE] : [];
      })
      .sort((x, y) => x - y);
    const verified = verifySample(requests, 97);
    lap("checksMs");
    const twice = rows.filter((row) => (perId.get(row.id) ?? 0) > 1).slice(0, 3);
    for (const row of twice)
      process.stderr.write(
        `[delivery-processes a] requested twice: ${row.id} due ${row.dueAt.toISOString()} requests at ${requests
          .filter((r) => runIdOf(r) === row.id)
          .map((r) => ((simAt(clock, r.at) - row.dueAt.getTime()) / RATE).toFixed(0))
          .join(", ")} real ms after due; attempts ${JSON.stringify(
          row.attempts.map((a) => ({
            ...a,
            startedAt: (a.startedAt.getTime() - row.dueAt.getTime()) / RATE,
            endedAt: (a.endedAt.getTime() - row.dueAt.getTime()) / RATE,
          })),
        )}\n`,
      );
    process.stderr.write(
      `[delivery-processes a] phases ${JSON.stringify(phases)}; ${PROCESSES} processes ready in ${readyMs} ms; ${report.runs} runs of ${SCHEDULES} schedules ` +
        `(expected ${report.expected}; duplicates ${report.duplicates.length}, missing ${report.missing.length}); ` +
        `origins ${JSON.stringify(report.origins)}; ${atEnd} not yet delivered at the end, ` +
        `all delivered ${drainMs} ms after it (${left} left: ${leftDetail}); states ${JSON.stringify(stateCounts(rows))}; requests ${requests.length}, ` +
        `${perId.size} webhook-ids, ${[...perId.values()].filter((n) => n > 1).length} received more than once; ${verified} signatures verified; ` +
        `first attempt − dueAt (real ms) p50 ${percentile(lateness, 0.5).toFixed(0)} p99 ${percentile(lateness, 0.99).toFixed(0)} ` +
        `max ${(lateness[lateness.length - 1] ?? 0).toFixed(0)}; run made − dueAt p50 ${report.latenessRealMs.p50} p99 ${report.latenessRealMs.p99}; ` +
        `child warnings ${trouble.lines.length} (SQLITE_BUSY ${trouble.busy})\n${trouble.lines.slice(0, 5).join("\n")}\n`,
    );
    expect(lateness.length).toBe(due.length);
    expect(exits).toEqual(Array.from({ length: PROCESSES }, () => ({ code: 0, signal: null })));
    expect(report.duplicates).toEqual([]);
    expect(report.missing).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(report.early).toEqual([]);
    expect(left, leftDetail).toBe(0);
    expect(due.length).toBeGreaterThanOrEqual(SCHEDULES * RUN_SECONDS);
    expect(due.filter((row) => row.state !== "DELIVERED" || row.attemptCount !== 1)).toEqual([]);
    // every webhook-id once: nothing failed, nothing was delivered again
    expect([...perId].filter(([, n]) => n > 1)).toEqual([]);
    expect(due.filter((row) => perId.get(row.id) !== 1)).toEqual([]);
    const runIds = new Set(rows.map((row) => row.id));
    expect([...perId.keys()].filter((id) => !runIds.has(id))).toEqual([]);
    expect(unexpectedTrouble(trouble.lines)).toEqual([]);
  }, 240_000);

  it("(b) deliver every run through dropped connections, SIGKILLs and a SIGSTOP past the lease, changing nothing with late outcomes", async () => {
    expect(partA, "(a) ran").not.toBeNull();
    // Where the part is, as it goes (a failure's report then says which phase took the time).
    const started = Date.now();
    const progress = (what: string) => process.stderr.write(`[delivery-processes b] at ${Date.now() - started} ms: ${what}\n`);
    const fromRequest = receiver.received.length;
    let dropped = 0;
    let answerAfterMs = 50;
    receiver.respond = (_request, nth) => {
      if (nth >= 2 || Math.random() >= 0.2) return { status: 204, delayMs: answerAfterMs };
      dropped++;
      return { drop: true, delayMs: answerAfterMs };
    };
    const untilRows = await prisma.schedule.findMany({ select: { runsUntil: true } });
    const runsUntil = Math.max(...untilRows.map((row) => row.runsUntil?.getTime() ?? 0));
    // The clock goes on from where (a)'s runs reach: no occurrence falls between the two parts.
    const clock = { start: Math.ceil(runsUntil / MINUTE) * MINUTE, rate: RATE, anchor: Date.now() + STARTUP_BUDGET_MS };
    await prisma.schedule.updateMany({ data: { pausedAt: null } });
    servers = await startDispatchers(PROCESSES, clock, SHORT_LEASES);
    const end = clock.start + RUN_SECONDS * MINUTE;
    const outputs: string[] = [];

    // Two SIGKILLs of a process with attempts in flight, each restarted on the same clock.
    const kills: { victim: number; held: number; exit: unknown; restartMs: number }[] = [];
    const killedRuns = new Set<string>();
    for (const at of [3_000, 6_000]) {
      await sleep(clock.anchor + at - Date.now());
      let { index, held } = busiestSender();
      for (let tries = 0; held.length === 0 && tries < 100; tries++) {
        await sleep(20);
        ({ index, held } = busiestSender());
      }
      servers[index].process.kill("SIGKILL");
      const exit = await servers[index].stop("SIGKILL");
      outputs.push(servers[index].output());
      for (const request of held) killedRuns.add(runIdOf(request));
      const killed = Date.now();
      servers[index] = await startDispatcher(clock, SHORT_LEASES);
      kills.push({ victim: index, held: held.length, exit, restartMs: Date.now() - killed });
    }

    progress(`kills done: ${JSON.stringify(kills.map(({ exit: _, ...kill }) => kill))}`);
    // At the end the receiver answers slowly for a while (700 ms, within the 1 s timeout): with 50
    // attempts in flight at most per process the 4 deliver at most ~290 runs/s, so a backlog builds up
    // (on a fast machine none is left at the end otherwise). Then the schedules are paused (so that no
    // dispatcher holds a write transaction open for its next instant), and one process is SIGSTOPped
    // with attempts in flight and no lock on the database, kept stopped past its lease while the others
    // deliver the backlog, its runs taken over among them.
    await sleep(realAt(clock, end) - Date.now());
    await caughtUp(end);
    answerAfterMs = 700;
    await sleep(2_000);
    progress("answered slowly for 2 s; pausing");
    const missed = { noneFree: 0, holdingALock: 0, noneUnrecorded: 0 };
    /** Stops a process with attempts in flight and no lock on the database; answers which, and at which try. */
    const stopASender = async (): Promise<{ index: number; tries: number } | null> => {
      for (let tries = 1; tries <= 300; tries++) {
        // the busiest of those with attempts in flight that hold no lock now (one may take it meanwhile: checked again once stopped)
        const writers = await writersAmong(servers, "any");
        const index = sendersByHeld().find((sender) => !writers.includes(sender));
        if (index === undefined) {
          missed.noneFree++;
          await sleep(20);
          continue;
        }
        servers[index].process.kill("SIGSTOP");
        await sleep(20);
        if (!(await writersAmong(servers, "any")).includes(index)) return { index, tries };
        missed.holdingALock++;
        servers[index].process.kill("SIGCONT");
        await sleep(30);
      }
      return null;
    };
    let frozen: { index: number; tries: number } | null = null;
    let stoppedAt = 0;
    let asked: string[] = [];
    let staleBefore: { id: string; attemptCount: number }[] = [];
    let stale: string[] = [];
    let before = new Map<string, number>();
    let takenOver: { id: string; state: string; deliveredAt: Date | null; attemptCount: number }[] = [];
    let staleAfter: typeof takenOver = [];
    let staleRows: { runId: string; number: number; runStateAfter: string; error: string | null }[] = [];
    let stoppedMs = 0;
    const { atEnd, left, drainMs } = await pauseAndDrain(clock, DRAIN_MS, async () => {
      // Stopped again (after a SIGCONT) in the rare case where every attempt it had in flight was recorded
      // before it stopped (or belonged to runs another process had taken over).
      for (let round = 1; round <= 5 && !frozen; round++) {
        const stopped = await stopASender();
        if (!stopped) break;
        stoppedAt = Date.now();
        // What it sent before it stopped (a record's COMMIT) lands meanwhile: a run it delivered itself is not stale.
        await sleep(500);
        // Its attempts not recorded: the runs it asked for lately that are still DELIVERING (no other process takes them before the lease runs out).
        const recentPorts = receiver.received
          .filter((r) => r.at > stoppedAt - 3_000 && r.remotePort !== undefined)
          .map((r) => r.remotePort!);
        const mine = portsOwnedBy(servers, recentPorts)[stopped.index];
        asked = [...new Set(receiver.received.filter((r) => r.at > stoppedAt - 3_000 && mine.has(r.remotePort!)).map(runIdOf))];
        staleBefore = await prisma.run.findMany({
          where: { id: { in: asked }, state: "DELIVERING" },
          select: { id: true, attemptCount: true },
        });
        if (staleBefore.length > 0) {
          frozen = stopped;
          break;
        }
        missed.noneUnrecorded++;
        const states = await prisma.run.groupBy({ by: ["state"], where: { id: { in: asked } }, _count: true });
        progress(
          `process ${stopped.index} stopped with no attempt unrecorded (asked for ${asked.length} runs: ${JSON.stringify(states)}); SIGCONT`,
        );
        servers[stopped.index].process.kill("SIGCONT");
      }
      answerAfterMs = 50;
      expect(frozen, `a process stopped with attempts in flight and no database lock (missed: ${JSON.stringify(missed)})`).not.toBeNull();
      progress(`process ${frozen!.index} stopped at try ${frozen!.tries} (missed ${JSON.stringify(missed)})`);
      stale = staleBefore.map((row) => row.id);
      before = new Map(staleBefore.map((row) => [row.id, row.attemptCount]));
      // Taken over once the lease ran out (those come before any PENDING run), and delivered by another process.
      const readStale = () =>
        prisma.run.findMany({
          where: { id: { in: stale } },
          select: { id: true, state: true, deliveredAt: true, attemptCount: true },
          orderBy: { id: "asc" },
        });
      const deadline = stoppedAt + LEASE_REAL_MS + 20_000;
      takenOver = await readStale();
      while (!takenOver.every((row) => row.state === "DELIVERED" && row.attemptCount > before.get(row.id)!) && Date.now() <= deadline) {
        await sleep(200);
        takenOver = await readStale();
      }
      stoppedMs = Date.now() - stoppedAt;
      progress(
        `${stale.length} stale runs, ${takenOver.filter((row) => row.state === "DELIVERED").length} delivered by others; SIGCONT after ${stoppedMs} ms`,
      );
      servers[frozen!.index].process.kill("SIGCONT");
      // Its attempts end (answered or timed out) and their outcomes are written within a few hundred ms.
      await sleep(3_000);
      staleAfter = await readStale();
      staleRows = await prisma.deliveryAttempt.findMany({
        where: { runId: { in: stale } },
        select: { runId: true, number: true, runStateAfter: true, error: true },
      });
    });
    progress(`drained: ${atEnd} undelivered at the pause, ${left} left after ${drainMs} ms`);
    const exits = await Promise.all(servers.map((server) => server.stop("SIGTERM")));
    outputs.push(...servers.map((server) => server.output()));
    // A transaction the stopped process had open, not written to (it blocked nobody: the check above),
    // ran out while it was stopped, and what it was for is made again: what a process stopped past
    // Prisma's transaction timeout does, not a fault.
    const expiredWhileStopped = childTrouble([servers[frozen!.index].output()]).lines.filter((line) => /expired transaction/.test(line));
    servers = [];

    const leftDetail = left === 0 ? "[]" : await leftRows(clock);
    const report = await exactlyOnce(client, schedules, clock);
    const rows = await deliveryRows();
    const requests = receiver.received.slice(fromRequest);
    const byRun = new Map<string, Received[]>();
    for (const request of requests) {
      const id = runIdOf(request);
      const list = byRun.get(id);
      if (list) list.push(request);
      else byRun.set(id, [request]);
    }
    const redelivered = [...byRun.values()].filter((list) => list.length > 1);
    const noOutcome = rows.filter((row) => row.attempts.some((a) => a.error?.startsWith("no outcome recorded")));
    const lastApplied = rows.filter((row) => {
      const last = row.attempts[row.attempts.length - 1];
      return (
        !last ||
        last.number !== row.attemptCount ||
        last.runStateAfter !== "DELIVERED" ||
        row.deliveredAt?.getTime() !== last.endedAt.getTime()
      );
    });
    const gaps = rows.filter((row) => row.attempts.some((a, i) => a.number !== i + 1));
    const twiceDelivered = rows.filter((row) => row.attempts.filter((a) => a.runStateAfter === "DELIVERED").length > 1);
    const verified = verifySample(requests, 97);
    const trouble = childTrouble(outputs);
    process.stderr.write(
      `[delivery-processes b] kills ${JSON.stringify(kills.map(({ exit: _, ...kill }) => kill))}; SIGSTOP of process ${frozen!.index} ` +
        `(try ${frozen!.tries}, missed ${JSON.stringify(missed)}) with ${stale.length} attempts unrecorded (of ${asked.length} runs it asked for in its last 3 s), stopped ${stoppedMs} ms; its runs after the takeover ${JSON.stringify(stateCounts(takenOver))}; ` +
        `${report.runs} runs (expected ${report.expected}; duplicates ${report.duplicates.length}, missing ${report.missing.length}); ` +
        `origins ${JSON.stringify(report.origins)}; ${atEnd} not yet delivered at the end, all delivered ${drainMs} ms after it (${left} left: ${leftDetail}); states ${JSON.stringify(stateCounts(rows))}; requests ${requests.length} (${dropped} dropped), ` +
        `${redelivered.length} runs requested more than once, ${noOutcome.length} taken over ("no outcome recorded"), ` +
        `${twiceDelivered.length} with two DELIVERED attempt rows (a late real outcome kept as a row), ${gaps.length} with a gap in their attempt numbers, at most ${rows.reduce((most, row) => Math.max(most, row.attemptCount), 0)} attempts per run; ` +
        `${verified} signatures verified; child warnings ${trouble.lines.length} (SQLITE_BUSY ${trouble.busy}, a transaction of the stopped process expired ${expiredWhileStopped.length})\n${trouble.lines.slice(0, 5).join("\n")}\n`,
    );
    expect(kills.map((kill) => kill.exit)).toEqual(kills.map(() => ({ code: null, signal: "SIGKILL" })));
    expect(kills.every((kill) => kill.held > 0)).toBe(true);
    expect(exits).toEqual(Array.from({ length: PROCESSES }, () => ({ code: 0, signal: null })));
    // the stale worker: its runs were taken over and delivered while it was stopped, and its late outcomes changed none of them
    expect(stale.length).toBeGreaterThan(0);
    // every one taken over while it was stopped; those already delivered then stayed as they were, and
    // every one ended delivered by a later attempt than its own
    expect(takenOver.filter((row) => row.attemptCount <= before.get(row.id)!)).toEqual([]);
    const deliveredBeforeSigcont = new Set(takenOver.filter((row) => row.state === "DELIVERED").map((row) => row.id));
    expect(staleAfter.filter((row) => deliveredBeforeSigcont.has(row.id))).toEqual(
      takenOver.filter((row) => deliveredBeforeSigcont.has(row.id)),
    );
    const finalRows = new Map(rows.map((row) => [row.id, row]));
    expect(stale.filter((id) => finalRows.get(id)?.state !== "DELIVERED" || finalRows.get(id)!.attemptCount <= before.get(id)!)).toEqual(
      [],
    );
    // each stale attempt kept a row: the takeover's "no outcome recorded", or the late real outcome that replaced it
    expect(stale.filter((id) => !staleRows.some((row) => row.runId === id && row.number === before.get(id)))).toEqual([]);
    // nothing lost, nothing doubled, everything delivered
    expect(report.duplicates).toEqual([]);
    expect(report.missing).toEqual([]);
    expect(report.unexpected).toEqual([]);
    expect(report.early).toEqual([]);
    expect(left, leftDetail).toBe(0);
    expect(rows.filter((row) => row.state !== "DELIVERED").map((row) => `${row.id} ${row.state}`)).toEqual([]);
    expect(lastApplied.map((row) => row.id)).toEqual([]);
    // a redelivered run carries its own webhook-id on every request (the body says which run it is)
    for (const [runId, list] of byRun) {
      for (const request of list) expect(JSON.parse(request.body).data.runId).toBe(request.headers["webhook-id"]);
      expect(new Set(list.map((request) => request.headers["webhook-id"])).size, runId).toBe(1);
    }
    // the runs in flight in a killed process were attempted again, with the same webhook-id
    expect([...killedRuns].filter((id) => (byRun.get(id)?.length ?? 0) < 2)).toEqual([]);
    expect(noOutcome.length).toBeGreaterThan(0);
    expect(unexpectedTrouble(trouble.lines).filter((line) => !expiredWhileStopped.includes(line))).toEqual([]);
  }, 330_000);
});
