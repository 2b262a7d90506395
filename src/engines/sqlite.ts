/**
 * SQLite through better-sqlite3 and @prisma/adapter-better-sqlite3: the file, its busy timeout and the
 * settings each connection needs. Only src/db.ts and prisma.config.ts use this file.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFile, ensureDatabaseDirectory } from "../config";

/** How long a writer waits for SQLite's lock before giving up (better-sqlite3's busy timeout). */
export const BUSY_TIMEOUT_MS = 10_000;

export function createSqliteAdapter(url: string): PrismaBetterSQLite3 {
  ensureDatabaseDirectory(url);
  return new PrismaBetterSQLite3({ url: databaseFile(url), timeout: BUSY_TIMEOUT_MS });
}

/** Durable settings: write-ahead log, foreign keys enforced, fsync at each commit of the WAL. */
export const SQLITE_SETTINGS = ["PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"];
