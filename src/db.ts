/**
 * The database seam. `createDatabase(url)` reads the URL's scheme (`file:` SQLite, `postgres://` or
 * `postgresql://` PostgreSQL) and picks that engine's driver adapter and generated Prisma client; nothing
 * else in src/ knows which engine runs. Both clients are generated from one model (prisma/models/),
 * so the rest of the code types rows with the client of src/generated/prisma.
 *
 * `prisma` is the one client of the process. Not put into the GraphQL context: resolvers reach the
 * database only through src/store/.
 */
import { EventEmitter } from "node:events";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseFile, databasePoolSize, databaseUrl, printableDatabaseUrl } from "./config";
import { databaseOpenError } from "./database-file";
import { engineOf, type Engine } from "./engines";
import { createNotifier, createPostgresAdapter, createRateLimitPool } from "./engines/postgres";
import { BUSY_TIMEOUT_MS, JOURNAL_MODE, createSqliteAdapter, setUpDatabaseFile } from "./engines/sqlite";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { Prisma, PrismaClient } from "./generated/prisma/client";
import { MIGRATIONS_DIRS, applyPostgresMigrations, unappliedMigrations, type HistoryRow, type MigrationResult } from "./migrations";

export { BUSY_TIMEOUT_MS, JOURNAL_MODE, setUpDatabaseFile };
export type { Engine, MigrationResult };

// Query events let tests count SQL statements (N+1 checks); nothing listens in production.
const LOG = [{ emit: "event" as const, level: "query" as const }];
function sqliteClient(url: string) {
  return new PrismaClient({ adapter: createSqliteAdapter(url), log: LOG });
}
export type Client = ReturnType<typeof sqliteClient>;

export interface RateLimiterOptions {
  points: number;
  /** Seconds. */
  duration: number;
}

export interface Database {
  readonly engine: Engine;
  readonly client: Client;
  /**
   * Whether the process's other statements go on while a transaction is open (and see its writes only
   * once it commits): on PostgreSQL (a pool of connections); not on SQLite, where the process has one
   * connection and its other statements wait for the open transaction (src/engines/sqlite-adapter.ts).
   */
  readonly isolatesTransactions: boolean;
  /**
   * What a statement that takes rows (a dispatcher's claim, a delivery worker's take) puts after its
   * read of them on PostgreSQL: `FOR UPDATE SKIP LOCKED`, so that a row another transaction holds is
   * left for a later take instead of waited for. A take then never waits, and never joins a cycle of
   * waits (a deadlock: a multi-row UPDATE locks rows one by one, in its plan's order, and keeps each,
   * even one it re-checks and leaves). Null on SQLite, where one writer at a time holds the file: there
   * a take is the plain UPDATE.
   */
  readonly skipLocked: Prisma.Sql | null;
  /** The URL with its password replaced, for logs and messages. */
  readonly printableUrl: string;
  /**
   * Run once before serving: applies pending migrations (src/migrations.ts) and the connection's
   * settings (SQLite's PRAGMAs). A SQLite file that cannot be used throws a DatabaseFileError naming
   * its path and the problem.
   */
  prepare(): Promise<MigrationResult>;
  /**
   * The request rate limiter: counted in this process's memory on SQLite (one process per file), in
   * the database's RateLimit table on PostgreSQL, so that every instance shares one count per key
   * (one statement per request, on a pool of its own; a key over its limit is then refused from memory
   * until its window ends).
   */
  createRateLimiter(options: RateLimiterOptions): RateLimiterAbstract;
  /**
   * Messages between the service's processes (run events, a nearer due time): within this process on
   * SQLite, to every instance on PostgreSQL (LISTEN/NOTIFY; payloads up to 8,000 bytes).
   */
  publish(channel: string, payload: string): Promise<void>;
  /** Listens on a channel until the returned function is called. */
  subscribe(channel: string, listener: (payload: string) => void): Promise<() => void>;
  /** The migrations not applied yet (empty when the schema is current); throws when the database does not answer. */
  pendingMigrations(): Promise<string[]>;
  /** How far the database's clock is ahead of this host's (ms): measured on PostgreSQL, 0 on SQLite. */
  clockOffsetMs(): Promise<number>;
  close(): Promise<void>;
}

/** What the history table (on either engine) does not record as applied; none of it when the table is missing. */
async function pendingMigrationsOf(client: Client, dir: string): Promise<string[]> {
  let rows: HistoryRow[] = [];
  try {
    rows = await client.$queryRawUnsafe<HistoryRow[]>(`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`);
  } catch (error) {
    // the database answers (SELECT 1) but has no history yet: everything is pending
    await client.$queryRawUnsafe("SELECT 1");
    if (!/_prisma_migrations|no such table|does not exist/i.test(String(error))) throw error;
  }
  return unappliedMigrations(rows, dir);
}

