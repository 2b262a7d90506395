import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Test files that are about SQLite itself (its file, WAL and PRAGMAs, a SIGKILL on the file), or that
 * need no database at all: they run in the sqlite project only. Every other API test runs on both.
 */
const SQLITE_ONLY = ["test/api/crash.test.ts", "test/api/database.test.ts"];

export default defineConfig({
  resolve: {
    // Pothos and Yoga load graphql's CommonJS build through Node; without this, files transformed by
    // Vite would load its ESM build, and graphql refuses to mix two copies of itself.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    globalSetup: ["test/helpers/global-setup.ts"],
    setupFiles: ["test/helpers/database.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // One project per engine (see test/helpers/global-setup.ts): `npx vitest run --project sqlite`.
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["test/**/*.test.ts"],
          exclude: ["test/bench/**", "test/postgres/**", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["test/api/**/*.test.ts", "test/db/**/*.test.ts", "test/postgres/**/*.test.ts"],
          exclude: [...SQLITE_ONLY, "node_modules/**"],
        },
      },
    ],
  },
});
