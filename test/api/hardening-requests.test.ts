/**
 * Requests an attacker would send to the GraphQL pipeline (issue 10): nothing they send writes behind a
 * refusal, answers 500, or computes more than the query cost allows; every error they can cause carries
 * an `extensions.code` and the HTTP status the README's table gives.
 */
import { describe, expect, it, vi } from "vitest";
import { prisma } from "../../src/db";
import { log } from "../../src/logger";
import { createSchedulesYoga } from "../../src/yoga";
import { type GraphQLErrorBody, TEST_AUTH, createClient, expectTypename, testLimits, tokenFor } from "../helpers/graphql";
import { graphql } from "./gql";

const client = createClient();

const jobInput = (name: string) => `{ name: "${name}", specification: "0 1 * * *", job: { jobType: IMPORT } }`;
const countJobs = (name: string) => prisma.jobSchedule.count({ where: { name } });

/** POSTs a raw body (for bodies JSON.stringify cannot build, or should not). */
async function post(body: string, headers: Record<string, string> = {}) {
  const yoga = createSchedulesYoga({ auth: TEST_AUTH, limits: testLimits() });
  const response = await yoga.fetch(
    "http://localhost/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokenFor(["ORG_ADMIN"])}`, ...headers },
      body,
    },
    { req: { socket: { remoteAddress: "127.0.0.1" } } },
  );
  return { status: response.status, ...(await response.json()) } as { status: number; data?: unknown; errors?: GraphQLErrorBody[] };
}

describe("authority is decided for every field before any of them runs (item 1)", () => {
  it("refuses an operation whose second mutation lacks authority, without writing the first", async () => {
    const res = await client.execute(
      `mutation { a: createJobSchedule(input: ${jobInput("first of two")}) { __typename } b: createCampaignTemplate(input: { name: "second of two" }) { __typename } }`,
      undefined,
      { authorities: ["SCHEDULE_ADMIN"] },
    );
    expect(res.status).toBe(403);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await countJobs("first of two")).toBe(0);
    expect(await prisma.campaignTemplate.count({ where: { name: "second of two" } })).toBe(0);
  });

  it("reads an authority that depends on the arguments (rotateCalendarFeedToken) before anything runs", async () => {
    const job = await client.execute(
      graphql(`mutation HardeningFeedOwner {
        createJobSchedule(input: { name: "feed owner", specification: "0 1 * * *", job: { jobType: IMPORT } }) {
          __typename ... on MutationCreateJobScheduleSuccess { data { id } }
        }
      }`),
    );
    const jobId = expectTypename(job.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
    const res = await client.execute(
      graphql(`mutation HardeningCertAdminRotates($id: ID!) {
        a: createCampaignTemplate(input: { name: "cert admin's" }) { __typename } b: rotateCalendarFeedToken(scheduleId: $id) { __typename }
      }`),
      { id: jobId },
      { authorities: ["CERT_ADMIN"] },
    );
    expect(res.status).toBe(403);
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await prisma.campaignTemplate.count({ where: { name: "cert admin's" } })).toBe(0);
  });

  it("still runs an operation whose every field the token may run", async () => {
    const res = await client.execute(
      `mutation { a: createJobSchedule(input: ${jobInput("both allowed")}) { __typename } b: createCampaignTemplate(input: { name: "both allowed" }) { __typename } }`,
      undefined,
      { authorities: ["SCHEDULE_ADMIN", "CERT_ADMIN"] },
    );
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      a: { __typename: "MutationCreateJobScheduleSuccess" },
      b: { __typename: "MutationCreateCampaignTemplateSuccess" },
    });
  });
});

