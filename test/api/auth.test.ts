/** Bearer tokens (API.md "Authentication"): 401 for no or bad token, 403 for a missing authority. */
import { print } from "graphql";
import { SignJWT, UnsecuredJWT } from "jose";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { authSettingsFromEnv, issueToken } from "../../src/auth";
import { createSchedulesYoga } from "../../src/yoga";
import { post, startChildServer } from "../helpers/child-server";
import { type GraphQLErrorBody, TEST_AUTH, createClient, expectTypename, tokenFor } from "../helpers/graphql";
import { freshDatabaseUrl } from "../helpers/databases";
import { graphql } from "./gql";

const client = createClient();
const READ = graphql(`query AuthRead { schedules(first: 1) { edges { cursor } } }`);
const CREATE_JOB = graphql(
  `mutation AuthCreateJob { createJobSchedule(input: { name: "Nightly", specification: "0 1 * * *", job: { jobType: IMPORT } }) { __typename } }`,
);

async function withToken(token: string) {
  return client.execute(READ, undefined, { headers: { authorization: `Bearer ${token}` } });
}

function expectUnauthenticated(res: { status: number; errors?: GraphQLErrorBody[] }, message?: string) {
  expect(res.status).toBe(401);
  expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  if (message) expect(res.errors?.[0].message).toBe(message);
}

describe("authentication (401)", () => {
  it("refuses a request without a token", async () => {
    expectUnauthenticated(await client.execute(READ, undefined, { authorities: null }));
  });

  it("refuses a header that is not a bearer token", async () => {
    expectUnauthenticated(await client.execute(READ, undefined, { headers: { authorization: "Basic dXNlcjpwYXNz" } }));
  });

  it("refuses an expired token with the seed's message", async () => {
    const expired = await issueToken(TEST_AUTH.secret, {
      subject: "t",
      authorities: ["ORG_ADMIN"],
      expiresIn: Math.floor(Date.now() / 1000) - 60,
    });
    expectUnauthenticated(await withToken(expired), "JWT validation failed: JWT is expired");
  });

  const now = () => Math.floor(Date.now() / 1000);
  /** A token with exactly these claims, signed with the test secret. */
  function signed(claims: { iat?: number; exp?: number }) {
    const jwt = new SignJWT({ authorities: ["ORG_ADMIN"] }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setSubject("t");
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    return jwt.sign(TEST_AUTH.secret);
  }

  it("refuses a token without exp, which would be valid forever", async () => {
    expectUnauthenticated(
      await withToken(await signed({ iat: now() })),
      "JWT validation failed: the token has no expiration time (exp); every token must expire",
    );
  });

  it("refuses a token without iat, whose age cannot be told", async () => {
    expectUnauthenticated(
      await withToken(await signed({ exp: now() + 3600 })),
      "JWT validation failed: the token has no issued-at time (iat)",
    );
  });

  it("refuses an iat in the future beyond 30 s of clock drift, and accepts one within it", async () => {
    const future = await signed({ iat: now() + 3600, exp: now() + 7200 });
    expectUnauthenticated(await withToken(future), "JWT validation failed: the token's issued-at time (iat) lies in the future");
    const drifted = await signed({ iat: now() + 10, exp: now() + 3600 });
    expect((await withToken(drifted)).status).toBe(200);
  });

  it("refuses a token older than JWT_MAX_AGE_SECONDS (default 30 days), whatever its exp says", async () => {
    const old = await signed({ iat: now() - 31 * 24 * 3600, exp: now() + 3600 });
    expectUnauthenticated(
      await withToken(old),
      "JWT validation failed: the token was issued more than JWT_MAX_AGE_SECONDS (2592000 s) ago",
    );
    const young = await signed({ iat: now() - 29 * 24 * 3600, exp: now() + 3600 });
    expect((await withToken(young)).status).toBe(200);

    const auth = authSettingsFromEnv({ JWT_SECRET: new TextDecoder().decode(TEST_AUTH.secret), JWT_MAX_AGE_SECONDS: "60" });
    expect(auth.maxAgeSeconds).toBe(60);
    const yoga = createSchedulesYoga({ auth });
    const ask = async (token: string) =>
      yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(READ) }),
      });
    const twoMinutes = await ask(await signed({ iat: now() - 120, exp: now() + 3600 }));
    expect(twoMinutes.status).toBe(401);
    expect((await twoMinutes.json()).errors[0].message).toBe(
      "JWT validation failed: the token was issued more than JWT_MAX_AGE_SECONDS (60 s) ago",
    );
    expect((await ask(await signed({ iat: now() - 10, exp: now() + 3600 }))).status).toBe(200);
    expect(() => authSettingsFromEnv({ JWT_MAX_AGE_SECONDS: "30d" })).toThrow(/JWT_MAX_AGE_SECONDS must be a positive whole number/);
  });

  it("refuses a token signed with another secret", async () => {
    const forged = await issueToken(new TextEncoder().encode("another-secret-another-secret-xx"), {
      subject: "t",
      authorities: ["ORG_ADMIN"],
    });
    expectUnauthenticated(await withToken(forged));
  });

  it("refuses a token of another algorithm (HS512) and an unsigned one (alg none)", async () => {
    const hs512 = await new SignJWT({ authorities: ["ORG_ADMIN"] })
      .setProtectedHeader({ alg: "HS512" })
      .setExpirationTime("1h")
      .sign(TEST_AUTH.secret);
    expectUnauthenticated(await withToken(hs512));
    const unsigned = new UnsecuredJWT({ authorities: ["ORG_ADMIN"] }).setExpirationTime("1h").encode();
    expectUnauthenticated(await withToken(unsigned));
  });

  it("refuses garbage", async () => {
    expectUnauthenticated(await withToken("not.a.jwt"));
  });

  it("lets introspection through without a token, so GraphiQL can show the docs", async () => {
    const res = await client.execute(graphql(`query AuthIntrospection { __schema { queryType { name } } }`), undefined, {
      authorities: null,
    });
    expect(res.status).toBe(200);
    expect(res.data?.__schema.queryType.name).toBe("Query");
  });
});

