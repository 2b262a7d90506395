/** Migrates a SQLite file as the service does at start (src/migrations.ts), without starting it. */
import Database from "better-sqlite3";
import { applyMigrations } from "../../src/migrations";

export function migrateFile(file: string): void {
  const db = new Database(file);
  try {
    applyMigrations(db);
  } finally {
    db.close();
  }
}
