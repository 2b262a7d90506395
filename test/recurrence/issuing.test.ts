/** Issuing schedules (seeds 001 and 004): each type, clamping, steps, exclusions, validation messages. */
import { describe, expect, it } from "vitest";
import { parseIssuingSpec, validateIssuingSpec } from "../../src/recurrence/index";
import type { Clock, IssuingSpecInput } from "../../src/recurrence/index";
import { instants, locals, ok, problemsOf } from "./helpers";

const clock: Clock = { now: () => new Date("2026-01-01T00:00:00Z") };
const issuing = (spec: IssuingSpecInput) => ok(parseIssuingSpec(spec));
const problems = (spec: Partial<IssuingSpecInput>) =>
  problemsOf(validateIssuingSpec({ scheduleType: "daily", ...spec } as IssuingSpecInput, clock));

describe("issuing occurrences", () => {
  it("DAILY issues every day at the issuing time, in the zone", () => {
    const c = issuing({ scheduleType: "daily", dailySchedule: { issuingTime: "06:15" }, timeZone: "Asia/Tokyo" });
    expect(locals(c, "2026-02-01T00:00:00Z", 2)).toEqual(["2026-02-02T06:15:00+09:00", "2026-02-03T06:15:00+09:00"]);
  });

  it("MONTHLY clamps a day past the month's end to its last day", () => {
    const c = issuing({ scheduleType: "MONTHLY", monthlySchedule: { issuingDay: 31, issuingTime: "09:00" } });
    expect(instants(c, "2026-01-01T00:00:00Z", 4)).toEqual([
      "2026-01-31T09:00:00Z",
      "2026-02-28T09:00:00Z",
      "2026-03-31T09:00:00Z",
      "2026-04-30T09:00:00Z",
    ]);
    expect(instants(c, "2028-02-01T00:00:00Z", 1)).toEqual(["2028-02-29T09:00:00Z"]);
  });

  it("ANNUAL February 29 issues on the 28th in common years", () => {
    const c = issuing({
      scheduleType: "Annual",
      annualSchedule: { issuingMonth: "february", issuingDay: 29, issuingTime: "00:00" },
    });
    expect(instants(c, "2026-01-01T00:00:00Z", 3)).toEqual(["2026-02-28T00:00:00Z", "2027-02-28T00:00:00Z", "2028-02-29T00:00:00Z"]);
  });

  it("CUSTOM every n days starts with the start date itself", () => {
    const c = issuing({
      scheduleType: "custom",
      customSchedule: { issuingUnit: 3, frequency: "daily", startDate: "2026-01-10", issuingTime: "12:00" },
    });
    expect(instants(c, "2026-01-01T00:00:00Z", 3)).toEqual(["2026-01-10T12:00:00Z", "2026-01-13T12:00:00Z", "2026-01-16T12:00:00Z"]);
    // Strictly after: the start itself excluded when `after` equals it.
    expect(instants(c, "2026-01-10T12:00:00Z", 1)).toEqual(["2026-01-13T12:00:00Z"]);
  });

  it("CUSTOM every 2 weeks", () => {
    const c = issuing({
      scheduleType: "CUSTOM",
      customSchedule: { issuingUnit: 2, frequency: "Weekly", startDate: "2026-01-05", issuingTime: "08:00" },
    });
    expect(instants(c, "2026-01-20T00:00:00Z", 2)).toEqual(["2026-02-02T08:00:00Z", "2026-02-16T08:00:00Z"]);
  });

  it("CUSTOM monthly keeps the start's day, clamped, without drift (Jan 31 → Feb 28 → Mar 31)", () => {
    const c = issuing({
      scheduleType: "CUSTOM",
      customSchedule: { issuingUnit: 1, frequency: "MONTHLY", startDate: "2026-01-31", issuingTime: "09:00" },
    });
    expect(instants(c, "2026-01-01T00:00:00Z", 5)).toEqual([
      "2026-01-31T09:00:00Z",
      "2026-02-28T09:00:00Z",
      "2026-03-31T09:00:00Z",
      "2026-04-30T09:00:00Z",
      "2026-05-31T09:00:00Z",
    ]);
  });

  it("CUSTOM every 3 months from a 30th", () => {
    const c = issuing({
      scheduleType: "CUSTOM",
      customSchedule: { issuingUnit: 3, frequency: "MONTHLY", startDate: "2025-11-30", issuingTime: "09:00" },
    });
    expect(instants(c, "2026-01-01T00:00:00Z", 3)).toEqual(["2026-02-28T09:00:00Z", "2026-05-30T09:00:00Z", "2026-08-30T09:00:00Z"]);
  });

  it("CUSTOM annual from February 29", () => {
    const c = issuing({
      scheduleType: "CUSTOM",
      customSchedule: { issuingUnit: 1, frequency: "ANNUAL", startDate: "2028-02-29", issuingTime: "09:00" },
    });
    expect(instants(c, "2026-01-01T00:00:00Z", 5)).toEqual([
      "2028-02-29T09:00:00Z",
      "2029-02-28T09:00:00Z",
      "2030-02-28T09:00:00Z",
      "2031-02-28T09:00:00Z",
      "2032-02-29T09:00:00Z",
    ]);
  });

  it("non-issuing dates remove days, clamped ones included, and apply to irregular dates", () => {
    const c = issuing({
      scheduleType: "daily",
      dailySchedule: { issuingTime: "09:00" },
      nonIssuingDates: ["2026-03-02", "2026-03-03"],
    });
    expect(instants(c, "2026-03-01T00:00:00Z", 2)).toEqual(["2026-03-01T09:00:00Z", "2026-03-04T09:00:00Z"]);
    const irregular = issuing({
      scheduleType: "irregular",
      irregularSchedule: ["2030-05-01", "2030-05-02T10:00"],
      nonIssuingDates: ["2030-05-01"],
    });
    expect(instants(irregular, "2026-01-01T00:00:00Z", 5)).toEqual(["2030-05-02T10:00:00Z"]);
  });

  it("IRREGULAR issues on its dates in order, date alone at 00:00 local", () => {
    const c = issuing({
      scheduleType: "IRREGULAR",
      irregularSchedule: ["2030-06-01T18:30", "2030-01-15", "2030-06-01T07:00"],
      timeZone: "Europe/London",
    });
    expect(locals(c, "2026-01-01T00:00:00Z", 10)).toEqual([
      "2030-01-15T00:00:00+00:00",
      "2030-06-01T07:00:00+01:00",
      "2030-06-01T18:30:00+01:00",
    ]);
  });

  it("NONE never issues", () => {
    const c = issuing({ scheduleType: "none" });
    expect(instants(c, "2026-01-01T00:00:00Z", 10)).toEqual([]);
  });

  it("ignores sub-schedules of other types (the API layer rejects them)", () => {
    const c = issuing({
      scheduleType: "daily",
      dailySchedule: { issuingTime: "09:00" },
      monthlySchedule: { issuingDay: 99, issuingTime: "nope" },
    });
    expect(instants(c, "2026-01-01T00:00:00Z", 1)).toEqual(["2026-01-01T09:00:00Z"]);
  });
});

