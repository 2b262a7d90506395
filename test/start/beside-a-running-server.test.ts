/**
 * The README's tour leaves a server running; `npm run seed` and a second `npm start` on the same file
 * must work beside it, and print nothing misleading: no Prisma warning, no `dev.db`, the URL that
 * HOST says. Real processes on one SQLite file, through npm as a user runs them.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOOPBACK, ROOT, childToken, freePort, post, startChildServer, type ChildServer } from "../helpers/child-server";

const SECRET = "beside-test-secret-of-at-least-32-bytes";
const COUNT_JOBS = `{ schedules(first: 100) { edges { node { __typename ... on JobSchedule { name } } } } }`;
const CREATE_JOB = `mutation($name: String!) { createJobSchedule(input: { name: $name, specification: "*/5 * * * *", location: "UTC", job: { jobType: IMPORT } }) {
  __typename } }`;

let dir: string;
let file: string;
let token: string;
let first: ChildServer;

/** The environment a user's shell would give npm: this file, no test runner variables. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${file}`, ...extra };
  for (const name of ["VITEST", "VITEST_WORKER_ID", "VITEST_POOL_ID", "JWT_SECRET", "NODE_ENV", "LOG_LEVEL"]) delete env[name];
  return env;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "schedules-beside-"));
  file = join(dir, "schedules.db"); // not there yet: the first server creates and migrates it
  token = await childToken(SECRET);
  first = await startChildServer({ dbFile: file, secret: SECRET, env: { LOG_LEVEL: "info" } });
});

afterAll(async () => {
  await first?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("beside a running server on the same file", () => {
  it("the first server created and migrated the file itself", () => {
    expect(first.output()).toMatch(/"applied":\["\d+_init"/);
  });

  it("`npm run seed` migrates (nothing to do) and writes the demo while the server keeps writing", async () => {
    // the running server takes writes meanwhile
    let writes = 0;
    let stop = false;
    const writer = (async () => {
      while (!stop && writes < 40) {
        const { body } = await post(first.url, token, CREATE_JOB, { name: `while seeding ${writes}` });
        expect(body.data.createJobSchedule.__typename).toBe("MutationCreateJobScheduleSuccess");
        writes++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const seed = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn("npm", ["run", "seed"], { cwd: ROOT, env: userEnv() });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.once("exit", (code) => resolve({ code, output }));
    });
    stop = true;
    await writer;

    expect(seed.output).not.toMatch(/Error|WASM|SocketTimeout|WARN/i);
    if (seed.code !== 0) console.log(seed.output);
    expect(seed.code).toBe(0);
    expect(seed.output).toMatch(
      /Seeded file:.*: 6 products, 8 issuing schedules, 6 campaign templates, 6 job schedules created; 0 already there\./,
    );
    expect(writes).toBeGreaterThan(0);
    // the running server sees the demo and its own writes
    const names = (await post(first.url, token, COUNT_JOBS)).body.data.schedules.edges.map((e: any) => e.node.name).filter(Boolean);
    expect(names.filter((name: string) => name.startsWith("while seeding"))).toHaveLength(writes);
    expect(names.length).toBe(writes + 6);
  });

  it("a second `npm start` serves the same data and prints only what is so (HOST's address, no Prisma warning)", async () => {
    const port = await freePort();
    const child = spawn("npm", ["start"], { cwd: ROOT, env: userEnv({ HOST: LOOPBACK, PORT: String(port) }), detached: true });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    try {
      const adminToken = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start did not start within 30 s:\n${output}`)), 30_000);
        child.once("exit", () => reject(new Error(`npm start exited:\n${output}`)));
        child.stdout!.on("data", () => {
          const match = /Authorization: Bearer (\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
      });
      expect(output).toContain(`Schedule service on http://${LOOPBACK}:${port}/graphql (GraphiQL in a browser)`);
      expect(output).not.toMatch(/localhost|dev\.db|WARN|Error/i);

      const second = await post(`http://${LOOPBACK}:${port}/graphql`, adminToken, COUNT_JOBS);
      const fromFirst = await post(first.url, token, COUNT_JOBS);
      expect(second.status).toBe(200);
      expect(second.body.data).toEqual(fromFirst.body.data);
    } finally {
      try {
        process.kill(-child.pid!, "SIGTERM"); // npm, its shell, tsx and the server
      } catch {
        // gone already
      }
      await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once("exit", resolve)));
      await new Promise((resolve) => setTimeout(resolve, 200));
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // the group is empty
      }
    }
  }, 40_000);
});
