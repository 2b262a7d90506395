/**
/**
 * The Prisma CLI (`prisma generate` at install, `prisma migrate dev` / `diff` / `status` while
 * developing) for whichever engine DATABASE_URL names (`file:` SQLite, the default; `postgres://`
 * PostgreSQL): that engine's schema folder (prisma/sqlite or prisma/postgres, sharing prisma/models),
 * its migrations and its driver adapter. `npm run db:generate` makes both engines' clients. The
 * service itself applies migrations at start (src/migrations.ts): the CLI takes a SQLite file for
 * itself (`locking_mode=EXCLUSIVE`) and so fails beside a running server.
 */
import { defineConfig } from "prisma/config";
import { databaseFile, databaseUrl } from "./src/config";
import { prepareDatabaseLocation } from "./src/database-file";
import { engineOf, PRISMA_FOLDERS } from "./src/engines";
import { createPostgresCliAdapter, unrefSchemaEngineTimers } from "./src/engines/postgres";
import { createSqliteAdapter } from "./src/engines/sqlite";

const url = databaseUrl();
const engine = engineOf(url);
if (engine === "postgres") unrefSchemaEngineTimers();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    if (engine === "postgres") return createPostgresCliAdapter(url);
    prepareDatabaseLocation(databaseFile(url));
    return createSqliteAdapter(url);
  },
  schema: PRISMA_FOLDERS[engine],
  migrations: { path: `${PRISMA_FOLDERS[engine]}/migrations` },
});
