/**
 * The one PrismaClient of the process (SQLite through the better-sqlite3 driver adapter).
 * Not put into the GraphQL context: resolvers reach the database only through src/store/.
 */
import Database from "better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile, databaseUrl } from "./config";
import { databaseOpenError, prepareDatabaseLocation } from "./database-file";
import { applyMigrations, type MigrationResult } from "./migrations";
import { RecoveringSQLite3 } from "./sqlite-adapter";

/** How long a writer waits for SQLite's lock before giving up (better-sqlite3's busy timeout). */
export const BUSY_TIMEOUT_MS = 10_000;

/** See setUpDatabaseFile. */
export const JOURNAL_MODE = "TRUNCATE";

function createClient(url: string) {
  // The adapter opens the file at the first query (prepareDatabase), not here.
  const adapter = new RecoveringSQLite3({ url: databaseFile(url), timeout: BUSY_TIMEOUT_MS });
  // Query events let tests count SQL statements (N+1 checks); nothing listens in production.
  return new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
}

export const prisma = createClient(databaseUrl());

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

/**
 * Run once at start, before serving: the file (see setUpDatabaseFile; a DatabaseFileError naming the
 * path when it cannot be used), then this process's connection: the same journal (a rollback journal's
 * mode is a connection's setting, only WAL is the file's), no memory-mapped reads of the database file
 * (`mmap_size = 0`, for the same reason), foreign keys enforced, fsync at each commit
 * (`synchronous = FULL`).
 */
export async function prepareDatabase(client: PrismaClient = prisma, url: string = databaseUrl()): Promise<MigrationResult> {
  const file = databaseFile(url);
  try {
    const { applied, journalMode } = file === ":memory:" ? { applied: [], journalMode: "memory" } : setUpDatabaseFile(file);
    if (journalMode !== "wal" && journalMode !== "memory") await client.$queryRawUnsafe(`PRAGMA journal_mode = ${JOURNAL_MODE}`);
    await client.$queryRawUnsafe("PRAGMA mmap_size = 0");
    await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
    await client.$queryRawUnsafe("PRAGMA synchronous = FULL");
    return { applied };
  } catch (error) {
    throw databaseOpenError(file, error);
  }
}
