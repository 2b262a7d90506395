/**
 * One model, two migration histories: on the engine of its project, this file applies that engine's
 * whole migration history to one empty database and the SQL Prisma renders for the shared model
 * (`prisma migrate diff --from-empty --to-schema-datamodel prisma/<engine> --script`) to another, and
 * compares what they hold: tables, columns, indexes, keys. A model change without its migration on
 * either engine (or a migration without its model change) fails here.
 */
import { spawnSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type pg from "pg";
import { describe, expect, it } from "vitest";
import { freshDatabaseUrl, testEngine, testPostgres } from "../helpers/databases";
import { ROOT } from "../helpers/net";
import { withClient } from "../helpers/postgres";
import { testTmpDir } from "../helpers/tmp";

const engine = testEngine();
const folder = join(ROOT, "prisma", engine);
const migrationsDir = join(folder, "migrations");
const migrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const sqlOf = (name: string) => readFileSync(join(migrationsDir, name, "migration.sql"), "utf8");

/** The SQL that creates the shared model on this engine, from Prisma's own renderer. */
async function modelScript(): Promise<string> {
  const result = spawnSync(
    join(ROOT, "node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", folder, "--script"],
    {
      cwd: ROOT,
      // the driver adapter connects even for a diff between two files: give it a database
      env: { ...process.env, DATABASE_URL: await freshDatabaseUrl(), CHECKPOINT_DISABLE: "1" },
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

type Catalog = Record<string, unknown>;

function sqliteCatalog(scripts: string[]): Catalog {
  const db = new Database(join(testTmpDir(), `drift-${randomUUID()}.db`));
  try {
    for (const script of scripts) db.exec(script);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        {
          columns: db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY name`).all(table),
          indexes: (
            db.prepare(`SELECT name, "unique" FROM pragma_index_list(?) ORDER BY name`).all(table) as { name: string; unique: number }[]
          ).map((index) => ({
            ...index,
            columns: db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(index.name),
          })),
          foreignKeys: db
            .prepare(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"`)
            .all(table),
        },
      ]),
    );
  } finally {
    db.close();
  }
}

async function postgresCatalog(scripts: string[]): Promise<Catalog> {
  const server = testPostgres();
  const name = `${server.prefix}_drift_${randomUUID().slice(0, 8)}`;
  await withClient(server.adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return withClient(server.urlOf(name), async (client: pg.Client) => {
    for (const script of scripts) await client.query(script);
    const rows = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await rows(
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = 'public' ORDER BY table_name, column_name`,
      ),
      indexes: await rows(
        `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`,
      ),
      constraints: await rows(
        `SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1, 2`,
      ),
    };
  });
}

const catalogOf = (scripts: string[]) => (engine === "sqlite" ? Promise.resolve(sqliteCatalog(scripts)) : postgresCatalog(scripts));

describe(`the ${engine} migration history`, () => {
  it("creates exactly the shared model (prisma/models), and the comparison sees a missing migration", async () => {
    const history = migrations.map(sqlOf);
    const [fromHistory, fromModel, withoutLast] = await Promise.all([
      catalogOf(history),
      modelScript().then((sql) => catalogOf([sql])),
      catalogOf(history.slice(0, -1)),
    ]);
    expect(fromHistory).toEqual(fromModel);
    expect(withoutLast).not.toEqual(fromModel);
  });

  if (engine === "sqlite") {
    it("keeps the migrations that existing SQLite files have applied byte for byte (Prisma checks their checksums)", () => {
      const applied: Record<string, string> = {
        "20261121000000_init": "4cfceaa8f0e7d76c78dfc33f1b37e288fb1e29cce2e2064a7bce0f6de60a667a",
        "20261201000000_calendar_feed_tokens": "33779465c22dbc42e927a61d7ec97a01e9e5b99fea11d83a20a757b2c3f8c810",
        "20261202000000_rate_limits": "6ad01d42bcf68d46cb32dd7b41f7f6b79b1e837b03d70f81940d63d2aef9e913",
      };
      const now = Object.fromEntries(
        migrations.filter((m) => m in applied).map((m) => [m, createHash("sha256").update(sqlOf(m)).digest("hex")]),
      );
      expect(now).toEqual(applied);
    });
  } else {
    it("starts with one init migration", () => {
      expect(migrations[0]).toBe("20261202000000_init");
    });
  }
});
