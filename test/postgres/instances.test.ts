/**
 * Several instances, one PostgreSQL database: three `npm start` processes started at once on one empty
 * database (each applies the migrations, or finds them applied), then racing writes sent to all three.
 * Uniqueness, expectedVersion, feed tokens and the per-token rate limit hold across the instances.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../../src/auth";
import { MIGRATIONS_DIRS, migrationsOnDisk } from "../../src/migrations";
import { childToken, post, startChildServer, type ChildServer } from "../helpers/child-server";
import { testPostgres } from "../helpers/databases";
import { withClient } from "../helpers/postgres";

const SECRET = "instances-test-secret-of-at-least-32-bytes";
const RATE_LIMIT = 200;
let servers: ChildServer[] = [];
let token: string;
let databaseUrl: string;

beforeAll(async () => {
  const server = testPostgres();
  const name = `${server.prefix}_instances_${randomUUID().slice(0, 8)}`;
  await withClient(server.adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  databaseUrl = server.urlOf(name);
  servers = await Promise.all(
    [0, 1, 2].map(() =>
      startChildServer({
        databaseUrl,
        secret: SECRET,
        npmStart: true,
        startTimeoutMs: 90_000,
        env: { RATE_LIMIT_REQUESTS: String(RATE_LIMIT), RATE_LIMIT_WINDOW_SECONDS: "600", DATABASE_POOL_SIZE: "4" },
      }),
    ),
  );
  token = await childToken(SECRET);
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

/** Spreads requests over the three instances in turn. */
const instance = (i: number) => servers[i % servers.length];

const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { __typename ... on Error { message } } }`;

describe("three instances on one database", () => {
  it("apply the migrations once between them and all serve", async () => {
    const applied = await withClient(
      databaseUrl,
      async (client) => (await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`)).rows,
    );
    expect(applied.map((row) => row.migration_name).sort()).toEqual(
      migrationsOnDisk(MIGRATIONS_DIRS.postgres).map((migration) => migration.name),
    );
    for (const server of servers) expect((await post(server.url, token, "{ __typename }")).status).toBe(200);
  });

  it("20 racing creates of one product reference: 1 success and 19 ConflictError", async () => {
    const input = { reference: "RACE-ACROSS", name: "raced", type: "DIGITAL" };
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(instance(i).url, token, CREATE_PRODUCT, { input })));
    const typenames = answers.map((a) => a.body.data?.createProduct?.__typename ?? `HTTP ${a.status}`);
    expect(typenames.filter((t) => t === "MutationCreateProductSuccess")).toHaveLength(1);
    expect(typenames.filter((t) => t === "ConflictError")).toHaveLength(19);
    expect(answers.find((a) => a.body.data.createProduct.__typename === "ConflictError")!.body.data.createProduct.message).toBe(
      "A product exists with the provided reference. A product reference must be unique",
    );
  });

  it("racing updates with one expectedVersion: 1 success, the others Write Conflict, wherever they land", async () => {
    const created = await post(
      instance(0).url,
      token,
      `mutation { createJobSchedule(input: { name: "raced", specification: "0 1 * * *", job: { jobType: IMPORT } }) {
      ... on MutationCreateJobScheduleSuccess { data { id version } } } }`,
    );
    const { id, version } = created.body.data.createJobSchedule.data;
    const update = `mutation($id: ID!, $name: String!, $v: Int) { updateJobSchedule(id: $id, input: { name: $name, specification: "0 2 * * *", job: { jobType: IMPORT } }, expectedVersion: $v) {
      __typename ... on Error { message } } }`;
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) => post(instance(i).url, token, update, { id, name: `writer ${i}`, v: version })),
    );
    const results = answers.map((a) => a.body.data.updateJobSchedule);
    expect(results.filter((r) => r.__typename === "MutationUpdateJobScheduleSuccess")).toHaveLength(1);
    expect(results.filter((r) => r.__typename === "ConflictError" && r.message === "Write Conflict")).toHaveLength(8);
  });

  it("a feed token rotated on one instance opens the feed on the others, and the previous one nowhere", async () => {
    const created = await post(
      instance(0).url,
      token,
      `mutation { createJobSchedule(input: { name: "feed", specification: "0 9 * * *", job: { jobType: IMPORT } }) {
      ... on MutationCreateJobScheduleSuccess { data { id } } } }`,
    );
    const id = created.body.data.createJobSchedule.data.id;
    const rotate = `mutation($id: ID!) { rotateCalendarFeedToken(scheduleId: $id) { ... on MutationRotateCalendarFeedTokenSuccess { data { token } } } }`;
    const first = (await post(instance(0).url, token, rotate, { id })).body.data.rotateCalendarFeedToken.data.token;
    const second = (await post(instance(1).url, token, rotate, { id })).body.data.rotateCalendarFeedToken.data.token;
    const feed = (server: ChildServer, feedToken: string) =>
      fetch(`http://127.0.0.1:${server.port}/schedules/${encodeURIComponent(id)}/calendar.ics?token=${feedToken}`).then(
        async (r) => (await r.arrayBuffer(), r.status),
      );
    expect(await Promise.all(servers.map((server) => feed(server, second)))).toEqual([200, 200, 200]);
    expect(await Promise.all(servers.map((server) => feed(server, first)))).toEqual([401, 401, 401]);
  });

  it(`3 × ${RATE_LIMIT} requests of one token meet one limit of ${RATE_LIMIT} in total, not one per instance`, async () => {
    const limited = await issueToken(new TextEncoder().encode(SECRET), {
      subject: "rate-limited",
      authorities: ["ORG_ADMIN"],
      expiresIn: "1h",
    });
    const started = Date.now();
    const answers = await Promise.all(
      servers.map(async (server) => {
        const statuses: number[] = [];
        // 10 at a time per instance
        for (let batch = 0; batch < RATE_LIMIT / 10; batch++) {
          statuses.push(
            ...(await Promise.all(Array.from({ length: 10 }, () => post(server.url, limited, "{ __typename }")))).map((a) => a.status),
          );
        }
        return statuses;
      }),
    );
    const all = answers.flat();
    const passed = all.filter((status) => status === 200).length;
    const limitedCount = all.filter((status) => status === 429).length;
    process.stderr.write(
      `rate limit across 3 instances: ${passed} passed, ${limitedCount} answered 429, per instance ${answers.map((a) => a.filter((s) => s === 200).length).join("/")} in ${Date.now() - started} ms\n`,
    );
    expect(all).toHaveLength(3 * RATE_LIMIT);
    expect(passed + limitedCount).toBe(3 * RATE_LIMIT);
    expect(passed).toBe(RATE_LIMIT);
  });
});
