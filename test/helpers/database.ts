/**
 * Runs before each test file (vitest setupFiles): the file gets its own database, a copy of the run's
 * migrated template (a SQLite file, or a PostgreSQL database made with CREATE DATABASE … TEMPLATE), so
 * no state is shared across files. Imported before any src module reads DATABASE_URL.
 */
import { freshDatabaseUrl, TEST_FILE_DATABASE } from "./databases";

process.env.DATABASE_URL = await freshDatabaseUrl(TEST_FILE_DATABASE);

// One delivery key for the test process and the servers it starts (they inherit its environment), so
// each opens the secrets the other sealed, and no key file is written beside the project's data.
process.env.DELIVERY_SECRET_KEY ??= Buffer.alloc(32, 7).toString("base64");
