/** Starts listening, once the database file is checked and migrated (prepareDatabase). */
import { createServer } from "node:http";
import { AUTHORITIES, authSettingsFromEnv, issueToken } from "./auth";
import { serviceClock } from "./clock";
import {
  allowPrivateNetworks,
  deliveryConcurrency,
  dispatchEnabled,
  host,
  port,
  publicHost,
  runRetentionDays,
  webhookTimeoutMs,
} from "./config";
import { describeStartupError } from "./database-file";
import { database, prepareDatabase } from "./db";
import { checkDeliveryKeySetting } from "./delivery/secret";
import { startDeliveryWorker, type DeliveryWorker } from "./delivery-worker";
import { startDispatcher, type Dispatcher } from "./dispatcher";
import { log } from "./logger";
import { endRunEvents, listenForRunEvents } from "./services/run-events";
import { createSchedulesYoga } from "./yoga";

const auth = authSettingsFromEnv();
/** The admin token lives 30 days, or JWT_MAX_AGE_SECONDS when that is shorter (older would be refused). */
const adminTokenSeconds = Math.min(30 * 24 * 3600, auth.maxAgeSeconds ?? Infinity);
const adminTokenLife = adminTokenSeconds % 86_400 === 0 ? `${adminTokenSeconds / 86_400} days` : `${adminTokenSeconds} s`;
let adminToken: string | null = null;
if (auth.generated) {
  adminToken = await issueToken(auth.secret, {
    subject: "local-admin",
    authorities: [...new Set([...AUTHORITIES.campaignWrite, ...AUTHORITIES.scheduleWrite])],
    expiresIn: Math.floor(Date.now() / 1000) + adminTokenSeconds,
  });
}

try {
  const { applied } = await prepareDatabase();
  if (applied.length > 0) log.info({ database: database.printableUrl, applied }, "migrated");
} catch (error) {
  // What is wrong and where, in one line, and a non-zero exit; a stack only for what we did not foresee.
  process.stderr.write(`Cannot start the schedule service: ${describeStartupError(error)}\n`);
  process.exit(1);
}

await listenForRunEvents();
const yoga = createSchedulesYoga({ auth, graphiqlToken: adminToken, clock: serviceClock });
const server = createServer(yoga);
const listenPort = port();

checkDeliveryKeySetting();
let dispatcher: Dispatcher | null = null;
let deliveryWorker: DeliveryWorker | null = null;
if (dispatchEnabled()) {
  const worker = await startDeliveryWorker({
    clock: serviceClock,
    concurrency: deliveryConcurrency(),
    timeoutMs: webhookTimeoutMs(),
    allowPrivateNetworks: allowPrivateNetworks(),
  });
  deliveryWorker = worker;
  dispatcher = await startDispatcher({ clock: serviceClock, retentionDays: runRetentionDays(), onRunsToDeliver: worker.wake });
}

server.listen(listenPort, host(), () => {
  const url = `http://${publicHost()}:${listenPort}${yoga.graphqlEndpoint}`;
  log.info({ url, database: database.printableUrl }, "listening");
  if (adminToken) {
    process.stdout.write(
      `\nSchedule service on ${url} (GraphiQL in a browser)\n` +
        `JWT_SECRET is not set, so this process made a random one. An admin token for it (valid ${adminTokenLife}, until restart):\n\n` +
        `  Authorization: Bearer ${adminToken}\n\n` +
        `GraphiQL's Headers tab is filled with it. Set JWT_SECRET to use tokens of your own.\n\n`,
    );
  }
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  // The dispatcher's pass under way commits or rolls back, the delivery attempts in flight are recorded
  // (or left to their leases); then requests end, then the database closes.
  const stopped = Promise.all([dispatcher?.stop(), deliveryWorker?.stop()]);
  // Subscriptions end (their streams close); clients reconnect elsewhere and read what they missed from runs.
  endRunEvents();
  server.close(async () => {
    await stopped;
    await database.close();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