describe("issuing validation messages (seed 001/004, verbatim)", () => {
  const one = (spec: Partial<IssuingSpecInput>) => {
    const p = problems(spec);
    expect(p).toHaveLength(1);
    return p[0];
  };

  it("scheduleType", () => {
    expect(one({ scheduleType: "weekly" })).toEqual({
      path: ["scheduleType"],
      message:
        "Invalid schedule frequency provided. Please provide one of the following values: none, daily, monthly, annual, irregular or custom",
    });
  });

  it("issuing day bounds", () => {
    expect(one({ scheduleType: "monthly", monthlySchedule: { issuingDay: 32, issuingTime: "09:00" } })).toEqual({
      path: ["monthlySchedule", "issuingDay"],
      message: "Issuing day cannot exceed 31",
    });
    expect(one({ scheduleType: "monthly", monthlySchedule: { issuingDay: 0, issuingTime: "09:00" } })).toEqual({
      path: ["monthlySchedule", "issuingDay"],
      message: "Issuing day must be 1 or more",
    });
  });

  it("issuing time", () => {
    const message = "Issuing time must be between 00:00 - 23:59 and specified as hours and minutes only";
    for (const t of ["24:00", "9:00", "09:60", "09:00:00", "", "noon"]) {
      expect(one({ scheduleType: "daily", dailySchedule: { issuingTime: t } })).toEqual({
        path: ["dailySchedule", "issuingTime"],
        message,
      });
    }
  });

  it("issuing month and impossible annual dates", () => {
    expect(one({ scheduleType: "annual", annualSchedule: { issuingMonth: "Jan", issuingDay: 1, issuingTime: "09:00" } })).toEqual({
      path: ["annualSchedule", "issuingMonth"],
      message: "Invalid month provided. Please provide the full string value e.g. January",
    });
    for (const [month, day] of [
      ["April", 31],
      ["February", 30],
    ] as const) {
      expect(one({ scheduleType: "annual", annualSchedule: { issuingMonth: month, issuingDay: day, issuingTime: "09:00" } })).toEqual({
        path: ["annualSchedule", "issuingDay"],
        message: "The date provided is invalid",
      });
    }
  });

  it("custom schedule fields", () => {
    const base = { issuingUnit: 1, frequency: "daily", startDate: "2026-01-01", issuingTime: "09:00" };
    expect(one({ scheduleType: "custom", customSchedule: { ...base, issuingUnit: 1000 } })).toEqual({
      path: ["customSchedule", "issuingUnit"],
      message: "Invalid IssuingUnit provided. Please provide a value between 1 - 999",
    });
    expect(one({ scheduleType: "custom", customSchedule: { ...base, issuingUnit: 0 } }).path).toEqual(["customSchedule", "issuingUnit"]);
    expect(one({ scheduleType: "custom", customSchedule: { ...base, frequency: "fortnightly" } })).toEqual({
      path: ["customSchedule", "frequency"],
      message: "Invalid frequency provided. Please provide daily, weekly, monthly or annual",
    });
    expect(one({ scheduleType: "custom", customSchedule: { ...base, startDate: "2026-02-30" } })).toEqual({
      path: ["customSchedule", "startDate"],
      message: "Invalid start date provided",
    });
  });

  it("non-issuing dates", () => {
    expect(one({ dailySchedule: { issuingTime: "09:00" }, nonIssuingDates: ["2026-01-01", "01/02/2026"] })).toEqual({
      path: ["nonIssuingDates", "1"],
      message: "Invalid date format non-issuing dates",
    });
  });

  it("irregular dates: invalid, then not in the future", () => {
    const p = problems({ scheduleType: "irregular", irregularSchedule: ["2030-02-30", "2025-12-31T23:59", "2031-01-01T10:00"] });
    expect(p).toEqual([
      { path: ["irregularSchedule", "0"], message: "The date provided is invalid" },
      { path: ["irregularSchedule", "1"], message: "Invalid dates provided, please provide a date in the future" },
    ]);
    // Local midnight in Los Angeles is 08:00Z, still in the future at 00:00Z.
    expect(
      validateIssuingSpec({ scheduleType: "irregular", irregularSchedule: ["2026-01-01T00:00"], timeZone: "America/Los_Angeles" }, clock)
        .ok,
    ).toBe(true);
  });

  it("unknown time zone", () => {
    expect(one({ dailySchedule: { issuingTime: "09:00" }, timeZone: "Somewhere/Else" })).toEqual({
      path: ["timeZone"],
      message: expect.stringMatching(/^Unknown time zone/),
    });
  });

  it("a missing sub-schedule for the type", () => {
    expect(one({ scheduleType: "DAILY" })).toEqual({
      path: ["dailySchedule"],
      message: "A daily schedule is required when the schedule type is daily",
    });
    expect(one({ scheduleType: "monthly" }).path).toEqual(["monthlySchedule"]);
    expect(one({ scheduleType: "annual" }).path).toEqual(["annualSchedule"]);
    expect(one({ scheduleType: "custom" }).path).toEqual(["customSchedule"]);
    expect(one({ scheduleType: "irregular" }).path).toEqual(["irregularSchedule"]);
  });

  it("reports every problem at once", () => {
    const p = problems({
      scheduleType: "custom",
      customSchedule: { issuingUnit: 0, frequency: "x", startDate: "y", issuingTime: "z" },
      nonIssuingDates: ["q"],
      timeZone: "nope",
    });
    expect(p.map((x) => x.path.join(".")).sort()).toEqual([
      "customSchedule.frequency",
      "customSchedule.issuingTime",
      "customSchedule.issuingUnit",
      "customSchedule.startDate",
      "nonIssuingDates.0",
      "timeZone",
    ]);
  });
});

