/** The GraphQL server as a fetch handler: schema, context, error masking, GraphiQL. No listening here. */
import { GraphQLError } from "graphql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { AuthSettings } from "./auth";
import { limits as limitsFromEnv, type Limits } from "./config";
import { requestLimitsPlugin } from "./limits";
import { wellFormedTextPlugin } from "./well-formed-text";
import { useCalendarFeed } from "./calendar/feed-plugin";
import { contextFactory, type Context } from "./context";
import { ServiceError, ValidationError } from "./errors";
import { graphiqlOptions } from "./graphiql";
import { logUnexpected } from "./logger";
import type { Clock } from "./recurrence/types";
import { schema } from "./schema";

export interface YogaOptions {
  auth: AuthSettings;
  clock?: Clock;
  /** Rate, cost and size limits; default from the environment (see config.ts). */
  limits?: Limits;
  /** A token to prefill GraphiQL's headers with (only when the service made its own secret). */
  graphiqlToken?: string | null;
}

/**
 * Typed errors thrown where no result union can carry them (e.g. a bad `first` on upcomingOccurrences)
 * keep their message and code; anything unexpected is masked, logged with a tracking id, and answered
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
    context: contextFactory({ auth: options.auth, clock: options.clock, limits }),
    plugins: [
      requestLimitsPlugin(limits, options.auth),
      useCalendarFeed({ auth: options.auth, clock: options.clock }),
      wellFormedTextPlugin(),
      maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true }),
      maxTokensPlugin({ n: limits.maxTokens, exposeLimits: true }),
    ],
    maskedErrors: { maskError },
    graphiql: graphiqlOptions(options.graphiqlToken ?? null),
    renderGraphiQL,
    landingPage: false,
    logging: false,
  });
}
