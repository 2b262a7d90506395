/**
 * PostgreSQL through `pg` and @prisma/adapter-pg: the pool, its size, and the two fixes Prisma 6.19.3
 * needs. Only src/db.ts and prisma.config.ts use this file.
 */
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

/** Where the pool's size comes from when DATABASE_POOL_SIZE and `connection_limit` are both unset (pg's own default). */
export const DEFAULT_POOL_SIZE = 10;
/** How long a query waits for a connection (a free one from the pool, or a new one) before failing. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** URL parameters that are Prisma's, not libpq's: read here and not passed on to `pg`. */
const PRISMA_PARAMETERS = ["connection_limit", "schema", "pool_timeout"];

export interface PostgresSettings {
  /** The URL `pg` connects with (Prisma's own parameters removed). */
  connectionString: string;
  poolSize: number;
  /** The PostgreSQL schema the tables live in (`?schema=`), when not `public`. */
  schema: string | undefined;
  /** Milliseconds a query waits for a connection (`?pool_timeout=` in seconds, as in Prisma's URLs; 0 waits forever). */
  connectTimeoutMs: number;
}

/** Reads a `postgres://` URL: pool size from DATABASE_POOL_SIZE, else `connection_limit`, else 10. */
export function postgresSettings(url: string, poolSize?: number): PostgresSettings {
  const parsed = new URL(url);
  const parameter = (name: string) => parsed.searchParams.get(name) ?? undefined;
  const limit = parameter("connection_limit");
  const timeout = parameter("pool_timeout");
  const whole = (text: string, name: string, min: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`The database URL's ${name} must be a whole number of at least ${min}, not ${JSON.stringify(text)}`);
    return value;
  };
  const settings: PostgresSettings = {
    connectionString: "",
    poolSize: poolSize ?? (limit != null ? whole(limit, "connection_limit", 1) : DEFAULT_POOL_SIZE),
    schema: parameter("schema"),
    connectTimeoutMs: timeout != null ? whole(timeout, "pool_timeout", 0) * 1000 : CONNECT_TIMEOUT_MS,
  };
  for (const name of PRISMA_PARAMETERS) parsed.searchParams.delete(name);
  settings.connectionString = parsed.toString();
  return settings;
}

/** OIDs of PostgreSQL's `char` and `name` types, and of `text`. */
const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

