/** This test run's scratch folder and its migrated template database (made by global-setup.ts). */
import { join } from "node:path";
import { inject } from "vitest";

export function testTmpDir(): string {
  return inject("testTmpDir");
}

export function templateDatabase(): string {
  return join(testTmpDir(), "template.db");
}
