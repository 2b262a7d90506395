/**
 * Where a dispatch pass spends its time: `DATABASE_URL=… tsx test/bench/profile-dispatch.ts` (default: a
 * fresh SQLite file). Seeds PROFILE_SCHEDULES (default 10,000) job schedules `* * * * *` as the service
 * writes them, lets one pass read them (they become due at the next minute), then runs the passes of that
 * minute in this process on a clock reading 10 ms past it, and prints per pass its wall time and each SQL
 * statement's share (Prisma's query events), the rest being JavaScript (planning, Prisma's own work).
 * On a busy machine wall times vary several-fold; the CPU time of the process (on SQLite it includes the
 * database's work, which runs in-process) is the steadier figure to compare two versions by.
 * PROFILE_BATCH: schedules per pass (default the dispatcher's). PROFILE_ENGINE=postgres: on an embedded (durable) PostgreSQL server; PROFILE_SQL=1 lists the statements.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "../helpers/child-server";
import { createMigratedDatabase, startEmbeddedPostgres, type PostgresServer } from "../helpers/postgres";

const COUNT = Number(process.env.PROFILE_SCHEDULES ?? 10_000);
/** How long before the instant the first commit's transaction starts (PROFILE_WRITE_LEAD_MS, real ms). */
const WRITE_LEAD_MS = Number(process.env.PROFILE_WRITE_LEAD_MS ?? 60);
let postgres: PostgresServer | null = null;
if (!process.env.DATABASE_URL && process.env.PROFILE_ENGINE === "postgres") {
  postgres = await startEmbeddedPostgres({ durable: true });
  process.env.DATABASE_URL = await createMigratedDatabase(postgres, "profile_dispatch");
} else if (!process.env.DATABASE_URL) {
  const file = join(mkdtempSync(join(tmpdir(), "profile-dispatch-")), "db.sqlite");
  migrate(file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.LOG_LEVEL ??= "warn";
const { prisma, prepareDatabase } = await import("../../src/db");
const { createClock } = await import("../../src/clock");
const { commitPass, dispatchDue, preparePass } = await import("../../src/services/dispatch");
type PreparedPass = import("../../src/services/dispatch").PreparedPass;
const { LOOKAHEAD_MS, BATCH: DISPATCH_BATCH } = await import("../../src/dispatcher");
const BATCH = Number(process.env.PROFILE_BATCH ?? DISPATCH_BATCH);
await prepareDatabase();

for (let start = 0; start < COUNT; start += 500) {
  const at = new Date();
  const ids = Array.from({ length: Math.min(500, COUNT - start) }, () => randomUUID());
  await prisma.$transaction([
    prisma.schedule.createMany({
      data: ids.map((id) => ({ id, kind: "JOB" as const, createdAt: at, updatedAt: at, runsUntil: at, nextDueAt: at })),
    }),
    prisma.jobSchedule.createMany({
      data: ids.map((id, i) => ({
        id,
        name: `profile ${start + i}`,
        specification: "* * * * *",
        timeZone: "UTC",
        jobType: "BILLING_RUN" as const,
        createdAt: at,
        updatedAt: at,
      })),
    }),
  ]);
}

const queries: { query: string; ms: number }[] = [];
prisma.$on("query", (event: { query: string; duration: number }) => queries.push({ query: event.query, ms: Number(event.duration) }));

const VERBOSE = process.env.PROFILE_SQL === "1";

async function passes(label: string, clock: ReturnType<typeof createClock>) {
  const total = { claimMs: 0, readMs: 0, planMs: 0, waitMs: 0, writeMs: 0, announceMs: 0, wall: 0, runs: 0 };
  const cpu = process.cpuUsage();
  for (let i = 0; ; i++) {
    queries.length = 0;
    const started = performance.now();
    const pass = await dispatchDue(clock, BATCH);
    const wall = performance.now() - started;
    if (pass.claimed === 0) break;
    for (const key of ["claimMs", "readMs", "planMs", "waitMs", "writeMs", "announceMs"] as const) total[key] += pass.phases[key];
    total.wall += wall;
    total.runs += pass.runs.length;
    const sql = queries.reduce((sum, q) => sum + q.ms, 0);
    const phases = Object.entries(pass.phases)
      .map(([k, v]) => `${k.replace("Ms", "")} ${v.toFixed(0)}`)
      .join(", ");
    console.log(
      `${label} pass ${i}: ${pass.claimed} claimed, ${pass.runs.length} runs${pass.lost ? ", LOST" : ""}; ${wall.toFixed(0)} ms (${phases}); SQL ${sql.toFixed(0)} ms in ${queries.length} statements`,
    );
    if (VERBOSE)
      for (const q of queries)
        console.log(`      ${String(Math.round(q.ms)).padStart(5)} ms  ${q.query.replace(/\s+/g, " ").slice(0, 110)}`);
  }
  const used = process.cpuUsage(cpu);
  console.log(
    `${label} total: ${total.runs} runs in ${total.wall.toFixed(0)} ms, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU of this process (claim ${total.claimMs.toFixed(0)}, read ${total.readMs.toFixed(0)}, plan ${total.planMs.toFixed(0)}, write ${total.writeMs.toFixed(0)}, announce ${total.announceMs.toFixed(0)})`,
  );
}

/** As the dispatcher does at a boundary: passes prepared LOOKAHEAD_MS ahead, then committed once it comes. */
async function ahead(label: string, clock: ReturnType<typeof createClock>) {
  const ready: PreparedPass[] = [];
  const cpu = process.cpuUsage();
  let started = performance.now();
  for (;;) {
    const prepared = await preparePass(clock, BATCH, LOOKAHEAD_MS);
    if (!("token" in prepared)) break;
    ready.push(prepared);
  }
  const prepareMs = performance.now() - started;
  const prepareCpu = process.cpuUsage(cpu);
  const instant = ready[0]?.at;
  const late: number[] = [];
  let runs = 0;
  // the first transaction starts as long before the instant as a write takes (the dispatcher's measure of it)
  await new Promise((resolve) => setTimeout(resolve, clock.delayUntil(instant) - WRITE_LEAD_MS));
  for (const [i, pass] of ready.entries()) {
    queries.length = 0;
    const result = await commitPass(clock, pass);
    if (i === 0) started = performance.now();
    late.push(clock.now().getTime() - instant.getTime());
    runs += result.runs.length;
    const phases = Object.entries(result.phases)
      .map(([k, v]) => `${k.replace("Ms", "")} ${v.toFixed(0)}`)
      .join(", ");
    const sql = queries.reduce((sum, q) => sum + q.ms, 0);
    console.log(
      `${label} pass ${i}: ${result.claimed} claimed, ${result.runs.length} runs${result.lost ? ", LOST" : ""}; (${phases}); SQL ${sql.toFixed(0)} ms in ${queries.length} statements of the commit; committed ${late[i]} ms after the instant`,
    );
    if (VERBOSE)
      for (const q of queries)
        console.log(`      ${String(Math.round(q.ms)).padStart(5)} ms  ${q.query.replace(/\s+/g, " ").slice(0, 110)}`);
  }
  const used = process.cpuUsage(cpu);
  console.log(
    `${label} total: ${ready.length} passes prepared in ${prepareMs.toFixed(0)} ms (${((prepareCpu.user + prepareCpu.system) / 1000).toFixed(0)} ms CPU), ${runs} runs committed by ${late[late.length - 1] ?? "-"} ms after the instant (${((used.user + used.system - prepareCpu.user - prepareCpu.system) / 1000).toFixed(0)} ms CPU)`,
  );
}

// First read: the schedules become due at the next minute.
await passes("settle", createClock({}));
const due = (await prisma.schedule.findFirstOrThrow({ select: { nextDueAt: true } })).nextDueAt!;
if (process.env.PROFILE_AHEAD === "0")
  await passes("boundary", createClock({ CLOCK_START: new Date(due.getTime() + 10).toISOString(), CLOCK_RATE: "1" }));
else await ahead("boundary", createClock({ CLOCK_START: new Date(due.getTime() - LOOKAHEAD_MS).toISOString(), CLOCK_RATE: "1" }));
await prisma.$disconnect();
await postgres?.stop();
