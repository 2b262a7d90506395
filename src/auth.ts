/**
 * Bearer-token authentication (HS256 JWT with an `authorities` claim), as the seed APIs use it.
 */
import { randomBytes } from "node:crypto";
import { GraphQLError } from "graphql";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";

export interface Principal {
  subject: string;
  authorities: readonly string[];
}

/** Who may do what (seed 000: campaign template schedules; the other writes: schedule admins). */
export const AUTHORITIES = {
  campaignWrite: ["ORG_ADMIN", "CERT_ADMIN"],
  scheduleWrite: ["ORG_ADMIN", "SCHEDULE_ADMIN"],
} as const;

export interface AuthSettings {
  secret: Uint8Array;
  /** True when no JWT_SECRET was configured and the service made one at start. */
  generated: boolean;
}

export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const configured = env.JWT_SECRET;
  if (configured) return { secret: new TextEncoder().encode(configured), generated: false };
  return { secret: randomBytes(32), generated: true };
}

export async function issueToken(
  secret: Uint8Array,
  claims: { subject: string; authorities: string[]; expiresIn?: string | number },
): Promise<string> {
  return new SignJWT({ authorities: claims.authorities })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? "30d")
    .sign(secret);
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message = "The token lacks the authority this operation needs"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

/**
 * The answer to a request that may not run a field: 401 without a principal, 403 with one. The one
 * refusal of scope-auth (builder.ts) and of the check before execution (operation-checks.ts).
 */
export function refusal(principal: Principal | null): GraphQLError {
  return principal == null ? unauthenticated("Authentication required: send 'Authorization: Bearer <token>'") : forbidden();
}

/** The token of a `Bearer <token>` header (any letter case, surrounding spaces), or null. */
export function bearerToken(header: string): string | null {
  return /^\s*Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? null;
}

/**
 * Reads the Authorization header: null when there is none; a Principal for a valid token;
 * UNAUTHENTICATED (401) for anything else.
 */
export async function authenticate(header: string | null, secret: Uint8Array): Promise<Principal | null> {
  if (header == null || header.trim() === "") return null;
  const token = bearerToken(header);
  if (!token) throw unauthenticated("The Authorization header must be 'Bearer <token>'");
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ["HS256"] });
    const authorities = Array.isArray(payload.authorities)
      ? payload.authorities.filter((a): a is string => typeof a === "string")
      : [];
    return { subject: payload.sub ?? "anonymous", authorities };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated("JWT validation failed: JWT is expired");
    throw unauthenticated("JWT validation failed: the token is invalid");
  }
}

const requestPrincipals = new WeakMap<Request, Promise<Principal | null>>();

/**
 * `authenticate` for a request's Authorization header, verified once per request: the rate limiter
 * and the GraphQL context both ask.
 */
export function authenticateRequest(request: Request, secret: Uint8Array): Promise<Principal | null> {
  let principal = requestPrincipals.get(request);
  if (!principal) {
    principal = authenticate(request.headers.get("authorization"), secret);
    requestPrincipals.set(request, principal);
  }
  return principal;
}
