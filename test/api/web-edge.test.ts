/**
 * The HTTP edge: which browser origins may call the service (CORS), which request bodies it reads
 * (JSON only, GET for queries), and compressed, revalidated answers (GraphiQL's page above all), the
 * last through a real server process and raw HTTP, to count the bytes on the wire.
 */
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corsOrigins } from "../../src/config";
import { createSchedulesYoga } from "../../src/yoga";
import { childToken, startChildServer, type ChildServer } from "../helpers/child-server";
import { TEST_AUTH, createClient, expectTypename, testLimits, tokenFor } from "../helpers/graphql";
import { freshDatabaseUrl } from "../helpers/databases";
import { graphql } from "./gql";

const APP = "https://app.example.com";
const yoga = createSchedulesYoga({ auth: TEST_AUTH, limits: testLimits(), corsOrigins: [APP, "http://localhost:5173"] });
const READ = `{ schedules(first: 1) { edges { cursor } } }`;

async function ask(init: RequestInit & { path?: string } = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has("authorization")) headers.set("authorization", `Bearer ${await tokenFor(["ORG_ADMIN"])}`);
  return yoga.fetch(`http://localhost${init.path ?? "/graphql"}`, { method: "POST", ...init, headers });
}

describe("CORS", () => {
  const json = { "content-type": "application/json" };
  const body = JSON.stringify({ query: READ });

  it("gives a foreign origin no Access-Control-Allow-Origin, and no one credentials", async () => {
    const res = await ask({ headers: { ...json, origin: "https://evil.example" }, body });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    expect(res.headers.get("vary")).toMatch(/\bOrigin\b/);
  });

  it("allows a listed origin, and the service's own, without Allow-Credentials", async () => {
    for (const origin of [APP, "http://localhost:5173", "http://localhost"]) {
      const res = await ask({ headers: { ...json, origin }, body });
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      expect(res.headers.get("vary")).toMatch(/\bOrigin\b/);
    }
    // a near miss is foreign
    const res = await ask({ headers: { ...json, origin: "https://app.example.com.evil.example" }, body });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a preflight: the listed origin may POST with Authorization and Content-Type; a foreign one gets nothing", async () => {
    const preflight = (origin: string) =>
      yoga.fetch("http://localhost/graphql", {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
      });
    const allowed = await preflight(APP);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(APP);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toMatch(/authorization.*content-type/);
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    expect(Number(allowed.headers.get("access-control-max-age"))).toBeGreaterThan(0);
    const foreign = await preflight("https://evil.example");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    expect(foreign.headers.get("access-control-allow-methods")).toBeNull();
  });

  it("reads CORS_ORIGINS as comma-separated origins and stops at start on anything else", () => {
    expect(corsOrigins({})).toEqual([]);
    expect(corsOrigins({ CORS_ORIGINS: ` ${APP}, http://localhost:5173 ,` })).toEqual([APP, "http://localhost:5173"]);
    for (const wrong of [`${APP}/`, "app.example.com", "https://app.example.com/path"]) {
      expect(() => corsOrigins({ CORS_ORIGINS: wrong })).toThrow(/CORS_ORIGINS must list origins/);
    }
  });

  it("allows every origin with CORS_ORIGINS=*, still without credentials", async () => {
    const open = createSchedulesYoga({ auth: TEST_AUTH, limits: testLimits(), corsOrigins: ["*"] });
    const res = await open.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { ...json, origin: "https://anywhere.example", authorization: `Bearer ${await tokenFor([])}` },
      body,
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://anywhere.example");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("allows no foreign origin by default (CORS_ORIGINS unset)", async () => {
    const plain = createSchedulesYoga({ auth: TEST_AUTH, limits: testLimits(), corsOrigins: [] });
    const res = await plain.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { ...json, origin: APP, authorization: `Bearer ${await tokenFor([])}` },
      body,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("request bodies: JSON only, GET for queries", () => {
  const client = createClient();
  const mutation = (name: string) =>
    `mutation { createJobSchedule(input: { name: "${name}", specification: "0 1 * * *", job: { jobType: IMPORT } }) { __typename } }`;
  async function stored(name: string): Promise<number> {
    const res = await client.execute(
      graphql(`query WebEdgeJobNames { schedules(first: 100) { edges { node { __typename ... on JobSchedule { name } } } } }`),
    );
    return res.data!.schedules.edges.filter((edge) => edge.node.__typename === "JobSchedule" && edge.node.name === name).length;
  }

  it.each([
    ["application/x-www-form-urlencoded", (q: string) => new URLSearchParams({ query: q }).toString()],
    ["application/graphql", (q: string) => q],
    ["text/plain", (q: string) => JSON.stringify({ query: q })],
    ["application/graphql-response+json", (q: string) => JSON.stringify({ query: q })],
  ])("refuses a %s POST with 415 UNSUPPORTED_MEDIA_TYPE and writes nothing", async (contentType, encode) => {
    const name = `via ${contentType}`;
    const res = await ask({ headers: { "content-type": contentType }, body: encode(mutation(name)) });
    expect(res.status).toBe(415);
    const answer = await res.json();
    expect(answer.errors[0].extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(answer.errors[0].message).toContain("application/json");
    expect(await stored(name)).toBe(0);
  });

  it("refuses a multipart POST and one without a Content-Type the same way", async () => {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: mutation("via multipart") }));
    form.set("map", "{}");
    const multipart = await ask({ body: form });
    expect(multipart.status).toBe(415);
    expect((await multipart.json()).errors[0].extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const bare = await ask({ body: new Blob([JSON.stringify({ query: mutation("via no type") })]) });
    expect(bare.status).toBe(415);
    expect(await stored("via multipart")).toBe(0);
    expect(await stored("via no type")).toBe(0);
  });

  it.each(["application/json", "application/json; charset=utf-8", "application/graphql+json"])(
    "executes a %s POST",
    async (contentType) => {
      const name = `via ${contentType}`;
      const res = await ask({ headers: { "content-type": contentType }, body: JSON.stringify({ query: mutation(name) }) });
      expect(res.status).toBe(200);
      expect((await res.json()).data.createJobSchedule.__typename).toBe("MutationCreateJobScheduleSuccess");
      expect(await stored(name)).toBe(1);
    },
  );

  it("answers a query over GET and refuses a mutation over GET (405)", async () => {
    const get = (query: string) => ask({ method: "GET", path: `/graphql?query=${encodeURIComponent(query)}` });
    const read = await get(READ);
    expect(read.status).toBe(200);
    expect((await read.json()).data.schedules.edges).toBeInstanceOf(Array);
    const write = await get(mutation("via GET"));
    expect(write.status).toBe(405);
    expect((await write.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(await stored("via GET")).toBe(0);
  });

  it("keeps the calendar feed (a GET of its own path) working", async () => {
    const created = await client.execute(
      graphql(`mutation WebEdgeFeedJob {
        createJobSchedule(input: { name: "feed job", specification: "0 1 * * *", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }
      }`),
    );
    const id = expectTypename(created.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
    const feed = await ask({ method: "GET", path: `/schedules/${encodeURIComponent(id)}/calendar.ics?count=2` });
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect((await feed.text()).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});

/** A raw HTTP GET/POST (no decompression, unlike fetch): status, headers and the bytes as sent. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; ms: number }>(
    (resolve, reject) => {
      const started = performance.now();
      const req = httpRequest(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }),
        );
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(options.body);
    },
  );
}

describe("compression and GraphiQL caching, through a real server process", () => {
  const SECRET = "web-edge-test-secret-of-at-least-32-bytes";
  let server: ChildServer;
  let token: string;

  beforeAll(async () => {
    server = await startChildServer({
      databaseUrl: await freshDatabaseUrl(),
      secret: SECRET,
      env: { CORS_ORIGINS: `${APP}, http://localhost:5173` },
    });
    token = await childToken(SECRET);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const page = (headers: Record<string, string> = {}) => raw(server.url, { headers: { accept: "text/html", ...headers } });

  it("serves GraphiQL compressed to a client that accepts it, and whole to one that does not", async () => {
    const plain = await page();
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const html = plain.body.toString("utf8");
    expect(html).toContain("CreateBillingRun");
    expect(plain.body.length).toBeGreaterThan(5_000_000);

    const br = await page({ "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(br.body).toString("utf8")).toBe(html);

    const gzip = await page({ "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(gzip.body).toString("utf8")).toBe(html);

    const refused = await page({ "accept-encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    for (const res of [plain, br, gzip]) expect(String(res.headers.vary)).toMatch(/Accept-Encoding/);
    console.info(
      `GraphiQL on the wire: ${plain.body.length} B whole (${plain.ms.toFixed(0)} ms), ${br.body.length} B br, ${gzip.body.length} B gzip`,
    );
  });

  it("revalidates GraphiQL with a private ETag: a second visit is a 304 without a body", async () => {
    const first = await page({ "accept-encoding": "br" });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers["cache-control"]).toMatch(/\bprivate\b/);
    expect(first.headers["cache-control"]).toMatch(/\bno-cache\b/);
    const second = await page({ "accept-encoding": "br", "if-none-match": etag });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
    expect(second.headers.etag).toBe(etag);
    const stale = await page({ "accept-encoding": "br", "if-none-match": '"something-else"' });
    expect(stale.status).toBe(200);
    console.info(`GraphiQL revisited: 304 in ${second.ms.toFixed(1)} ms, 200 br in ${first.ms.toFixed(1)} ms`);
  });

  it("compresses a large GraphQL answer and the calendar feed, not a small one", async () => {
    const query = `{ previewOccurrences(spec: { job: { specification: "*/5 * * * *", location: "Europe/London" } }, after: "2027-01-01T00:00:00Z", first: 1000) {
      ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } } } }`;
    const post = (q: string, encoding: string) =>
      raw(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "accept-encoding": encoding },
        body: JSON.stringify({ query: q }),
      });
    const whole = await post(query, "identity");
    const gzip = await post(query, "gzip");
    expect(gzip.status).toBe(200);
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.body.length).toBeLessThan(whole.body.length / 4);
    expect(JSON.parse(gunzipSync(gzip.body).toString("utf8"))).toEqual(JSON.parse(whole.body.toString("utf8")));
    expect(JSON.parse(whole.body.toString("utf8")).data.previewOccurrences.data).toHaveLength(1000);

    const small = await post("{ __typename }", "gzip, br");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.body.toString("utf8"))).toEqual({ data: { __typename: "Query" } });

    const created = await post(
      `mutation { createJobSchedule(input: { name: "compressed feed", specification: "*/5 * * * *", job: { jobType: IMPORT } }) {
      ... on MutationCreateJobScheduleSuccess { data { id } } } }`,
      "identity",
    );
    const id = JSON.parse(created.body.toString("utf8")).data.createJobSchedule.data.id;
    const feed = await raw(`http://127.0.0.1:${server.port}/schedules/${encodeURIComponent(id)}/calendar.ics?count=200`, {
      headers: { authorization: `Bearer ${token}`, "accept-encoding": "br" },
    });
    expect(feed.status).toBe(200);
    expect(feed.headers["content-encoding"]).toBe("br");
    expect(
      brotliDecompressSync(feed.body)
        .toString("utf8")
        .match(/BEGIN:VEVENT/g),
    ).toHaveLength(200);
    console.info(`preview of 1000 occurrences: ${whole.body.length} B whole, ${gzip.body.length} B gzip`);
  });

  it("reads CORS_ORIGINS from the environment", async () => {
    const res = await raw(server.url, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
    });
    expect(res.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
    const foreign = await raw(server.url, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5174", "access-control-request-method": "POST" },
    });
    expect(foreign.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("GraphiQL's ETag", () => {
  it("changes with the token the page is filled with", async () => {
    const etagOf = async (graphiqlToken: string) => {
      const res = await createSchedulesYoga({ auth: TEST_AUTH, graphiqlToken }).fetch("http://localhost/graphql", {
        headers: { accept: "text/html" },
      });
      expect(await res.text()).toContain(graphiqlToken);
      return res.headers.get("etag");
    };
    const one = await etagOf("TOKEN-ONE");
    expect(one).toBeTruthy();
    expect(await etagOf("TOKEN-TWO")).not.toBe(one);
    expect(await etagOf("TOKEN-ONE")).toBe(one);
  });
});
