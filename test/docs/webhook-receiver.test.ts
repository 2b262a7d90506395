/**
 * The README's local receiver (scripts/webhook-receiver.mjs) does what the README says: it accepts a
 * request signed with its secret, refuses one that is not, and with FAIL_FIRST=1 answers 503 to a run's
 * first attempt and 204 to its retry.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { LOOPBACK, ROOT, freePort } from "../helpers/net";

const SECRET = `whsec_${Buffer.alloc(24, 3).toString("base64")}`;
let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill("SIGTERM");
  child = null;
});

async function startReceiver(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  child = spawn(process.execPath, [join(ROOT, "scripts/webhook-receiver.mjs")], {
    cwd: ROOT,
    env: { ...process.env, WEBHOOK_SECRET: SECRET, RECEIVER_PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => child?.stdout?.once("data", () => resolve()));
  return `http://${LOOPBACK}:${port}/hooks`;
}

function post(url: string, id: string, body: string, secret = SECRET) {
  const at = new Date();
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": new Webhook(secret).sign(id, at, body),
    },
    body,
  });
}

const body = (attempt: number) =>
  JSON.stringify({
    type: "schedule.run",
    timestamp: new Date().toISOString(),
    data: {
      runId: "r1",
      origin: "MANUAL",
      attempt,
      schedule: { id: "s", kind: "JOB", name: "n", jobType: "IMPORT" },
      occurrence: { at: "2026-12-01T00:00:00Z" },
    },
  });

describe("scripts/webhook-receiver.mjs", () => {
  it("answers 204 to a request signed with its secret and 400 to one signed with another", async () => {
    const url = await startReceiver({});
    expect((await post(url, "run-1", body(1))).status).toBe(204);
    expect((await post(url, "run-2", body(1), `whsec_${Buffer.alloc(24, 4).toString("base64")}`)).status).toBe(400);
  });

  it("with FAIL_FIRST=1 answers 503 to a run's first attempt and 204 to its retry", async () => {
    const url = await startReceiver({ FAIL_FIRST: "1" });
    expect((await post(url, "run-1", body(1))).status).toBe(503);
    expect((await post(url, "run-1", body(2))).status).toBe(204);
  });
});