describe("argument checks run before any mutation (item 2)", () => {
  it.each([
    ["a literal", `upcomingOccurrences(first: 0)`, {}],
    ["a variable", `upcomingOccurrences(first: $first)`, { first: -1 }],
  ])("refuses first out of range in a mutation's result (%s) with 400, and stores nothing", async (_kind, field, variables) => {
    const name = `bad first ${_kind}`;
    const res = await client.execute(
      `mutation${"first" in variables ? "($first: Int)" : ""} { createJobSchedule(input: ${jobInput(name)}) { ... on MutationCreateJobScheduleSuccess { data { id ${field} { at } } } } }`,
      variables,
    );
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: ["first"], message: "first must be between 1 and 1000" }],
    });
    expect(await countJobs(name)).toBe(0);
  });

  it("checks every list field's first the same way (Product.schedules, issuesForEntitlement)", async () => {
    const product = await client.execute(
      `mutation { createProduct(input: { reference: "NESTED-FIRST", name: "n", type: DIGITAL }) { ... on MutationCreateProductSuccess { data { id schedules(first: 101) { id } } } } }`,
    );
    expect(product.status).toBe(400);
    expect(product.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: ["first"], message: "first must be between 1 and 100" }],
    });
    expect(await prisma.product.count({ where: { reference: "NESTED-FIRST" } })).toBe(0);
    const issues = await client.execute(
      `{ product(reference: "NONE") { schedules { issuesForEntitlement(start: "2027-01-01T00:00:00Z", first: 1001) { at } } } }`,
    );
    expect(issues.status).toBe(400);
    expect(issues.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps the results of committed mutations visible when a later one fails inside its result", async () => {
    const created = await client.execute(`mutation {
      p: createProduct(input: { reference: "HALF-BROKEN", name: "h", type: DIGITAL }) { __typename }
      s: createIssuingSchedule(productReference: "HALF-BROKEN", input: { friendlyName: "to corrupt", entitlementFormat: "PDF", scheduleType: "daily", dailySchedule: { issuingTime: "06:00" } }) { __typename }
    }`);
    expect(created.data).toEqual({
      p: { __typename: "MutationCreateProductSuccess" },
      s: { __typename: "MutationCreateIssuingScheduleSuccess" },
    });
    await prisma.$executeRawUnsafe(`UPDATE "IssuingSchedule" SET "timeZone" = 'Nowhere/Land' WHERE "friendlyName" = 'to corrupt'`);
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const res = await client.execute(
      graphql(`mutation HardeningFaultAfterWrite {
        a: createJobSchedule(input: { name: "written before a fault", specification: "0 1 * * *", job: { jobType: IMPORT } }) {
          __typename ... on MutationCreateJobScheduleSuccess { data { id name } }
        }
        b: createIssuingSchedule(productReference: "HALF-BROKEN", input: { friendlyName: "written too", entitlementFormat: "EPUB", scheduleType: "none" }) {
          ... on MutationCreateIssuingScheduleSuccess { data { product { schedules { upcomingOccurrences(first: 1) { at } } } } }
        }
      }`),
    );
    logged.mockRestore();
    expect(res.data).not.toBeNull();
    expect(expectTypename(res.data?.a, "MutationCreateJobScheduleSuccess").data).toMatchObject({
      id: expect.any(String),
      name: "written before a fault",
    });
    expect(res.data?.b).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    // The fault lies inside b's data: b was written, and the path says so.
    expect(res.errors?.[0].path?.slice(0, 2)).toEqual(["b", "data"]);
    expect(await countJobs("written before a fault")).toBe(1);
  });
});

describe("documents and variables nested too deep (items 3 and 4)", () => {
  it("refuses a document nested 3,000 levels deep with 400 QUERY_TOO_DEEP before parsing it", async () => {
    let selection = "a";
    for (let i = 0; i < 3000; i++) selection = `a { ${selection} }`;
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const started = performance.now();
    const res = await post(JSON.stringify({ query: `{ ${selection} }` }));
    logged.mockRestore();
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_DEEP", limit: expect.any(Number) });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(logged).not.toHaveBeenCalled();
  });

  it("does not count brackets inside strings and comments", async () => {
    const brackets = "{[(".repeat(200);
    const res = await client.execute(
      `# ${brackets}\n{ previewOccurrences(spec: { job: { specification: "${brackets}" } }) { __typename } }`,
    );
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ previewOccurrences: { __typename: "ValidationError" } });
    const block = await client.execute(
      `{ previewOccurrences(spec: { job: { specification: """${brackets} \\""" ${brackets}""" } }) { __typename } }`,
    );
    expect(block.status).toBe(200);
  });

  it.each([
    ["5,000 arrays", `${"[".repeat(5000)}1${"]".repeat(5000)}`],
    ["8,000 objects", `${'{"a":'.repeat(8000)}1${"}".repeat(8000)}`],
  ])("refuses variables nested %s deep with 400 BAD_USER_INPUT, logging nothing", async (_kind, value) => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const res = await post(`{"query":"query($x: String) { __typename }","variables":{"x":${value}}}`);
    logged.mockRestore();
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: expect.any(Number) });
    expect(logged).not.toHaveBeenCalled();
  });

  it("still finds a lone surrogate deep in the variables", async () => {
    const res = await post(`{"query":"query($x: [String]) { __typename }","variables":{"x":[[[[[[[[[["\\ud800"]]]]]]]]]]}}`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/lone surrogate/);
  });
});

