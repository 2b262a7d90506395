/**
 * Runs before each test file (vitest setupFiles): the file gets its own database, a copy of the run's
 * migrated template (a SQLite file, or a PostgreSQL database made with CREATE DATABASE … TEMPLATE), so
 * no state is shared across files. Imported before any src module reads DATABASE_URL.
 */
import { freshDatabaseUrl, TEST_FILE_DATABASE } from "./databases";

process.env.DATABASE_URL = await freshDatabaseUrl(TEST_FILE_DATABASE);
