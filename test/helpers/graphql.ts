/** Executing operations through yoga.fetch as an HTTP client would, and narrowing union results. */
import { issueToken, type AuthSettings } from "../../src/auth";
import { limits as defaultLimits, type Limits } from "../../src/config";
import type { Clock } from "../../src/recurrence/types";
import { createSchedulesYoga } from "../../src/yoga";

export const TEST_AUTH: AuthSettings = { secret: new TextEncoder().encode("test-secret-of-at-least-32-bytes!"), generated: false };

export const ADMIN = ["ORG_ADMIN"];
export const READER: string[] = [];

export function tokenFor(authorities: string[], expiresIn: string | number = "1h"): Promise<string> {
  return issueToken(TEST_AUTH.secret, { subject: "test", authorities, expiresIn });
}

export function pinnedClock(iso: string): Clock {
  const date = new Date(iso);
  return { now: () => date };
}

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface Client {
  /** Runs an operation with the given authorities (default ORG_ADMIN), or raw headers. */
  execute<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { authorities?: string[] | null; headers?: Record<string, string>; remoteAddress?: string },
  ): Promise<GraphQLResponse<T>>;
}

/** Limits of the test clients: the defaults, without a rate limit unless a test sets one. */
export function testLimits(overrides: Partial<Limits> = {}): Limits {
  return { ...defaultLimits({}), rateLimitRequests: 1_000_000, ...overrides };
}

export function createClient(options: { clock?: Clock; limits?: Partial<Limits> } = {}): Client {
  // The address it is called at below, whatever PORT, HOST or PUBLIC_URL the shell running the tests has.
  const yoga = createSchedulesYoga({ auth: TEST_AUTH, clock: options.clock, limits: testLimits(options.limits), publicUrl: "http://localhost" });
  return {
    async execute(query, variables, opts = {}) {
      const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
      const authorities = opts.authorities === undefined ? ADMIN : opts.authorities;
      if (authorities !== null && !("authorization" in headers)) {
        headers.authorization = `Bearer ${await tokenFor(authorities)}`;
      }
      const response = await yoga.fetch(
        "http://localhost/graphql",
        { method: "POST", headers, body: JSON.stringify({ query, variables }) },
        { req: { socket: { remoteAddress: opts.remoteAddress ?? "127.0.0.1" } } },
      );
      const body = await response.json();
      return { status: response.status, headers: response.headers, ...body };
    },
  };
}

/** Narrows a union result by __typename, failing the test with the whole value when it differs. */
export function expectTypename<T extends { __typename: string }, N extends T["__typename"]>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  if (!value || value.__typename !== typename) {
    throw new Error(`expected __typename ${typename}, got ${JSON.stringify(value)}`);
  }
  return value as Extract<T, { __typename: N }>;
}