describe("reads and writes", () => {
  it("a read parses irregular dates in the past (a stored schedule that fired them), a write refuses them", () => {
    const spec: IssuingSpecInput = {
      scheduleType: "irregular",
      irregularSchedule: ["2025-06-01T10:00", "2026-06-01"],
      timeZone: "Europe/London",
    };
    expect(instants(issuing(spec), "2025-01-01T00:00:00Z", 5)).toEqual(["2025-06-01T09:00:00Z", "2026-05-31T23:00:00Z"]);
    expect(problems(spec)).toEqual([
      { path: ["irregularSchedule", "0"], message: "Invalid dates provided, please provide a date in the future" },
    ]);
  });

  it("a write answers the canonical form to store: type and frequency upper-case, the month's English name, only the type's sub-schedule", () => {
    const annual = validateIssuingSpec(
      {
        scheduleType: " Annual ",
        annualSchedule: { issuingMonth: "fEBRUARY ", issuingDay: 29, issuingTime: "06:00" },
        dailySchedule: { issuingTime: "07:00" },
        nonIssuingDates: ["2028-02-29"],
        timeZone: "europe/london",
      },
      clock,
    );
    expect(annual.ok && annual.value.spec).toEqual({
      scheduleType: "ANNUAL",
      annualSchedule: { issuingMonth: "February", issuingDay: 29, issuingTime: "06:00" },
      nonIssuingDates: ["2028-02-29"],
      timeZone: "Europe/London",
    });
    const custom = validateIssuingSpec(
      { scheduleType: "custom", customSchedule: { issuingUnit: 2, frequency: "weekly ", startDate: "2026-01-05", issuingTime: "09:00" } },
      clock,
    );
    expect(custom.ok && custom.value.spec).toEqual({
      scheduleType: "CUSTOM",
      customSchedule: { issuingUnit: 2, frequency: "WEEKLY", startDate: "2026-01-05", issuingTime: "09:00" },
      nonIssuingDates: [],
      timeZone: "UTC",
    });
  });
});
