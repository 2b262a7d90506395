/** Fresh databases for test files and child servers, on the engine of the test file's project. */
import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { inject } from "vitest";
import { templateDatabase, testTmpDir } from "./tmp";
import { copyDatabase, TEST_FILE_DATABASE, type PostgresServer } from "./postgres";

/** The engine this test file runs on (its vitest project). */
export function testEngine(): "sqlite" | "postgres" {
  return inject("engine");
}

/** The PostgreSQL server of this run (postgres project only). */
export function testPostgres(): PostgresServer & { template: string; prefix: string } {
  const settings = inject("postgres");
  if (!settings) throw new Error("not in the postgres project");
  const base = new URL(settings.adminUrl);
  return {
    adminUrl: settings.adminUrl,
    template: settings.template,
    prefix: settings.prefix,
    embedded: settings.embedded,
    urlOf: (database) => {
      const other = new URL(base);
      other.pathname = `/${encodeURIComponent(database)}`;
      return other.toString();
    },
    stop: async () => {},
    start: async () => {},
  };
}

export { TEST_FILE_DATABASE };

/** A new database with every migration applied: a copy of the run's template (`label` names PostgreSQL's). */
export async function freshDatabaseUrl(label = "_db_"): Promise<string> {
  if (testEngine() === "postgres") {
    const server = testPostgres();
    return copyDatabase(server, server.template, `${server.prefix}${label}${randomUUID().replaceAll("-", "").slice(0, 12)}`);
  }
  const file = join(testTmpDir(), `${randomUUID()}.db`);
  copyFileSync(templateDatabase(), file);
  return `file:${file}`;
}
