/** Every setting the service reads from its environment, with its default, in one place. */
import { resolve } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/schedules.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

/**
 * A database URL fit for logs: the password (and any `password=` parameter) replaced by `***`.
 * An unparsable URL is shown as its scheme only.
 */
export function printableDatabaseUrl(url: string): string {
  if (url.startsWith("file:")) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    for (const name of [...parsed.searchParams.keys()]) if (/pass/i.test(name)) parsed.searchParams.set(name, "***");
    return parsed.toString();
  } catch {
    return `${url.split(":")[0]}:…`;
  }
}

/**
 * Connections in the PostgreSQL pool of each process (DATABASE_POOL_SIZE); when unset, the URL's
 * `connection_limit`, else 10. Unused on SQLite.
 */
export function databasePoolSize(env: NodeJS.ProcessEnv = process.env): number | undefined {
  return env.DATABASE_POOL_SIZE == null || env.DATABASE_POOL_SIZE === "" ? undefined : positiveInt(env, "DATABASE_POOL_SIZE", 1);
}

/** The SQLite file path behind a `file:` URL (`:memory:` stays as it is). */
export function databaseFile(url: string = databaseUrl()): string {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path === ":memory:" ? path : resolve(path);
}

export function port(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.PORT ?? 4000);
}

/** The address to listen on; every interface when unset. */
export function host(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.HOST || undefined;
}

/**
 * The host name to print in the service's URL: HOST itself (IPv6 in brackets), or `localhost` when the
 * service listens on every interface.
 */
export function publicHost(env: NodeJS.ProcessEnv = process.env): string {
  const listen = host(env);
  if (!listen || listen === "0.0.0.0" || listen === "::") return "localhost";
  return listen.includes(":") ? `[${listen}]` : listen;
}

/**
 * The service's address as its clients reach it (scheme, host, port and any path prefix, no trailing
 * slash): the base of the URLs it hands out, such as a calendar feed's. Never taken from a request's
 * `Host` header, which the client chooses. Default: the listening address, `http://HOST:PORT`
 * (`localhost` when HOST is unset or every interface).
 */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.PUBLIC_URL;
  if (raw == null || raw === "") {
    return `http://${publicHost(env)}:${port(env)}`;
  }
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be an http or https URL without query, fragment or credentials, not ${JSON.stringify(raw)}`);
  }
  return url.href.replace(/\/+$/, "");
}

/** A positive whole number from the environment, or the default. */
function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw == null || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not ${JSON.stringify(raw)}`);
  return value;
}

/** Tokens older than this (from their `iat`) are refused: 30 days, the life of the admin token `npm start` prints. */
export const DEFAULT_JWT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function jwtMaxAgeSeconds(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInt(env, "JWT_MAX_AGE_SECONDS", DEFAULT_JWT_MAX_AGE_SECONDS);
}

/**
 * The browser origins (besides the service's own) whose pages may call the service (CORS_ORIGINS,
 * comma-separated, e.g. `https://app.example.com,http://localhost:5173`; `*` for any). None when unset.
 */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const entries = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (entry === "*") continue;
    let origin: string | null = null;
    try {
      origin = new URL(entry).origin;
    } catch {
      // reported below
    }
    if (origin !== entry)
      throw new Error(
        `CORS_ORIGINS must list origins such as https://app.example.com (scheme, host, optional port), not ${JSON.stringify(entry)}`,
      );
  }
  return entries;
}

/** What one client may ask of the service. */
export interface Limits {
  /** Requests per window per token (per address without one). */
  rateLimitRequests: number;
  rateLimitWindowSeconds: number;
  /** The most occurrences one request may compute, counted before execution from `first` arguments. */
  maxQueryCost: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  bodyLimitBytes: number;
}

export function limits(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    rateLimitRequests: positiveInt(env, "RATE_LIMIT_REQUESTS", 300),
    rateLimitWindowSeconds: positiveInt(env, "RATE_LIMIT_WINDOW_SECONDS", 60),
    maxQueryCost: positiveInt(env, "MAX_QUERY_COST", 20_000),
    maxDepth: positiveInt(env, "MAX_DEPTH", 12),
    maxAliases: positiveInt(env, "MAX_ALIASES", 30),
    maxTokens: positiveInt(env, "MAX_TOKENS", 5_000),
    bodyLimitBytes: positiveInt(env, "BODY_LIMIT_BYTES", 100_000),
  };
}

/** Whether this process runs the dispatcher (DISPATCH=off: an API-only instance). */
export function dispatchEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.DISPATCH ?? "on").toLowerCase();
  if (value === "on" || value === "true" || value === "1") return true;
  if (value === "off" || value === "false" || value === "0") return false;
  throw new Error(`DISPATCH must be on or off, not ${JSON.stringify(env.DISPATCH)}`);
}

/** How many days runs are kept (RUN_RETENTION_DAYS, default 90); then any run is deleted. */
export function runRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInt(env, "RUN_RETENTION_DAYS", 90);
}

/** The bearer token GET /metrics asks for (METRICS_TOKEN); null when unset: /metrics is open. */
export function metricsToken(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.METRICS_TOKEN ? env.METRICS_TOKEN : null;
}

/** Where the key that seals delivery secrets comes from (src/delivery/secret.ts). */
export type DeliveryKeySource = { kind: "env"; value: string } | { kind: "file"; path: string };

/**
 * DELIVERY_SECRET_KEY when set; else the file DELIVERY_SECRET_KEY_FILE, by default beside the SQLite
 * file (`<file>.delivery-key`) or, on PostgreSQL and in memory, ./data/delivery.key.
 */
export function deliveryKeySource(env: NodeJS.ProcessEnv = process.env): DeliveryKeySource {
  if (env.DELIVERY_SECRET_KEY) return { kind: "env", value: env.DELIVERY_SECRET_KEY };
  if (env.DELIVERY_SECRET_KEY_FILE) return { kind: "file", path: resolve(env.DELIVERY_SECRET_KEY_FILE) };
  const url = databaseUrl(env);
  const file = url.startsWith("file:") ? databaseFile(url) : ":memory:";
  return { kind: "file", path: file === ":memory:" ? resolve("data/delivery.key") : `${file}.delivery-key` };
}

/** Whether webhooks may go to loopback, private, link-local and unique-local addresses (tests, local development). */
export function allowPrivateNetworks(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.WEBHOOK_ALLOW_PRIVATE_NETWORKS ?? "false").toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0" || value === "") return false;
  throw new Error(`WEBHOOK_ALLOW_PRIVATE_NETWORKS must be true or false, not ${JSON.stringify(env.WEBHOOK_ALLOW_PRIVATE_NETWORKS)}`);
}

/** How long one delivery attempt may take, connection to answer (WEBHOOK_TIMEOUT_MS, default 10 s). */
export function webhookTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInt(env, "WEBHOOK_TIMEOUT_MS", 10_000);
}

/** Delivery attempts one process has in flight at most (DELIVERY_CONCURRENCY, default 400). */
export function deliveryConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInt(env, "DELIVERY_CONCURRENCY", 400);
}
