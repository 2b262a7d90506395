/**
 * The one PrismaClient of the process (SQLite through the better-sqlite3 driver adapter).
 * Not put into the GraphQL context: resolvers reach the database only through src/store/.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseFile, databaseUrl, ensureDatabaseDirectory } from "./config";

/** How long a writer waits for SQLite's lock before giving up (better-sqlite3's busy timeout). */
export const BUSY_TIMEOUT_MS = 10_000;

function createClient(url: string) {
  ensureDatabaseDirectory(url);
  const adapter = new PrismaBetterSQLite3({ url: databaseFile(url), timeout: BUSY_TIMEOUT_MS });
  // Query events let tests count SQL statements (N+1 checks); nothing listens in production.
  return new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
}

export const prisma = createClient(databaseUrl());

/** Durable settings: write-ahead log, foreign keys enforced, fsync at each commit of the WAL. */
export async function prepareDatabase(client: PrismaClient = prisma): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await client.$queryRawUnsafe("PRAGMA synchronous = FULL");
}
