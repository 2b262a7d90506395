/** The GraphQL server as a fetch handler: schema, context, error masking, GraphiQL. No listening here. */
import { GraphQLError } from "graphql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { AuthSettings } from "./auth";
import { corsOrigins, limits as limitsFromEnv, metricsToken, publicUrl as publicUrlFromEnv, type Limits } from "./config";
import { documentLimitsPlugin, requestErrorStatusPlugin, requestLimitsPlugin } from "./limits";
import { operationChecksPlugin } from "./operation-checks";
import { useOperations } from "./operations";
import { compressionPlugin, corsPolicy, jsonBodiesOnlyPlugin } from "./web-edge";
import { wellFormedTextPlugin } from "./well-formed-text";
import { useCalendarFeed } from "./calendar/feed-plugin";
import { contextFactory, type Context } from "./context";
import { ServiceError, ValidationError } from "./errors";
import { graphiqlPagePlugin } from "./graphiql";
import { logUnexpected } from "./logger";
import type { Clock } from "./recurrence/types";
import { schema } from "./schema";

export interface YogaOptions {
  auth: AuthSettings;
  clock?: Clock;
  /** Rate, cost and size limits; default from the environment (see config.ts). */
  limits?: Limits;
  /** The base of the URLs handed out (feed URLs); default from the environment (config.ts `publicUrl`). */
  publicUrl?: string;
  /** A token to prefill GraphiQL's headers with (only when the service made its own secret). */
  graphiqlToken?: string | null;
  /** Browser origins besides the service's own that may call it; default CORS_ORIGINS (config.ts). */
  corsOrigins?: readonly string[];
  /** The bearer token GET /metrics asks for (default METRICS_TOKEN; null: open). */
  metricsToken?: string | null;
}

/**
 * Typed errors thrown where no result union can carry them (e.g. an argument's check, refused before
 * execution by operation-checks.ts) keep their message and code; anything unexpected is masked, logged with a tracking id, and answered
 * as INTERNAL_SERVER_ERROR with that id, never with a stack, SQL or a path.
 */
/** A GraphQLError from any copy of graphql-js (ESM and CJS builds can both be loaded). */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === "GraphQLError";
}

export function maskError(error: unknown): GraphQLError {
  const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
  if (original instanceof ServiceError) {
    const path = isGraphQLError(error) ? error.path : undefined;
    return new GraphQLError(original.message, {
      path,
      extensions: {
        code: original.code,
        status: original.status,
        ...(original instanceof ValidationError ? { fieldErrors: original.fieldErrors } : {}),
      },
    });
  }
  // GraphQL's own errors (syntax, validation, variable coercion, auth) are meant for the client.
  if (isGraphQLError(original)) return isGraphQLError(error) && error !== original && !original.extensions?.code ? error : original;
  const trackingId = logUnexpected(original);
  return new GraphQLError("An internal fault occurred.", {
    path: isGraphQLError(error) ? error.path : undefined,
    extensions: { code: "INTERNAL_SERVER_ERROR", trackingId, http: { status: 500 } },
  });
}

export function createSchedulesYoga(options: YogaOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const limits = options.limits ?? limitsFromEnv();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: contextFactory({ auth: options.auth, clock: options.clock, limits, publicUrl: options.publicUrl ?? publicUrlFromEnv() }),
    plugins: [
      useOperations({ metricsToken: options.metricsToken === undefined ? metricsToken() : options.metricsToken }),
      requestLimitsPlugin(limits, options.auth),
      graphiqlPagePlugin({ token: options.graphiqlToken ?? null }),
      jsonBodiesOnlyPlugin(),
      useCalendarFeed({ auth: options.auth, clock: options.clock }),
      ...documentLimitsPlugin(limits),
      wellFormedTextPlugin(),
      operationChecksPlugin(),
      requestErrorStatusPlugin(),
      compressionPlugin(),
    ],
    maskedErrors: { maskError },
    // served by graphiqlPagePlugin, cached and compressed
    graphiql: false,
    cors: corsPolicy(options.corsOrigins ?? corsOrigins()),
    // no file uploads: only JSON bodies are read (jsonBodiesOnlyPlugin)
    multipart: false,
    // requestLimitsPlugin bounds every body before it is read: one without a Content-Length is refused
    // (411; over HTTP/1.1 a body has a Content-Length or is chunked) and one longer than BODY_LIMIT_BYTES
    // too (413), and Node's HTTP parser reads no more than the Content-Length says. Yoga's own limit would
    // pipe every body through a TransformStream as well (with an AbortController and a DOMException at
    // its end): with it, bench:service answered 2,071 `{ __typename }` a second, without it 3,419.
    maxRequestBodySize: false,
    landingPage: false,
    // Yoga's own health check answers any URL that ends in the endpoint with an empty 200, before any
    // plugin; /health is useOperations'. No URL ends in a NUL character, so Yoga's never answers.
    healthCheckEndpoint: "\u0000",
    logging: false,
  });
}