/** Messages within one process (SQLite: one process per file has every subscriber it serves). */
function localChannels() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(channel: string, payload: string) {
      emitter.emit(channel, payload);
    },
    async subscribe(channel: string, listener: (payload: string) => void) {
      emitter.on(channel, listener);
      return () => {
        emitter.off(channel, listener);
      };
    },
  };
}

export interface DatabaseOptions {
  /** Connections in the pool (PostgreSQL); default DATABASE_POOL_SIZE, else the URL's connection_limit, else 10. */
  poolSize?: number;
}

export function createDatabase(url: string, options: DatabaseOptions = {}): Database {
  const printableUrl = printableDatabaseUrl(url);
  const engine = engineOf(url);
  if (engine === "sqlite") {
    const client = sqliteClient(url);
    return {
      engine,
      client,
      isolatesTransactions: false,
      skipLocked: null,
      printableUrl,
      async prepare() {
        const file = databaseFile(url);
        try {
          const { applied, journalMode } = file === ":memory:" ? { applied: [], journalMode: "memory" } : setUpDatabaseFile(file);
          // This connection: the same journal (a rollback journal's mode is a connection's setting, only
          // WAL is the file's), no memory-mapped reads (mmap_size = 0, see setUpDatabaseFile), foreign
          // keys enforced, fsync at each commit.
          if (journalMode !== "wal" && journalMode !== "memory") await client.$queryRawUnsafe(`PRAGMA journal_mode = ${JOURNAL_MODE}`);
          await client.$queryRawUnsafe("PRAGMA mmap_size = 0");
          await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
          await client.$queryRawUnsafe("PRAGMA synchronous = FULL");
          return { applied };
        } catch (error) {
          throw databaseOpenError(file, error);
        }
      },
      createRateLimiter: (limits) => new RateLimiterMemory(limits),
      ...localChannels(),
      pendingMigrations: () => pendingMigrationsOf(client, MIGRATIONS_DIRS.sqlite),
      clockOffsetMs: async () => 0,
      close: () => client.$disconnect(),
    };
  }
  const { adapter, pool, settings } = createPostgresAdapter(url, { poolSize: options.poolSize });
  let rateLimitPool: ReturnType<typeof createRateLimitPool> | null = null;
  const rateLimitPoolOf = () => {
    rateLimitPool ??= createRateLimitPool(url);
    return rateLimitPool;
  };
  // The same model and the same API: the PostgreSQL client is typed as the model's client.
  const client = new PostgresPrismaClient({ adapter, log: LOG }) as unknown as Client;
  const notifier = createNotifier(url, pool, settings.schema ?? "public");
  return {
    engine,
    client,
    isolatesTransactions: true,
    skipLocked: Prisma.sql`FOR UPDATE SKIP LOCKED`,
    printableUrl,
    prepare: () => applyPostgresMigrations(pool),
    createRateLimiter: (limits) =>
      new RateLimiterPostgres({
        ...limits,
        storeClient: rateLimitPoolOf(),
        storeType: "pool",
        schemaName: settings.schema,
        tableName: "RateLimit",
        // instances with the same limit share its counts; a different limit (a rolling change) counts apart
        keyPrefix: `${limits.points}/${limits.duration}s`,
        tableCreated: true, // by the migrations
        inMemoryBlockOnConsumed: limits.points + 1,
        // While the database cannot be reached, each instance counts on its own.
        insuranceLimiter: new RateLimiterMemory(limits),
      }),
    pendingMigrations: () => pendingMigrationsOf(client, MIGRATIONS_DIRS.postgres),
    publish: notifier.publish,
    subscribe: notifier.subscribe,
    async clockOffsetMs() {
      // the middle of the round trip is when the server read its clock
      const sent = Date.now();
      const { rows } = await pool.query<{ now: Date }>("SELECT clock_timestamp() AS now");
      const received = Date.now();
      return rows[0].now.getTime() - (sent + received) / 2;
    },
    async close() {
      await notifier.close();
      await client.$disconnect();
      await pool.end();
      await rateLimitPool?.end();
    },
  };
}

export const database = createDatabase(databaseUrl(), { poolSize: databasePoolSize() });
export const prisma = database.client;

/** Migrations and settings of the process's database, once at start (see Database.prepare). */
export function prepareDatabase(): Promise<MigrationResult> {
  return database.prepare();
}
