/**
 * The operations endpoints (shared/API.md): `GET /health` (the process answers), `GET /ready` (the
 * database answers and every migration is applied; 503 otherwise, with the reason), `GET /metrics`
 * (Prometheus text, src/metrics.ts; behind `Authorization: Bearer <METRICS_TOKEN>` when that is set).
 * None needs a GraphQL token or carries schedule data, and none counts against the rate limit.
 * Every HTTP answer of the process is counted by status for /metrics.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import { database } from "./db";
import { log } from "./logger";
import { httpRequests, metrics } from "./metrics";

export interface OperationsOptions {
  /** The bearer token /metrics asks for; null: open. */
  metricsToken: string | null;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

function opensMetrics(request: Request, token: string | null): boolean {
  if (token === null) return true;
  const presented = /^Bearer (.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(presented), digest(token));
}

async function readiness(): Promise<Response> {
  try {
    const pending = await database.pendingMigrations();
    if (pending.length > 0) return json(503, { status: "not ready", reason: "migrations not applied", pending });
    return json(200, { status: "ready" });
  } catch (error) {
    log.warn({ err: error }, "readiness check: the database does not answer");
    return json(503, { status: "not ready", reason: "the database does not answer" });
  }
}

async function serve(request: Request, path: string, options: OperationsOptions): Promise<Response | null> {
  if (path !== "/health" && path !== "/ready" && path !== "/metrics") return null;
  if (request.method !== "GET" && request.method !== "HEAD") return new Response(null, { status: 405, headers: { allow: "GET, HEAD" } });
  if (path === "/health") return json(200, { status: "ok" });
  if (path === "/ready") return readiness();
  if (!opensMetrics(request, options.metricsToken)) {
    return new Response("Unauthorized: send Authorization: Bearer <METRICS_TOKEN>\n", {
      status: 401,
      headers: { "www-authenticate": "Bearer" },
    });
  }
  return new Response(await metrics.metrics(), {
    status: 200,
    headers: { "content-type": metrics.contentType, "cache-control": "no-store" },
  });
}

/** The Yoga plugin: answers the three paths before anything else (no token, no rate limit), counts every answer. */
export function useOperations(options: OperationsOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const response = await serve(request, url.pathname, options);
      if (response) endResponse(response);
    },
    onResponse({ response }) {
      httpRequests.inc({ status: String(response.status) });
    },
  };
}
