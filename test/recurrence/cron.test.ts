/** Cron parsing, errors with positions, and field semantics (SEMANTICS.md "Job schedules"). */
import { describe, expect, it } from "vitest";
import { parseCronFields, parseJobSpec } from "../../src/recurrence/index";
import { instants, ok, problemsOf } from "./helpers";

const job = (specification: string, location: string | null = "UTC") => ok(parseJobSpec({ specification, location }));
const errorOf = (specification: string) => problemsOf(parseJobSpec({ specification, location: "UTC" }));

describe("cron parsing", () => {
  it("reads lists, ranges and steps", () => {
    const f = parseCronFields("0,30 9-17/4 1,15 */3 1-5");
    expect(f.minutes).toEqual([0, 30]);
    expect(f.hours).toEqual([9, 13, 17]);
    expect(f.daysOfMonth).toEqual([1, 15]);
    expect(f.months).toEqual([1, 4, 7, 10]);
    expect(f.weekdays).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads start/step as start to the field's maximum", () => {
    expect(parseCronFields("5/15 * * * *").minutes).toEqual([5, 20, 35, 50]);
    expect(parseCronFields("10-50/10 * * * *").minutes).toEqual([10, 20, 30, 40, 50]);
  });

  it("reads month and weekday names in any case, and 7 as Sunday", () => {
    const f = parseCronFields("0 0 * jan,Jul,DEC sun,Mon-fri");
    expect(f.months).toEqual([1, 7, 12]);
    expect(f.weekdays).toEqual([0, 1, 2, 3, 4, 5]);
    expect(parseCronFields("0 0 * * 7").weekdays).toEqual([0]);
    expect(parseCronFields("0 0 * * 0,7").weekdays).toEqual([0]);
  });

  it("ends a day-of-week range at Sunday on Sunday (7), and starts one at 7 on Sunday (0)", () => {
    expect(parseCronFields("0 0 * * MON-SUN").weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parseCronFields("0 0 * * 1-0").weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parseCronFields("0 0 * * FRI-SUN").weekdays).toEqual([0, 5, 6]);
    expect(parseCronFields("0 0 * * SUN-TUE").weekdays).toEqual([0, 1, 2]);
    expect(parseCronFields("0 0 * * 7-2").weekdays).toEqual([0, 1, 2]);
    expect(parseCronFields("0 0 * * SUN-SUN").weekdays).toEqual([0]);
    expect(parseCronFields("0 0 * * MON-SUN/2").weekdays).toEqual([0, 1, 3, 5]); // 1, 3, 5, 7: the range as written
  });

  it("steps over day of week from 0 to 6, 7 being only a name for Sunday", () => {
    expect(parseCronFields("0 0 * * MON/2").weekdays).toEqual([1, 3, 5]);
    expect(parseCronFields("0 0 * * */2").weekdays).toEqual([0, 2, 4, 6]);
    expect(parseCronFields("0 0 * * SUN/3").weekdays).toEqual([0, 3, 6]);
    expect(parseCronFields("0 0 * * 7/2").weekdays).toEqual([0, 2, 4, 6]);
    expect(parseCronFields("0 0 * * */7").weekdays).toEqual([0]);
    expect(errorOf("0 0 * * */8")).toEqual([
      { path: ["specification"], message: expect.stringMatching(/field 5 \(day-of-week\) step 8 is out of range 1-7/) },
    ]);
  });

  it("fires MON/2 in February 2013 on Mondays, Wednesdays and Fridays, never on Sunday", () => {
    expect(instants(job("0 0 * FEB MON/2"), "2013-01-31T00:00:00Z", 4)).toEqual([
      "2013-02-01T00:00:00Z", // Friday
      "2013-02-04T00:00:00Z", // Monday
      "2013-02-06T00:00:00Z", // Wednesday
      "2013-02-08T00:00:00Z", // Friday
    ]);
  });

  it("expands the macros", () => {
    const cases: Record<string, string> = {
      "@yearly": "0 0 1 1 *",
      "@annually": "0 0 1 1 *",
      "@monthly": "0 0 1 * *",
      "@weekly": "0 0 * * 0",
      "@daily": "0 0 * * *",
      "@midnight": "0 0 * * *",
      "@hourly": "0 * * * *",
    };
    for (const [macro, expanded] of Object.entries(cases)) {
      expect(parseCronFields(macro)).toEqual(parseCronFields(expanded));
    }
  });

  it("reads L and L-n in the day-of-month field", () => {
    const f = parseCronFields("0 0 L,L-2 * *");
    expect(f.lastDayOffsets).toEqual([0, 2]);
  });

  it("marks a field restricted unless it is exactly *", () => {
    expect(parseCronFields("0 0 * * *").dayOfMonthRestricted).toBe(false);
    expect(parseCronFields("0 0 */1 * *").dayOfMonthRestricted).toBe(true);
    expect(parseCronFields("0 0 * * 1").dayOfWeekRestricted).toBe(true);
  });
});

