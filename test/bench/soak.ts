/**
 * Soak run (`npm run soak`, not part of `npm test`): a real server process on 127.0.0.1 with a fresh,
 * migrated SQLite file in a temp dir, then autocannon with 50 connections for 60 s (SOAK_SECONDS to
 * change it, SOAK_CONNECTIONS for the connections) sending a fixed mix of reads and writes:
 *
 *   reads  schedules page (20) with upcomingOccurrences(first: 5) and nextOccurrence; node(id) of a job;
 *          previewOccurrences of a cron, a campaign and an issuing spec; product(reference)
 *   writes createJobSchedule (unique names); updateJobSchedule with expectedVersion (a ConflictError
 *          "Write Conflict" is an expected answer when another connection wrote it first);
 *          createIssuingSchedule with unique friendly names and entitlement formats
 *
 * Every body is parsed. Counted as failures: non-2xx answers, 5xx, any INTERNAL_SERVER_ERROR, any
 * GraphQL error, any typed error other than that ConflictError, socket errors and timeouts. At the end
 * the server is stopped with SIGTERM (exit code 0 expected), the file is checked (`PRAGMA
 * integrity_check`, and one row per job schedule and issuing schedule answered as created, plus at most
 * one per connection for the answers autocannon drops when the time is up).
 * Prints requests/s, latency p50/p99 and the totals; exits 1 on any failure.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { childToken, migrate, post, startChildServer, type ChildServer } from "../helpers/child-server";

const require = createRequire(import.meta.url);
// autocannon ships no types; the few fields used here are typed below
const autocannon = require("autocannon") as (options: Record<string, unknown>) => Promise<AutocannonResult> & { stop?: () => void };

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  "1xx": number;
  "2xx": number;
  "3xx": number;
  "4xx": number;
  "5xx": number;
  duration: number;
}

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
const SECRET = "soak-secret-of-at-least-32-bytes-long";
const SEED_JOBS = 200;
const SEED_PRODUCTS = 100;
const ZONES = ["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago"];
const CRONS = ["*/15 * * * *", "0 2 * * *", "30 2 * * *", "0 9 * * MON-FRI", "0 0 1 * *", "@daily", "0 */3 * * *", "5 4 * * SUN"];

const dir = mkdtempSync(join(tmpdir(), "schedules-soak-"));
const dbFile = join(dir, "schedules.db");

// ---- counters ----

const counts = {
  answered: new Map<string, number>(), // "op typename" → n
  conflicts: 0,
  internal: 0,
  graphqlErrors: 0,
  unexpected: 0,
  http5xx: 0,
  non2xx: 0,
};
const samples: string[] = [];
function bump(key: string) {
  counts.answered.set(key, (counts.answered.get(key) ?? 0) + 1);
}
function unexpected(op: string, status: number, body: string) {
  counts.unexpected += 1;
  if (samples.length < 10) samples.push(`${op} HTTP ${status}: ${body.slice(0, 400)}`);
}

/** Job ids with the last version answered for each (updates pass it as expectedVersion). */
const jobs: { id: string; version: number }[] = [];
const products: string[] = [];
let createdJobs = 0;
let createdIssuing = 0;
let sequence = 0;

function pickJob() {
  return jobs[Math.floor(Math.random() * jobs.length)];
}
const pickOf = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];

/** One entry of autocannon's request cycle: a body made per request, its answer judged. */
function operation(
  name: string,
  build: () => { query: string; variables?: Record<string, unknown> },
  judge: (data: any) => "ok" | "conflict" | "unexpected" = () => "ok",
) {
  return {
    method: "POST",
    path: "/graphql",
    setupRequest(request: Record<string, unknown>) {
      return { ...request, method: "POST", path: "/graphql", body: JSON.stringify(build()) };
    },
    onResponse(status: number, body: string) {
      if (status >= 500) counts.http5xx += 1;
      if (status < 200 || status >= 300) {
        counts.non2xx += 1;
        return unexpected(name, status, body);
      }
      let parsed: any;
      try {
        parsed = JSON.parse(body);
      } catch {
        return unexpected(name, status, body);
      }
      if (parsed.errors?.length) {
        counts.graphqlErrors += 1;
        if (parsed.errors.some((e: any) => e.extensions?.code === "INTERNAL_SERVER_ERROR")) counts.internal += 1;
        return unexpected(name, status, body);
      }
      const verdict = judge(parsed.data);
      bump(`${name} ${verdict}`);
      if (verdict === "conflict") counts.conflicts += 1;
      if (verdict === "unexpected") unexpected(name, status, body);
    },
  };
}

