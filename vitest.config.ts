import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Pothos and Yoga load graphql's CommonJS build through Node; without this, files transformed by
    // Vite would load its ESM build, and graphql refuses to mix two copies of itself.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/bench/**", "node_modules/**"],
    globalSetup: ["test/helpers/global-setup.ts"],
    setupFiles: ["test/helpers/database.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
