/**
 * What an attempt's answer means for its run, and when the next attempt is (SEMANTICS.md "Runs",
 * "Retries"): pure, no I/O and no clock read; the caller passes `now` and a random source, so the
 * delivery worker and its tests share one set of rules.
 *
 * A 2xx answer delivers the run, 410 disables the delivery; anything else (another status, or no answer:
 * a timeout, a refused or reset connection, an address the guard refused) is retried after 5 s, 30 s,
 * 2 min, 10 min, 30 min, 1 h, 2 h, then doubling, each ±20% jitter, or after the receiver's Retry-After,
 * until the budget of attempts is used up or the retry would come more than 24 h after the attempts began.
 */

export const DEFAULT_MAX_ATTEMPTS = 8;
/** A run older than this (from when its attempts began) FAILS rather than being tried again. */
export const MAX_RUN_AGE_MS = 24 * 3_600_000;

export type AttemptVerdict = "DELIVERED" | "GONE" | "RETRY";

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

/** The delays after the 1st, 2nd … 7th failed attempt; after that each doubles the one before. */
const RETRY_DELAYS_MS = [5 * SECOND_MS, 30 * SECOND_MS, 2 * MINUTE_MS, 10 * MINUTE_MS, 30 * MINUTE_MS, HOUR_MS, 2 * HOUR_MS];
/** ±20%. */
const JITTER = 0.2;

/** 2xx → DELIVERED, 410 → GONE, anything else (incl. null = no answer: timeout, refused, reset, refused by guard) → RETRY */
export function verdictOf(httpStatus: number | null): AttemptVerdict {
  if (httpStatus === null) return "RETRY";
  if (httpStatus >= 200 && httpStatus <= 299) return "DELIVERED";
  if (httpStatus === 410) return "GONE";
  return "RETRY";
}

/**
 * Delay before attempt `attemptNumber + 1` after attempt `attemptNumber` failed (1-based): 5 s, 30 s, 2 min, 10 min,
 * 30 min, 1 h, 2 h, then doubling (4 h, 8 h …), each ×(1 ± 0.2) from random() in [0,1).
 * The doubling stops at MAX_RUN_AGE_MS (a longer delay would fail the run anyway), so the delay stays finite.
 */
export function retryDelayMs(attemptNumber: number, random: () => number): number {
  if (!Number.isInteger(attemptNumber) || attemptNumber < 1)
    throw new RangeError(`attemptNumber must be an integer ≥ 1, not ${attemptNumber}`);
  const last = RETRY_DELAYS_MS.length;
  let base: number;
  if (attemptNumber <= last) base = RETRY_DELAYS_MS[attemptNumber - 1];
  else {
    base = RETRY_DELAYS_MS[last - 1];
    for (let n = last; n < attemptNumber && base < MAX_RUN_AGE_MS; n++) base *= 2;
    base = Math.min(base, MAX_RUN_AGE_MS);
  }
  const factor = 1 + JITTER * (2 * random() - 1);
  return Math.round(base * factor);
}

/** IMF-fixdate (Sun, 06 Nov 1994 08:49:37 GMT), RFC 850 (Sunday, 06-Nov-94 08:49:37 GMT) and asctime (Sun Nov  6 08:49:37 1994). */
const HTTP_DATE = [
  /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Za-z]{6,9}, \d{2}-[A-Za-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
];

/**
 * Retry-After header → ms from `now`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3); null when
 * absent/unparsable/negative (a date already past). Capped at 24 h.
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  if (header == null) return null;
  const value = header.trim();
  if (value === "") return null;
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * SECOND_MS;
  else if (HTTP_DATE.some((form) => form.test(value))) {
    // asctime carries no zone: HTTP-dates are always UTC.
    const at = Date.parse(/GMT$/.test(value) ? value : `${value} GMT`);
    if (Number.isNaN(at)) return null;
    ms = at - now.getTime();
    if (ms < 0) return null;
  } else return null;
  return Math.min(ms, MAX_RUN_AGE_MS);
}

export interface FailedAttemptInput {
  /** Attempts made since the budget began, the failed one included (retryRun starts a fresh budget). */
  attemptsUsed: number;
  maxAttempts: number;
  /** When the attempts began: the run's first attempt, or the first of the fresh budget retryRun gave it. */
  attemptsSince: Date;
  now: Date;
  /** The receiver's Retry-After (retryAfterMs), which replaces the computed delay; null when it sent none. */
  retryAfterMs: number | null;
  random: () => number;
}

/**
 * What follows a failed (RETRY) attempt: retry at an instant, or fail (budget used up, or the retry would fall past
 * attemptsSince + MAX_RUN_AGE_MS). attemptsUsed counts attempts since the budget began (retryRun resets it).
 * The failure is user-facing (the run's `failure` in GraphQL).
 */
export function afterFailedAttempt(o: FailedAttemptInput): { retryAt: Date } | { failure: string } {
  const failed = `${o.attemptsUsed} ${o.attemptsUsed === 1 ? "attempt" : "attempts"} failed`;
  if (o.attemptsUsed >= o.maxAttempts) return { failure: failed };
  const delay = o.retryAfterMs ?? retryDelayMs(Math.max(1, o.attemptsUsed), o.random);
  const retryAt = o.now.getTime() + delay;
  if (retryAt > o.attemptsSince.getTime() + MAX_RUN_AGE_MS)
    return { failure: `the run is older than 24 h at its next attempt (${failed})` };
  return { retryAt: new Date(retryAt) };
}
