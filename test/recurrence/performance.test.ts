/** Cost depends on the number of occurrences asked for, not on how far `after` lies or on emptiness. */
import { describe, expect, it } from "vitest";
import { occurrences, parseCampaignSpec, parseIssuingSpec, parseJobSpec } from "../../src/recurrence/index";
import type { Calendar } from "../../src/recurrence/index";
import { ok } from "./helpers";

const NOW = new Date("2026-03-27T00:00:00Z");
const FAR = new Date("2200-03-27T00:00:00Z");

function time(fn: () => unknown, runs = 20): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

const never: [string, () => Calendar][] = [
  ["cron 0 0 31 2 *", () => ok(parseJobSpec({ specification: "0 0 31 2 *", location: "Europe/London" }))],
  ["cron 0 0 30 2 *", () => ok(parseJobSpec({ specification: "0 0 30 2 *" }))],
  [
    "campaign ANNUALLY February 31",
    () =>
      ok(
        parseCampaignSpec({
          type: "ANNUALLY",
          months: { type: "LIST", values: ["2"] },
          days: { type: "LIST", values: ["31"] },
          hours: { type: "LIST", values: ["9"] },
        }),
      ),
  ],
  [
    "campaign CALENDAR date in the past",
    () =>
      ok(parseCampaignSpec({ type: "CALENDAR", days: { type: "LIST", values: ["2021-03-02"] }, hours: { type: "LIST", values: ["0"] } })),
  ],
  [
    "campaign expiration behind after",
    () => ok(parseCampaignSpec({ type: "DAILY", hours: { type: "LIST", values: ["0"] }, expiration: new Date("2026-02-01T00:00:00Z") })),
  ],
  ["issuing NONE", () => ok(parseIssuingSpec({ scheduleType: "none" }))],
  [
    "issuing: every day excluded except the past",
    () => ok(parseIssuingSpec({ scheduleType: "irregular", irregularSchedule: ["2026-02-01"], nonIssuingDates: ["2026-02-01"] })),
  ],
];

describe("never-matching specs return [] fast", () => {
  for (const [name, make] of never) {
    it(name, () => {
      const calendar = make();
      const t0 = performance.now();
      expect(occurrences(calendar, { after: NOW, first: 1000 })).toEqual([]);
      expect(performance.now() - t0).toBeLessThan(50);
    });
  }

  it("a cron pattern matching once in 8 years around 2100 is found without walking hours", () => {
    const calendar = ok(parseJobSpec({ specification: "0 0 29 2 *" }));
    const t0 = performance.now();
    expect(occurrences(calendar, { after: new Date("2096-03-01T00:00:00Z"), first: 3 }).map((o) => o.at.getUTCFullYear())).toEqual([
      2104, 2108, 2112,
    ]);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe("far-future after costs about the same as now", () => {
  const calendars: [string, Calendar][] = [
    ["cron */5 London", ok(parseJobSpec({ specification: "*/5 * * * *", location: "Europe/London" }))],
    ["cron 0 9 * * 1-5 New York", ok(parseJobSpec({ specification: "0 9 * * 1-5", location: "America/New_York" }))],
    [
      "issuing every 2 weeks",
      ok(
        parseIssuingSpec({
          scheduleType: "custom",
          customSchedule: { issuingUnit: 2, frequency: "weekly", startDate: "2026-01-05", issuingTime: "08:00" },
          timeZone: "America/New_York",
        }),
      ),
    ],
  ];
  for (const [name, calendar] of calendars) {
    it(name, () => {
      const far = occurrences(calendar, { after: FAR, first: 10 });
      expect(far).toHaveLength(10);
      expect(far[0].at.getTime()).toBeGreaterThan(FAR.getTime());
      const tNow = time(() => occurrences(calendar, { after: NOW, first: 10 }), 200);
      const tFar = time(() => occurrences(calendar, { after: FAR, first: 10 }), 200);
      // Generous bound against timer noise; the benchmark shows ~1x.
      expect(tFar).toBeLessThan(Math.max(2 * tNow, 0.05) * 2);
    });
  }

  it("1000 occurrences take well under croner-like time", () => {
    const calendar = ok(parseJobSpec({ specification: "*/5 * * * *", location: "Europe/London" }));
    expect(time(() => occurrences(calendar, { after: NOW, first: 1000 }), 20)).toBeLessThan(20);
  });
});
