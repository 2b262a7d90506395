/** Applies every prisma/migrations/<stamp>/migration.sql, in order, to a SQLite file. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";

export const MIGRATIONS_DIR = join(import.meta.dirname, "../../prisma/sqlite/migrations");

export function applyMigrations(file: string): void {
  const db = new Database(file);
  try {
    for (const dir of readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      db.exec(readFileSync(join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
    }
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
