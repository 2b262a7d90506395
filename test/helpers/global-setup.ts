/** Once per test run: a migrated template database that every test file copies (see database.ts). */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { applyMigrations } from "./migrations";

export const TMP_DIR = join(import.meta.dirname, "../.tmp");
export const TEMPLATE_DB = join(TMP_DIR, "template.db");

export default function setup(): () => void {
  rmSync(TMP_DIR, { recursive: true, force: true });
  mkdirSync(TMP_DIR, { recursive: true });
  applyMigrations(TEMPLATE_DB);
  return () => rmSync(TMP_DIR, { recursive: true, force: true });
}
