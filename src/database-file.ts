/**
 * Whether the SQLite file can be used, said in words before SQLite says "unable to open database file"
 * (or the Prisma CLI "External error id#0"): which path, and what is wrong with it.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

/** The database cannot be used as configured; the message names the path and the problem. */
export class DatabaseFileError extends Error {
  override name = "DatabaseFileError";
}

const REASONS: Record<string, string> = {
  EROFS: "it is on a read-only file system",
  EACCES: "permission denied",
  EPERM: "the operation is not permitted (an immutable file or folder?)",
  ENOENT: "it does not exist",
  ENOTDIR: "a part of the path is not a folder",
  ENOSPC: "the disk is full",
  EISDIR: "it is a folder",
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code ? `${REASONS[code] ?? (error as Error).message} (${code})` : String((error as Error)?.message ?? error);
}

/** A recursive mkdir may say ENOENT where the nearest existing ancestor is the one that cannot be written. */
function whyNotCreated(folder: string, error: unknown): unknown {
  let ancestor = dirname(folder);
  while (!existsSync(ancestor) && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
  try {
    accessSync(ancestor, constants.W_OK | constants.X_OK);
    return error;
  } catch (denied) {
    return denied;
  }
}

const HINT = "Set DATABASE_URL to a file in a folder the service may write (default file:./data/schedules.db).";

/**
 * Creates the file's folder if needed and checks that SQLite may write the file and, beside it, its
 * journal. Throws a DatabaseFileError otherwise.
 */
export function prepareDatabaseLocation(file: string): void {
  const folder = dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new DatabaseFileError(`Cannot create the database folder ${folder}: ${reason(whyNotCreated(folder, error))}. ${HINT}`, {
      cause: error,
    });
  }
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw new DatabaseFileError(`The database path ${file} is a folder, not a file. ${HINT}`);
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw new DatabaseFileError(`The database file ${file} is not writable: ${reason(error)}. ${HINT}`, { cause: error });
    }
  }
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new DatabaseFileError(
      `The database folder ${folder} is not writable: ${reason(error)}. SQLite creates ${existsSync(file) ? "its journal" : "the file and its journal"} there. ${HINT}`,
      { cause: error },
    );
  }
}

/** An error met while opening or migrating the file, with the path in front. */
export function databaseOpenError(file: string, error: unknown): DatabaseFileError {
  if (error instanceof DatabaseFileError) return error;
  const message = (error as Error)?.message ?? String(error);
  return new DatabaseFileError(`Cannot use the database file ${file}: ${message}`, { cause: error });
}

/** What a start-up failure prints: the message alone when we know what is wrong, the stack otherwise. */
export function describeStartupError(error: unknown): string {
  if (error instanceof DatabaseFileError) return error.message;
  return (error as Error)?.stack ?? String(error);
}
