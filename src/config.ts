/** Every setting the service reads from its environment, with its default, in one place. */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/schedules.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

/** The SQLite file path behind a `file:` URL (`:memory:` stays as it is). */
export function databaseFile(url: string = databaseUrl()): string {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path === ":memory:" ? path : resolve(path);
}

/** better-sqlite3 creates the file but not its folder. */
export function ensureDatabaseDirectory(url: string = databaseUrl()): void {
  const file = databaseFile(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
}

export function port(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.PORT ?? 4000);
}
