/**
 * What the tests of runs made by several real server processes share (runs-processes*.test.ts,
 * runs-downtime.test.ts): a simulated clock that every child reads alike, the children started
 * together, the schedules created through the in-process API on the same database (before any
 * dispatcher runs, so each schedule's runsUntil is still its creation instant), and the check that
 * every occurrence the engine lists has exactly one run.
 *
 * The children run on the test file's own database (process.env.DATABASE_URL, a fresh copy of the
 * migrated template on the file's engine), so the in-process client and `prisma` read what they wrote.
 */
import { readFileSync, readdirSync, readlinkSync, statSync } from "node:fs";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { expect } from "vitest";
import { databaseFile } from "../../src/config";
import { prisma } from "../../src/db";
import { type ChildServer, startChildServer } from "../helpers/child-server";
import { type Client, expectTypename } from "../helpers/graphql";
import { graphql } from "./gql";

export const SECRET = "runs-processes-secret-of-at-least-32-bytes";
export const MINUTE = 60_000;

/** A simulated clock: it reads `start` at the real instant `anchor` and runs `rate` times as fast. */
export interface SimClock {
  start: number;
  rate: number;
  anchor: number;
}

export const simAt = (clock: SimClock, realMs = Date.now()): number => clock.start + (realMs - clock.anchor) * clock.rate;
export const realAt = (clock: SimClock, simMs: number): number => clock.anchor + (simMs - clock.start) / clock.rate;

export function clockEnv(clock: SimClock): Record<string, string> {
  return { CLOCK_START: new Date(clock.start).toISOString(), CLOCK_RATE: String(clock.rate), CLOCK_ANCHOR_MS: String(clock.anchor) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** One child server with the dispatcher on, on the test file's database, reading `clock`. */
export function startDispatcher(clock: SimClock, env: Record<string, string> = {}): Promise<ChildServer> {
  return startChildServer({
    databaseUrl: process.env.DATABASE_URL,
    secret: SECRET,
    startTimeoutMs: 60_000,
    env: { ...clockEnv(clock), DATABASE_POOL_SIZE: "4", ...env },
  });
}

/** `count` children spawned at once (the barrier: none is waited for before the others are spawned). */
export async function startDispatchers(count: number, clock: SimClock, env: Record<string, string> = {}): Promise<ChildServer[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startDispatcher(clock, env)));
  const servers = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failed = started.find((result) => result.status === "rejected");
  if (!failed) return servers;
  // the others would go on running (and loading the machine) past the test that failed
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
  throw failed.reason;
}

const CREATE_JOB = graphql(`mutation RunsProcessesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }`);

const OCCURRENCES = graphql(`query RunsProcessesOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {
  schedule(id: $id) { ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }`);

export interface CreatedSchedule {
  /** The GraphQL id. */
  id: string;
  /** The database id. */
  rawId: string;
  specification: string;
  location: string;
  /** Its creation instant on the service's clock: runs exist up to it (none for what came before). */
  createdAt: Date;
}

/** Creates job schedules through the in-process API (no dispatcher), 10 at a time; answers them with their creation instants. */
export async function createSchedules(client: Client, specs: { specification: string; location: string }[]): Promise<CreatedSchedule[]> {
  const created: Omit<CreatedSchedule, "createdAt">[] = [];
  for (let i = 0; i < specs.length; i += 10) {
    const answers = await Promise.all(
      specs.slice(i, i + 10).map(async (spec, j) => {
        const res = await client.execute(CREATE_JOB, {
          input: { name: `runs ${i + j}`, specification: spec.specification, location: spec.location, job: { jobType: "IMPORT" } },
        });
        const id = expectTypename(res.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
        return { id, rawId: decodeGlobalID(id).id, ...spec };
      }),
    );
    created.push(...answers);
  }
  const rows = await prisma.schedule.findMany({
    where: { id: { in: created.map((s) => s.rawId) } },
    select: { id: true, runsUntil: true },
  });
  const runsUntil = new Map(rows.map((row) => [row.id, row.runsUntil]));
  return created.map((s) => {
    const at = runsUntil.get(s.rawId);
    if (!at) throw new Error(`schedule ${s.rawId} has no runsUntil`);
    return { ...s, createdAt: at };
  });
}

const SET_DELIVERY =
  graphql(`mutation RunsProcessesSetDelivery($id: ID!, $input: DeliveryInput!) { setScheduleDelivery(scheduleId: $id, input: $input) {
  __typename ... on MutationSetScheduleDeliverySuccess { data { secret } } ... on Error { message } } }`);

/** Gives each schedule a delivery to `url` through the in-process API, 10 at a time; answers each schedule's secret by its GraphQL id. */
export async function setDeliveries(client: Client, schedules: CreatedSchedule[], url: string): Promise<Map<string, string>> {
  const secrets = new Map<string, string>();
  for (let i = 0; i < schedules.length; i += 10) {
    await Promise.all(
      schedules.slice(i, i + 10).map(async (schedule) => {
        const res = await client.execute(SET_DELIVERY, { id: schedule.id, input: { url } });
        const { secret } = expectTypename(res.data?.setScheduleDelivery, "MutationSetScheduleDeliverySuccess").data;
        if (!secret) throw new Error(`no secret for ${schedule.id}`);
        secrets.set(schedule.id, secret);
      }),
    );
  }
  return secrets;
}

/** The occurrences the engine lists in (after, until], through upcomingOccurrences (pages of 1000). */
export async function engineOccurrences(client: Client, id: string, after: Date, until: Date) {
  const all: { at: string; localDateTime: string; shifted: boolean }[] = [];
  let cursor = after.toISOString();
  for (;;) {
    const res = await client.execute(OCCURRENCES, { id, after: cursor, until: until.toISOString() });
    expect(res.errors).toBeUndefined();
    const schedule = res.data?.schedule;
    const page = schedule && "upcomingOccurrences" in schedule ? schedule.upcomingOccurrences : [];
    all.push(...page);
    if (page.length < 1000) return all;
    cursor = page[page.length - 1].at;
  }
}

/** Schedules still claimed: a claim some dispatcher neither settled nor gave back. */
export async function claimedSchedules(): Promise<{ id: string; claimToken: string | null; claimedUntil: Date | null }[]> {
  return prisma.schedule.findMany({ where: { claimToken: { not: null } }, select: { id: true, claimToken: true, claimedUntil: true } });
}

/**
 * Waits for the next instant at which some dispatcher holds claims (it is between its claim and its
 * settle): polls the Schedule table from just before the next simulated minute. Answers false when
 * no claim was seen within `withinMs`.
 */
export async function untilClaimsHeld(clock: SimClock, withinMs = 3_000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const nextMinute = Math.ceil(simAt(clock) / MINUTE) * MINUTE;
    await sleep(realAt(clock, nextMinute) - Date.now() - 5);
    const tickEnd = Math.min(deadline, realAt(clock, nextMinute) + 400);
    while (Date.now() < tickEnd) {
      if ((await prisma.schedule.count({ where: { claimToken: { not: null } } })) > 0) return true;
    }
  }
  return false;
}

