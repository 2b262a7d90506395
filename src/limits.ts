/**
 * What one request may cost: the errors for a request that asks too much, and the rate limiter
 * (a Yoga plugin) that answers 429 with Retry-After.
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { RateLimiterRes } from "rate-limiter-flexible";
import { authenticateRequest, type AuthSettings } from "./auth";
import type { Limits } from "./config";
import { database } from "./db";

type ComplexityKind = "Complexity" | "Depth" | "Breadth";

/** The error of @pothos/plugin-complexity: names the limit and the computed cost, before execution. */
export function costLimitError(
  kind: ComplexityKind,
  result: { complexity: number; depth: number; breadth: number; maxComplexity?: number; maxDepth?: number },
): GraphQLError {
  if (kind === "Depth") {
    return new GraphQLError(`The query is ${result.depth} levels deep; the limit (MAX_DEPTH) is ${result.maxDepth}`, {
      extensions: { code: "QUERY_TOO_DEEP", depth: result.depth, limit: result.maxDepth },
    });
  }
  return new GraphQLError(
    `The query could compute ${result.complexity} occurrences; the limit (MAX_QUERY_COST) is ${result.maxComplexity}. Ask for fewer schedules or occurrences (first).`,
    { extensions: { code: "QUERY_TOO_COSTLY", cost: result.complexity, limit: result.maxComplexity } },
  );
}

/**
 * Who a request counts against: its token when the token is valid (by the token's identity, so no
 * spelling of its header or of its signature opens a fresh allowance), else its address, so that
 * made-up tokens cannot open fresh allowances.
 */
async function rateLimitKey(request: Request, serverContext: { req?: { socket?: { remoteAddress?: string } } }, auth: AuthSettings): Promise<string> {
  const principal = await authenticateRequest(request, auth).catch(() => null);
  if (principal) return `token:${principal.tokenId}`;
  return `address:${serverContext.req?.socket?.remoteAddress ?? "unknown"}`;
}

/** A GraphQL-shaped error answer, for the limits checked before Yoga reads a request. */
export function jsonError(status: number, message: string, code: string, extensions: Record<string, unknown>, headers: Record<string, string>, fetchAPI: { Response: typeof Response }): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/**
 * Per-token (per-address without a token) request rate limit and request body size limit, checked
 * before a request is parsed.
 */
export function requestLimitsPlugin(limits: Limits, auth: AuthSettings): Plugin {
  const limiter = database.createRateLimiter({ points: limits.rateLimitRequests, duration: limits.rateLimitWindowSeconds });
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      const length = request.headers.get("content-length");
      if (length == null && /chunked/i.test(request.headers.get("transfer-encoding") ?? "")) {
        // A body of unknown size could exceed the limit only after it has been read: ask for its length.
        endResponse(
          jsonError(411, `Send the request body with a Content-Length (at most BODY_LIMIT_BYTES, ${limits.bodyLimitBytes} bytes)`, "LENGTH_REQUIRED", { limit: limits.bodyLimitBytes }, {}, fetchAPI),
        );
        return;
      }
      if (Number(length ?? 0) > limits.bodyLimitBytes) {
        endResponse(
          jsonError(413, `The request body is ${length} bytes; the limit (BODY_LIMIT_BYTES) is ${limits.bodyLimitBytes}`, "PAYLOAD_TOO_LARGE", { limit: limits.bodyLimitBytes }, {}, fetchAPI),
        );
        return;
      }
      try {
        await limiter.consume(await rateLimitKey(request, serverContext as never, auth));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        endResponse(
          jsonError(429, "Rate Limit Exceeded", "RATE_LIMITED", { retryAfter, limit: limits.rateLimitRequests, windowSeconds: limits.rateLimitWindowSeconds }, { "retry-after": String(retryAfter) }, fetchAPI),
        );
      }
    },
  };
}
