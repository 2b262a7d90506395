/** Rate limits (429), query cost, depth, alias, token and body limits, and masked internal errors. */
import { describe, expect, it, vi } from "vitest";
import { prisma } from "../../src/db";
import { log } from "../../src/logger";
import { createClient, expectTypename, testLimits } from "../helpers/graphql";
import { countQueries } from "../helpers/sql";

const READ = `{ schedules(first: 1) { edges { cursor } } }`;
const CREATE_JOB = `mutation($name: String!) { createJobSchedule(input: { name: $name, specification: "0 1 * * *", job: { jobType: IMPORT } }) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1000) { at } } } } }`;

describe("rate limit (429)", () => {
  it("answers RATE_LIMITED with Retry-After once a token has used its requests, and counts each token apart", async () => {
    const client = createClient({ limits: { rateLimitRequests: 3, rateLimitWindowSeconds: 60 } });
    const headers = { authorization: `Bearer ${await import("../helpers/graphql").then((m) => m.tokenFor(["ORG_ADMIN"]))}` };
    for (let i = 0; i < 3; i++) expect((await client.execute(READ, undefined, { headers })).status).toBe(200);
    const limited = await client.execute(READ, undefined, { headers });
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]).toMatchObject({ message: "Rate Limit Exceeded", extensions: { code: "RATE_LIMITED", limit: 3, windowSeconds: 60 } });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const other = await client.execute(READ, undefined, { headers: { authorization: `${headers.authorization} ` } });
    expect(other.status).not.toBe(429);
  });

  it("counts requests without a token per address", async () => {
    const client = createClient({ limits: { rateLimitRequests: 1 } });
    expect((await client.execute(READ, undefined, { authorities: null, remoteAddress: "10.0.0.1" })).status).toBe(401);
    expect((await client.execute(READ, undefined, { authorities: null, remoteAddress: "10.0.0.1" })).status).toBe(429);
    expect((await client.execute(READ, undefined, { authorities: null, remoteAddress: "10.0.0.2" })).status).toBe(401);
  });
});

describe("query cost", () => {
  it("refuses, before execution, a query that could compute more occurrences than MAX_QUERY_COST", async () => {
    const client = createClient();
    const query = `{ schedules(first: 100) { edges { node { ... on Recurring { upcomingOccurrences(first: 1000) { at } } } } } }`;
    const { result, queries } = await countQueries(() => client.execute(query));
    expect(result.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", cost: 100_000, limit: 20_000 });
    expect(result.errors?.[0].message).toContain("MAX_QUERY_COST");
    expect(result.data ?? null).toBeNull();
    expect(queries).toBe(0);
  });

  it("lets the same shape through within the limit", async () => {
    const client = createClient();
    const res = await client.execute(`{ schedules(first: 20) { edges { node { ... on Recurring { upcomingOccurrences(first: 1000) { at } } } } } }`);
    expect(res.errors).toBeUndefined();
  });

  it("checks a mutation before it writes anything", async () => {
    const client = createClient({ limits: { maxQueryCost: 500 } });
    const before = await prisma.jobSchedule.count();
    const res = await client.execute(CREATE_JOB, { name: "too costly" });
    // the 1000 occurrences asked for, plus the result field itself
    expect(res.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", cost: 1001, limit: 500 });
    expect(await prisma.jobSchedule.count()).toBe(before);
  });

  it("counts previewOccurrences by its first", async () => {
    const client = createClient({ limits: { maxQueryCost: 100 } });
    const res = await client.execute(`{ a: previewOccurrences(spec: { job: { specification: "* * * * *" } }, first: 60) { __typename }
      b: previewOccurrences(spec: { job: { specification: "* * * * *" } }, first: 60) { __typename } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", cost: 2 * (60 + 1), limit: 100 });
  });
});

describe("document limits", () => {
  it("refuses a query deeper than MAX_DEPTH", async () => {
    const client = createClient({ limits: { maxDepth: 6 } });
    const res = await client.execute(`{ schedules(first: 1) { edges { node { ... on CampaignTemplateSchedule { campaignTemplate { schedule { campaignTemplate { name } } } } } } } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_DEEP", limit: 6 });
    expect(res.errors?.[0].message).toContain("MAX_DEPTH");
  });

  it("refuses more aliases than MAX_ALIASES", async () => {
    const client = createClient({ limits: { maxAliases: 3 } });
    const res = await client.execute(`{ a: schedules(first: 1) { edges { cursor } } b: schedules(first: 1) { edges { cursor } } c: schedules(first: 1) { edges { cursor } } d: schedules(first: 1) { edges { cursor } } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/aliases/i);
  });

  it("refuses a document of more than MAX_TOKENS tokens", async () => {
    const client = createClient({ limits: { maxTokens: 50 } });
    const res = await client.execute(`{ ${"__typename ".repeat(60)} }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toBe("Syntax Error: Token limit of 50 exceeded.");
  });

  it("refuses a body larger than BODY_LIMIT_BYTES with 413", async () => {
    const client = createClient({ limits: { bodyLimitBytes: 1000 } });
    const res = await client.execute(READ, { padding: "x".repeat(2000) });
    expect(res.status).toBe(413);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE", limit: 1000 });
  });
});

describe("unexpected failures", () => {
  it("answers INTERNAL_SERVER_ERROR with a tracking id, logs the stack under the same id, and shows no internals", async () => {
    const client = createClient();
    const created = await client.execute(CREATE_JOB.replace("upcomingOccurrences(first: 1000)", "upcomingOccurrences(first: 1)"), { name: "to be corrupted" });
    const job = expectTypename(created.data.createJobSchedule, "MutationCreateJobScheduleSuccess").data;
    await prisma.$executeRawUnsafe(`UPDATE "JobSchedule" SET "specification" = 'not cron' WHERE "name" = 'to be corrupted'`);
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const res = await client.execute(`query($id: ID!) { node(id: $id) { ... on JobSchedule { nextOccurrence { at } } } }`, { id: job.id });
    expect(res.status).toBe(500);
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors!;
    expect(error.message).toBe("An internal fault occurred.");
    expect(error.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.extensions?.trackingId).toMatch(/^[0-9a-f]{32}$/);
    const body = JSON.stringify(res);
    expect(body).not.toMatch(/not cron|Stored|\.ts|node_modules|SELECT|stack/i);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ trackingId: error.extensions?.trackingId, err: expect.any(Error) }), "unexpected error");
    logged.mockRestore();
  });
});
