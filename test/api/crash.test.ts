/**
 * Crash safety of a real server process: a child `src/server.ts` on a fresh, migrated SQLite file takes a
 * stream of writes from several concurrent clients (job schedules created and updated with
 * expectedVersion, products with issuing schedules, campaign templates with schedules); once enough
 * writes have been answered with success it is killed with SIGKILL in the middle of the stream. A new
 * process on the same file must then hold every write that was answered with success (by id, at least
 * at the answered version), hold nothing that was never sent, answer reads and writes again, stop with
 * exit code 0 on SIGTERM, and leave a file that passes `PRAGMA integrity_check`.
 *
 * Everything listens on 127.0.0.1 only (see test/helpers/child-server.ts).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ChildAnswer, childToken, migrate, post, startChildServer, type ChildServer } from "../helpers/child-server";
import { expectTypename } from "../helpers/graphql";
import { graphql } from "./gql";
import type {
  CampaignTemplateScheduleInput,
  CrashAllJobsQuery,
  CrashUpdateJobMutationVariables,
  IssuingScheduleInput,
  JobScheduleInput,
} from "./gql/graphql";

const SECRET = "crash-test-secret-of-at-least-32-bytes";
/** Acknowledged successes before the kill. */
const ACKNOWLEDGED_BEFORE_KILL = 300;
const WRITERS = 8;
const ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kathmandu"];

const CREATE_JOB = graphql(`mutation CrashCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id name version } } ... on Error { message } } }`);
const UPDATE_JOB = graphql(`mutation CrashUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {
  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {
  __typename ... on MutationUpdateJobScheduleSuccess { data { id name version } } ... on Error { message } } }`);
const CREATE_PRODUCT = graphql(`mutation CrashCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {
  __typename ... on MutationCreateProductSuccess { data { reference } } ... on Error { message } } }`);
const CREATE_ISSUING =
  graphql(`mutation CrashCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {
  __typename ... on MutationCreateIssuingScheduleSuccess { data { scheduleReference version } } ... on Error { message } } }`);
const CREATE_TEMPLATE =
  graphql(`mutation CrashCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {
  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }`);
const SET_TEMPLATE_SCHEDULE = graphql(`mutation CrashSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {
  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {
  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id version campaignTemplate { version } } } ... on Error { message } } }`);

/** What the answers with success said: the lower bound of what must survive. */
const acknowledged = {
  jobs: new Map<string, { name: string; version: number }>(),
  products: new Map<string, string[]>(), // reference → its acknowledged schedule references
  templates: new Map<string, { scheduleId: string | null; templateVersion: number }>(),
};
/** Creations sent (answered or not): the upper bound of what may exist. */
const sent = { jobs: 0, products: 0, issuing: 0, templates: 0 };
let acknowledgedCount = 0;
let unanswered = 0;

let dir: string;
let dbFile: string;
let token: string;
let server: ChildServer | null = null;
const started = Date.now();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "schedules-crash-"));
  dbFile = join(dir, "schedules.db");
  migrate(dbFile);
  token = await childToken(SECRET);
});

