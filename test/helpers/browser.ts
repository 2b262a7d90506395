/**
 * Real-browser tests: a real server process on a loopback port with its own database, and Debian's
 * headless Chromium driven by playwright-core (no browser download, no internet).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { LOOPBACK, freePort } from "./child-server";
import { templateDatabase } from "./tmp";

export const ROOT = join(import.meta.dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether the browser tests can run here (`.ci/run` installs Debian's chromium package). */
export const hasChromium = existsSync(CHROMIUM);

/**
 * Flags Chromium needs on these machines: no sandbox (root in a container), no GPU, and none of its
 * own network traffic (component updates, sync, QUIC), which a closed network refuses. playwright
 * adds --headless and a fresh temporary --user-data-dir itself.
 */
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 30_000 });
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The admin token the server printed (JWT_SECRET unset). */
  adminToken: string;
  /** Everything it wrote so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `tsx src/server.ts` as a child process (in its own process group) on a free loopback port,
 * with a fresh copy of the migrated template database (test/helpers/global-setup.ts) and JWT_SECRET unset, and waits until it prints
 * its admin token (it does so once it listens). `env` adds variables (e.g. a simulated clock's CLOCK_START and CLOCK_RATE).
 */
export async function startServer(options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const port = await freePort();
  // Outside test/.tmp, which another vitest run's global setup may wipe while this server runs.
  const folder = mkdtempSync(join(tmpdir(), "schedule-service-server-"));
  const database = join(folder, "schedules.db");
  copyFileSync(templateDatabase(), database);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: LOOPBACK,
    PORT: String(port),
    DATABASE_URL: `file:${database}`,
    LOG_LEVEL: "warn",
    ...options.env, // e.g. CLOCK_START and CLOCK_RATE (src/clock.ts)
  };
  delete env.JWT_SECRET;
  delete env.VITEST; // the server logs as it would in production (warnings only, see LOG_LEVEL)

  const child: ChildProcess = spawn(join(ROOT, "node_modules/.bin/tsx"), ["src/server.ts"], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM"); // the process group: tsx and the node process it runs
      } catch {
        // already gone
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(folder, { recursive: true, force: true });
  };

  const adminToken = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`the server did not start within ${options.timeoutMs ?? 20_000} ms:\n${output}`)),
      options.timeoutMs ?? 20_000,
    );
    const check = () => {
      const match = /Authorization: Bearer (\S+)/.exec(output);
      if (match) done(null, match[1]);
    };
    const onExit = () => done(new Error(`the server exited before listening:\n${output}`));
    function done(error: Error | null, token?: string) {
      clearTimeout(timer);
      child.stdout!.off("data", check);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve(token!);
    }
    child.stdout!.on("data", check);
    child.once("exit", onExit);
  }).catch(async (error) => {
    await stop();
    throw error;
  });

  return { origin: `http://${LOOPBACK}:${port}`, adminToken, output: () => output, stop };
}