function reportNamesAsText(result: unknown): unknown {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * A `pg` client that reports `char` and `name` columns as `text`. @prisma/adapter-pg 6.19.3 cannot
 * deserialize those two types, and `prisma migrate deploy` reads catalog columns of type `name`
 * ("Column type 'name' could not be deserialized", prisma/orm#27403); their text is the same text.
 */
class NamesAsTextClient extends pg.Client {
  // pg's overloads (promise, callback, submittable) in one signature
  override query(config: any, values?: any, callback?: any): any {
    if (typeof values === "function") {
      const done = values;
      return super.query(config, (error: Error | null, result: unknown) => done(error, error ? result : reportNamesAsText(result)));
    }
    if (typeof callback === "function") {
      return super.query(config, values, (error: Error | null, result: unknown) =>
        callback(error, error ? result : reportNamesAsText(result)),
      );
    }
    const answer = super.query(config, values);
    if (answer && typeof answer.then === "function" && typeof config?.submit !== "function") return answer.then(reportNamesAsText);
    return answer;
  }
}

/** The `options` startup parameter for session settings: `-c name=value`, spaces separating, a backslash escaping. */
function sessionOptions(settings: Record<string, string>): string | undefined {
  const entries = Object.entries(settings);
  if (entries.length === 0) return undefined;
  return entries.map(([name, value]) => `-c ${name}=${value.replace(/[\\ ]/g, (c) => `\\${c}`)}`).join(" ");
}

export interface PostgresPoolOptions {
  poolSize?: number;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
  /** Session settings (`-c name=value`) of every connection. */
  settings?: Record<string, string>;
  /** Overrides the URL's pool_timeout. */
  connectTimeoutMs?: number;
  /** Let the process exit while the pool's connections idle (CLI commands; else each waits ~11 s to exit). */
  allowExitOnIdle?: boolean;
}

export function postgresPoolConfig(url: string, options: PostgresPoolOptions = {}): { config: pg.PoolConfig; settings: PostgresSettings } {
  const settings = postgresSettings(url, options.poolSize);
  const config: pg.PoolConfig = {
    // Discrete fields, not `connectionString`: the adapter derives its shadow database's pool (prisma
    // migrate diff/dev) from these options with another `database`, which a connectionString would
    // override, sending the shadow's migrations to the real database.
    ...parseIntoClientConfig(settings.connectionString),
    options: sessionOptions({
      // `?schema=`: Prisma's client names it in every query; migrations and raw SQL find it first on the search path
      ...(settings.schema ? { search_path: `"${settings.schema.replaceAll('"', '""')}"` } : {}),
      ...options.settings,
    }),
    application_name: options.applicationName,
    max: settings.poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs ?? settings.connectTimeoutMs,
    allowExitOnIdle: options.allowExitOnIdle ?? false,
    Client: NamesAsTextClient,
  };
  return { config, settings };
}

/**
 * The adapter for the Prisma CLI: given the pool's settings, not a pool, because it copies them for
 * its shadow database, and a pg.Pool's copy of its options leaves the password out.
 */
export function createPostgresCliAdapter(url: string): PrismaPg {
  const { config, settings } = postgresPoolConfig(url, { allowExitOnIdle: true });
  return new PrismaPg(config, { schema: settings.schema });
}

function createPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  // A connection that breaks while idle (the server restarts, a proxy drops it) leaves the pool and
  // the next query opens a new one; without a listener the pool's 'error' event would end the process.
  pool.on("error", () => {});
  return pool;
}

export const APPLICATION_NAME = "schedule-service";
/** Connections of each process's rate-limit pool, besides the pool size. */
export const RATE_LIMIT_POOL_SIZE = 2;

/** The service's pool and the Prisma driver adapter on it. */
export function createPostgresAdapter(
  url: string,
  options: PostgresPoolOptions = {},
): { adapter: PrismaPg; pool: pg.Pool; settings: PostgresSettings } {
  const { config, settings } = postgresPoolConfig(url, { applicationName: APPLICATION_NAME, ...options });
  const pool = createPool(config);
  return { adapter: new PrismaPg(pool, { schema: settings.schema }), pool, settings };
}

/**
 * The rate limiter's own small pool: its one statement per request never waits behind the service's
 * queries for a connection, and its commits skip the wait for the disk (synchronous_commit off: a
 * crash of the database server may forget the last fraction of a second of counts, never a schedule).
 * Measured with 4 concurrent callers on a durable server: 1,700–2,500 counts/s, against 320–470 with
 * synchronous_commit on. It gives up on a connection after 1 s, and the limiter then counts in memory.
 */
export function createRateLimitPool(url: string): pg.Pool {
  const { config } = postgresPoolConfig(url, {
    poolSize: RATE_LIMIT_POOL_SIZE,
    connectTimeoutMs: 1_000,
    applicationName: `${APPLICATION_NAME} rate limit`,
    settings: { synchronous_commit: "off" },
  });
  return createPool(config);
}

/**
 * Prisma 6.19.3's schema engine (WebAssembly) arms a 10 s timer beside `pg_advisory_lock` and never
 * clears it, so every PostgreSQL `migrate` command waited 10 s after its work was done. For the CLI
 * process only: timers the engine arms are unref'd, so they no longer keep the process alive (they
 * still fire if it lives on). Timers of any other code are left as they are.
 */
export function unrefSchemaEngineTimers(): void {
  const original = globalThis.setTimeout;
  const patched = function (this: unknown, ...args: Parameters<typeof setTimeout>) {
    const timer = original.apply(this, args);
    if (new Error().stack?.includes("wasm://")) timer.unref();
    return timer;
  };
  globalThis.setTimeout = Object.assign(patched, original) as typeof setTimeout;
}

/**
 * LISTEN/NOTIFY between instances: one connection of its own that LISTENs (opened on the first
 * subscription, opened again after it breaks, every second until it answers), NOTIFY through the
 * pool. Channels are prefixed with the schema, so services sharing a database in different schemas
 * do not hear each other.
 */
export function createNotifier(url: string, pool: pg.Pool, schema: string) {
  const listeners = new Map<string, Set<(payload: string) => void>>();
  // identifiers end at 63 bytes: a short digest of the schema keeps every name within them
  const prefix = `s${createHash("sha256").update(schema).digest("hex").slice(0, 12)}_`;
  const name = (channel: string) => prefix + channel;
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;

  const connect = async (): Promise<void> => {
    const { config } = postgresPoolConfig(url, { applicationName: `${APPLICATION_NAME} listen` });
    const next = new pg.Client(config);
    next.on("notification", (message) => {
      const channel = message.channel.slice(prefix.length);
      for (const listener of listeners.get(channel) ?? []) listener(message.payload ?? "");
    });
    next.on("error", () => {
      if (client === next) client = null;
      next.end().catch(() => {});
      if (!closed) setTimeout(ensure, 1000).unref();
    });
    await next.connect();
    for (const channel of listeners.keys()) await next.query(`LISTEN "${name(channel).replaceAll('"', '""')}"`);
    client = next;
  };
  const ensure = (): Promise<void> => {
    if (client || closed) return Promise.resolve();
    connecting ??= connect()
      .catch(() => {
        if (!closed) setTimeout(ensure, 1000).unref();
      })
      .finally(() => {
        connecting = null;
      });
    return connecting;
  };

  return {
    async publish(channel: string, payload: string): Promise<void> {
      await pool.query("SELECT pg_notify($1, $2)", [name(channel), payload]);
    },
    async subscribe(channel: string, listener: (payload: string) => void): Promise<() => void> {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        if (client) await client.query(`LISTEN "${name(channel).replaceAll('"', '""')}"`);
      }
      set.add(listener);
      await ensure();
      return () => set.delete(listener);
    },
    async close(): Promise<void> {
      closed = true;
      await connecting;
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
