/**
 * The service's own migrations (src/migrations.ts, `npm run db:deploy` runs them without serving) and
 * the Prisma CLI's read the same history: a file migrated by an older version (`prisma migrate deploy`)
 * is up to date for the service, and `prisma migrate status` accepts a file the service migrated.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/child-server";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "schedules-migrations-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: string, args: string[], file: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1" };
  delete env.VITEST;
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", timeout: 30_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
const dbDeploy = (file: string) => run(join(ROOT, "node_modules/.bin/tsx"), ["scripts/migrate.ts"], file);
const prisma = (file: string, ...args: string[]) => run(join(ROOT, "node_modules/.bin/prisma"), args, file);

describe("migrations", () => {
  it("a file the Prisma CLI migrated is up to date for the service", () => {
    const file = join(dir, "by-the-cli.db");
    expect(prisma(file, "migrate", "deploy").code).toBe(0);
    expect(dbDeploy(file)).toEqual({ code: 0, output: `file:${file} is up to date.\n` });
  });

  it("a file the service migrated is up to date for `prisma migrate status`, and a second run applies nothing", () => {
    const file = join(dir, "by-the-service.db");
    const first = dbDeploy(file);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(new RegExp(`^Migrated file:${file}: \\d+_init, `));
    expect(dbDeploy(file).output).toBe(`file:${file} is up to date.\n`);
    const status = prisma(file, "migrate", "status");
    expect(status.output).toContain("Database schema is up to date!");
    expect(status.code).toBe(0);
  });

  it("refuses a file where an earlier migration failed and was never resolved", () => {
    const file = join(dir, "failed.db");
    expect(dbDeploy(file).code).toBe(0);
    const db = new Database(file);
    const [last] = db.prepare(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`).all() as {
      migration_name: string;
    }[];
    db.prepare(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = ?`).run(last.migration_name);
    db.close();
    const { code, output } = dbDeploy(file);
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      `Cannot migrate: Cannot use the database file ${file}: Migration ${last.migration_name} failed earlier on this database and was never resolved; ` +
        "fix the file, then mark it with `npx prisma migrate resolve` (stop the service first).",
    );
  });
});
