/** Every setting the service reads from its environment, with its default, in one place. */
import { resolve } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/schedules.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
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

/** A positive whole number from the environment, or the default. */
function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw == null || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not ${JSON.stringify(raw)}`);
  return value;
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
