/**
 * A real server process (src/server.ts run through tsx) on a loopback port, for the crash test, the
 * soak run and the tests of several instances on one PostgreSQL database.
 *
 * It runs as ONE node process (`node --import tsx src/server.ts`), not under the `tsx` CLI, which would
 * put a second node process in between: a SIGKILL must hit the server itself, and the exit code of a
 * SIGTERM must be the server's own. It is also started in its own process group, so that whatever it
 * leaves behind can be killed by that group's id.
 *
 * The child listens on 127.0.0.1 only (HOST): nothing here is reachable from another machine.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { issueToken } from "../../src/auth";
import { freePort, LOOPBACK, ROOT } from "./net";
import type { GraphQLErrorBody } from "./graphql";

export { freePort, LOOPBACK, ROOT } from "./net";

/** Migrates a SQLite file ahead of a server (which would also do it itself at start). */
export { migrateFile as migrate } from "./migrations";

export interface ChildServer {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** stderr and stdout so far (JSON log lines), for failure messages. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ChildServerOptions {
  /** The database: a SQLite file, or any DATABASE_URL (e.g. from freshDatabaseUrl in databases.ts). */
  dbFile?: string;
  databaseUrl?: string;
  secret: string;
  port?: number;
  env?: Record<string, string>;
  /** How long to wait for the first answer. */
  startTimeoutMs?: number;
  /**
   * Run `npm start` (as a user would) instead of the server alone. Signals then go to the whole
   * process group (npm, the shell and the server).
   */
  npmStart?: boolean;
}

/** `node --import tsx src/server.ts` (or `npm start`) on the database, in its own process group, listening on 127.0.0.1. */
function spawnServer(options: ChildServerOptions, port: number): ChildProcess {
  // CHILD_NODE_ARGS: node options for the child (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile a benchmark's server)
  const nodeArgs = (process.env.CHILD_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const [command, args] = options.npmStart
    ? ["npm", ["start", "--silent"]]
    : [process.execPath, [...nodeArgs, "--import", "tsx", "src/server.ts"]];
  return spawn(command, args, {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      // the child is not a vitest worker: no VITEST (the logger would go silent) and its own database
      VITEST: "",
      VITEST_WORKER_ID: "",
      LOG_LEVEL: "warn",
      RATE_LIMIT_REQUESTS: "1000000",
      ...options.env,
      HOST: LOOPBACK,
      PORT: String(port),
      DATABASE_URL: options.databaseUrl ?? `file:${options.dbFile}`,
      JWT_SECRET: options.secret,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Starts a server that is expected not to start (e.g. on an unwritable database) and waits for its
 * exit; a server still running after `timeoutMs` is killed and answers `code: null`.
 */
export async function runChildServerToExit(
  options: ChildServerOptions & { timeoutMs?: number },
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawnServer(options, options.port ?? (await freePort()));
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const timer = setTimeout(() => killGroup(child.pid!), options.timeoutMs ?? 15_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  clearTimeout(timer);
  killGroup(child.pid!);
  return { code, signal, stdout, stderr };
}

/** Starts `tsx src/server.ts` on the file and waits until it answers GraphQL. */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const port = options.port ?? (await freePort());
  const child = spawnServer(options, port);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = `http://${LOOPBACK}:${port}/graphql`;
  const server: ChildServer = {
    url,
    port,
    process: child,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        if (options.npmStart) signalGroup(child.pid!, signal);
        else child.kill(signal);
      }
      const result = await exited;
      killGroup(child.pid!);
      return result;
    },
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`the server exited before answering:\n${output}`);
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
        signal: AbortSignal.timeout(1_000),
      });
      if (res.status < 500) {
        await res.arrayBuffer();
        return server;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop("SIGKILL");
      throw new Error(`the server did not answer within ${options.startTimeoutMs ?? 20_000} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is empty
  }
}

/** Kills what is left of the process group a child led (nothing, normally). */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // the group is empty
  }
}

/** A bearer token for a child started with `secret`. */
export function childToken(secret: string, authorities: string[] = ["ORG_ADMIN"]): Promise<string> {
  return issueToken(new TextEncoder().encode(secret), { subject: "child-test", authorities, expiresIn: "2h" });
}

/** The answer to a document given as text, read untyped by the benchmarks. */
// biome-ignore lint/suspicious/noExplicitAny: the benchmarks read text documents' answers untyped
type UntypedBody = any;

/** A child's answer: the HTTP status and the parsed body (`raw` holds a body that is not JSON). */
export interface ChildAnswer<T> {
  status: number;
  body: { data?: T | null; errors?: GraphQLErrorBody[]; raw?: string };
}

/** POSTs one typed document to a child; answers the HTTP status and the parsed body, typed by the document. */
export async function post<TResult, TVariables>(
  url: string,
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
): Promise<ChildAnswer<TResult>>;
/** POSTs one operation given as text (the benchmarks' documents). */
export async function post(
  url: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: UntypedBody }>;
export async function post(
  url: string,
  token: string,
  document: TypedDocumentNode | string,
  variables?: unknown,
): Promise<ChildAnswer<unknown>> {
  const query = typeof document === "string" ? document : print(document);
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: ChildAnswer<unknown>["body"];
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, body };
}
