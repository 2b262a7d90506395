/**
 * Applies the engine's migrations (prisma/sqlite/migrations, prisma/postgres/migrations) from the
 * service's own process, at start (server and seed), instead of `prisma migrate deploy`: on SQLite the
 * Prisma CLI opens the file with `PRAGMA locking_mode=EXCLUSIVE`, so it fails (WASM_ERROR ...
 * SocketTimeout) whenever another process has the file open, even with nothing to migrate; on
 * PostgreSQL it needs a workaround for the 6.19.3 adapter and waits on a timer of its own.
 *
 * The history is Prisma's own `_prisma_migrations` table (same columns, same sha256 checksums), so a
 * database migrated by the CLI is recognised here and the CLI (`prisma migrate status`) reads ours.
 * When every migration is recorded, nothing is written; otherwise the pending ones run in one
 * transaction: `BEGIN IMMEDIATE` on SQLite, under a transaction-scoped advisory lock on PostgreSQL. A
 * second process (or instance) starting at the same moment waits, then finds them applied.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type Database from "better-sqlite3";
import type pg from "pg";

/** Each engine's migration history (the models of prisma/models, one folder per provider). */
export const MIGRATIONS_DIRS = {
  sqlite: resolve(import.meta.dirname, "../prisma/sqlite/migrations"),
  postgres: resolve(import.meta.dirname, "../prisma/postgres/migrations"),
} as const;
export const MIGRATIONS_DIR = MIGRATIONS_DIRS.sqlite;

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of migration.sql, hex, as Prisma records it. */
  checksum: string;
}

/** prisma/migrations/<name>/migration.sql, in name order. */
export function migrationsOnDisk(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Prisma's history table, exactly as `prisma migrate deploy` creates it on SQLite. */
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export interface HistoryRow {
  migration_name: string;
  finished_at: string | null;
  rolled_back_at: string | null;
}

function history(db: Database.Database): HistoryRow[] {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
  if (!table) return [];
  return db.prepare(`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`).all() as HistoryRow[];
}

/** The migrations not recorded as finished; throws on one that a previous run left failed. */
function pending(db: Database.Database, migrations: Migration[]): Migration[] {
  return pendingOf(history(db), migrations);
}

function pendingOf(historyRows: HistoryRow[], migrations: Migration[]): Migration[] {
  const rows = historyRows.filter((row) => row.rolled_back_at === null);
  const failed = rows.find((row) => row.finished_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier on this database and was never resolved; ` +
        `fix the file, then mark it with \`npx prisma migrate resolve\` (stop the service first).`,
    );
  }
  const finished = new Set(rows.map((row) => row.migration_name));
  return migrations.filter((migration) => !finished.has(migration.name));
}

/**
 * The migrations on disk that the history rows (read from `_prisma_migrations`, as any client reads
 * it) do not record as finished: what /ready reports. Never throws.
 */
export function unappliedMigrations(historyRows: HistoryRow[], dir: string): string[] {
  const finished = new Set(
    historyRows.filter((row) => row.rolled_back_at === null && row.finished_at !== null).map((row) => row.migration_name),
  );
  return migrationsOnDisk(dir)
    .map((migration) => migration.name)
    .filter((name) => !finished.has(name));
}

/** Prisma's text form of a DateTime on SQLite. */
function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}

export interface MigrationResult {
  /** Names of the migrations this call applied (none when the file was up to date). */
  applied: string[];
}

/**
 * Brings the file behind `db` up to date. A migration that fails leaves nothing behind (the transaction
 * rolls back) and throws with its name. Waits for another writer as long as `db`'s busy timeout.
 */
export function applyMigrations(db: Database.Database, migrations: Migration[] = migrationsOnDisk()): MigrationResult {
  if (pending(db, migrations).length === 0) return { applied: [] };
  // Prisma's SQLite migrations may rebuild tables; foreign keys are checked once, before commit.
  db.pragma("foreign_keys = OFF");
  db.exec("BEGIN IMMEDIATE");
  try {
    db.exec(HISTORY_TABLE);
    const todo = pending(db, migrations); // again, under the write lock: another process may have been first
    const record = db.prepare(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
       VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
    );
    for (const migration of todo) {
      const startedAt = timestamp();
      try {
        db.exec(migration.sql);
      } catch (error) {
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      record.run(randomUUID(), migration.checksum, timestamp(), migration.name, startedAt);
    }
    const violations = db.pragma("foreign_key_check") as unknown[];
    if (violations.length > 0) throw new Error(`The migrations leave ${violations.length} rows with broken foreign keys`);
    db.exec("COMMIT");
    return { applied: todo.map((migration) => migration.name) };
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  } finally {
    db.pragma("foreign_keys = ON");
  }
}

/** Prisma's history table, exactly as `prisma migrate deploy` creates it on PostgreSQL. */
const POSTGRES_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The advisory lock every instance takes to migrate (any constant; the same in every process). */
const POSTGRES_MIGRATION_LOCK = 72_707_369;

async function postgresHistory(client: pg.PoolClient): Promise<HistoryRow[]> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  if (!rows[0]?.exists) return [];
  const result = await client.query<HistoryRow>(`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`);
  return result.rows;
}

/**
 * Brings the PostgreSQL database behind `pool` (its search path names `?schema=`) up to date: reads the
 * history without a lock; when something is pending, takes the advisory lock in a transaction, reads
 * again, applies what is still pending and records it, all or nothing.
 */
export async function applyPostgresMigrations(
  pool: pg.Pool,
  migrations: Migration[] = migrationsOnDisk(MIGRATIONS_DIRS.postgres),
): Promise<MigrationResult> {
  const client = await pool.connect();
  try {
    if (pendingOf(await postgresHistory(client), migrations).length === 0) return { applied: [] };
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [POSTGRES_MIGRATION_LOCK]);
      await client.query(POSTGRES_HISTORY_TABLE);
      const todo = pendingOf(await postgresHistory(client), migrations);
      for (const migration of todo) {
        const startedAt = new Date();
        try {
          await client.query(migration.sql);
        } catch (error) {
          throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
        }
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
      }
      await client.query("COMMIT");
      return { applied: todo.map((migration) => migration.name) };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    client.release();
  }
}
