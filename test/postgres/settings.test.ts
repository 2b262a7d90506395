/**
 * A PostgreSQL URL's settings, seen from outside real server processes: the pool holds at most
 * DATABASE_POOL_SIZE connections (else the URL's connection_limit), `?schema=` puts every table there,
 * and the URL's password never appears in what the process writes, even when the database cannot be
 * reached.
 */
import { afterAll, describe, expect, it } from "vitest";
import { childToken, post, runChildServerToExit, startChildServer, type ChildServer } from "../helpers/child-server";
import { freshDatabaseUrl, testPostgres } from "../helpers/databases";
import { freePort } from "../helpers/net";
import { migrateDatabase, withClient } from "../helpers/postgres";
import { randomUUID } from "node:crypto";

const SECRET = "settings-test-secret-of-at-least-32-bytes";
const started: ChildServer[] = [];
afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
});

async function start(databaseUrl: string, env: Record<string, string> = {}) {
  const server = await startChildServer({ databaseUrl, secret: SECRET, env: { LOG_LEVEL: "info", ...env } });
  started.push(server);
  return server;
}

const withParameter = (url: string, name: string, value: string) => {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.toString();
};

/** Connections the server's pool holds open to one database (not the rate limit's 2), after a burst of 30 requests that each query it. */
async function connectionsAfterBurst(server: ChildServer, databaseUrl: string): Promise<number> {
  const token = await childToken(SECRET);
  const answers = await Promise.all(
    Array.from({ length: 30 }, () =>
      post(server.url, token, '{ schedules(first: 50) { edges { cursor } } products: node(id: "x") { id } }'),
    ),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  return withClient(testPostgres().adminUrl, async (client) =>
    Number(
      (
        await client.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'schedule-service'", [
          database,
        ])
      ).rows[0].n,
    ),
  );
}

describe("PostgreSQL settings of a server process", () => {
  it("holds at most DATABASE_POOL_SIZE connections, else the URL's connection_limit, else 10", async () => {
    const [sized, limited, plain] = await Promise.all([freshDatabaseUrl(), freshDatabaseUrl(), freshDatabaseUrl()]);
    const [a, b, c] = await Promise.all([
      start(withParameter(sized, "connection_limit", "5"), { DATABASE_POOL_SIZE: "2" }),
      start(withParameter(limited, "connection_limit", "3")),
      start(plain),
    ]);
    // A burst opens connections up to the pool's size, never more; whether one burst needs all of them
    // depends on the machine's speed, so each server gets up to 5 bursts to reach its size.
    const reached = async (server: ChildServer, url: string, size: number) => {
      let most = 0;
      for (let burst = 0; burst < 5 && most < size; burst++) {
        const open = await connectionsAfterBurst(server, url);
        expect(open).toBeLessThanOrEqual(size);
        most = Math.max(most, open);
      }
      return most;
    };
    expect([await reached(a, sized, 2), await reached(b, limited, 3), await reached(c, plain, 10)]).toEqual([2, 3, 10]);
  });

  it("never writes the URL's password: the listening line shows ***, and neither does the start that cannot reach its database", async () => {
    const url = await freshDatabaseUrl();
    const password = decodeURIComponent(new URL(url).password);
    expect(password.length).toBeGreaterThan(8);
    const server = await start(url);
    expect(server.output()).toContain('"msg":"listening"');
    expect(server.output()).toContain(`"database":"${url.replace(`:${encodeURIComponent(password)}@`, ":***@")}"`);

    const unreachable = new URL(url);
    unreachable.port = String(await freePort());
    // Migrations run at start: a database that cannot be reached stops the start with one line and exit 1…
    const lost = await runChildServerToExit({ databaseUrl: unreachable.toString(), secret: SECRET });
    expect(lost.code).toBe(1);
    expect(lost.stderr).toMatch(/^Cannot start the schedule service: .*ECONNREFUSED/);
    for (const output of [server.output(), lost.stdout, lost.stderr]) expect(output).not.toContain(password); // …without the password
  });

  it("keeps every table, and the rate limit's counts, in the schema ?schema= names", async () => {
    const server = testPostgres();
    const name = `${server.prefix}_schema_${randomUUID().slice(0, 8)}`;
    await withClient(server.adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    await withClient(server.urlOf(name), (client) => client.query(`CREATE SCHEMA "Tenant A"`));
    const url = withParameter(server.urlOf(name), "schema", "Tenant A");
    migrateDatabase(url);
    const child = await start(url);
    const created = await post(
      child.url,
      await childToken(SECRET),
      `mutation { createProduct(input: { reference: "IN-SCHEMA", name: "n", type: DIGITAL }) { __typename } }`,
    );
    expect(created.body.data.createProduct.__typename).toBe("MutationCreateProductSuccess");
    await withClient(server.urlOf(name), async (client) => {
      const tables = (
        await client.query(
          `SELECT schemaname, count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') GROUP BY 1`,
        )
      ).rows;
      // every table of the model (Schedule, the four kinds' and owners' tables, CalendarFeedToken, RateLimit, Run,
      // Delivery, DeliveryAttempt) and the migrations' history
      expect(tables).toEqual([{ schemaname: "Tenant A", n: 12 }]);
      expect((await client.query(`SELECT reference FROM "Tenant A"."Product"`)).rows).toEqual([{ reference: "IN-SCHEMA" }]);
      expect(Number((await client.query(`SELECT count(*) AS n FROM "Tenant A"."RateLimit"`)).rows[0].n)).toBeGreaterThan(0);
    });
  });
});
