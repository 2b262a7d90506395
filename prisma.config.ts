/**
 * For the Prisma CLI (`prisma generate` at install, `prisma migrate dev` while developing). The service
 * itself applies migrations at start (src/migrations.ts): the CLI takes the file for itself
 * (`locking_mode=EXCLUSIVE`) and so fails beside a running server.
 */
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFile } from "./src/config";
import { prepareDatabaseLocation } from "./src/database-file";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    prepareDatabaseLocation(databaseFile());
    return new PrismaBetterSQLite3({ url: databaseFile() });
  },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
