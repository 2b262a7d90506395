/**
 * The Prisma CLI for whichever engine DATABASE_URL names (`file:` SQLite, the default; `postgres://`
 * PostgreSQL): that engine's schema folder (prisma/sqlite or prisma/postgres, sharing prisma/models),
 * its migrations and its driver adapter. `npm run db:generate` makes both engines' clients.
 */
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./src/config";
import { engineOf, PRISMA_FOLDERS } from "./src/engines";
import { createPostgresCliAdapter, unrefSchemaEngineTimers } from "./src/engines/postgres";
import { createSqliteAdapter } from "./src/engines/sqlite";

const url = databaseUrl();
const engine = engineOf(url);
if (engine === "postgres") unrefSchemaEngineTimers();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (engine === "sqlite" ? createSqliteAdapter(url) : createPostgresCliAdapter(url)),
  schema: PRISMA_FOLDERS[engine],
  migrations: { path: `${PRISMA_FOLDERS[engine]}/migrations` },
});
