/**
 * Once per test run and project (vitest globalSetup): a folder of this run's own (so that two runs at
 * once never delete each other's files) with a migrated SQLite template that every test file copies
 * (see database.ts); in the `postgres` project also a PostgreSQL server (TEST_POSTGRES_URL's, or an
 * embedded one) with a migrated template database that every test file copies with CREATE DATABASE.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateFile } from "./migrations";
import { countDatabases, createMigratedDatabase, dropDatabases, startTestPostgres, TEST_FILE_DATABASE } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    testTmpDir: string;
    /** The engine this project's test files run on. */
    engine: "sqlite" | "postgres";
    /** postgres project: the server's maintenance URL, the template to copy, the prefix of this run's databases. */
    postgres: { adminUrl: string; template: string; prefix: string; embedded: boolean } | null;
  }
}

/** Written by the postgres project when its run ends, with the number of test files it gave a database. */
export const POSTGRES_MARKER = join(import.meta.dirname, "../.tmp/postgres-suite.json");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = join(import.meta.dirname, "../.tmp", `run-${process.pid}-${Date.now()}-${project.name}`);
  mkdirSync(dir, { recursive: true });
  migrateFile(join(dir, "template.db"));
  project.provide("testTmpDir", dir);
  const engine = project.name === "postgres" ? "postgres" : "sqlite";
  project.provide("engine", engine);
  if (engine === "sqlite") {
    project.provide("postgres", null);
    return async () => rmSync(dir, { recursive: true, force: true });
  }

  const started = Date.now();
  const server = await startTestPostgres();
  const prefix = `test_${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_template`;
  try {
    await createMigratedDatabase(server, template);
  } catch (error) {
    await server.stop();
    throw error;
  }
  process.stderr.write(
    `postgres project: ${server.embedded ? "embedded server" : "TEST_POSTGRES_URL"} ready in ${Date.now() - started} ms\n`,
  );
  project.provide("postgres", { adminUrl: server.adminUrl, template, prefix, embedded: server.embedded });
  return async () => {
    const testFiles = await countDatabases(server, `${prefix}${TEST_FILE_DATABASE}`);
    await dropDatabases(server, prefix);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(
      POSTGRES_MARKER,
      `${JSON.stringify({ testFiles, server: server.embedded ? "embedded" : "TEST_POSTGRES_URL", at: new Date().toISOString() })}\n`,
    );
  };
}
