/**
 * What an attempt's answer means and when the next attempt is (src/domain/delivery-plan.ts), as
 * SEMANTICS.md "Runs" says: 2xx delivers, 410 is gone, anything else is retried after 5 s, 30 s, 2 min,
 * 10 min, 30 min, 1 h, 2 h, then doubling, each ±20%, or after the receiver's Retry-After; a run fails
 * when its attempts are used up or its next attempt would come more than 24 h after its first.
 */
import { describe, expect, it } from "vitest";
import {
  afterFailedAttempt,
  DEFAULT_MAX_ATTEMPTS,
  MAX_RUN_AGE_MS,
  retryAfterMs,
  retryDelayMs,
  verdictOf,
} from "../../src/domain/delivery-plan";

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
/** The base delay after each failed attempt, 1-based. */
const EXPECTED = [5 * S, 30 * S, 2 * MIN, 10 * MIN, 30 * MIN, H, 2 * H, 4 * H, 8 * H, 16 * H];

const always = (value: number) => () => value;

describe("verdictOf", () => {
  it("answers DELIVERED for every 2xx, GONE for 410, RETRY for anything else or no answer", () => {
    for (const status of [200, 201, 202, 204, 299]) expect(verdictOf(status)).toBe("DELIVERED");
    expect(verdictOf(410)).toBe("GONE");
    for (const status of [100, 199, 300, 301, 302, 304, 400, 401, 404, 409, 429, 500, 502, 503]) expect(verdictOf(status)).toBe("RETRY");
    expect(verdictOf(null)).toBe("RETRY");
  });
});

describe("retryDelayMs", () => {
  it("waits 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, then doubles, within ±20%", () => {
    EXPECTED.forEach((base, index) => {
      const attempt = index + 1;
      expect(retryDelayMs(attempt, always(0.5)), `attempt ${attempt}`).toBe(base);
      expect(retryDelayMs(attempt, always(0)), `attempt ${attempt}, lowest`).toBe(Math.round(base * 0.8));
      expect(retryDelayMs(attempt, always(0.999999)), `attempt ${attempt}, highest`).toBeLessThanOrEqual(base * 1.2);
      expect(retryDelayMs(attempt, always(0.999999))).toBeGreaterThan(base * 1.19);
      for (let i = 0; i < 200; i++) {
        const delay = retryDelayMs(attempt, Math.random);
        expect(delay).toBeGreaterThanOrEqual(base * 0.8);
        expect(delay).toBeLessThanOrEqual(base * 1.2);
      }
    });
  });

  it("spreads the delays (jitter), and stays finite however many attempts failed", () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, Math.random)));
    expect(delays.size).toBeGreaterThan(40);
    const late = retryDelayMs(10_000, always(0.5));
    expect(Number.isFinite(late)).toBe(true);
    expect(late).toBe(MAX_RUN_AGE_MS);
  });

  it("refuses an attempt number below 1", () => {
    expect(() => retryDelayMs(0, Math.random)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5, Math.random)).toThrow(RangeError);
  });
});

describe("retryAfterMs", () => {
  const now = new Date("2026-03-08T07:30:00.000Z");

  it("reads delta-seconds", () => {
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP-date, relative to now (IMF-fixdate, RFC 850, asctime)", () => {
    expect(retryAfterMs("Sun, 08 Mar 2026 07:32:00 GMT", now)).toBe(120_000);
    expect(retryAfterMs("Sunday, 08-Mar-26 07:31:00 GMT", now)).toBe(60_000);
    expect(retryAfterMs("Sun Mar  8 07:30:30 2026", now)).toBe(30_000);
  });

  it("caps at 24 h", () => {
    expect(retryAfterMs("999999999999", now)).toBe(MAX_RUN_AGE_MS);
    expect(retryAfterMs("Fri, 01 Jan 2100 00:00:00 GMT", now)).toBe(MAX_RUN_AGE_MS);
  });

  it("answers null when absent, unparsable or negative", () => {
    for (const header of [null, undefined, "", "  ", "soon", "-5", "1.5", "12abc", "2026-03-08T07:32:00Z", "Sun, 32 Foo 2026 07:32:00 GMT"])
      expect(retryAfterMs(header, now), String(header)).toBeNull();
    expect(retryAfterMs("Sun, 08 Mar 2026 07:29:00 GMT", now)).toBeNull();
  });
});

