/** `npm run db:deploy`: checks and migrates DATABASE_URL as the server does at start, without serving. */
import { databaseUrl } from "../src/config";
import { describeStartupError } from "../src/database-file";
import { prepareDatabase, prisma } from "../src/db";

try {
  const { applied } = await prepareDatabase();
  process.stdout.write(applied.length ? `Migrated ${databaseUrl()}: ${applied.join(", ")}\n` : `${databaseUrl()} is up to date.\n`);
  await prisma.$disconnect();
} catch (error) {
  process.stderr.write(`Cannot migrate: ${describeStartupError(error)}\n`);
  process.exit(1);
}
