/**
 * The operations endpoints: /health, /ready (the database answers, every migration applied), /metrics
 * (Prometheus text: runs by state from the database, the process's HTTP answers by status) with and
 * without METRICS_TOKEN. In-process, on the test file's own database (either engine).
 */
import { afterAll, describe, expect, it } from "vitest";
import { createSchedulesYoga } from "../../src/yoga";
import { prisma } from "../../src/db";
import { graphql } from "./gql";
import { TEST_AUTH, createClient, expectTypename, testLimits } from "../helpers/graphql";

const CreateJob = graphql(`
  mutation OperationsCreateJob($input: JobScheduleInput!) {
    createJobSchedule(input: $input) {
      __typename
      ... on MutationCreateJobScheduleSuccess {
        data {
          id
        }
      }
    }
  }
`);

const RunNow = graphql(`
  mutation OperationsRunNow($scheduleId: ID!) {
    runNow(scheduleId: $scheduleId) {
      __typename
      ... on MutationRunNowSuccess {
        data {
          state
        }
      }
    }
  }
`);

function yogaWith(metricsToken: string | null) {
  return createSchedulesYoga({
    auth: TEST_AUTH,
    limits: testLimits({ rateLimitRequests: 1 }),
    publicUrl: "http://localhost",
    metricsToken,
  });
}

async function get(yoga: ReturnType<typeof yogaWith>, path: string, init: RequestInit = {}) {
  const response = await yoga.fetch(`http://localhost${path}`, init, { req: { socket: { remoteAddress: "127.0.0.1" } } });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The value of one sample line of the Prometheus text, or null when it is absent. */
function sample(text: string, line: string): number | null {
  const found = text.split("\n").find((l) => l.startsWith(`${line} `));
  return found === undefined ? null : Number(found.slice(line.length + 1));
}

describe("operations endpoints", () => {
  const open = yogaWith(null);

  afterAll(async () => {
    await prisma.$executeRawUnsafe(`DELETE FROM "Run"`);
  });

  it("answers /health and /ready without a token, however often (no rate limit), and refuses other methods", async () => {
    for (let i = 0; i < 3; i++) {
      const health = await get(open, "/health");
      expect(health.status).toBe(200);
      expect(JSON.parse(health.text)).toEqual({ status: "ok" });
      const ready = await get(open, "/ready");
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.text)).toEqual({ status: "ready" });
      expect(ready.headers.get("cache-control")).toBe("no-store");
    }
    const post = await get(open, "/health", { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("is not ready while a migration is not applied, and names it", async () => {
    const [last] = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`,
    );
    await prisma.$executeRawUnsafe(
      `UPDATE "_prisma_migrations" SET rolled_back_at = finished_at WHERE migration_name = '${last.migration_name}'`,
    );
    try {
      const ready = await get(open, "/ready");
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.text)).toEqual({ status: "not ready", reason: "migrations not applied", pending: [last.migration_name] });
    } finally {
      await prisma.$executeRawUnsafe(
        `UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = '${last.migration_name}'`,
      );
    }
    expect((await get(open, "/ready")).status).toBe(200);
  });

  it("serves Prometheus text with runs by state (from the database) and HTTP answers by status", async () => {
    const client = createClient();
    const created = await client.execute(CreateJob, {
      input: { name: "metrics job", specification: "0 9 * * *", job: { jobType: "BILLING_RUN" } },
    });
    const id = expectTypename(created.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
    const before = await get(open, "/metrics");
    expect(before.status).toBe(200);
    expect(before.headers.get("content-type")).toContain("text/plain");
    const recordedBefore = sample(before.text, 'schedule_runs{state="RECORDED"}') ?? -1;
    expect(recordedBefore).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < 2; i++) {
      const made = await client.execute(RunNow, { scheduleId: id });
      expect(expectTypename(made.data?.runNow, "MutationRunNowSuccess").data.state).toBe("RECORDED");
    }
    await get(open, "/nowhere");
    const after = await get(open, "/metrics");
    expect(sample(after.text, 'schedule_runs{state="RECORDED"}')).toBe(recordedBefore + 2);
    expect(sample(after.text, 'schedule_runs{state="SKIPPED"}')).toBe(0);
    expect(sample(after.text, 'http_requests_total{status="404"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after.text, 'http_requests_total{status="200"}')).toBeGreaterThanOrEqual(3);
    expect(after.text).toContain("# TYPE schedule_run_lateness_seconds histogram");
    expect(after.text).toContain("process_resident_memory_bytes");
    // no schedule data: neither the name nor the id
    expect(after.text).not.toContain("metrics job");
    expect(after.text).not.toContain(id);
  });

  it("asks for METRICS_TOKEN when it is set, and only for /metrics", async () => {
    const guarded = yogaWith("metrics-secret");
    expect((await get(guarded, "/metrics")).status).toBe(401);
    expect((await get(guarded, "/metrics", { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const allowed = await get(guarded, "/metrics", { headers: { authorization: "Bearer metrics-secret" } });
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain("schedule_runs");
    expect((await get(guarded, "/health")).status).toBe(200);
  });
});