describe("afterFailedAttempt", () => {
  const since = new Date("2026-03-08T07:30:00.000Z");
  const at = (ms: number) => new Date(since.getTime() + ms);

  it("retries after the computed delay of the attempts used", () => {
    const now = at(10 * S);
    for (let used = 1; used < DEFAULT_MAX_ATTEMPTS; used++) {
      const next = afterFailedAttempt({
        attemptsUsed: used,
        maxAttempts: DEFAULT_MAX_ATTEMPTS,
        attemptsSince: since,
        now,
        retryAfterMs: null,
        random: always(0.5),
      });
      expect(next).toEqual({ retryAt: new Date(now.getTime() + EXPECTED[used - 1]) });
    }
  });

  it("retries after the receiver's Retry-After instead, not jittered", () => {
    const now = at(S);
    for (const random of [always(0), always(0.5), always(0.99)]) {
      const next = afterFailedAttempt({ attemptsUsed: 1, maxAttempts: 8, attemptsSince: since, now, retryAfterMs: 90_000, random });
      expect(next).toEqual({ retryAt: new Date(now.getTime() + 90_000) });
    }
  });

  it("fails once the attempts are used up", () => {
    const now = at(5 * H);
    expect(
      afterFailedAttempt({ attemptsUsed: 8, maxAttempts: 8, attemptsSince: since, now, retryAfterMs: null, random: always(0.5) }),
    ).toEqual({
      failure: "8 attempts failed",
    });
    expect(
      afterFailedAttempt({ attemptsUsed: 1, maxAttempts: 1, attemptsSince: since, now, retryAfterMs: null, random: always(0.5) }),
    ).toEqual({
      failure: "1 attempt failed",
    });
    // A budget lowered below the attempts already made fails at the next failure.
    expect(
      afterFailedAttempt({ attemptsUsed: 5, maxAttempts: 3, attemptsSince: since, now, retryAfterMs: null, random: always(0.5) }),
    ).toEqual({
      failure: "5 attempts failed",
    });
  });

  it("fails when the retry would fall past 24 h after the attempts began", () => {
    // 7 failed, 22 h in: the next delay (2 h × 1.2 = 2.4 h) would pass 24 h.
    const late = afterFailedAttempt({
      attemptsUsed: 7,
      maxAttempts: 20,
      attemptsSince: since,
      now: at(22 * H),
      retryAfterMs: null,
      random: always(0.99),
    });
    expect(late).toEqual({ failure: "the run is older than 24 h at its next attempt (7 attempts failed)" });
    // The same with the lowest jitter (1.6 h) still fits.
    const fits = afterFailedAttempt({
      attemptsUsed: 7,
      maxAttempts: 20,
      attemptsSince: since,
      now: at(22 * H),
      retryAfterMs: null,
      random: always(0),
    });
    expect(fits).toEqual({ retryAt: at(22 * H + 1.6 * H) });
    // A Retry-After past the limit fails too; one landing exactly on it does not.
    expect(
      afterFailedAttempt({
        attemptsUsed: 2,
        maxAttempts: 8,
        attemptsSince: since,
        now: at(23 * H),
        retryAfterMs: H + 1,
        random: always(0.5),
      }),
    ).toEqual({
      failure: "the run is older than 24 h at its next attempt (2 attempts failed)",
    });
    expect(
      afterFailedAttempt({ attemptsUsed: 2, maxAttempts: 8, attemptsSince: since, now: at(23 * H), retryAfterMs: H, random: always(0.5) }),
    ).toEqual({
      retryAt: at(24 * H),
    });
  });

  it("fails past 24 h at any attempt count", () => {
    const next = afterFailedAttempt({
      attemptsUsed: 1,
      maxAttempts: 8,
      attemptsSince: since,
      now: at(MAX_RUN_AGE_MS),
      retryAfterMs: null,
      random: always(0.5),
    });
    expect(next).toEqual({ failure: "the run is older than 24 h at its next attempt (1 attempt failed)" });
  });
});
