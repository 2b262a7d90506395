/**
 * The service's clock (src/clock.ts): the host's (corrected by the database's offset), or a simulated one
 * from CLOCK_START / CLOCK_RATE / CLOCK_ANCHOR_MS that processes given the same values agree on. The
 * host's clock is pinned (vi.setSystemTime), so every reading is exact.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClock } from "../src/clock";

const REAL = Date.parse("2026-12-01T12:00:00Z");

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(REAL);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the real clock", () => {
  it("reads the host's time, moved by the database's offset; rate 1", () => {
    const clock = createClock({});
    expect([clock.simulated, clock.rate, clock.now().getTime()]).toEqual([false, 1, REAL]);
    clock.setDatabaseOffset(-1500);
    expect(clock.now().getTime()).toBe(REAL - 1500);
    expect(clock.delayUntil(new Date(REAL + 1000))).toBe(2500);
    expect(clock.delayUntil(new Date(REAL - 5000))).toBe(0);
  });
});

describe("the simulated clock", () => {
  const env = { CLOCK_START: "2026-03-08T06:00:00Z", CLOCK_RATE: "3600", CLOCK_ANCHOR_MS: String(REAL) };
  const start = Date.parse(env.CLOCK_START);

  it("reads CLOCK_START at CLOCK_ANCHOR_MS and runs CLOCK_RATE times as fast, before the anchor too", () => {
    const clock = createClock(env);
    expect([clock.simulated, clock.rate, clock.now().getTime()]).toEqual([true, 3600, start]);
    vi.setSystemTime(REAL + 1000);
    expect(clock.now().toISOString()).toBe("2026-03-08T07:00:00.000Z");
    vi.setSystemTime(REAL - 250);
    expect(clock.now().toISOString()).toBe("2026-03-08T05:45:00.000Z");
  });

  it("is read alike by clocks made at different times from the same values", () => {
    const first = createClock(env);
    vi.setSystemTime(REAL + 7_777);
    const second = createClock(env);
    expect(second.now().getTime()).toBe(first.now().getTime());
    expect(second.now().getTime()).toBe(start + 7_777 * 3600);
  });

  it("starts at the process's start without an anchor", () => {
    const clock = createClock({ CLOCK_START: env.CLOCK_START, CLOCK_RATE: "10" });
    vi.setSystemTime(REAL + 100);
    expect(clock.now().getTime()).toBe(start + 1000);
  });

  it("answers real milliseconds until an instant (rounded up, so a timer never fires early), and ignores the database's offset", () => {
    const clock = createClock(env);
    clock.setDatabaseOffset(60_000);
    expect(clock.now().getTime()).toBe(start);
    expect(clock.delayUntil(new Date(start + 3_600_000))).toBe(1000);
    expect(clock.delayUntil(new Date(start + 1))).toBe(1);
    expect(clock.delayUntil(new Date(start))).toBe(0);
    expect(clock.delayUntil(new Date(start - 3_600_000))).toBe(0);
  });

  it("refuses values it cannot read", () => {
    expect(() => createClock({ CLOCK_START: "yesterday" })).toThrow('CLOCK_START must be an ISO instant, not "yesterday"');
    for (const rate of ["0", "-2", "fast", "2000000"]) {
      expect(() => createClock({ CLOCK_START: env.CLOCK_START, CLOCK_RATE: rate })).toThrow(`CLOCK_RATE must be a number above 0`);
    }
    expect(() => createClock({ CLOCK_START: env.CLOCK_START, CLOCK_ANCHOR_MS: "soon" })).toThrow(
      'CLOCK_ANCHOR_MS must be epoch milliseconds, not "soon"',
    );
  });
});