export interface RunRow {
  scheduleId: string | null;
  dueAt: Date;
  localDateTime: string;
  shifted: boolean;
  originKey: string;
  origin: string;
  state: string;
  skipReason: string | null;
  createdAt: Date;
}

export function runsOf(rawIds: string[]): Promise<RunRow[]> {
  return prisma.run.findMany({
    where: { scheduleId: { in: rawIds } },
    select: {
      scheduleId: true,
      dueAt: true,
      localDateTime: true,
      shifted: true,
      originKey: true,
      origin: true,
      state: true,
      skipReason: true,
      createdAt: true,
    },
  });
}

export interface ExactlyOnceReport {
  runs: number;
  expected: number;
  duplicates: string[];
  missing: string[];
  unexpected: string[];
  early: string[];
  /** Runs not SCHEDULED (made after the grace). */
  late: RunRow[];
  origins: Record<string, number>;
  states: Record<string, number>;
  /** Real ms from an occurrence's instant to its run's creation. */
  latenessRealMs: { p50: number; p99: number; max: number };
  /** The earliest and latest runsUntil of the schedules once every process stopped. */
  runsUntil: { min: Date; max: Date };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * Every occurrence the engine lists in (creation, runsUntil] has exactly one run, with the engine's
 * local date-time and shift; no run lies outside; none was made before its instant.
 */
export async function exactlyOnce(client: Client, schedules: CreatedSchedule[], clock: SimClock): Promise<ExactlyOnceReport> {
  const rows = await prisma.schedule.findMany({
    where: { id: { in: schedules.map((s) => s.rawId) } },
    select: { id: true, runsUntil: true },
  });
  const until = new Map(rows.map((row) => [row.id, row.runsUntil!]));
  const runs = await runsOf(schedules.map((s) => s.rawId));
  const key = (scheduleId: string | null, at: string | Date) => `${scheduleId} ${new Date(at).toISOString()}`;
  const made = new Map<string, RunRow[]>();
  for (const run of runs) {
    const k = key(run.scheduleId, run.dueAt);
    made.set(k, [...(made.get(k) ?? []), run]);
  }
  const report: ExactlyOnceReport = {
    runs: runs.length,
    expected: 0,
    duplicates: [...made].filter(([, list]) => list.length > 1).map(([k, list]) => `${k} ×${list.length}`),
    missing: [],
    unexpected: [],
    early: runs.filter((run) => run.createdAt < run.dueAt).map((run) => key(run.scheduleId, run.dueAt)),
    late: runs.filter((run) => run.origin !== "SCHEDULED"),
    origins: {},
    states: {},
    latenessRealMs: { p50: 0, p99: 0, max: 0 },
    runsUntil: {
      min: new Date(Math.min(...rows.map((r) => r.runsUntil!.getTime()))),
      max: new Date(Math.max(...rows.map((r) => r.runsUntil!.getTime()))),
    },
  };
  const listed = new Set<string>();
  const wrongOccurrence: string[] = [];
  for (const schedule of schedules) {
    const occurrences = await engineOccurrences(client, schedule.id, schedule.createdAt, until.get(schedule.rawId)!);
    report.expected += occurrences.length;
    for (const occurrence of occurrences) {
      const k = key(schedule.rawId, occurrence.at);
      listed.add(k);
      const [run] = made.get(k) ?? [];
      if (!run) report.missing.push(k);
      else if (run.localDateTime !== occurrence.localDateTime || run.shifted !== occurrence.shifted) wrongOccurrence.push(k);
    }
  }
  report.unexpected = [...made.keys()].filter((k) => !listed.has(k));
  expect(wrongOccurrence).toEqual([]);
  for (const run of runs) {
    report.origins[run.origin] = (report.origins[run.origin] ?? 0) + 1;
    report.states[run.state] = (report.states[run.state] ?? 0) + 1;
  }
  const lateness = runs.map((run) => (run.createdAt.getTime() - run.dueAt.getTime()) / clock.rate).sort((a, b) => a - b);
  report.latenessRealMs = { p50: percentile(lateness, 0.5), p99: percentile(lateness, 0.99), max: lateness[lateness.length - 1] ?? 0 };
  return report;
}

/** Warnings and errors the children logged (JSON lines at level ≥ 40), and how many name SQLITE_BUSY. */
export function childTrouble(outputs: string[]): { lines: string[]; busy: number } {
  const lines = outputs.flatMap((output) =>
    output.split("\n").filter((line) => line.includes('"level":') && !/"level":(10|20|30),/.test(line)),
  );
  return { lines, busy: lines.filter((line) => /SQLITE_BUSY|database is locked/i.test(line)).length };
}

/** SQLite's RESERVED lock: a POSIX write lock on this byte of the database file (rollback journal). */
const SQLITE_RESERVED_BYTE = 0x40000001;

/**
 * The index of the child that is inside a write transaction on the database right now, as the
 * operating system sees it (Linux), or null: on SQLite the holder of the file's RESERVED lock
 * (/proc/locks); on PostgreSQL the owner of the client socket of the backend that holds a
 * transaction id (pg_stat_activity, then /proc/net/tcp and /proc/<pid>/fd).
 */
export async function writerAmong(servers: ChildServer[]): Promise<number | null> {
  return (await writersAmong(servers))[0] ?? null;
}

/**
 * The indexes of every child inside a write transaction right now (see writerAmong; on SQLite at most
 * one). `locks: "any"` on SQLite also counts a reader's lock on the file (a rollback journal's SHARED
 * lock, which keeps every writer from committing): a child stopped holding none blocks nobody.
 */
export async function writersAmong(servers: ChildServer[], locks: "write" | "any" = "write"): Promise<number[]> {
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) {
    const inode = statSync(databaseFile(url)).ino;
    const holders: number[] = [];
    for (const line of readFileSync("/proc/locks", "utf8").split("\n")) {
      // "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 1073741825 1073741825" (a blocked lock has "->" first)
      const fields = line.trim().split(/\s+/);
      if (fields[1] !== "POSIX" || (locks === "write" && fields[3] !== "WRITE")) continue;
      const [, , fileInode] = fields[5].split(":");
      const covers = Number(fields[6]) <= SQLITE_RESERVED_BYTE && (fields[7] === "EOF" || Number(fields[7]) >= SQLITE_RESERVED_BYTE);
      if (Number(fileInode) !== inode || (locks === "write" && !covers)) continue;
      const index = servers.findIndex((server) => server.process.pid === Number(fields[4]));
      if (index >= 0 && !holders.includes(index)) holders.push(index);
      if (locks === "write" && holders.length > 0) break;
    }
    return holders;
  }
  const ports = await prisma.$queryRaw<{ client_port: number }[]>`
    SELECT client_port FROM pg_stat_activity
    WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`;
  const owned = portsOwnedBy(
    servers,
    ports.map((row) => row.client_port),
  );
  return owned.flatMap((mine, index) => (mine.size > 0 ? [index] : []));
}

/**
 * For each child, which of these local TCP ports (its ends of connections: to PostgreSQL, to a webhook
 * receiver) it holds open, as the operating system sees it (Linux: /proc/net/tcp and /proc/<pid>/fd).
 */
export function portsOwnedBy(servers: ChildServer[], ports: Iterable<number>): Set<number>[] {
  const wanted = new Set(ports);
  const owned = servers.map(() => new Set<number>());
  if (wanted.size === 0) return owned;
  const inodes = new Map<string, number>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const port = fields.length > 9 ? Number.parseInt(fields[1].split(":")[1], 16) : Number.NaN;
      if (wanted.has(port)) inodes.set(`socket:[${fields[9]}]`, port);
    }
  }
  for (const [index, server] of servers.entries()) {
    const fds = `/proc/${server.process.pid}/fd`;
    try {
      for (const fd of readdirSync(fds)) {
        try {
          const port = inodes.get(readlinkSync(`${fds}/${fd}`));
          if (port !== undefined) owned[index].add(port);
        } catch {
          // closed meanwhile
        }
      }
    } catch {
      // the process is gone
    }
  }
  return owned;
}