describe("cron errors name the field", () => {
  const cases: [string, RegExp][] = [
    ["0 24 * * *", /field 2 \(hour\) value 24 is out of range 0-23/],
    ["60 * * * *", /field 1 \(minute\) value 60 is out of range 0-59/],
    ["0 0 0 * *", /field 3 \(day-of-month\) value 0 is out of range 1-31/],
    ["0 0 32 * *", /field 3 \(day-of-month\).*32/],
    ["0 0 * 13 *", /field 4 \(month\) value 13 is out of range 1-12/],
    ["0 0 * * 8", /field 5 \(day-of-week\) value 8 is out of range 0-7/],
    ["5-1 * * * *", /field 1 \(minute\) range 5-1 is descending/],
    ["* * * FOO *", /field 4 \(month\) value "FOO"/],
    ["* * * * MON-", /field 5 \(day-of-week\) range "MON-" is malformed/],
    ["*/0 * * * *", /field 1 \(minute\) step 0/],
    ["* * L-31 * *", /field 3 \(day-of-month\)/],
    ["* * * * 5L", /field 5 \(day-of-week\)/],
    ["1,,2 * * * *", /field 1 \(minute\) has an empty list item/],
    ["* * * *", /expected 5 fields .* but found 4/],
    ["* * * * * *", /expected 5 fields .* but found 6/],
    ["", /empty/],
    ["@every_minute", /unknown macro/],
  ];
  for (const [spec, message] of cases) {
    it(JSON.stringify(spec), () => {
      const problems = errorOf(spec);
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toEqual(["specification"]);
      expect(problems[0].message).toMatch(/^Invalid cron expression: /);
      expect(problems[0].message).toMatch(message);
    });
  }

  it("reports an unknown location at ['location'], together with a bad specification", () => {
    const problems = problemsOf(parseJobSpec({ specification: "0 99 * * *", location: "Mars/Olympus" }));
    expect(problems.map((p) => p.path)).toEqual([["specification"], ["location"]]);
  });

  it("defaults the location to UTC", () => {
    expect(instants(job("0 12 * * *", null), "2026-01-01T00:00:00Z", 1)).toEqual(["2026-01-01T12:00:00Z"]);
  });
});

describe("cron semantics", () => {
  it("ORs day of month and day of week when both are restricted", () => {
    // June 2026: Monday the 1st, 8th, 15th; the 13th is a Saturday.
    expect(instants(job("0 0 13 * 1"), "2026-06-01T00:00:00Z", 4)).toEqual([
      "2026-06-08T00:00:00Z",
      "2026-06-13T00:00:00Z",
      "2026-06-15T00:00:00Z",
      "2026-06-22T00:00:00Z",
    ]);
  });

  it("uses only the restricted one when the other is *", () => {
    expect(instants(job("0 0 13 * *"), "2026-06-01T00:00:00Z", 2)).toEqual(["2026-06-13T00:00:00Z", "2026-07-13T00:00:00Z"]);
    // 2026-06-06 is a Saturday.
    expect(instants(job("0 0 * * 6"), "2026-06-01T00:00:00Z", 2)).toEqual(["2026-06-06T00:00:00Z", "2026-06-13T00:00:00Z"]);
  });

  it("fires L-n on the n-th day before the last, in months of 28 to 31 days", () => {
    expect(instants(job("0 0 L-1 * *"), "2026-01-01T00:00:00Z", 4)).toEqual([
      "2026-01-30T00:00:00Z",
      "2026-02-27T00:00:00Z",
      "2026-03-30T00:00:00Z",
      "2026-04-29T00:00:00Z",
    ]);
    expect(instants(job("0 0 L * *"), "2028-02-01T00:00:00Z", 1)).toEqual(["2028-02-29T00:00:00Z"]);
  });

  it("skips months lacking a numbered day", () => {
    expect(instants(job("0 0 31 * *"), "2026-01-31T00:00:00Z", 3)).toEqual([
      "2026-03-31T00:00:00Z",
      "2026-05-31T00:00:00Z",
      "2026-07-31T00:00:00Z",
    ]);
    expect(instants(job("0 0 30 * *"), "2026-01-30T00:00:00Z", 1)).toEqual(["2026-03-30T00:00:00Z"]);
  });

  it("fires February 29 only in leap years, including 2000-style centuries and not 2100", () => {
    expect(instants(job("0 0 29 2 *"), "2025-01-01T00:00:00Z", 3)).toEqual([
      "2028-02-29T00:00:00Z",
      "2032-02-29T00:00:00Z",
      "2036-02-29T00:00:00Z",
    ]);
    expect(instants(job("0 0 29 2 *"), "2097-01-01T00:00:00Z", 1)).toEqual(["2104-02-29T00:00:00Z"]);
  });

  it("steps minutes across hours and days", () => {
    expect(instants(job("*/20 * * * *"), "2026-12-31T23:30:00Z", 3)).toEqual([
      "2026-12-31T23:40:00Z",
      "2027-01-01T00:00:00Z",
      "2027-01-01T00:20:00Z",
    ]);
  });

  it("returns [] at once for a date that never exists", () => {
    const t0 = performance.now();
    expect(instants(job("0 0 31 2 *"), "2026-01-01T00:00:00Z", 10)).toEqual([]);
    expect(instants(job("0 0 30 2 *", "America/New_York"), "2026-01-01T00:00:00Z", 10)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
