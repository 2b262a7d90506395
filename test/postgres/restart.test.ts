/**
 * A PostgreSQL restart under load: a server process keeps writing through a stop and a start of its
 * database server (its own embedded one, with PostgreSQL's durable defaults). While the database is
 * gone, writes answer a masked 500 (nothing leaks); afterwards the same process answers again without
 * a restart of its own, and every write it acknowledged is there.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childToken, post, startChildServer, type ChildServer } from "../helpers/child-server";
import { createMigratedDatabase, startEmbeddedPostgres, type PostgresServer } from "../helpers/postgres";

const SECRET = "restart-test-secret-of-at-least-32-bytes";
let database: PostgresServer;
let server: ChildServer;

beforeAll(async () => {
  database = await startEmbeddedPostgres({ durable: true });
  const url = await createMigratedDatabase(database, "schedules");
  server = await startChildServer({ databaseUrl: url, secret: SECRET });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await database?.stop();
});

const CREATE = `mutation($input: JobScheduleInput!) { createJobSchedule(input: $input) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id name } } } }`;

describe("a PostgreSQL restart mid-load", () => {
  it("loses no acknowledged write, answers masked 500s while the database is gone, and recovers by itself", async () => {
    const token = await childToken(SECRET);
    const acknowledged = new Map<string, string>();
    const failures: { status: number; code?: string; message?: string }[] = [];
    let phase: "before" | "down" | "after" = "before";
    const okIn = { before: 0, down: 0, after: 0 };
    let stopWriting = false;

    // 4 writers, each writing one schedule after the other until told to stop
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      for (let i = 0; !stopWriting; i++) {
        const name = `w${writer}-${i}-${randomUUID().slice(0, 6)}`;
        const startedIn = phase;
        const answer = await post(server.url, token, CREATE, {
          input: { name, specification: "0 3 * * *", job: { jobType: "IMPORT" } },
        }).catch((error) => ({
          status: 0,
          body: { errors: [{ message: String(error) }] },
        }));
        const result = answer.body.data?.createJobSchedule;
        if (answer.status === 200 && result?.__typename === "MutationCreateJobScheduleSuccess") {
          acknowledged.set(result.data.id, name);
          okIn[startedIn === "after" && phase === "after" ? "after" : startedIn] += 1;
        } else {
          failures.push({
            status: answer.status,
            code: answer.body.errors?.[0]?.extensions?.code,
            message: answer.body.errors?.[0]?.message,
          });
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    });

    const waitFor = async (condition: () => boolean, what: string, ms = 30_000) => {
      const deadline = Date.now() + ms;
      while (!condition()) {
        if (Date.now() > deadline)
          throw new Error(
            `timed out waiting for ${what}; failures: ${JSON.stringify(failures.slice(-3))}\n${server.output().slice(-2000)}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };

    await waitFor(() => okIn.before >= 20, "writes before the restart");
    phase = "down";
    const stoppedAt = Date.now();
    await database.stop({ keepFiles: true });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const failedWhileDown = failures.length;
    await database.start();
    const restartedAt = Date.now();
    phase = "after";
    await waitFor(() => okIn.after >= 20, "writes after the restart");
    const recoveredInMs = Date.now() - restartedAt;
    stopWriting = true;
    await Promise.all(writers);
    process.stderr.write(
      `postgres restart: ${okIn.before} writes before, down ${restartedAt - stoppedAt} ms (${failedWhileDown} failed), ${okIn.after} after, first success ${recoveredInMs} ms after the start\n`,
    );

    // while the database was gone: masked internal errors, nothing else (no hang, no crash, no leak)
    expect(failedWhileDown).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure).toMatchObject({ status: 500, code: "INTERNAL_SERVER_ERROR", message: "An internal fault occurred." });
    }
    expect(server.process.exitCode).toBeNull();

    // every acknowledged write is stored, read back through the same process
    const stored = new Map<string, string>();
    let after: string | null = null;
    do {
      const page: { status: number; body: any } = await post(
        server.url,
        token,
        `query($after: String) { schedules(first: 100, after: $after) {
        edges { node { ... on JobSchedule { id name } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.status).toBe(200);
      for (const { node } of page.body.data.schedules.edges) stored.set(node.id, node.name);
      after = page.body.data.schedules.pageInfo.hasNextPage ? page.body.data.schedules.pageInfo.endCursor : null;
    } while (after);
    for (const [id, name] of acknowledged) expect(stored.get(id), `acknowledged write ${name}`).toBe(name);
  });
});
