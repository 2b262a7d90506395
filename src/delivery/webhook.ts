/**
 * One attempt at a run's webhook (API.md "The webhook request"): a signed POST of the body, bounded in
 * time, never redirected, never to a private address unless allowed (address.ts); what the receiver
 * answered (or why it did not) comes back as an AttemptOutcome, for the delivery worker to record and
 * judge (domain/delivery-plan.ts). sendWebhook never throws.
 *
 * Connections are kept alive, one pool per protocol (and per private-networks setting, so that a socket
 * opened while private networks were allowed is never reused by an attempt that does not allow them).
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { performance } from "node:perf_hooks";
import { Webhook } from "standardwebhooks";
import { retryAfterMs } from "../domain/delivery-plan";
import { ALLOW_PRIVATE_HINT, bareHost, guardedLookup, PrivateAddressError, privateAddressReason } from "./address";

export interface WebhookAttempt {
  url: string;
  /** "whsec_" + base64 of the key's bytes. */
  secret: string;
  /** The webhook-id header: the run's id, the same on every retry. */
  id: string;
  /** The webhook-timestamp header: seconds since the epoch of this attempt. */
  timestampSeconds: number;
  /** The exact bytes sent: already serialized JSON. */
  body: string;
  /** Bounds the whole attempt: lookup, connect, request and answer. */
  timeoutMs: number;
  allowPrivateNetworks: boolean;
}

export interface AttemptOutcome {
  /** The receiver's status; null when it did not answer (timeout, refused, reset, refused by the guard). */
  httpStatus: number | null;
  /** Whole ms from the start to the answer's end (or the failure). */
  durationMs: number;
  /**
   * Why there is no answer, short and user-facing ("connection refused", "timed out after 10000 ms"); null
   * for an answer, except a 3xx ("redirect to … not followed") and an answer whose body outran the timeout.
   */
  error: string | null;
  /** the first ≤ 200 characters of the answer's body (text), null when none */
  responseExcerpt: string | null;
  /** parsed Retry-After (via retryAfterMs) in ms, null when none */
  retryAfterMs: number | null;
}

export const USER_AGENT = "schedule-service-webhooks/1";
/** At most this much of an answer is read (to keep its connection for the next attempt); then it is cut. */
const MAX_ANSWER_BYTES = 64 * 1024;
const EXCERPT_CHARS = 200;
/** Bytes kept for the excerpt: 200 code points take at most 4 bytes each in UTF-8. */
const EXCERPT_BYTES = 4 * EXCERPT_CHARS;
/** A Location quoted in an error is cut to this. */
const MAX_LOCATION_CHARS = 200;

const lookupAllowingPrivate = guardedLookup(true);
const lookupRefusingPrivate = guardedLookup(false);
const agents = new Map<string, http.Agent>();

function agentFor(protocol: "http:" | "https:", allowPrivateNetworks: boolean): http.Agent {
  const key = `${protocol}${allowPrivateNetworks}`;
  let agent = agents.get(key);
  if (agent === undefined) {
    const options = { keepAlive: true, maxSockets: 256, scheduling: "lifo" as const };
    agent = protocol === "https:" ? new https.Agent(options) : new http.Agent(options);
    agents.set(key, agent);
  }
  return agent;
}

/** Destroys the kept-alive sockets (shutdown, tests); later attempts open new ones. */
export function closeWebhookAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

/** A new signing secret: "whsec_" + base64 of 24 random bytes. */
export function generateSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

function refused(reason: string): string {
  return `refused: ${reason} ${ALLOW_PRIVATE_HINT}`;
}

/** A short, user-facing description of why a connection gave no answer. */
function describeError(error: unknown): string {
  if (error instanceof PrivateAddressError) return refused(error.message);
  // autoSelectFamily reports the failures of every address it tried at once: the first says enough.
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
    case "EPIPE":
      return "connection reset";
    case "ENOTFOUND":
      return "host not found";
    case "EAI_AGAIN":
      return "host not found (DNS did not answer)";
    case "ETIMEDOUT":
      return "connection timed out";
    case "EHOSTUNREACH":
      return "host unreachable";
    case "ENETUNREACH":
      return "network unreachable";
  }
  const text = String(message ?? error).slice(0, 200);
  if (code?.startsWith("ERR_TLS") || /certificate|SSL|TLS/i.test(text) || /CERT|SELF_SIGNED/.test(code ?? "")) return `TLS: ${text}`;
  return text;
}

const decoder = new TextDecoder();

