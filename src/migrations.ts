/**
 * Applies prisma/migrations to the SQLite file from the service's own process, at start (server and
 * seed), instead of `prisma migrate deploy`: the Prisma CLI opens the file with
 * `PRAGMA locking_mode=EXCLUSIVE`, so it fails (WASM_ERROR ... SocketTimeout) whenever another process
 * has the file open, even with nothing to migrate.
 *
 * The history is Prisma's own `_prisma_migrations` table (same columns, same sha256 checksums), so a
 * file migrated by the CLI is recognised here and the CLI (`prisma migrate status`) reads ours.
 * When every migration is recorded, nothing is written and no lock is taken; otherwise the pending
 * ones run in one `BEGIN IMMEDIATE` transaction (a second process starting at the same moment waits,
 * then finds them applied).
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type Database from "better-sqlite3";

export const MIGRATIONS_DIR = resolve(import.meta.dirname, "../prisma/migrations");

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

interface HistoryRow {
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
  const rows = history(db).filter((row) => row.rolled_back_at === null);
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
