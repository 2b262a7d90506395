/**
 * `npm run bench:service` (not part of `npm test`): the service's throughput, measured side by side in
 * one run against real processes on 127.0.0.1.
 *
 * A real server process (src/server.ts) on a fresh, migrated SQLite file with 50 stored schedules
 * (20 job, 15 campaign template, 15 issuing), and a bare graphql-yoga + Pothos server (bare-server.ts)
 * as the baseline. autocannon (10 connections, BENCH_SECONDS each, default 10) sends, in ROUNDS rounds
 * (default 3) interleaved so that a noisy neighbour hurts every operation alike:
 *
 *   bare      { hello } to the bare server
 *   typename  { __typename } with a token
 *   list      schedules(first: 50) { edges { node { __typename ... on Recurring { timeZone } } } }
 *   list+occ  the same with upcomingOccurrences(first: 10) { at localDateTime shifted }
 *
 * The same three service operations run, in the same rounds, against a second server process on
 * PostgreSQL (TEST_POSTGRES_URL's server, or an embedded one; BENCH_ENGINES=sqlite skips it).
 *
 * Every answer is checked (status 200, no `errors`, the page holds 50 schedules). The load generator
 * shares the machine with the servers, so absolute figures are low; the ratios are the result:
 * list+occ / list ≥ 0.8, typename / bare ≥ 0.8, list / typename ≥ 0.25 (the goals of the issue).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { childToken, freePort, migrate, post, ROOT, startChildServer, type ChildServer } from "../helpers/child-server";
import { createMigratedDatabase, startEmbeddedPostgres, startTestPostgres, type PostgresServer } from "../helpers/postgres";

const require = createRequire(import.meta.url);
// autocannon ships no types; the few fields used here are typed below
const autocannon = require("autocannon") as (options: Record<string, unknown>) => Promise<{
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WITH_POSTGRES = (process.env.BENCH_ENGINES ?? "sqlite,postgres").split(",").includes("postgres");
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CONNECTIONS = 10;
const SECRET = "bench-secret-of-at-least-32-bytes-long";
const ZONES = ["UTC", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
const CRONS = ["*/15 * * * *", "0 2 * * *", "30 2 * * *", "0 9 * * MON-FRI", "0 0 1 * *", "@daily", "0 */3 * * *"];

const LIST = `{ schedules(first: 50) { edges { node { __typename ... on Recurring { timeZone } } } } }`;
const LIST_OCC = `{ schedules(first: 50) { edges { node { __typename ... on Recurring { timeZone upcomingOccurrences(first: 10) { at localDateTime shifted } } } } } }`;

async function must(url: string, token: string, query: string, variables: Record<string, unknown>, success: string) {
  const { body } = await post(url, token, query, variables);
  const result = Object.values(body.data ?? {})[0] as { __typename?: string } | undefined;
  if (result?.__typename !== success) throw new Error(`seeding failed: ${JSON.stringify(body)}`);
  return result as any;
}

