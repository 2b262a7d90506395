/**
 * Bearer-token authentication (HS256 JWT with an `authorities` claim), as the seed APIs use it.
 */
import { createHash, randomBytes } from "node:crypto";
import { GraphQLError } from "graphql";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { DEFAULT_JWT_MAX_AGE_SECONDS, jwtMaxAgeSeconds } from "./config";

export interface Principal {
  subject: string;
  authorities: readonly string[];
  /**
   * The verified token's identity, the same however its text is spelled (a signature's last base64url
   * character has spare bits, and a `=` may follow): a hash of its decoded signature bytes.
   */
  tokenId: string;
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
  /** The oldest a token may be, counted from its `iat` (JWT_MAX_AGE_SECONDS; default 30 days). */
  maxAgeSeconds?: number;
}

export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const configured = env.JWT_SECRET;
  const maxAgeSeconds = jwtMaxAgeSeconds(env);
  if (configured) return { secret: new TextEncoder().encode(configured), generated: false, maxAgeSeconds };
  return { secret: randomBytes(32), generated: true, maxAgeSeconds };
}

/** How far a token's `iat` may lie ahead of this clock (and `exp` behind it): clocks drift a little. */
export const CLOCK_TOLERANCE_SECONDS = 30;

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

/** The client-facing reason jose refused a token for. */
function tokenRefusalReason(error: unknown, maxAgeSeconds: number): string {
  const prefix = "JWT validation failed: ";
  if (error instanceof joseErrors.JWTClaimValidationFailed || error instanceof joseErrors.JWTExpired) {
    if (error.reason === "missing" && error.claim === "exp") return `${prefix}the token has no expiration time (exp); every token must expire`;
    if (error.reason === "missing" && error.claim === "iat") return `${prefix}the token has no issued-at time (iat)`;
    if (error.claim === "exp") return `${prefix}JWT is expired`;
    if (error.claim === "iat" && error instanceof joseErrors.JWTExpired) {
      return `${prefix}the token was issued more than JWT_MAX_AGE_SECONDS (${maxAgeSeconds} s) ago`;
    }
    if (error.claim === "iat") return `${prefix}the token's issued-at time (iat) lies in the future`;
    if (error.claim === "nbf") return `${prefix}the token is not valid yet (nbf)`;
  }
  return `${prefix}the token is invalid`;
}

/** A token whose signature was verified, with the claims that are checked again against the clock. */
interface VerifiedToken {
  principal: Principal;
  exp: number;
  iat: number;
}

/** How many verified tokens each secret remembers (oldest forgotten first). */
export const VERIFIED_TOKENS_MAX = 10_000;

const verified = new WeakMap<AuthSettings, Map<string, VerifiedToken>>();

/**
 * Tokens verified with these settings, by their text: a client sends the same token with every
 * request, and checking its HMAC signature again (WebCrypto's importKey and verify) costs more than
 * the rest of a small request. The claims that depend on the clock (exp, iat) are checked again on
 * every use; a token that fails them is verified in full, and refused with jose's reason.
 */
function verifiedTokens(auth: AuthSettings): Map<string, VerifiedToken> {
  let tokens = verified.get(auth);
  if (!tokens) {
    tokens = new Map();
    verified.set(auth, tokens);
  }
  return tokens;
}

function remember(tokens: Map<string, VerifiedToken>, token: string, entry: VerifiedToken): void {
  if (tokens.size >= VERIFIED_TOKENS_MAX) tokens.delete(tokens.keys().next().value!);
  tokens.set(token, entry);
}

function stillValid(entry: VerifiedToken, maxAgeSeconds: number): boolean {
  const now = Date.now() / 1000;
  return now < entry.exp + CLOCK_TOLERANCE_SECONDS && entry.iat <= now + CLOCK_TOLERANCE_SECONDS && now - entry.iat <= maxAgeSeconds + CLOCK_TOLERANCE_SECONDS;
}

/**
 * Reads the Authorization header: null when there is none; a Principal for a valid token;
 * UNAUTHENTICATED (401) for anything else. A valid token is signed with the secret (HS256), has an
 * `exp` still ahead, and an `iat` neither in the future nor older than the settings' maximum age
 * (both within CLOCK_TOLERANCE_SECONDS).
 */
export async function authenticate(header: string | null, auth: AuthSettings): Promise<Principal | null> {
  if (header == null || header.trim() === "") return null;
  const token = bearerToken(header);
  if (!token) throw unauthenticated("The Authorization header must be 'Bearer <token>'");
  const maxAgeSeconds = auth.maxAgeSeconds ?? DEFAULT_JWT_MAX_AGE_SECONDS;
  const known = verifiedTokens(auth).get(token);
  if (known && stillValid(known, maxAgeSeconds)) return known.principal;
  try {
    const { payload } = await jwtVerify(token, auth.secret, {
      algorithms: ["HS256"],
      requiredClaims: ["exp"],
      maxTokenAge: maxAgeSeconds,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    const authorities = Array.isArray(payload.authorities)
      ? payload.authorities.filter((a): a is string => typeof a === "string")
      : [];
    const signature = Buffer.from(token.slice(token.lastIndexOf(".") + 1), "base64url");
    const tokenId = createHash("sha256").update(signature).digest("base64url");
    const principal: Principal = { subject: payload.sub ?? "anonymous", authorities, tokenId };
    remember(verifiedTokens(auth), token, { principal, exp: payload.exp!, iat: payload.iat! });
    return principal;
  } catch (error) {
    throw unauthenticated(tokenRefusalReason(error, maxAgeSeconds));
  }
}

const requestPrincipals = new WeakMap<Request, Promise<Principal | null>>();

/**
 * `authenticate` for a request's Authorization header, verified once per request: the rate limiter,
 * the GraphQL context and the calendar feed all ask.
 */
export function authenticateRequest(request: Request, auth: AuthSettings): Promise<Principal | null> {
  let principal = requestPrincipals.get(request);
  if (!principal) {
    principal = authenticate(request.headers.get("authorization"), auth);
    requestPrincipals.set(request, principal);
  }
  return principal;
}
