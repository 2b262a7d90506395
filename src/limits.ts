/**
 * What one request may cost: the errors for a request that asks too much, and the rate limiter
 * (a Yoga plugin) that answers 429 with Retry-After.
 */
import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Limits } from "./config";

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

/** Who a request counts against: its bearer token (hashed), else its address. */
function rateLimitKey(request: Request, serverContext: { req?: { socket?: { remoteAddress?: string } } }): string {
  const authorization = request.headers.get("authorization");
  if (authorization) return `token:${createHash("sha256").update(authorization).digest("base64url")}`;
  return `address:${serverContext.req?.socket?.remoteAddress ?? "unknown"}`;
}

function jsonError(status: number, message: string, code: string, extensions: Record<string, unknown>, headers: Record<string, string>, fetchAPI: { Response: typeof Response }): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/**
 * Per-token (per-address without a token) request rate limit and request body size limit, checked
 * before a request is parsed.
 */
export function requestLimitsPlugin(limits: Limits): Plugin {
  const limiter = new RateLimiterMemory({ points: limits.rateLimitRequests, duration: limits.rateLimitWindowSeconds });
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > limits.bodyLimitBytes) {
        endResponse(
          jsonError(413, `The request body is ${length} bytes; the limit (BODY_LIMIT_BYTES) is ${limits.bodyLimitBytes}`, "PAYLOAD_TOO_LARGE", { limit: limits.bodyLimitBytes }, {}, fetchAPI),
        );
        return;
      }
      try {
        await limiter.consume(rateLimitKey(request, serverContext as never));
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
