/**
 * SQLite through better-sqlite3 and @prisma/adapter-better-sqlite3: the file, its busy timeout and the
 * settings each connection needs. Only src/db.ts and prisma.config.ts use this file.
 */
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { databaseFile } from "../config";
import { prepareDatabaseLocation } from "../database-file";
import { applyMigrations, type MigrationResult } from "../migrations";
import { RecoveringSQLite3 } from "./sqlite-adapter";

/** How long a writer waits for SQLite's lock before giving up (better-sqlite3's busy timeout). */
export const BUSY_TIMEOUT_MS = 10_000;

/** The adapter opens the file at its first query (Database.prepare), not here. Its transactions end even when COMMIT or ROLLBACK fails. */
export function createSqliteAdapter(url: string): PrismaBetterSQLite3 {
  return new RecoveringSQLite3({ url: databaseFile(url), timeout: BUSY_TIMEOUT_MS });
}

/** See setUpDatabaseFile. */
export const JOURNAL_MODE = "TRUNCATE";

/**
 * The file's own settings and schema, on a short-lived connection of its own:
 * - a rollback journal (`journal_mode = TRUNCATE`) rather than WAL. WAL keeps its index in a `-shm`
 *   file mapped into memory, and a `-shm` truncated under a running process kills it with SIGBUS at its
 *   next query (no answer, no log line). A rollback journal maps nothing and still lets several
 *   processes share the file; a write that cannot be made fails as that request's error while reads go
 *   on. TRUNCATE (rather than DELETE) keeps the emptied `-journal` file between writes, so writes go on
 *   even if the folder itself stops being writable. Leaving WAL needs the file to itself: while an older
 *   process still holds it in WAL mode, it stays in WAL (SQLite keeps a file's mode) rather than wait.
 * - pending migrations (src/migrations.ts).
 */
export function setUpDatabaseFile(file: string): MigrationResult & { journalMode: string } {
  prepareDatabaseLocation(file);
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma("busy_timeout = 0");
    try {
      db.pragma(`journal_mode = ${JOURNAL_MODE}`);
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
    }
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const journalMode = String(db.pragma("journal_mode", { simple: true }));
    return { ...applyMigrations(db), journalMode };
  } finally {
    db.close();
  }
}