afterAll(async () => {
  await server?.stop("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

class Killed extends Error {}

/** One client: a stream of writes until the server is gone. Counts every success it was answered. */
async function writer(w: number, onSuccess: () => void, isKilled: () => boolean): Promise<void> {
  const url = server!.url;
  const call = async <TResult, TVariables, F extends keyof TResult>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    field: F,
  ): Promise<NonNullable<TResult[F]>> => {
    let answer: ChildAnswer<TResult>;
    try {
      answer = await post(url, token, document, variables);
    } catch (error) {
      // no answer (connection refused or reset): only expected once the process was signalled
      if (isKilled()) {
        unanswered += 1;
        throw new Killed();
      }
      throw error;
    }
    // an answer is always a whole, successful one, even while the process is stopping
    const { status, body } = answer;
    const value = body.data?.[field];
    if (status !== 200 || !value) throw new Error(`HTTP ${status}: ${JSON.stringify(body)}`);
    return value;
  };
  let lastJob: { id: string; version: number } | null = null;
  for (let k = 0; !isKilled(); k++) {
    try {
      if (k % 3 === 2 && lastJob) {
        const input: JobScheduleInput = {
          name: `w${w}-${k}-updated`,
          specification: "15 3 * * MON-FRI",
          location: ZONES[k % ZONES.length],
          job: { jobType: "TAX_RUN" },
        };
        const variables: CrashUpdateJobMutationVariables = { id: lastJob.id, input, expectedVersion: lastJob.version };
        const result = expectTypename(await call(UPDATE_JOB, variables, "updateJobSchedule"), "MutationUpdateJobScheduleSuccess");
        lastJob = { id: result.data.id, version: result.data.version };
        acknowledged.jobs.set(result.data.id, { name: result.data.name, version: result.data.version });
      } else if (k % 5 === 4) {
        const reference = `CRASH-${w}-${k}`;
        sent.products += 1;
        expectTypename(
          await call(CREATE_PRODUCT, { input: { reference, name: `Product ${w}/${k}`, type: "DIGITAL" } }, "createProduct"),
          "MutationCreateProductSuccess",
        );
        acknowledged.products.set(reference, []);
        onSuccess();
        sent.issuing += 1;
        const input: IssuingScheduleInput = {
          friendlyName: `Daily ${k}`,
          entitlementFormat: "PDF",
          scheduleType: "daily",
          dailySchedule: { issuingTime: "06:00" },
          timeZone: ZONES[w % ZONES.length],
        };
        const schedule = expectTypename(
          await call(CREATE_ISSUING, { ref: reference, input }, "createIssuingSchedule"),
          "MutationCreateIssuingScheduleSuccess",
        );
        acknowledged.products.get(reference)!.push(schedule.data.scheduleReference);
      } else if (k % 7 === 6) {
        sent.templates += 1;
        const template = expectTypename(
          await call(CREATE_TEMPLATE, { input: { name: `Review ${w}/${k}` } }, "createCampaignTemplate"),
          "MutationCreateCampaignTemplateSuccess",
        );
        acknowledged.templates.set(template.data.id, { scheduleId: null, templateVersion: 1 });
        onSuccess();
        const input: CampaignTemplateScheduleInput = {
          type: "WEEKLY",
          days: { type: "LIST", values: ["2", "5"] },
          hours: { type: "RANGE", values: ["8", "17"], interval: 3 },
          timeZoneId: "CST",
        };
        const set = expectTypename(
          await call(SET_TEMPLATE_SCHEDULE, { id: template.data.id, input }, "setCampaignTemplateSchedule"),
          "MutationSetCampaignTemplateScheduleSuccess",
        );
        acknowledged.templates.set(template.data.id, { scheduleId: set.data.id, templateVersion: set.data.campaignTemplate.version });
      } else {
        sent.jobs += 1;
        const input: JobScheduleInput = {
          name: `w${w}-${k}`,
          specification: `${k % 60} */2 * * *`,
          location: ZONES[k % ZONES.length],
          externalRef: `ref-${w}-${k}`,
          job: { jobType: "BILLING_RUN" },
        };
        const result = expectTypename(await call(CREATE_JOB, { input }, "createJobSchedule"), "MutationCreateJobScheduleSuccess");
        lastJob = { id: result.data.id, version: result.data.version };
        acknowledged.jobs.set(result.data.id, { name: result.data.name, version: result.data.version });
      }
      onSuccess();
    } catch (error) {
      if (error instanceof Killed) return;
      throw error;
    }
  }
}

const ALL_JOBS = graphql(`query CrashAllJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {
  edges { node { __typename ... on JobSchedule { id name version } } } pageInfo { hasNextPage endCursor } } }`);

async function allJobs(url: string): Promise<Map<string, { name: string; version: number }>> {
  const seen = new Map<string, { name: string; version: number }>();
  let after: string | null = null;
  for (;;) {
    const { status, body } = await post(url, token, ALL_JOBS, { after });
    expect(status, JSON.stringify(body)).toBe(200);
    const page: CrashAllJobsQuery["schedules"] = body.data!.schedules;
    for (const { node } of page.edges) {
      const job = expectTypename(node, "JobSchedule");
      seen.set(job.id, { name: job.name, version: job.version });
    }
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor ?? null;
  }
}

/** The raw primary key behind a global id ("JobSchedule:<uuid>" in base64). */
const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":").slice(1).join(":");

/** Opens the file read-only (no server running) and checks SQLite's integrity and every acknowledged row. */
function checkFile(): { jobs: number; products: number; issuing: number; templates: number } {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const job = db.prepare(`SELECT name, version FROM "JobSchedule" WHERE id = ?`);
    for (const [id, answered] of acknowledged.jobs) {
      const row = job.get(rawId(id)) as { name: string; version: number } | undefined;
      expect(row, `job ${id} was answered with success but is not in the file`).toBeDefined();
      expect(row!.version).toBeGreaterThanOrEqual(answered.version);
    }
    const schedule = db.prepare(
      `SELECT s."scheduleReference" FROM "IssuingSchedule" s JOIN "Product" p ON p.id = s."productId" WHERE p.reference = ?`,
    );
    for (const [reference, scheduleReferences] of acknowledged.products) {
      const stored = (schedule.all(reference) as { scheduleReference: string }[]).map((r) => r.scheduleReference);
      expect(stored, `product ${reference}`).toEqual(expect.arrayContaining(scheduleReferences));
    }
    const template = db.prepare(
      `SELECT t.version, s.id AS "scheduleId" FROM "CampaignTemplate" t LEFT JOIN "CampaignTemplateSchedule" s ON s."campaignTemplateId" = t.id WHERE t.id = ?`,
    );
    for (const [id, answered] of acknowledged.templates) {
      const row = template.get(rawId(id)) as { version: number; scheduleId: string | null } | undefined;
      expect(row, `template ${id} was answered with success but is not in the file`).toBeDefined();
      expect(row!.version).toBeGreaterThanOrEqual(answered.templateVersion);
      if (answered.scheduleId) expect(row!.scheduleId).toBe(rawId(answered.scheduleId));
    }
    const countOf = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return {
      jobs: countOf("JobSchedule"),
      products: countOf("Product"),
      issuing: countOf("IssuingSchedule"),
      templates: countOf("CampaignTemplate"),
    };
  } finally {
    db.close();
  }
}