const typename = (value: any, success: string): "ok" | "conflict" | "unexpected" =>
  value?.__typename === success
    ? "ok"
    : value?.__typename === "ConflictError" && value.message === "Write Conflict"
      ? "conflict"
      : "unexpected";

const JOB_RESULT = `__typename ... on Error { message code } ... on ValidationError { fieldErrors { path message } }`;

const requests = [
  operation(
    "schedules page",
    () => ({
      query: `query($kind: ScheduleKind) { schedules(kind: $kind, first: 20) { edges { cursor node { __typename
      ... on Recurring { timeZone upcomingOccurrences(first: 5) { at localDateTime shifted } nextOccurrence { at } } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { kind: pickOf([null, "JOB", "ISSUING", "CAMPAIGN_TEMPLATE"]) },
    }),
    (data) => (Array.isArray(data?.schedules?.edges) ? "ok" : "unexpected"),
  ),
  operation(
    "createJobSchedule",
    () => ({
      query: `mutation($input: JobScheduleInput!) { createJobSchedule(input: $input) { ${JOB_RESULT} ... on MutationCreateJobScheduleSuccess { data { id version } } } }`,
      variables: {
        input: {
          name: `soak job ${++sequence}`,
          specification: pickOf(CRONS),
          location: pickOf(ZONES),
          job: { jobType: pickOf(["BILLING_RUN", "IMPORT", "PAYMENT_RUN", "TAX_RUN"]) },
        },
      },
    }),
    (data) => {
      const verdict = typename(data?.createJobSchedule, "MutationCreateJobScheduleSuccess");
      if (verdict === "ok") {
        createdJobs += 1;
        jobs.push({ id: data.createJobSchedule.data.id, version: data.createJobSchedule.data.version });
      }
      return verdict === "conflict" ? "unexpected" : verdict;
    },
  ),
  operation(
    "node(id)",
    () => ({
      query: `query($id: ID!) { node(id: $id) { __typename id ... on JobSchedule { name specification scheduledFor { at } } } }`,
      variables: { id: pickJob().id },
    }),
    (data) => (data?.node?.__typename === "JobSchedule" ? "ok" : "unexpected"),
  ),
  operation(
    "previewOccurrences job",
    () => ({
      query: `query($spec: ScheduleSpecInput!) { previewOccurrences(spec: $spec, first: 20) { __typename ... on QueryPreviewOccurrencesSuccess { data { at shifted } } } }`,
      variables: { spec: { job: { specification: pickOf(CRONS), location: pickOf(ZONES) } } },
    }),
    (data) => typename(data?.previewOccurrences, "QueryPreviewOccurrencesSuccess"),
  ),
  operation(
    "updateJobSchedule",
    () => {
      const job = pickJob();
      return {
        query: `mutation($id: ID!, $input: JobScheduleInput!, $v: Int) { updateJobSchedule(id: $id, input: $input, expectedVersion: $v) {
        ${JOB_RESULT} ... on MutationUpdateJobScheduleSuccess { data { id version } } } }`,
        variables: {
          id: job.id,
          v: job.version,
          input: { name: `soak update ${++sequence}`, specification: pickOf(CRONS), location: pickOf(ZONES), job: { jobType: "TAX_RUN" } },
        },
      };
    },
    (data) => {
      const verdict = typename(data?.updateJobSchedule, "MutationUpdateJobScheduleSuccess");
      if (verdict === "ok") {
        const job = jobs.find((j) => j.id === data.updateJobSchedule.data.id);
        if (job && job.version < data.updateJobSchedule.data.version) job.version = data.updateJobSchedule.data.version;
      }
      return verdict;
    },
  ),
  operation(
    "previewOccurrences campaign",
    () => ({
      query: `query($spec: ScheduleSpecInput!) { previewOccurrences(spec: $spec, first: 20) { __typename ... on QueryPreviewOccurrencesSuccess { data { at shifted } } } }`,
      variables: {
        spec: {
          campaignTemplate: {
            type: "WEEKLY",
            days: { type: "LIST", values: ["2", "4", "6"] },
            hours: { type: "RANGE", values: ["8", "18"], interval: 2 },
            timeZoneId: pickOf(ZONES),
          },
        },
      },
    }),
    (data) => typename(data?.previewOccurrences, "QueryPreviewOccurrencesSuccess"),
  ),
  operation(
    "createIssuingSchedule",
    () => {
      const n = ++sequence;
      return {
        query: `mutation($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {
        ${JOB_RESULT} ... on MutationCreateIssuingScheduleSuccess { data { scheduleReference } } } }`,
        variables: {
          ref: pickOf(products),
          input: {
            friendlyName: `soak issue ${n}`,
            entitlementFormat: `FORMAT-${n}`,
            scheduleType: "monthly",
            monthlySchedule: { issuingDay: 1 + (n % 31), issuingTime: "06:30" },
            timeZone: pickOf(ZONES),
          },
        },
      };
    },
    (data) => {
      const verdict = typename(data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess");
      if (verdict === "ok") createdIssuing += 1;
      return verdict === "conflict" ? "unexpected" : verdict;
    },
  ),
  operation(
    "previewOccurrences issuing",
    () => ({
      query: `query($spec: ScheduleSpecInput!) { previewOccurrences(spec: $spec, first: 12) { __typename ... on QueryPreviewOccurrencesSuccess { data { at } } } }`,
      variables: {
        spec: {
          issuing: {
            scheduleType: "annual",
            annualSchedule: { issuingMonth: "February", issuingDay: 29, issuingTime: "02:30" },
            timeZone: pickOf(ZONES),
          },
        },
      },
    }),
    (data) => typename(data?.previewOccurrences, "QueryPreviewOccurrencesSuccess"),
  ),
  operation(
    "product(reference)",
    () => ({
      query: `query($ref: String!) { product(reference: $ref) { reference name type version } }`,
      variables: { ref: pickOf(products) },
    }),
    (data) => (data?.product?.reference ? "ok" : "unexpected"),
  ),
];

let server: ChildServer | null = null;

async function main(): Promise<number> {
  console.log(`soak: migrating ${dbFile}`);
  migrate(dbFile);
  server = await startChildServer({ dbFile, secret: SECRET, env: { RATE_LIMIT_REQUESTS: "1000000", LOG_LEVEL: "warn" } });
  const token = await childToken(SECRET);
  console.log(
    `soak: server on ${server.url} (pid ${server.process.pid}); seeding ${SEED_JOBS} jobs, ${SEED_PRODUCTS} products, 20 campaign templates`,
  );

  for (let i = 0; i < SEED_JOBS; i++) {
    const { body } = await post(
      server.url,
      token,
      `mutation($input: JobScheduleInput!) { createJobSchedule(input: $input) { ... on MutationCreateJobScheduleSuccess { data { id version } } } }`,
      {
        input: {
          name: `seed job ${i}`,
          specification: CRONS[i % CRONS.length],
          location: ZONES[i % ZONES.length],
          job: { jobType: "BILLING_RUN" },
        },
      },
    );
    jobs.push(body.data.createJobSchedule.data);
  }
  for (let i = 0; i < SEED_PRODUCTS; i++) {
    const reference = `SOAK-${i}`;
    const { body } = await post(
      server.url,
      token,
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { __typename } }`,
      {
        input: { reference, name: `Soak product ${i}`, type: "DIGITAL" },
      },
    );
    if (body.data?.createProduct?.__typename !== "MutationCreateProductSuccess") throw new Error(JSON.stringify(body));
    products.push(reference);
  }
  for (let i = 0; i < 20; i++) {
    const { body } = await post(
      server.url,
      token,
      `mutation($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) { ... on MutationCreateCampaignTemplateSuccess { data { id } } } }`,
      {
        input: { name: `Soak review ${i}` },
      },
    );
    await post(
      server.url,
      token,
      `mutation($id: ID!, $input: CampaignTemplateScheduleInput!) { setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename } }`,
      {
        id: body.data.createCampaignTemplate.data.id,
        input: {
          type: "MONTHLY",
          days: { type: "LIST", values: ["1", "15", "L"] },
          hours: { type: "LIST", values: [String(i % 24)] },
          timeZoneId: ZONES[i % ZONES.length],
        },
      },
    );
  }
  const seededJobs = jobs.length;

  console.log(`soak: autocannon, ${CONNECTIONS} connections for ${SECONDS} s, ${requests.length} operations in turn on each connection`);
  const result = await autocannon({
    url: server.url.replace(/\/graphql$/, ""),
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    requests,
    timeout: 10,
  });

  const stop = await server.stop("SIGTERM");
  let integrity = "not checked";
  let rows = { jobs: -1, issuing: -1 };
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join(",");
    rows = {
      jobs: (db.prepare(`SELECT count(*) AS n FROM "JobSchedule"`).get() as { n: number }).n,
      issuing: (db.prepare(`SELECT count(*) AS n FROM "IssuingSchedule"`).get() as { n: number }).n,
    };
  } finally {
    db.close();
  }

  const total = result.requests.total;
  console.log(`
soak: ${SECONDS} s, ${CONNECTIONS} connections against ${server.url}
  requests      ${total} total, ${result.requests.average.toFixed(1)} req/s average
  latency       p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (average ${result.latency.average.toFixed(2)} ms, max ${result.latency.max} ms)
  answers       2xx ${result["2xx"]}, non-2xx ${result.non2xx} (4xx ${result["4xx"]}, 5xx ${result["5xx"]}), socket errors ${result.errors}, timeouts ${result.timeouts}
  GraphQL       INTERNAL_SERVER_ERROR ${counts.internal}, other errors ${counts.graphqlErrors - counts.internal}, unexpected answers ${counts.unexpected}
  writes        ${createdJobs} jobs created, ${createdIssuing} issuing schedules created, ${counts.conflicts} expected Write Conflicts on updates
  per operation ${JSON.stringify(Object.fromEntries([...counts.answered].sort()), null, 2).replace(/\n/g, "\n  ")}
  server        SIGTERM → exit code ${stop.code}${stop.signal ? ` (signal ${stop.signal})` : ""}
  file          integrity_check ${integrity}; ${rows.jobs} job schedules (${seededJobs} seeded + ${createdJobs} answered as created, + in flight at the end), ${rows.issuing} issuing schedules (${createdIssuing} answered as created, + in flight)`);
  if (samples.length) console.log(`  samples of unexpected answers:\n    ${samples.join("\n    ")}`);
  if (process.env.SOAK_SERVER_LOG) console.log(server.output());

  const failures = [
    result["5xx"] > 0 && `${result["5xx"]} 5xx answers`,
    result.non2xx > 0 && `${result.non2xx} non-2xx answers`,
    counts.internal > 0 && `${counts.internal} INTERNAL_SERVER_ERRORs`,
    counts.unexpected > 0 && `${counts.unexpected} unexpected answers`,
    result.errors > 0 && `${result.errors} socket errors`,
    result.timeouts > 0 && `${result.timeouts} timeouts`,
    total === 0 && "no requests at all",
    stop.code !== 0 && `exit code ${stop.code} on SIGTERM`,
    integrity !== "ok" && `integrity_check: ${integrity}`,
    // autocannon drops the answers still in flight when the time is up (at most one per connection):
    // those writes may be in the file without having been counted
    (rows.jobs < seededJobs + createdJobs || rows.jobs > seededJobs + createdJobs + CONNECTIONS) &&
      `${rows.jobs} job rows, expected ${seededJobs + createdJobs} (+ at most ${CONNECTIONS} in flight at the end)`,
    (rows.issuing < createdIssuing || rows.issuing > createdIssuing + CONNECTIONS) &&
      `${rows.issuing} issuing rows, expected ${createdIssuing} (+ at most ${CONNECTIONS} in flight at the end)`,
  ].filter(Boolean);
  console.log(failures.length ? `\nsoak: FAILED: ${failures.join("; ")}` : "\nsoak: OK: zero 5xx, zero unexpected errors");
  return failures.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error("soak: crashed", error);
} finally {
  await (server as ChildServer | null)?.stop("SIGKILL"); // only if it is still running (a crash above)
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
