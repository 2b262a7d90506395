/** Campaign template schedules: every example of seed 000, the selector rules and validation. */
import { describe, expect, it } from "vitest";
import { parseCampaignSpec, validateCampaignSpec } from "../../src/recurrence/index";
import type { CampaignSpecInput, Clock } from "../../src/recurrence/index";
import { instants, locals, ok, problemsOf } from "./helpers";

const clock: Clock = { now: () => new Date("2025-06-01T00:00:00Z") };
const campaign = (spec: CampaignSpecInput) => ok(parseCampaignSpec(spec));
const problems = (spec: Partial<CampaignSpecInput> & { type: any }) => problemsOf(validateCampaignSpec(spec as CampaignSpecInput, clock));
const LIST = (values: string[], interval?: number) => ({ type: "LIST" as const, values, interval });
const RANGE = (values: string[], interval?: number) => ({ type: "RANGE" as const, values, interval });

describe("seed 000 examples", () => {
  it("hours: every three hours starting from 8AM, inclusive (LIST 8 interval 3)", () => {
    const c = campaign({ type: "DAILY", hours: LIST(["8"], 3), timeZoneId: "UTC" });
    expect(instants(c, "2026-01-01T00:00:00Z", 7)).toEqual([
      "2026-01-01T08:00:00Z",
      "2026-01-01T11:00:00Z",
      "2026-01-01T14:00:00Z",
      "2026-01-01T17:00:00Z",
      "2026-01-01T20:00:00Z",
      "2026-01-01T23:00:00Z",
      "2026-01-02T08:00:00Z",
    ]);
  });

  it("hours: 'business hours' RANGE 9..5 wraps past 23 (9–23 and 0–5)", () => {
    const c = campaign({ type: "DAILY", hours: RANGE(["9", "5"]), timeZoneId: "UTC" });
    const day = instants(c, "2025-12-31T23:59:00Z", 30, "2026-01-01T23:59:00Z").map((s) => +s.slice(11, 13));
    expect(day).toEqual([0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
  });

  it("hours: at 5AM, noon and 5PM (LIST 5,12,17)", () => {
    const c = campaign({ type: "DAILY", hours: LIST(["5", "12", "17"]), timeZoneId: "America/New_York" });
    expect(locals(c, "2026-07-01T12:00:00Z", 4)).toEqual([
      "2026-07-01T12:00:00-04:00",
      "2026-07-01T17:00:00-04:00",
      "2026-07-02T05:00:00-04:00",
      "2026-07-02T12:00:00-04:00",
    ]);
  });

  it("days: on Sundays (WEEKLY LIST 1, 1 = Sunday)", () => {
    const c = campaign({ type: "WEEKLY", days: LIST(["1"]), hours: LIST(["10"]), timeZoneId: "UTC" });
    // 2026-06-07 and 2026-06-14 are Sundays.
    expect(instants(c, "2026-06-01T00:00:00Z", 2)).toEqual(["2026-06-07T10:00:00Z", "2026-06-14T10:00:00Z"]);
  });

  it("days: the second to last day of the month (L-1)", () => {
    const c = campaign({ type: "MONTHLY", days: LIST(["L-1"]), hours: LIST(["9"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-01-01T00:00:00Z", 4)).toEqual([
      "2026-01-30T09:00:00Z",
      "2026-02-27T09:00:00Z",
      "2026-03-30T09:00:00Z",
      "2026-04-29T09:00:00Z",
    ]);
    expect(instants(c, "2028-02-01T00:00:00Z", 1)).toEqual(["2028-02-28T09:00:00Z"]);
  });

  it("days: from the 20th to the last day (RANGE 20..L)", () => {
    const c = campaign({ type: "MONTHLY", days: RANGE(["20", "L"]), hours: LIST(["9"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-04-29T00:00:00Z", 3)).toEqual(["2026-04-29T09:00:00Z", "2026-04-30T09:00:00Z", "2026-05-20T09:00:00Z"]);
    expect(instants(c, "2026-05-01T00:00:00Z", 20, "2026-05-31T23:00:00Z").length).toBe(12); // May 20–31
  });

  it("days: every March 2nd (ANNUALLY --03-02)", () => {
    const c = campaign({ type: "ANNUALLY", days: LIST(["--03-02"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-01-01T00:00:00Z", 2)).toEqual(["2026-03-02T00:00:00Z", "2027-03-02T00:00:00Z"]);
  });

  it("days: on March 2nd, 2021 (CALENDAR) — once, then never", () => {
    const c = campaign({ type: "CALENDAR", days: LIST(["2021-03-02"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2021-01-01T00:00:00Z", 5)).toEqual(["2021-03-02T00:00:00Z"]);
    expect(instants(c, "2021-03-02T00:00:00Z", 5)).toEqual([]);
  });

  it("months: on February and March (LIST 2,3)", () => {
    const c = campaign({ type: "ANNUALLY", months: LIST(["2", "3"]), days: LIST(["1"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-01-01T00:00:00Z", 3)).toEqual(["2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "2027-02-01T00:00:00Z"]);
  });

  it("months: quarterly, every 3 months starting in January (LIST 1 interval 3)", () => {
    const c = campaign({ type: "ANNUALLY", months: LIST(["1"], 3), days: LIST(["1"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2025-12-31T12:00:00Z", 5)).toEqual([
      "2026-01-01T00:00:00Z",
      "2026-04-01T00:00:00Z",
      "2026-07-01T00:00:00Z",
      "2026-10-01T00:00:00Z",
      "2027-01-01T00:00:00Z",
    ]);
  });

  it("months: every two months between July and December (RANGE 7..12 interval 2)", () => {
    const c = campaign({ type: "ANNUALLY", months: RANGE(["7", "12"], 2), days: LIST(["1"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-01-01T00:00:00Z", 4)).toEqual([
      "2026-07-01T00:00:00Z",
      "2026-09-01T00:00:00Z",
      "2026-11-01T00:00:00Z",
      "2027-07-01T00:00:00Z",
    ]);
  });

  it("timeZoneId CST runs at 1AM Chicago time", () => {
    const c = campaign({ type: "DAILY", hours: LIST(["1"]), timeZoneId: "CST" });
    expect(locals(c, "2026-01-10T00:00:00Z", 1)).toEqual(["2026-01-10T01:00:00-06:00"]);
  });
});

describe("selector rules", () => {
  it("a wrapping RANGE with an interval keeps stepping through the wrap", () => {
    const c = campaign({ type: "DAILY", hours: RANGE(["9", "5"], 2), timeZoneId: "UTC" });
    const hours = instants(c, "2025-12-31T23:59:00Z", 30, "2026-01-01T23:59:00Z").map((s) => +s.slice(11, 13));
    expect(hours).toEqual([1, 3, 5, 9, 11, 13, 15, 17, 19, 21, 23]);
  });

  it("a RANGE whose start is its end selects that one value (no wrap, not a duplicate)", () => {
    const c = campaign({ type: "DAILY", hours: RANGE(["5", "5"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-01-01T00:00:00Z", 3)).toEqual(["2026-01-01T05:00:00Z", "2026-01-02T05:00:00Z", "2026-01-03T05:00:00Z"]);
  });

  it("a weekday RANGE wraps past Saturday (6..2 = Friday to Monday)", () => {
    const c = campaign({ type: "WEEKLY", days: RANGE(["6", "2"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    // 2026-06-05 Friday, 06 Saturday, 07 Sunday, 08 Monday, then Friday 12.
    expect(instants(c, "2026-06-02T00:00:00Z", 5)).toEqual([
      "2026-06-05T00:00:00Z",
      "2026-06-06T00:00:00Z",
      "2026-06-07T00:00:00Z",
      "2026-06-08T00:00:00Z",
      "2026-06-12T00:00:00Z",
    ]);
  });

  it("RANGE 30..L is empty in February (decided as written, L read as 31)", () => {
    const c = campaign({ type: "MONTHLY", days: RANGE(["30", "L"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-02-01T00:00:00Z", 3)).toEqual(["2026-03-30T00:00:00Z", "2026-03-31T00:00:00Z", "2026-04-30T00:00:00Z"]);
  });

  it("a numbered day a month lacks does not fire that month", () => {
    const c = campaign({ type: "MONTHLY", days: LIST(["31"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-04-01T00:00:00Z", 2)).toEqual(["2026-05-31T00:00:00Z", "2026-07-31T00:00:00Z"]);
  });

  it("--02-29 fires in leap years only", () => {
    const c = campaign({ type: "ANNUALLY", days: LIST(["--02-29"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-01-01T00:00:00Z", 2)).toEqual(["2028-02-29T00:00:00Z", "2032-02-29T00:00:00Z"]);
  });

  it("--MM-DD dates are not crossed with each other's months", () => {
    const c = campaign({ type: "ANNUALLY", days: LIST(["--03-02", "--12-31"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(instants(c, "2026-01-01T00:00:00Z", 3)).toEqual(["2026-03-02T00:00:00Z", "2026-12-31T00:00:00Z", "2027-03-02T00:00:00Z"]);
  });

  it("the expiration is inclusive", () => {
    const c = campaign({
      type: "DAILY",
      hours: LIST(["9"]),
      timeZoneId: "UTC",
      expiration: new Date("2026-01-03T09:00:00Z"),
    });
    expect(instants(c, "2026-01-01T00:00:00Z", 10)).toEqual(["2026-01-01T09:00:00Z", "2026-01-02T09:00:00Z", "2026-01-03T09:00:00Z"]);
    expect(instants(c, "2026-01-03T09:00:00Z", 10)).toEqual([]);
  });

  it("ANNUALLY February 31st never fires, and says so fast", () => {
    const c = campaign({ type: "ANNUALLY", months: LIST(["2"]), days: LIST(["31"]), hours: LIST(["9"]), timeZoneId: "UTC" });
    const t0 = performance.now();
    expect(instants(c, "2026-01-01T00:00:00Z", 10)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe("campaign validation reports every problem with its path", () => {
  const paths = (list: { path: string[] }[]) => list.map((p) => p.path.join("."));

  it("months on a non-ANNUALLY type", () => {
    const p = problems({ type: "MONTHLY", months: LIST(["1"]), days: LIST(["1"]), hours: LIST(["0"]) });
    expect(p).toEqual([{ path: ["months"], message: expect.stringMatching(/only.*ANNUALLY/) }]);
  });

  it("days missing, and days on DAILY", () => {
    expect(paths(problems({ type: "WEEKLY", hours: LIST(["0"]) }))).toEqual(["days"]);
    expect(paths(problems({ type: "DAILY", days: LIST(["1"]), hours: LIST(["0"]) }))).toEqual(["days"]);
  });

  it("hours missing", () => {
    expect(problems({ type: "DAILY" })).toEqual([{ path: ["hours"], message: expect.stringMatching(/required/) }]);
  });

  it("RANGE with other than two values", () => {
    const p = problems({ type: "DAILY", hours: RANGE(["1", "2", "3"]) });
    expect(p).toEqual([{ path: ["hours", "values"], message: "A RANGE takes exactly two values: start and end" }]);
  });

  it("RANGE on CALENDAR and on --MM-DD dates", () => {
    expect(paths(problems({ type: "CALENDAR", days: RANGE(["2027-01-01", "2027-02-01"]), hours: LIST(["0"]) }))).toEqual(["days.type"]);
    expect(paths(problems({ type: "ANNUALLY", days: RANGE(["--01-01", "--02-01"]), hours: LIST(["0"]) }))).toEqual(["days.type"]);
  });

  it("interval below 1, and an interval on a LIST of more than one value", () => {
    expect(paths(problems({ type: "DAILY", hours: LIST(["1"], 0) }))).toEqual(["hours.interval"]);
    expect(paths(problems({ type: "DAILY", hours: LIST(["1", "2"], 2) }))).toEqual(["hours.interval"]);
  });

  it("values outside their domains", () => {
    const p = problems({ type: "DAILY", hours: LIST(["3", "24", "x"]) });
    expect(p).toEqual([
      { path: ["hours", "values", "1"], message: "Hour must be between 0 and 23" },
      { path: ["hours", "values", "2"], message: "Hour must be between 0 and 23" },
    ]);
    expect(paths(problems({ type: "WEEKLY", days: LIST(["0", "8", "7"]), hours: LIST(["0"]) }))).toEqual([
      "days.values.0",
      "days.values.1",
    ]);
    expect(paths(problems({ type: "MONTHLY", days: LIST(["0", "32", "L-31", "L-0", "L", "L-30", "31"]), hours: LIST(["0"]) }))).toEqual([
      "days.values.0",
      "days.values.1",
      "days.values.2",
      "days.values.3",
    ]);
    expect(paths(problems({ type: "ANNUALLY", months: LIST(["0", "13"]), days: LIST(["1"]), hours: LIST(["0"]) }))).toEqual([
      "months.values.0",
      "months.values.1",
    ]);
    expect(paths(problems({ type: "ANNUALLY", days: LIST(["--02-30", "--13-01", "03-02", "--02-29"]), hours: LIST(["0"]) }))).toEqual([
      "days.values.0",
      "days.values.1",
      "days.values.2",
    ]);
    expect(
      paths(problems({ type: "CALENDAR", days: LIST(["2026-02-29", "2026-13-01", "2026-1-1", "2028-02-29"]), hours: LIST(["0"]) })),
    ).toEqual(["days.values.0", "days.values.1", "days.values.2"]);
  });

  it("duplicates and empty value lists", () => {
    expect(paths(problems({ type: "DAILY", hours: LIST(["8", "08"]) }))).toEqual(["hours.values.1"]);
    expect(paths(problems({ type: "DAILY", hours: LIST([]) }))).toEqual(["hours.values"]);
  });

  it("expiration not after now, and an unknown zone", () => {
    const p = problems({
      type: "DAILY",
      hours: LIST(["0"]),
      expiration: new Date("2025-06-01T00:00:00Z"),
      timeZoneId: "Nowhere/Special",
    });
    expect(paths(p)).toEqual(["expiration", "timeZoneId"]);
  });

  it("all at once", () => {
    const p = problems({
      type: "WEEKLY",
      months: LIST(["1"]),
      days: LIST(["9"]),
      hours: RANGE(["1"], 0),
      timeZoneId: "nope",
    });
    expect(paths(p).sort()).toEqual(["days.values.0", "hours.interval", "hours.values", "months", "timeZoneId"]);
  });
});

describe("reads and writes", () => {
  const spec: CampaignSpecInput = {
    type: "DAILY",
    hours: { type: "LIST", values: [" 8 "], interval: null },
    expiration: new Date("2025-05-03T08:00:00Z"),
    timeZoneId: "CST",
  };

  it("a read parses a spec whose expiration has passed: it fires until then, no clock involved", () => {
    expect(instants(campaign(spec), "2025-05-01T00:00:00Z", 5)).toEqual(["2025-05-01T13:00:00Z", "2025-05-02T13:00:00Z"]);
  });

  it("a write refuses the same spec at a clock after its expiration, and accepts it before", () => {
    expect(problems(spec)).toEqual([{ path: ["expiration"], message: "The expiration must be in the future" }]);
    expect(validateCampaignSpec(spec, { now: () => new Date("2025-05-01T00:00:00Z") }).ok).toBe(true);
  });

  it("a write answers the canonical form to store: values trimmed, no null interval, the zone canonical", () => {
    const valid = validateCampaignSpec(spec, { now: () => new Date("2025-01-01T00:00:00Z") });
    expect(valid.ok && valid.value.spec).toEqual({
      type: "DAILY",
      months: null,
      days: null,
      hours: { type: "LIST", values: ["8"] },
      expiration: new Date("2025-05-03T08:00:00Z"),
      timeZoneId: "America/Chicago",
    });
  });
});