describe("a server killed with SIGKILL under a stream of writes", () => {
  it("keeps every write it answered with success, restarts on the same file, answers again and stops cleanly", {
    timeout: 60_000,
  }, async () => {
    // 1. the first process, under concurrent writers, killed after enough acknowledged writes
    server = await startChildServer({ dbFile, secret: SECRET });
    const first = server;
    let killed = false;
    const onSuccess = () => {
      acknowledgedCount += 1;
      if (acknowledgedCount === ACKNOWLEDGED_BEFORE_KILL && !killed) {
        killed = true;
        first.process.kill("SIGKILL"); // synchronously, while the other writers' requests are in flight
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w, onSuccess, () => killed)));
    const exit = await first.exited;
    expect(exit, first.output()).toEqual({ code: null, signal: "SIGKILL" });
    expect(acknowledgedCount).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    const walBytes = existsSync(`${dbFile}-wal`) ? statSync(`${dbFile}-wal`).size : 0;

    // 2. a new process on the same file
    server = await startChildServer({ dbFile, secret: SECRET });
    const second = server;

    const jobs = await allJobs(second.url);
    for (const [id, answered] of acknowledged.jobs) {
      const stored = jobs.get(id);
      expect(stored, `job ${id} was answered with success but is gone`).toBeDefined();
      // a write in flight at the kill may have committed unanswered: never below what was answered
      expect(stored!.version).toBeGreaterThanOrEqual(answered.version);
      if (stored!.version === answered.version) expect(stored!.name).toBe(answered.name);
    }
    expect(jobs.size, "no job that was never sent").toBeLessThanOrEqual(sent.jobs);

    for (const [reference, scheduleReferences] of acknowledged.products) {
      const { body } = await post(
        second.url,
        token,
        graphql(`query CrashProduct($ref: String!) { product(reference: $ref) { reference schedules { scheduleReference } } }`),
        { ref: reference },
      );
      expect(body.data?.product, `product ${reference} was answered with success but is gone`).not.toBeNull();
      const stored = body.data?.product?.schedules.map((s) => s.scheduleReference);
      expect(stored).toEqual(expect.arrayContaining(scheduleReferences));
    }

    for (const [id, answered] of acknowledged.templates) {
      const { body } = await post(
        second.url,
        token,
        graphql(`query CrashTemplate($id: ID!) { campaignTemplate(id: $id) { id version schedule { id } } }`),
        { id },
      );
      expect(body.data?.campaignTemplate, `template ${id} was answered with success but is gone`).not.toBeNull();
      expect(body.data?.campaignTemplate?.version).toBeGreaterThanOrEqual(answered.templateVersion);
      if (answered.scheduleId) expect(body.data?.campaignTemplate?.schedule?.id).toBe(answered.scheduleId);
    }

    // 3. it answers writes and reads again
    const again = await post(second.url, token, CREATE_JOB, {
      input: { name: "after the crash", specification: "@daily", job: { jobType: "IMPORT" } },
    });
    const created = expectTypename(again.body.data?.createJobSchedule, "MutationCreateJobScheduleSuccess");
    const read = await post(
      second.url,
      token,
      graphql(`query CrashReadAgain($id: ID!) { schedule(id: $id) { __typename ... on JobSchedule { name nextOccurrence { at } } } }`),
      {
        id: created.data.id,
      },
    );
    expect(expectTypename(read.body.data?.schedule, "JobSchedule").name).toBe("after the crash");

    // 4. SIGTERM: graceful shutdown, exit code 0
    const stop = await second.stop("SIGTERM");
    server = null;
    expect(stop, second.output()).toEqual({ code: 0, signal: null });

    // 5. the file itself, read-only, with the server stopped
    const counts = checkFile();
    expect(counts.jobs).toBe(jobs.size + 1);
    expect(counts.products).toBeGreaterThanOrEqual(acknowledged.products.size);
    expect(counts.products).toBeLessThanOrEqual(sent.products);
    expect(counts.issuing).toBeLessThanOrEqual(sent.issuing);
    expect(counts.templates).toBeLessThanOrEqual(sent.templates);

    console.log(
      `crash: ${acknowledgedCount} writes answered with success before SIGKILL (${unanswered} in flight unanswered), ` +
        `WAL at the kill ${walBytes} bytes; after restart ${jobs.size} jobs (sent ${sent.jobs}), ` +
        `${acknowledged.products.size} products, ${acknowledged.templates.size} templates all there; ${Date.now() - started} ms`,
    );
  });

  it("stops gracefully on SIGTERM under a stream of writes: exit code 0, no 5xx, every answered write kept", {
    timeout: 30_000,
  }, async () => {
    server = await startChildServer({ dbFile, secret: SECRET });
    const third = server;
    const before = acknowledgedCount;
    let signalled = false;
    const onSuccess = () => {
      acknowledgedCount += 1;
      if (acknowledgedCount === before + 150 && !signalled) {
        signalled = true;
        third.process.kill("SIGTERM");
      }
    };
    // writers offset by 100 so that their product references do not repeat those of the first test
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(100 + w, onSuccess, () => signalled)));
    const exit = await third.exited;
    server = null;
    expect(exit, third.output()).toEqual({ code: 0, signal: null });
    expect(third.output(), "an error logged while stopping").not.toMatch(/"level":(50|60|"error"|"fatal")|INTERNAL_SERVER_ERROR/);
    const counts = checkFile();
    console.log(
      `SIGTERM: ${acknowledgedCount - before} writes answered with success, then exit 0; the file holds ${JSON.stringify(counts)}`,
    );
  });
});