describe("authorization (403)", () => {
  it("lets any valid token read", async () => {
    const res = await client.execute(READ, undefined, { authorities: [] });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it("refuses a job schedule write to a token without ORG_ADMIN or SCHEDULE_ADMIN", async () => {
    for (const authorities of [[], ["CERT_ADMIN"], ["org_admin"]]) {
      const res = await client.execute(CREATE_JOB, undefined, { authorities });
      expect(res.status).toBe(403);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(res.data?.createJobSchedule ?? null).toBeNull();
    }
  });

  it("allows ORG_ADMIN and SCHEDULE_ADMIN", async () => {
    for (const authorities of [["ORG_ADMIN"], ["SCHEDULE_ADMIN"]]) {
      const res = await client.execute(CREATE_JOB, undefined, { authorities });
      expectTypename(res.data?.createJobSchedule, "MutationCreateJobScheduleSuccess");
    }
  });
});

describe("start-up without JWT_SECRET", () => {
  it("makes a random secret whose admin token works, and uses JWT_SECRET when set", async () => {
    const generated = authSettingsFromEnv({});
    expect(generated.generated).toBe(true);
    expect(generated.secret.length).toBeGreaterThanOrEqual(32);
    const yoga = createSchedulesYoga({ auth: generated });
    const token = await issueToken(generated.secret, { subject: "local-admin", authorities: ["ORG_ADMIN"] });
    const res = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(CREATE_JOB) }),
    });
    expect((await res.json()).data.createJobSchedule.__typename).toBe("MutationCreateJobScheduleSuccess");
    const configured = authSettingsFromEnv({ JWT_SECRET: "configured" });
    expect(configured).toEqual({ secret: new TextEncoder().encode("configured"), generated: false, maxAgeSeconds: 30 * 24 * 3600 });
    expect(await tokenFor(["ORG_ADMIN"])).not.toBe(token);
  });
});

describe("the admin token npm start prints", () => {
  it("lives no longer than JWT_MAX_AGE_SECONDS allows, says so, and works", async () => {
    // JWT_SECRET empty: the process makes its own secret and prints a token for it
    const server = await startChildServer({ databaseUrl: await freshDatabaseUrl(), secret: "", env: { JWT_MAX_AGE_SECONDS: "3600" } });
    try {
      const token = /Authorization: Bearer (\S+)/.exec(server.output())?.[1];
      expect(token, server.output()).toBeTruthy();
      expect(server.output()).toContain("valid 3600 s, until restart");
      const claims = JSON.parse(Buffer.from(token!.split(".")[1], "base64url").toString("utf8"));
      expect(claims.exp - claims.iat).toBe(3600);
      const res = await post(server.url, token!, CREATE_JOB);
      expect(res.body.data?.createJobSchedule?.__typename).toBe("MutationCreateJobScheduleSuccess");
    } finally {
      await server.stop();
    }
  });
});

describe("GraphiQL", () => {
  it("serves a self-contained GraphiQL page with the example operation and the token prefilled", async () => {
    const yoga = createSchedulesYoga({ auth: TEST_AUTH, graphiqlToken: "TOKEN-FOR-THE-PAGE" });
    const res = await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("CreateBillingRun");
    expect(html).toContain("TOKEN-FOR-THE-PAGE");
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net/);
  });
});
