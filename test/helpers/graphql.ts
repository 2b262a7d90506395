/** Executing operations through yoga.fetch as an HTTP client would, and narrowing union results. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, print } from "graphql";
import { issueToken, type AuthSettings } from "../../src/auth";
import { limits as defaultLimits, type Limits } from "../../src/config";
import type { Clock } from "../../src/recurrence/types";
import { createSchedulesYoga } from "../../src/yoga";

export const TEST_AUTH: AuthSettings = { secret: new TextEncoder().encode("test-secret-of-at-least-32-bytes!"), generated: false };

const ADMIN = ["ORG_ADMIN"];
export const READER: string[] = [];

export function tokenFor(authorities: string[], expiresIn: string | number = "1h"): Promise<string> {
  return issueToken(TEST_AUTH.secret, { subject: "test", authorities, expiresIn });
}

export function pinnedClock(iso: string): Clock {
  const date = new Date(iso);
  return { now: () => date };
}

/** An error of a GraphQL response, as the server sends it. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string; trackingId?: string };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  /** Absent (or null) when the request failed as a whole; the type claims only what the document selects. */
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export interface ExecuteOptions {
  /** The token's authorities (default ORG_ADMIN); null sends no token. */
  authorities?: string[] | null;
  headers?: Record<string, string>;
  remoteAddress?: string;
}

export interface Client {
  /**
   * Runs a typed document (`graphql()` of test/api/gql, or any TypedDocumentNode): the variables and
   * the data are the document's types.
   */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: NoInfer<TVariables>,
    options?: ExecuteOptions,
  ): Promise<GraphQLResponse<TResult>>;
  /** Runs a document given as text (one built at run time or broken on purpose): its data is unknown. */
  execute(query: string, variables?: Record<string, unknown>, options?: ExecuteOptions): Promise<GraphQLResponse<unknown>>;
}

/** Limits of the test clients: the defaults, without a rate limit unless a test sets one. */
export function testLimits(overrides: Partial<Limits> = {}): Limits {
  return { ...defaultLimits({}), rateLimitRequests: 1_000_000, ...overrides };
}

const printedDocuments = new WeakMap<DocumentNode, string>();

/** The text of a document, printed once. */
function printed(document: DocumentNode): string {
  const cached = printedDocuments.get(document);
  if (cached !== undefined) return cached;
  const text = print(document);
  printedDocuments.set(document, text);
  return text;
}

export function createClient(options: { clock?: Clock; limits?: Partial<Limits> } = {}): Client {
  // The address it is called at below, whatever PORT, HOST or PUBLIC_URL the shell running the tests has.
  const yoga = createSchedulesYoga({
    auth: TEST_AUTH,
    clock: options.clock,
    limits: testLimits(options.limits),
    publicUrl: "http://localhost",
  });
  return {
    async execute(document: TypedDocumentNode | string, variables?: unknown, opts: ExecuteOptions = {}) {
      const query = typeof document === "string" ? document : printed(document);
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

/**
 * A variable value that the document's types refuse, sent on purpose so that a test sees the server
 * refuse it too: typed `never`, so it fits whatever the variable's place asks for.
 */
export function illTyped(value: unknown): never {
  return value as never;
}

/**
 * Narrows a union result by __typename to the member the document selects for it, failing the test
 * with the whole value when it differs: `expectTypename(res.data?.createJobSchedule,
 * "MutationCreateJobScheduleSuccess").data` is typed as that success's selection.
 */
export function expectTypename<T extends { __typename: string }, N extends T["__typename"]>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  if (!value || value.__typename !== typename) {
    throw new Error(`expected __typename ${typename}, got ${JSON.stringify(value)}`);
  }
  return value as Extract<T, { __typename: N }>;
}
