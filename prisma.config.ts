import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, ensureDatabaseDirectory } from "./src/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    ensureDatabaseDirectory();
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
