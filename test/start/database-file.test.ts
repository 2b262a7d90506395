/**
 * What a real server process does when its SQLite file, or the folder around it, is tampered with or
 * cannot be written: it says so at start (the path and the problem, exit code 1), and while running it
 * neither dies (SIGBUS from a truncated `-shm`) nor stops reading when writes become impossible.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childToken, migrate, post, runChildServerToExit, startChildServer, type ChildServer } from "../helpers/child-server";
import { makeUnwritable } from "../helpers/read-only";

const SECRET = "database-file-test-secret-of-32-bytes!";
const CREATE_JOB = `mutation($name: String!) { createJobSchedule(input: { name: $name, specification: "@daily", location: "UTC", job: { jobType: IMPORT } }) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }`;
const UPDATE_JOB = `mutation($id: ID!, $name: String!) { updateJobSchedule(id: $id, input: { name: $name, specification: "@daily", location: "UTC", job: { jobType: IMPORT } }) {
  __typename } }`;
const COUNT = `{ schedules(first: 100) { edges { node { __typename } } } }`;

let dir: string;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "schedules-db-file-"));
  token = await childToken(SECRET);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `body` with `paths` unwritable, then makes them writable again, whatever happens. */
async function whileUnwritable<T>(paths: string[], body: () => Promise<T>): Promise<T> {
  const restores = paths.map((path) => makeUnwritable(path));
  try {
    return await body();
  } finally {
    for (const restore of restores) restore();
  }
}

/** A fresh folder with a migrated database in it. */
function folderWithDatabase(name: string): { folder: string; file: string } {
  const folder = join(dir, name);
  mkdirSync(folder);
  const file = join(folder, "schedules.db");
  migrate(file);
  return { folder, file };
}

/** A server on `file`, stopped after `body` whatever happens. */
/**
 * An API-only server (DISPATCH=off): these tests are about the API's reads and writes on a tampered
 * file. A dispatcher's own write attempts on a file that cannot be written make SQLite's next read on
 * the process's one connection fail once ("unable to open database file"), which would make "keeps
 * reading" depend on timing (README, Known limits).
 */
async function withServer(file: string, body: (server: ChildServer) => Promise<void>): Promise<void> {
  const server = await startChildServer({ dbFile: file, secret: SECRET, env: { DISPATCH: "off" } });
  try {
    await body(server);
  } finally {
    await server.stop("SIGKILL");
  }
}

describe.concurrent("a running server whose database files are tampered with", () => {
  it("keeps answering when the files beside the database (-shm, -wal, -journal) are truncated", async () => {
    const { folder, file } = folderWithDatabase("truncated");
    await withServer(file, async (server) => {
      expect((await post(server.url, token, CREATE_JOB, { name: "before truncation" })).body.data.createJobSchedule.__typename).toBe(
        "MutationCreateJobScheduleSuccess",
      );

      // What the attack did to a WAL database: its shared-memory index cut to 0 bytes under the server.
      const sideFiles = readdirSync(folder).filter((name) => name !== "schedules.db");
      expect(sideFiles.length).toBeGreaterThan(0);
      for (const name of sideFiles) truncateSync(join(folder, name), 0);

      const read = await post(server.url, token, COUNT).catch((error: Error) => ({ status: error.message, body: null }));
      const write = await post(server.url, token, CREATE_JOB, { name: "after truncation" }).catch((error: Error) => ({
        status: error.message,
        body: null,
      }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect({ read: read.status, write: write.status, signal: server.process.signalCode }).toEqual({
        read: 200,
        write: 200,
        signal: null,
      });
      expect(write.body.data.createJobSchedule.__typename).toBe("MutationCreateJobScheduleSuccess");
      expect((await post(server.url, token, COUNT)).body.data.schedules.edges).toHaveLength(2);
      // Why: no memory-mapped side file is left for a truncation to turn into SIGBUS.
      expect(readdirSync(folder).filter((name) => name.endsWith("-shm"))).toEqual([]);
    });
  });

  it("fails only the writes while its files cannot be written, keeps reading, and writes again afterwards", async () => {
    const { folder, file } = folderWithDatabase("frozen");
    await withServer(file, async (server) => {
      const before = await post(server.url, token, CREATE_JOB, { name: "before" });
      const id = before.body.data.createJobSchedule.data.id;

      const [write, update, read] = await whileUnwritable(
        readdirSync(folder).map((name) => join(folder, name)),
        async () => [
          await post(server.url, token, CREATE_JOB, { name: "while frozen" }),
          await post(server.url, token, UPDATE_JOB, { id, name: "while frozen" }),
          await post(server.url, token, COUNT),
        ],
      );

      // The write is refused as a masked internal error with a tracking id (logged), not a dead process.
      expect(write.status).toBe(500);
      expect(write.body.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
      expect(server.output()).toContain(write.body.errors[0].extensions.trackingId);
      // so is a write in a transaction, whose ROLLBACK then fails too: the transaction still ends
      expect(update.body.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
      expect(read.status, `${JSON.stringify(read.body)}\n${server.output()}`).toBe(200);
      expect(read.body.data.schedules.edges).toHaveLength(1);

      const again = await post(server.url, token, CREATE_JOB, { name: "after" });
      expect(again.body.data.createJobSchedule.__typename).toBe("MutationCreateJobScheduleSuccess");
      const updatedAgain = await post(server.url, token, UPDATE_JOB, { id, name: "after" });
      expect(updatedAgain.body.data.updateJobSchedule.__typename).toBe("MutationUpdateJobScheduleSuccess");
      expect(server.process.exitCode).toBeNull();
    });
  });
});

describe.concurrent("starting on a database that cannot be written", () => {
  async function start(file: string) {
    const result = await runChildServerToExit({ dbFile: file, secret: SECRET });
    return { ...result, message: result.stderr.trim() };
  }

  it("in a read-only folder: names the folder and the problem, exits 1", async () => {
    const { folder, file } = folderWithDatabase("read-only-folder");
    const { code, message } = await whileUnwritable([folder], () => start(file));
    expect(code).toBe(1);
    expect(message).toMatch(new RegExp(`^Cannot start the schedule service: The database folder ${folder} is not writable: `));
    expect(message).toContain("Set DATABASE_URL");
    expect(message).not.toMatch(/\n\s+at /); // one explanation, no stack trace
  });

  it("a read-only database file: names the file, exits 1", async () => {
    const { file } = folderWithDatabase("read-only-file");
    const { code, message } = await whileUnwritable([file], () => start(file));
    expect(code).toBe(1);
    expect(message).toMatch(new RegExp(`^Cannot start the schedule service: The database file ${file} is not writable: `));
  });

  it("a new database whose folder cannot be made: names the folder, exits 1", async () => {
    const parent = join(dir, "read-only-parent");
    mkdirSync(parent);
    const file = join(parent, "data", "schedules.db");
    const { code, message } = await whileUnwritable([parent], () => start(file));
    expect(code).toBe(1);
    expect(message).toMatch(new RegExp(`^Cannot start the schedule service: Cannot create the database folder ${join(parent, "data")}: `));
    expect(existsSync(file)).toBe(false);
  });
});
