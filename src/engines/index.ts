/**
 * Which engine a database URL names, and where that engine's Prisma schema and migrations live.
 * `file:` is SQLite; `postgres://` and `postgresql://` are PostgreSQL.
 */
export type Engine = "sqlite" | "postgres";

export function engineOf(url: string): Engine {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL), not ${JSON.stringify(url.split(":")[0] + ":")}`,
  );
}

/** The folder of each engine's Prisma schema (its datasource, the shared models, its migrations/). */
export const PRISMA_FOLDERS: Record<Engine, string> = { sqlite: "prisma/sqlite", postgres: "prisma/postgres" };