describe("a negative first cannot lower the query cost (item 5)", () => {
  it("refuses 25 previews of 1000 plus one of -1000000 before computing any of them (the negative one costs 0)", async () => {
    const previews = Array.from(
      { length: 25 },
      (_, i) => `p${i}: previewOccurrences(spec: { job: { specification: "* * * * *" } }, first: 1000) { __typename }`,
    );
    const started = performance.now();
    const res = await client.execute(
      `{ ${previews.join(" ")} n: previewOccurrences(spec: { job: { specification: "* * * * *" } }, first: -1000000) { __typename } }`,
    );
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    // the negative first counts as 0, not -1000000: 25 × 1000 occurrences + 1 per result union (26) is
    // over MAX_QUERY_COST (20000)
    expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: "QUERY_TOO_COSTLY", cost: 25_026 })]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a page of schedules whose negative first would offset the others", async () => {
    for (const name of ["cost 1", "cost 2", "cost 3"])
      await client.execute(`mutation { createJobSchedule(input: ${jobInput(name)}) { __typename } }`);
    const many = Array.from({ length: 10 }, (_, i) => `o${i}: upcomingOccurrences(first: 1000) { at }`).join(" ");
    const res = await client.execute(
      `{ schedules(first: 3) { edges { node { ... on Recurring { ${many} n: upcomingOccurrences(first: -9999) { at } } } } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
  });
});

describe("every error a client can cause has a code and the status of one table (item 16)", () => {
  // The README's table: what a client sends → extensions.code and HTTP status.
  const jobId = Buffer.from("JobSchedule:00000000-0000-0000-0000-000000000000").toString("base64");
  const cases: {
    what: string;
    code: string;
    status: number;
    send: () => Promise<{ status: number; data?: unknown; errors?: GraphQLErrorBody[] }>;
  }[] = [
    { what: "a syntax error", code: "GRAPHQL_PARSE_FAILED", status: 400, send: () => client.execute(`{ schedules(`) },
    { what: "an unknown field", code: "GRAPHQL_VALIDATION_FAILED", status: 400, send: () => client.execute(`{ nope }`) },
    {
      what: "more tokens than MAX_TOKENS",
      code: "TOO_MANY_TOKENS",
      status: 400,
      send: () => client.execute(`{ ${"__typename ".repeat(5001)} }`),
    },
    {
      what: "more aliases than MAX_ALIASES, __typename too",
      code: "TOO_MANY_ALIASES",
      status: 400,
      send: () => client.execute(`{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(" ")} }`),
    },
    {
      what: "a selection deeper than MAX_DEPTH",
      code: "QUERY_TOO_DEEP",
      status: 400,
      send: () =>
        client.execute(
          `{ schedules { edges { node { ... on CampaignTemplateSchedule { campaignTemplate { schedule { campaignTemplate { schedule { campaignTemplate { schedule { campaignTemplate { schedule { campaignTemplate { id } } } } } } } } } } } } } }`,
        ),
    },
    {
      what: "brackets nested deeper than the document may",
      code: "QUERY_TOO_DEEP",
      status: 400,
      send: () => client.execute(`{ ${"a { ".repeat(200)}a${" }".repeat(200)} }`),
    },
    {
      what: "a query that could compute more than MAX_QUERY_COST",
      code: "QUERY_TOO_COSTLY",
      status: 400,
      send: () =>
        client.execute(`{ schedules(first: 100) { edges { node { ... on Recurring { upcomingOccurrences(first: 1000) { at } } } } } }`),
    },
    {
      what: "first out of range (literal)",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () =>
        client.execute(`{ schedules(first: 1) { edges { node { ... on Recurring { upcomingOccurrences(first: 0) { at } } } } } }`),
    },
    {
      what: "first out of range (variable)",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () => client.execute(`query($f: Int) { schedules(first: $f) { edges { cursor } } }`, { f: 101 }),
    },
    {
      what: "a schedules cursor that is not one",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () => client.execute(`{ schedules(after: "nope") { edges { cursor } } }`),
    },
    {
      what: "paging backwards",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () => client.execute(`{ schedules(last: 1) { edges { cursor } } }`),
    },
    {
      what: "a variable of the wrong shape",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () => client.execute(`query($f: Int) { schedules(first: $f) { edges { cursor } } }`, { f: "ten" }),
    },
    {
      what: "a missing required variable",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () => client.execute(`query($id: ID!) { node(id: $id) { id } }`, {}),
    },
    {
      what: "an impossible DateTime inline",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () =>
        client.execute(
          `{ previewOccurrences(spec: { job: { specification: "* * * * *" } }, after: "2026-02-30T00:00:00Z") { __typename } }`,
        ),
    },
    {
      what: "an impossible DateTime variable",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () =>
        client.execute(
          `query($a: DateTime) { previewOccurrences(spec: { job: { specification: "* * * * *" } }, after: $a) { __typename } }`,
          { a: "2026-02-30T00:00:00Z" },
        ),
    },
    {
      what: "a lone surrogate",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () => post(`{"query":"{ product(reference: \\"\\ud800\\") { id } }"}`),
    },
    {
      what: "variables nested too deep",
      code: "BAD_USER_INPUT",
      status: 400,
      send: () => post(`{"query":"{ __typename }","variables":{"x":${"[".repeat(100)}${"]".repeat(100)}}}`),
    },
    { what: "a body that is not JSON", code: "BAD_REQUEST", status: 400, send: () => post(`{"query": `) },
    { what: "no query", code: "BAD_REQUEST", status: 400, send: () => post(`{"variables":{}}`) },
    {
      what: "an unknown operation name",
      code: "OPERATION_RESOLUTION_FAILURE",
      status: 400,
      send: () => post(JSON.stringify({ query: `query A { __typename }`, operationName: "B" })),
    },
    {
      what: "several operations, no name",
      code: "OPERATION_RESOLUTION_FAILURE",
      status: 400,
      send: () => post(JSON.stringify({ query: `query A { __typename } query B { __typename }` })),
    },
    {
      what: "no token",
      code: "UNAUTHENTICATED",
      status: 401,
      send: () => client.execute(`{ schedules { edges { cursor } } }`, undefined, { authorities: null }),
    },
    {
      what: "an invalid token",
      code: "UNAUTHENTICATED",
      status: 401,
      send: () => client.execute(`{ __typename }`, undefined, { headers: { authorization: "Bearer nope" } }),
    },
    {
      what: "a write without its authority",
      code: "FORBIDDEN",
      status: 403,
      send: () => client.execute(`mutation($id: ID!) { deleteJobSchedule(id: $id) { __typename } }`, { id: jobId }, { authorities: [] }),
    },
    {
      what: "a chunked body without Content-Length",
      code: "LENGTH_REQUIRED",
      status: 411,
      send: async () => {
        const yoga = createSchedulesYoga({ auth: TEST_AUTH, limits: testLimits() });
        const body = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: "{ __typename }" })));
            controller.close();
          },
        });
        const init = {
          method: "POST",
          headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
          body,
          duplex: "half",
        };
        const response = await yoga.fetch("http://localhost/graphql", init as RequestInit);
        return { status: response.status, ...(await response.json()) };
      },
    },
    {
      what: "a body larger than BODY_LIMIT_BYTES",
      code: "PAYLOAD_TOO_LARGE",
      status: 413,
      send: () => client.execute(`{ __typename }`, { pad: "x".repeat(100_001) }),
    },
    {
      what: "more requests than the rate limit",
      code: "RATE_LIMITED",
      status: 429,
      send: async () => {
        const limited = createClient({ limits: { rateLimitRequests: 1 } });
        // One token for both: a token minted in the next second is another token, with an allowance of its own.
        const headers = { authorization: `Bearer ${await tokenFor(["ORG_ADMIN"])}` };
        await limited.execute(`{ __typename }`, undefined, { headers });
        return limited.execute(`{ __typename }`, undefined, { headers });
      },
    },
  ];

  it.each(cases)("$what → $code, HTTP $status", async ({ code, status, send }) => {
    const res = await send();
    expect({ status: res.status, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({ status, codes: [code] });
  });

  it("answers a refused request without data, and every error of it with a code", async () => {
    for (const { send } of cases) {
      const res = await send();
      expect(res.data ?? null).toBeNull();
      for (const error of res.errors ?? []) expect(typeof error.extensions?.code).toBe("string");
    }
  });

  it("answers a typed error result with HTTP 200 (it is data)", async () => {
    const res = await client.execute(
      graphql(
        `mutation HardeningTypedError { createJobSchedule(input: { name: "x", specification: "0 1 * * *", job: { jobType: IMPORT } }) { __typename ... on Error { code status } } }`,
      ),
    );
    expect(res.status).toBe(200);
    expect(expectTypename(res.data?.createJobSchedule, "ValidationError")).toMatchObject({ code: "BAD_USER_INPUT", status: 400 });
  });
});
