/** The ends of representable time and pre-standard-time offsets: every answer stays a valid instant. */
import { describe, expect, it } from "vitest";
import { occurrences, parseIssuingSpec, parseJobSpec, resolveTimeZone } from "../../src/recurrence/index";
import { LAST_INSTANT } from "../../src/recurrence/iterate";
import { expectConsistent, ok } from "./helpers";

describe("the last representable instant", () => {
  it("stops a 999-year custom schedule at year 9999 instead of producing an invalid date", () => {
    const calendar = ok(
      parseIssuingSpec({
        scheduleType: "custom",
        customSchedule: { issuingUnit: 999, frequency: "ANNUAL", startDate: "2027-01-01", issuingTime: "00:00" },
      }),
    );
    const list = occurrences(calendar, { after: new Date("2026-01-01T00:00:00Z"), first: 300 });
    // 2027, 3026, …, 9020: the next step (10019) lies past 9999-12-31
    expect(list.map((o) => o.at.getUTCFullYear())).toEqual([2027, 3026, 4025, 5024, 6023, 7022, 8021, 9020]);
    for (const o of list) expect(Number.isNaN(o.at.getTime())).toBe(false);
    expect(list.at(-1)!.at.getTime()).toBeLessThanOrEqual(LAST_INSTANT);
  });

  it("answers nothing after the last instant", () => {
    const calendar = ok(parseJobSpec({ specification: "* * * * *" }));
    expect(occurrences(calendar, { after: new Date(LAST_INSTANT), first: 5 })).toEqual([]);
    const last = occurrences(calendar, { after: new Date("9999-12-31T23:57:30Z"), first: 5 });
    expect(last.map((o) => o.at.toISOString())).toEqual(["9999-12-31T23:58:00.000Z", "9999-12-31T23:59:00.000Z"]);
  });
});

describe("local mean time before standard time", () => {
  it.each([
    ["Africa/Monrovia", "1971-06-01T00:00:00Z"], // −0:44:30
    ["Asia/Kolkata", "1900-01-01T00:00:00Z"], // +5:21:10
    ["America/New_York", "1800-01-01T00:00:00Z"], // −4:56:02
  ])("gives %s whole-minute offsets whose localDateTime denotes `at` exactly", (zone, after) => {
    const calendar = ok(parseJobSpec({ specification: "0 9 * * *", location: zone }));
    const list = occurrences(calendar, { after: new Date(after), first: 3 });
    expect(list).toHaveLength(3);
    expectConsistent(list);
  });
});

describe("renamed zones", () => {
  it.each([
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["asia/saigon", "Asia/Ho_Chi_Minh"],
    ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["US/Eastern", "America/New_York"],
  ])("stores %s under its current name %s", (input, canonical) => {
    expect(resolveTimeZone(input)).toBe(canonical);
  });

  it("keeps cities that the tz database merged into another zone", () => {
    expect(resolveTimeZone("Europe/Amsterdam")).toBe("Europe/Amsterdam");
    expect(resolveTimeZone("Europe/Stockholm")).toBe("Europe/Stockholm");
  });
});
