/**
 * Runs before each test file (vitest setupFiles): the file gets its own copy of the migrated template
 * database, so no state is shared across files. Imported before any src module reads DATABASE_URL.
 */
import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { templateDatabase, testTmpDir } from "./tmp";

const file = join(testTmpDir(), `${randomUUID()}.db`);
copyFileSync(templateDatabase(), file);
process.env.DATABASE_URL = `file:${file}`;