/** The first 200 characters of the answer's body as text (NUL replaced: it cannot be stored), null when empty. */
function excerptOf(chunks: Buffer[]): string | null {
  if (chunks.length === 0) return null;
  const text = decoder.decode(Buffer.concat(chunks));
  let excerpt = "";
  let count = 0;
  for (const char of text) {
    if (count++ === EXCERPT_CHARS) break;
    excerpt += char;
  }
  return excerpt === "" ? null : excerpt.replaceAll("\u0000", "\ufffd");
}

/**
 * Makes one attempt: POST attempt.url with the body, signed (Standard Webhooks: webhook-id,
 * webhook-timestamp, webhook-signature). `now` reads the clock that an HTTP-date Retry-After is relative to.
 */
export function sendWebhook(attempt: WebhookAttempt, now: () => Date = () => new Date()): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (error: string): AttemptOutcome => ({
    httpStatus: null,
    durationMs: elapsed(),
    error,
    responseExcerpt: null,
    retryAfterMs: null,
  });

  let url: URL;
  try {
    url = new URL(attempt.url);
  } catch {
    return Promise.resolve(failed("invalid URL"));
  }
  const protocol = url.protocol;
  if (protocol !== "http:" && protocol !== "https:") return Promise.resolve(failed(`unsupported scheme ${protocol.slice(0, -1)}`));
  const hostname = bareHost(url);
  // Node resolves no IP literal (it never calls `lookup` for one): checked here, before connecting.
  if (!attempt.allowPrivateNetworks && isIP(hostname) !== 0) {
    const reason = privateAddressReason(hostname);
    if (reason !== null) return Promise.resolve(failed(refused(reason)));
  }
  let signature: string;
  try {
    signature = new Webhook(attempt.secret).sign(attempt.id, new Date(attempt.timestampSeconds * 1000), attempt.body);
  } catch {
    return Promise.resolve(failed("invalid signing secret"));
  }
  const body = Buffer.from(attempt.body);
  const headers = {
    "content-type": "application/json",
    "content-length": String(body.length),
    "webhook-id": attempt.id,
    "webhook-timestamp": String(attempt.timestampSeconds),
    "webhook-signature": signature,
    "user-agent": USER_AGENT,
  };
  const transport = protocol === "https:" ? https : http;
  const agent = agentFor(protocol, attempt.allowPrivateNetworks);
  const lookup = attempt.allowPrivateNetworks ? lookupAllowingPrivate : lookupRefusingPrivate;

  return new Promise((resolve) => {
    let settled = false;
    let request: http.ClientRequest | null = null;
    /** Set once the answer's head arrived: the outcome as far as the answer was read. */
    let answered: (() => AttemptOutcome) | null = null;

    const finish = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      const error = `timed out after ${attempt.timeoutMs} ms`;
      finish(answered === null ? failed(error) : { ...answered(), error });
      request?.destroy();
    }, attempt.timeoutMs);

    const send = (isRetry: boolean) => {
      const req = transport.request(
        { protocol, hostname, port: url.port || undefined, path: `${url.pathname}${url.search}`, method: "POST", headers, agent, lookup },
        (res) => {
          const status = res.statusCode ?? null;
          const retryAfter = retryAfterMs(res.headers["retry-after"], now());
          const location = res.headers.location;
          const note =
            status !== null && status >= 300 && status <= 399 && location
              ? `redirect to ${location.slice(0, MAX_LOCATION_CHARS)} not followed`
              : null;
          const kept: Buffer[] = [];
          let keptBytes = 0;
          let total = 0;
          answered = () => ({
            httpStatus: status,
            durationMs: elapsed(),
            error: note,
            responseExcerpt: excerptOf(kept),
            retryAfterMs: retryAfter,
          });
          res.on("data", (chunk: Buffer) => {
            if (keptBytes < EXCERPT_BYTES) {
              const part = chunk.subarray(0, EXCERPT_BYTES - keptBytes);
              kept.push(part);
              keptBytes += part.length;
            }
            total += chunk.length;
            if (total >= MAX_ANSWER_BYTES) {
              finish(answered!());
              res.destroy();
            }
          });
          res.on("end", () => finish(answered!()));
          // An answer cut short (the connection reset mid-body) is still the receiver's answer.
          res.on("error", () => finish(answered!()));
          res.on("close", () => finish(answered!()));
        },
      );
      request = req;
      req.on("error", (error: NodeJS.ErrnoException) => {
        if (settled) return;
        if (answered !== null) return finish(answered());
        // A kept-alive socket the receiver closed just as it was reused: tried once more on a new one
        // (the request never reached the receiver's application; it deduplicates on webhook-id anyway).
        if (!isRetry && req.reusedSocket && error.code === "ECONNRESET") return send(true);
        finish(failed(describeError(error)));
      });
      req.end(body);
    };
    send(false);
  });
}
