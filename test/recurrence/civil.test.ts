/** Calendar arithmetic the engine exports: ISO dates, and instants written as the DateTime scalar writes them. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FIRST_INSTANT, LAST_INSTANT, formatInstant, isIsoDate } from "../../src/recurrence/index";

describe("formatInstant", () => {
  it("writes what toISOString writes, without a zero fraction, for every instant of years 0000-9999", () => {
    const edges = [
      FIRST_INSTANT,
      LAST_INSTANT,
      0,
      -1,
      951_782_400_000,
      Date.UTC(2024, 1, 29, 23, 59, 59, 7),
      Date.UTC(100, 0, 1, 0, 0, 0, 40),
    ];
    for (const ms of edges) expect(formatInstant(ms)).toBe(new Date(ms).toISOString().replace(".000Z", "Z"));
    fc.assert(
      fc.property(fc.integer({ min: FIRST_INSTANT, max: LAST_INSTANT }), fc.boolean(), (ms, whole) => {
        const t = whole ? ms - (((ms % 1000) + 1000) % 1000) : ms;
        expect(formatInstant(t)).toBe(new Date(t).toISOString().replace(".000Z", "Z"));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isIsoDate", () => {
  it("accepts real dates written YYYY-MM-DD only", () => {
    expect(["2024-02-29", "0000-02-29", "2026-12-31", "9999-01-01"].every(isIsoDate)).toBe(true);
    expect(
      ["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026-01-01T00:00", ""].some(
        isIsoDate,
      ),
    ).toBe(false);
  });
});
