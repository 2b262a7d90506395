/**
 * Once per test run: a migrated template database that every test file copies (see database.ts),
 * in a folder of this run's own, so that two runs at once never delete each other's files.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateFile } from "./migrations";

declare module "vitest" {
  export interface ProvidedContext {
    testTmpDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = join(import.meta.dirname, "../.tmp", `run-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  migrateFile(join(dir, "template.db"));
  project.provide("testTmpDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