async function seed(url: string, token: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await must(
      url,
      token,
      `mutation($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }`,
      {
        input: {
          name: `bench job ${i}`,
          specification: CRONS[i % CRONS.length],
          location: ZONES[i % ZONES.length],
          job: { jobType: "BILLING_RUN" },
        },
      },
      "MutationCreateJobScheduleSuccess",
    );
  }
  for (let i = 0; i < 15; i++) {
    const template = await must(
      url,
      token,
      `mutation($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } } }`,
      {
        input: { name: `bench template ${i}` },
      },
      "MutationCreateCampaignTemplateSuccess",
    );
    await must(
      url,
      token,
      `mutation($id: ID!, $input: CampaignTemplateScheduleInput!) { setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename } }`,
      {
        id: template.data.id,
        input: {
          type: "WEEKLY",
          days: { type: "RANGE", values: ["2", "6"] },
          hours: { type: "LIST", values: ["8"], interval: 3 },
          timeZoneId: ZONES[i % ZONES.length],
        },
      },
      "MutationSetCampaignTemplateScheduleSuccess",
    );
  }
  for (let i = 0; i < 15; i++) {
    const reference = `BENCH-${i}`;
    await must(
      url,
      token,
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { __typename } }`,
      {
        input: { reference, name: `Bench ${i}`, type: "DIGITAL" },
      },
      "MutationCreateProductSuccess",
    );
    await must(
      url,
      token,
      `mutation($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) { __typename } }`,
      {
        ref: reference,
        input: {
          friendlyName: `bench issue ${i}`,
          entitlementFormat: `PDF-${i}`,
          scheduleType: "monthly",
          monthlySchedule: { issuingDay: 31, issuingTime: "08:00" },
          timeZone: ZONES[i % ZONES.length],
        },
      },
      "MutationCreateIssuingScheduleSuccess",
    );
  }
}

/** Requests per second for one operation; throws on any answer that is not a clean 200. */
async function measure(url: string, headers: Record<string, string>, query: string, check: (body: any) => boolean): Promise<number> {
  let bad = 0;
  let sample = "";
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
    timeout: 10,
    setupClient(client: { on(event: string, listener: (...args: any[]) => void): void }) {
      client.on("body", (body: Buffer) => {
        try {
          if (check(JSON.parse(body.toString()))) return;
        } catch {
          // not JSON
        }
        bad += 1;
        sample ||= body.toString().slice(0, 300);
      });
    },
  });
  if (result.non2xx || result.errors || result.timeouts || bad) {
    throw new Error(
      `${query}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, ${bad} bad answers ${sample}`,
    );
  }
  return result.requests.average;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

type Operation = "bare" | "typename" | "list" | "list+occ";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "schedules-bench-"));
  const dbFile = join(dir, "schedules.db");
  migrate(dbFile);
  const env = { LOG_LEVEL: "error", NODE_ENV: "production" };
  const servers: { engine: string; server: ChildServer }[] = [
    { engine: "sqlite", server: await startChildServer({ dbFile, secret: SECRET, env }) },
  ];
  let postgres: PostgresServer | null = null;
  if (WITH_POSTGRES) {
    // an embedded server keeps PostgreSQL's durable defaults here (fsync on), as in production
    postgres = process.env.TEST_POSTGRES_URL ? await startTestPostgres() : await startEmbeddedPostgres({ durable: true });
    const databaseUrl = await createMigratedDatabase(postgres, `bench_${process.pid}_${Date.now().toString(36)}`);
    servers.push({ engine: "postgres", server: await startChildServer({ databaseUrl, secret: SECRET, env }) });
  }
  const barePort = await freePort();
  const bare = spawn(process.execPath, ["--import", "tsx", "test/bench/bare-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(barePort) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => bare.stdout!.once("data", () => resolve()));
  try {
    const token = await childToken(SECRET);
    for (const { server } of servers) await seed(server.url, token);
    const auth = { authorization: `Bearer ${token}` };
    const ok = (body: any) => body.data != null && !body.errors;
    const page = (body: any) => ok(body) && body.data.schedules.edges.length === 50;
    const figures = servers.map(() => ({ bare: [], typename: [], list: [], "list+occ": [] }) as Record<Operation, number[]>);
    for (let round = 0; round < ROUNDS; round++) {
      const bareRate = await measure(`http://127.0.0.1:${barePort}/graphql`, {}, "{ hello }", ok);
      for (const [i, { server }] of servers.entries()) {
        figures[i].bare.push(bareRate);
        figures[i].typename.push(await measure(server.url, auth, "{ __typename }", ok));
        figures[i].list.push(await measure(server.url, auth, LIST, page));
        figures[i]["list+occ"].push(await measure(server.url, auth, LIST_OCC, page));
      }
    }
    console.log(`
bench:service: ${CONNECTIONS} connections, ${SECONDS} s per operation, ${ROUNDS} rounds; Node ${process.version}, ${cpus().length} cores shared by load generator and servers`);
    for (const [i, { engine }] of servers.entries()) {
      const m = Object.fromEntries(Object.entries(figures[i]).map(([k, v]) => [k, median(v)])) as Record<Operation, number>;
      const ratio = (a: number, b: number) => (a / b).toFixed(2);
      const line = (name: string, values: number[]) =>
        `  ${name.padEnd(9)} ${values.map((v) => v.toFixed(0).padStart(6)).join(" ")}   median ${m[name as Operation].toFixed(0)}`;
      console.log(`
${engine === "sqlite" ? "SQLite" : "PostgreSQL"}: req/s per round:
${Object.entries(figures[i])
  .map(([k, v]) => line(k, v))
  .join("\n")}
ratios (medians):                          goal
  list+occ / list       ${ratio(m["list+occ"], m.list).padStart(5)}              >= 0.80
  typename / bare       ${ratio(m.typename, m.bare).padStart(5)}              >= 0.80
  list / typename       ${ratio(m.list, m.typename).padStart(5)}              >= 0.25`);
    }
    if (servers.length === 2) {
      const [a, b] = figures.map((f) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, median(v)])) as Record<Operation, number>);
      console.log(`
PostgreSQL / SQLite (medians): typename ${(b.typename / a.typename).toFixed(2)}, list ${(b.list / a.list).toFixed(2)}, list+occ ${(b["list+occ"] / a["list+occ"]).toFixed(2)}
`);
    }
  } finally {
    bare.kill("SIGTERM");
    for (const { server } of servers) await server.stop("SIGTERM");
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
