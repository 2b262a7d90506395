/** Rate limits (429), query cost, depth, alias, token and body limits, and masked internal errors. */
import { print } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { prisma } from "../../src/db";
import { log } from "../../src/logger";
import { createSchedulesYoga } from "../../src/yoga";
import { TEST_AUTH, createClient, expectTypename, illTyped, testLimits, tokenFor } from "../helpers/graphql";
import { countQueries } from "../helpers/sql";
import { graphql } from "./gql";

const READ = graphql(`query LimitsRead { schedules(first: 1) { edges { cursor } } }`);
const CREATE_JOB =
  graphql(`mutation LimitsCreateJob($name: String!) { createJobSchedule(input: { name: $name, specification: "0 1 * * *", job: { jobType: IMPORT } }) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1000) { at } } } } }`);

describe("rate limit (429)", () => {
  it("answers RATE_LIMITED with Retry-After once a token has used its requests, and counts each token apart", async () => {
    const client = createClient({ limits: { rateLimitRequests: 3, rateLimitWindowSeconds: 60 } });
    const headers = { authorization: `Bearer ${await import("../helpers/graphql").then((m) => m.tokenFor(["ORG_ADMIN"]))}` };
    for (let i = 0; i < 3; i++) expect((await client.execute(READ, undefined, { headers })).status).toBe(200);
    const limited = await client.execute(READ, undefined, { headers });
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]).toMatchObject({
      message: "Rate Limit Exceeded",
      extensions: { code: "RATE_LIMITED", limit: 3, windowSeconds: 60 },
    });
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const respelled = await client.execute(READ, undefined, { headers: { authorization: `bearer  ${headers.authorization.slice(7)} ` } });
    expect(respelled.status).toBe(429);
    const otherToken = await client.execute(READ, undefined, { authorities: ["SCHEDULE_ADMIN"] });
    expect(otherToken.status).toBe(200);
  });

  it("counts the 8 spellings jose accepts of one token (spare bits of the signature's last character, a trailing '=') as one token", async () => {
    const client = createClient({ limits: { rateLimitRequests: 4 } });
    const token = await tokenFor(["ORG_ADMIN"]);
    const [header, payload, signature] = token.split(".");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // 32 signature bytes take 43 characters, the last of which carries 4 bits and 2 spare ones
    const first = alphabet.indexOf(signature.at(-1)!) & ~3;
    const spellings = [0, 1, 2, 3].flatMap((spare) => {
      const respelled = `${header}.${payload}.${signature.slice(0, -1)}${alphabet[first + spare]}`;
      return [respelled, `${respelled}=`];
    });
    expect(new Set(spellings).size).toBe(8);
    expect(spellings).toContain(token);
    const statuses: number[] = [];
    for (const spelling of spellings) {
      statuses.push((await client.execute(READ, undefined, { headers: { authorization: `Bearer ${spelling}` } })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
  });

  it("counts made-up tokens against the address, so they open no fresh allowance", async () => {
    const client = createClient({ limits: { rateLimitRequests: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await client.execute(READ, undefined, { headers: { authorization: `Bearer made-up-${i}` }, remoteAddress: "10.0.0.9" });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 429, 429]);
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
    const res = await client.execute(
      graphql(
        `query LimitsWithinCost { schedules(first: 20) { edges { node { ... on Recurring { upcomingOccurrences(first: 1000) { at } } } } } }`,
      ),
    );
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

describe("the cost of a product's schedules", () => {
  it("counts Product.schedules by its first (default 100), so a product with many schedules cannot bypass the limit", async () => {
    const client = createClient();
    const product = await client.execute(
      graphql(
        `mutation LimitsCreateProduct { createProduct(input: { reference: "COST-1", name: "Costly", type: DIGITAL }) { __typename } }`,
      ),
    );
    expectTypename(product.data?.createProduct, "MutationCreateProductSuccess");
    for (const name of ["a", "b", "c"]) {
      const res = await client.execute(
        graphql(
          `mutation LimitsCreateIssuing($input: IssuingScheduleInput!) { createIssuingSchedule(productReference: "COST-1", input: $input) { __typename } }`,
        ),
        { input: { friendlyName: name, entitlementFormat: name, scheduleType: "daily", dailySchedule: { issuingTime: "06:00" } } },
      );
      expectTypename(res.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess");
    }
    const costly = await client.execute(`{ product(reference: "COST-1") { schedules { upcomingOccurrences(first: 1000) { at } } } }`);
    expect(costly.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", cost: 100 * 1000, limit: 20_000 });
    const paged = await client.execute(
      graphql(
        `query LimitsPagedSchedules { product(reference: "COST-1") { schedules(first: 2) { friendlyName upcomingOccurrences(first: 1000) { at } } } }`,
      ),
    );
    expect(paged.errors).toBeUndefined();
    expect(paged.data?.product?.schedules.map((s) => s.friendlyName)).toEqual(["a", "b"]);
    const bad = await client.execute(`{ product(reference: "COST-1") { schedules(first: 0) { friendlyName } } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ message: "first must be between 1 and 100" }],
    });
  });
});

describe("document limits", () => {
  it("refuses a query deeper than MAX_DEPTH", async () => {
    const client = createClient({ limits: { maxDepth: 6 } });
    const res = await client.execute(
      `{ schedules(first: 1) { edges { node { ... on CampaignTemplateSchedule { campaignTemplate { schedule { campaignTemplate { name } } } } } } } }`,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_DEEP", limit: 6 });
    expect(res.errors?.[0].message).toContain("MAX_DEPTH");
  });

  it("refuses more aliases than MAX_ALIASES", async () => {
    const client = createClient({ limits: { maxAliases: 3 } });
    const res = await client.execute(
      `{ a: schedules(first: 1) { edges { cursor } } b: schedules(first: 1) { edges { cursor } } c: schedules(first: 1) { edges { cursor } } d: schedules(first: 1) { edges { cursor } } }`,
    );
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/aliases/i);
  });

  it("refuses a document of more than MAX_TOKENS tokens", async () => {
    const client = createClient({ limits: { maxTokens: 50 } });
    const res = await client.execute(`{ ${"__typename ".repeat(60)} }`);
    expect(res.data ?? null).toBeNull();
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toBe("The document has more than 50 tokens; the limit (MAX_TOKENS) is 50");
    expect(res.errors?.[0].extensions).toMatchObject({ code: "TOO_MANY_TOKENS", limit: 50 });
  });

  it("refuses a body larger than BODY_LIMIT_BYTES with 413", async () => {
    const client = createClient({ limits: { bodyLimitBytes: 1000 } });
    const res = await client.execute(READ, illTyped({ padding: "x".repeat(2000) }));
    expect(res.status).toBe(413);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE", limit: 1000 });
  });
});

describe("bodies of unknown size", () => {
  it("asks a chunked request without Content-Length for its length (411) instead of reading an unbounded body", async () => {
    const yoga = createSchedulesYoga({ auth: TEST_AUTH, limits: testLimits() });
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: print(READ) })));
        controller.close();
      },
    });
    const res = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "transfer-encoding": "chunked",
        authorization: `Bearer ${await tokenFor(["ORG_ADMIN"])}`,
      },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(411);
    expect((await res.json()).errors[0].extensions).toMatchObject({ code: "LENGTH_REQUIRED" });
  });
});

describe("unexpected failures", () => {
  it("answers INTERNAL_SERVER_ERROR with a tracking id, logs the stack under the same id, and shows no internals", async () => {
    const client = createClient();
    const created = await client.execute(
      graphql(`mutation LimitsJobToCorrupt($name: String!) { createJobSchedule(input: { name: $name, specification: "0 1 * * *", job: { jobType: IMPORT } }) {
        __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1) { at } } } } }`),
      { name: "to be corrupted" },
    );
    const job = expectTypename(created.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data;
    await prisma.$executeRawUnsafe(`UPDATE "JobSchedule" SET "specification" = 'not cron' WHERE "name" = 'to be corrupted'`);
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const res = await client.execute(
      graphql(`query LimitsCorruptedRead($id: ID!) { node(id: $id) { ... on JobSchedule { nextOccurrence { at } } } }`),
      { id: job.id },
    );
    expect(res.status).toBe(500);
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors!;
    expect(error.message).toBe("An internal fault occurred.");
    expect(error.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.extensions?.trackingId).toMatch(/^[0-9a-f]{32}$/);
    const body = JSON.stringify(res);
    expect(body).not.toMatch(/not cron|Stored|\.ts|node_modules|SELECT|stack/i);
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ trackingId: error.extensions?.trackingId, err: expect.any(Error) }),
      "unexpected error",
    );
    logged.mockRestore();
  });
});
