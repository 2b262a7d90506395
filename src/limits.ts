/**
 * What one request may cost: the errors for a request that asks too much, the rate limiter (a Yoga
 * plugin) that answers 429 with Retry-After, the limits on a document's size and nesting, and the HTTP
 * status of every request refused before execution (400).
 */
import { GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
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
      extensions: { code: "QUERY_TOO_DEEP", depth: result.depth, limit: result.maxDepth, http: { status: 400 } },
    });
  }
  return new GraphQLError(
    `The query could compute ${result.complexity} occurrences; the limit (MAX_QUERY_COST) is ${result.maxComplexity}. Ask for fewer schedules or occurrences (first).`,
    { extensions: { code: "QUERY_TOO_COSTLY", cost: result.complexity, limit: result.maxComplexity, http: { status: 400 } } },
  );
}

/**
 * How deep a variable's value may nest (objects and lists). The deepest input of the schema nests 5
 * levels (variables → spec → campaignTemplate → hours → values → a value).
 */
export const MAX_VALUE_NESTING = 32;

/**
 * How deep brackets ({ [ ( ) may nest in a document, counted before it is parsed: each selection level
 * may open a field's and an inline fragment's braces, and argument values may nest MAX_VALUE_NESTING
 * more. Anything deeper could not pass MAX_DEPTH anyway, and a parser would recurse once per level.
 */
export function documentNestingLimit(limits: Pick<Limits, "maxDepth">): number {
  return 2 * limits.maxDepth + MAX_VALUE_NESTING;
}

/**
 * The deepest bracket nesting of a GraphQL document, outside strings, block strings and comments, or
 * the first depth beyond `limit` (the scan stops there). One pass, no recursion.
 */
export function bracketNesting(source: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "#") {
      while (i < source.length && source[i] !== "\n" && source[i] !== "\r") i++;
    } else if (c === '"' && source.startsWith('"""', i)) {
      i += 3;
      while (i < source.length && !source.startsWith('"""', i)) i += source.startsWith('\\"""', i) ? 4 : 1;
      i += 2;
    } else if (c === '"') {
      i++;
      while (i < source.length && source[i] !== '"' && source[i] !== "\n") i += source[i] === "\\" ? 2 : 1;
    } else if (c === "{" || c === "[" || c === "(") {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === "}" || c === "]" || c === ")") {
      depth--;
    }
  }
  return deepest;
}

/**
 * MAX_TOKENS (while parsing), MAX_ALIASES (while validating, `__typename` aliases included) and the
 * bracket nesting of the document (before parsing), each refused with 400 and its own code.
 */
export function documentLimitsPlugin(limits: Limits): Plugin[] {
  const nestingLimit = documentNestingLimit(limits);
  const tooManyTokens = () =>
    new GraphQLError(`The document has more than ${limits.maxTokens} tokens; the limit (MAX_TOKENS) is ${limits.maxTokens}`, {
      extensions: { code: "TOO_MANY_TOKENS", limit: limits.maxTokens, http: { status: 400 } },
    });
  const aliases = maxAliasesRule({
    n: limits.maxAliases,
    allowList: [],
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        (context as ValidationContext).reportError(
          new GraphQLError(`The operation has ${found ?? "more"} aliases; the limit (MAX_ALIASES) is ${limits.maxAliases}`, {
            extensions: { code: "TOO_MANY_ALIASES", limit: limits.maxAliases, http: { status: 400 } },
          }),
        );
      },
    ],
  });
  return [
    {
      onParams({ params, setResult }) {
        const nesting = typeof params.query === "string" ? bracketNesting(params.query, nestingLimit) : 0;
        if (nesting <= nestingLimit) return;
        setResult({
          errors: [
            new GraphQLError(
              `The document nests brackets more than ${nestingLimit} deep (2 × MAX_DEPTH + ${MAX_VALUE_NESTING}); it is not parsed`,
              {
                extensions: { code: "QUERY_TOO_DEEP", limit: nestingLimit, http: { status: 400 } },
              },
            ),
          ],
        });
      },
      onValidate({ addValidationRule }) {
        addValidationRule(aliases);
      },
    },
    maxTokensPlugin({
      n: limits.maxTokens,
      exposeLimits: true,
      onReject: [
        () => {
          throw tooManyTokens();
        },
      ],
    }),
  ];
}

/**
 * A request refused before execution answers 400, whatever its Accept header: Yoga answers parse and
 * validation errors with 200 to `application/json` clients (the GraphQL-over-HTTP "spec" errors), which
 * would make a refusal look like an answer. Errors without a code (Yoga's own request errors) get
 * BAD_REQUEST.
 */
export function requestErrorStatusPlugin(): Plugin {
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result) || !("errors" in result) || !result.errors?.length) return;
      for (const error of result.errors) {
        const extensions = error.extensions as Record<string, any>;
        if (extensions.http?.spec) extensions.http.spec = false;
        if (extensions.code == null && extensions.http?.status === 400) extensions.code = "BAD_REQUEST";
      }
    },
  };
}

/**
 * Who a request counts against: its token when the token is valid (by the token's identity, so no
 * spelling of its header or of its signature opens a fresh allowance), else its address, so that
 * made-up tokens cannot open fresh allowances.
 */
async function rateLimitKey(
  request: Request,
  serverContext: { req?: { socket?: { remoteAddress?: string } } },
  auth: AuthSettings,
): Promise<string> {
  const principal = await authenticateRequest(request, auth).catch(() => null);
  if (principal) return `token:${principal.tokenId}`;
  return `address:${serverContext.req?.socket?.remoteAddress ?? "unknown"}`;
}

/** A GraphQL-shaped error answer, for the limits checked before Yoga reads a request. */
export function jsonError(
  status: number,
  message: string,
  code: string,
  extensions: Record<string, unknown>,
  headers: Record<string, string>,
  fetchAPI: { Response: typeof Response },
): Response {
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
          jsonError(
            411,
            `Send the request body with a Content-Length (at most BODY_LIMIT_BYTES, ${limits.bodyLimitBytes} bytes)`,
            "LENGTH_REQUIRED",
            { limit: limits.bodyLimitBytes },
            {},
            fetchAPI,
          ),
        );
        return;
      }
      if (Number(length ?? 0) > limits.bodyLimitBytes) {
        endResponse(
          jsonError(
            413,
            `The request body is ${length} bytes; the limit (BODY_LIMIT_BYTES) is ${limits.bodyLimitBytes}`,
            "PAYLOAD_TOO_LARGE",
            { limit: limits.bodyLimitBytes },
            {},
            fetchAPI,
          ),
        );
        return;
      }
      try {
        await limiter.consume(await rateLimitKey(request, serverContext as never, auth));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        endResponse(
          jsonError(
            429,
            "Rate Limit Exceeded",
            "RATE_LIMITED",
            { retryAfter, limit: limits.rateLimitRequests, windowSeconds: limits.rateLimitWindowSeconds },
            { "retry-after": String(retryAfter) },
            fetchAPI,
          ),
        );
      }
    },
  };
}
