/**
 * A real webhook receiver on a loopback port: it records every request (headers and the exact body
 * bytes) and answers as the test's `respond` says (a status, headers, a delay, or a dropped connection).
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { LOOPBACK } from "./net";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
  /** The sender's port (its end of the connection): which process sent it (see processesOwningPorts). */
  remotePort: number | undefined;
  /** When it was answered or dropped (real ms); undefined while the request is still held. */
  answeredAt?: number;
}

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long (real ms) before answering. */
  delayMs?: number;
  /** Destroy the connection without an answer. */
  drop?: boolean;
}

export interface Receiver {
  readonly url: string;
  readonly received: Received[];
  /** How to answer the nth request (0-based) of webhook-id `id`. */
  respond: (request: Received, nthOfId: number) => Answer;
  /** The webhook-ids received, each once per request. */
  ids(): string[];
  /** Resolves once `count` requests (all ids) have been received. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(respond: Receiver["respond"] = () => ({ status: 204 })): Promise<Receiver> {
  const received: Received[] = [];
  const perId = new Map<string, number>();
  const waiters: { count: number; resolve: () => void }[] = [];
  const receiver = {
    received,
    respond,
  } as Receiver & { url: string };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const entry: Received = {
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: Date.now(),
        remotePort: request.socket.remotePort,
      };
      const id = String(request.headers["webhook-id"] ?? "");
      const nth = perId.get(id) ?? 0;
      perId.set(id, nth + 1);
      received.push(entry);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      const answer = receiver.respond(entry, nth);
      const send = () => {
        entry.answeredAt = Date.now();
        if (answer.drop) {
          request.socket.destroy();
          return;
        }
        response.writeHead(answer.status ?? 204, answer.headers ?? {});
        response.end(answer.body ?? "");
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://${LOOPBACK}:${port}/hooks`,
    ids: () => received.map((r) => String(r.headers["webhook-id"])),
    waitFor(count: number, timeoutMs = 15_000) {
      if (received.length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the receiver got ${received.length} of ${count} requests`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
