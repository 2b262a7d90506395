/**
 * previousOccurrence: the latest occurrence strictly before an instant (catch-up after downtime needs
 * it). Each kind, DST gaps and overlaps (the repeated-hour rule), `L`, expirations, non-issuing dates;
 * agreement with the forward iteration (previous(next(t)), and the last occurrence a forward walk over
 * a window before t finds); and a bounded cost for specs that never fired.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  nextOccurrence,
  occurrences,
  parseCampaignSpec,
  parseIssuingSpec,
  parseJobSpec,
  previousOccurrence,
  type Calendar,
  type CampaignSpecInput,
  type IssuingSpecInput,
} from "../../src/recurrence/index";
import { ok, plain } from "./helpers";

const job = (specification: string, location = "UTC") => ok(parseJobSpec({ specification, location }));
const campaign = (spec: CampaignSpecInput) => ok(parseCampaignSpec(spec));
const issuing = (spec: IssuingSpecInput) => ok(parseIssuingSpec(spec));
const LIST = (values: string[], interval?: number) => ({ type: "LIST" as const, values, interval });

function previous(calendar: Calendar, before: string) {
  const found = previousOccurrence(calendar, new Date(before));
  return found && plain(found);
}

const DAY_MS = 86_400_000;

/** The last occurrence in (before - days, before) by walking forward through every occurrence of the window. */
function lastByForwardWalk(calendar: Calendar, before: Date, days: number) {
  const until = new Date(before.getTime() - 1);
  let after = new Date(before.getTime() - days * DAY_MS);
  let last = null;
  for (;;) {
    const page = occurrences(calendar, { after, until, first: 1000 });
    if (page.length === 0) return last && plain(last);
    last = page[page.length - 1];
    after = last.at;
  }
}

describe("previousOccurrence, each kind", () => {
  it("job: the latest weekday 09:00 in New York before an instant, strictly before", () => {
    const weekdays = job("0 9 * * 1-5", "America/New_York");
    // Monday 2026-03-09 09:00 EDT is 13:00Z (DST began on the 8th); the Friday before was still EST.
    expect(previous(weekdays, "2026-03-09T13:00:00Z")).toEqual({
      at: "2026-03-06T14:00:00Z",
      localDateTime: "2026-03-06T09:00:00-05:00",
      shifted: false,
    });
    expect(previous(weekdays, "2026-03-09T13:00:00.001Z")).toEqual({
      at: "2026-03-09T13:00:00Z",
      localDateTime: "2026-03-09T09:00:00-04:00",
      shifted: false,
    });
  });

  it("job: `L` is the month's last day, February 29th in a leap year", () => {
    const last = job("0 0 L * *");
    expect(previous(last, "2026-03-15T00:00:00Z")?.at).toBe("2026-02-28T00:00:00Z");
    expect(previous(last, "2024-03-01T00:00:00Z")?.at).toBe("2024-02-29T00:00:00Z");
    expect(previous(job("0 0 L-2 * *"), "2026-05-01T00:00:00Z")?.at).toBe("2026-04-28T00:00:00Z");
  });

  it("campaign: weekly, monthly with L, annually by month and by date, calendar dates", () => {
    const sunday = campaign({ type: "WEEKLY", days: LIST(["1"]), hours: LIST(["8"]), timeZoneId: "UTC" });
    expect(previous(sunday, "2026-03-04T00:00:00Z")?.at).toBe("2026-03-01T08:00:00Z");
    const lastDay = campaign({ type: "MONTHLY", days: LIST(["L"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(previous(lastDay, "2026-03-15T00:00:00Z")?.at).toBe("2026-02-28T00:00:00Z");
    const februaryEnd = campaign({ type: "ANNUALLY", months: LIST(["2"]), days: LIST(["L"]), hours: LIST(["6"]), timeZoneId: "UTC" });
    expect(previous(februaryEnd, "2026-01-01T00:00:00Z")?.at).toBe("2025-02-28T06:00:00Z");
    const leapDay = campaign({ type: "ANNUALLY", days: LIST(["--02-29"]), hours: LIST(["0"]), timeZoneId: "UTC" });
    expect(previous(leapDay, "2027-06-01T00:00:00Z")?.at).toBe("2024-02-29T00:00:00Z");
    const dates = campaign({
      type: "CALENDAR",
      days: LIST(["2026-05-01", "2026-01-15"]),
      hours: LIST(["9", "17"]),
      timeZoneId: "Asia/Kolkata",
    });
    expect(previous(dates, "2026-04-01T00:00:00Z")).toEqual({
      at: "2026-01-15T11:30:00Z",
      localDateTime: "2026-01-15T17:00:00+05:30",
      shifted: false,
    });
    expect(previous(dates, "2026-01-15T03:30:00Z")).toBeNull();
  });

  it("campaign: nothing after the expiration (inclusive)", () => {
    const daily = campaign({ type: "DAILY", hours: LIST(["8"]), expiration: new Date("2026-01-03T08:00:00Z"), timeZoneId: "UTC" });
    expect(previous(daily, "2026-06-01T00:00:00Z")?.at).toBe("2026-01-03T08:00:00Z");
    expect(previous(daily, "2026-01-03T08:00:00Z")?.at).toBe("2026-01-02T08:00:00Z");
  });

  it("issuing: monthly clamped to the month's end, custom steps by weeks and months, irregular dates, none", () => {
    const monthly = issuing({ scheduleType: "monthly", monthlySchedule: { issuingDay: 31, issuingTime: "08:00" } });
    expect(previous(monthly, "2026-03-01T00:00:00Z")?.at).toBe("2026-02-28T08:00:00Z");
    const annual = issuing({ scheduleType: "annual", annualSchedule: { issuingMonth: "February", issuingDay: 29, issuingTime: "00:00" } });
    expect(previous(annual, "2026-03-01T00:00:00Z")?.at).toBe("2026-02-28T00:00:00Z");
    const fortnightly = issuing({
      scheduleType: "custom",
      customSchedule: { issuingUnit: 2, frequency: "weekly", startDate: "2026-01-05", issuingTime: "09:00" },
    });
    expect(previous(fortnightly, "2026-02-01T00:00:00Z")?.at).toBe("2026-01-19T09:00:00Z");
    expect(previous(fortnightly, "2026-01-05T09:00:00Z")).toBeNull();
    const monthEnd = issuing({
      scheduleType: "custom",
      customSchedule: { issuingUnit: 1, frequency: "monthly", startDate: "2026-01-31", issuingTime: "12:00" },
    });
    expect(previous(monthEnd, "2026-03-15T00:00:00Z")?.at).toBe("2026-02-28T12:00:00Z");
    const irregular = issuing({
      scheduleType: "irregular",
      irregularSchedule: ["2026-05-01T10:00", "2026-03-01"],
      timeZone: "Europe/London",
    });
    expect(previous(irregular, "2026-04-01T00:00:00Z")).toEqual({
      at: "2026-03-01T00:00:00Z",
      localDateTime: "2026-03-01T00:00:00+00:00",
      shifted: false,
    });
    expect(previous(irregular, "2026-06-01T00:00:00Z")).toEqual({
      at: "2026-05-01T09:00:00Z",
      localDateTime: "2026-05-01T10:00:00+01:00",
      shifted: false,
    });
    expect(previous(issuing({ scheduleType: "none" }), "2026-06-01T00:00:00Z")).toBeNull();
  });

  it("issuing: non-issuing dates are skipped", () => {
    const daily = issuing({
      scheduleType: "daily",
      dailySchedule: { issuingTime: "06:00" },
      nonIssuingDates: ["2026-01-01", "2026-01-02", "2026-01-03"],
    });
    expect(previous(daily, "2026-01-03T12:00:00Z")?.at).toBe("2025-12-31T06:00:00Z");
    expect(previous(daily, "2026-01-04T12:00:00Z")?.at).toBe("2026-01-04T06:00:00Z");
  });
});

describe("previousOccurrence across DST", () => {
  const at = (iso: string, localDateTime: string, shifted = false) => ({ at: iso, localDateTime, shifted });
  const cases: [string, () => Calendar, [string, ReturnType<typeof at>][]][] = [
    [
      "gap: a local time the spring-forward night lacks is the moved occurrence, shifted",
      () => job("30 2 * * *", "America/New_York"),
      [
        ["2026-03-08T12:00:00Z", at("2026-03-08T07:30:00Z", "2026-03-08T03:30:00-04:00", true)],
        ["2026-03-08T07:30:00Z", at("2026-03-07T07:30:00Z", "2026-03-07T02:30:00-05:00")],
      ],
    ],
    [
      "gap: when the moved occurrence lands on another one, the unshifted one is answered",
      () => job("30 2,3 * * *", "America/New_York"),
      [["2026-03-08T08:00:00Z", at("2026-03-08T07:30:00Z", "2026-03-08T03:30:00-04:00")]],
    ],
    [
      // Nuuk springs from 23:00 to 00:00 on 2026-03-28: the moved 23:30 is the next day's 00:30.
      "gap across midnight: the moved 23:30 lands on the next day's 00:30, answered unshifted",
      () => job("30 0,23 * * *", "America/Nuuk"),
      [
        ["2026-03-29T02:00:00Z", at("2026-03-29T01:30:00Z", "2026-03-29T00:30:00-01:00")],
        ["2026-03-29T01:30:00Z", at("2026-03-28T02:30:00Z", "2026-03-28T00:30:00-02:00")],
        ["2026-03-30T01:00:00Z", at("2026-03-30T00:30:00Z", "2026-03-29T23:30:00-01:00")],
      ],
    ],
    [
      "gap across midnight: an occurrence moved past the next day's first one is still the latest",
      () => issuing({ scheduleType: "irregular", irregularSchedule: ["2026-03-28T23:30", "2026-03-29T00:15"], timeZone: "America/Nuuk" }),
      [
        ["2026-03-29T01:45:00Z", at("2026-03-29T01:30:00Z", "2026-03-29T00:30:00-01:00", true)],
        ["2026-03-29T01:30:00Z", at("2026-03-29T01:15:00Z", "2026-03-29T00:15:00-01:00")],
      ],
    ],
    [
      "overlap: named hours fire once, at the earlier pass",
      () => job("30 1 * * *", "America/New_York"),
      [["2025-11-02T07:00:00Z", at("2025-11-02T05:30:00Z", "2025-11-02T01:30:00-04:00")]],
    ],
  ];
  for (const [title, calendar, expectations] of cases) {
    it(title, () => {
      const c = calendar();
      for (const [before, expected] of expectations) expect(previous(c, before)).toEqual(expected);
      // The same answers as the forward listing.
      for (const [, expected] of expectations)
        expect(plain(nextOccurrence(c, new Date(new Date(expected.at).getTime() - 1))!)).toEqual(expected);
    });
  }

  it("overlap: every hour fires in both passes of the repeated hour (SEMANTICS.md's example, read backward)", () => {
    const halfHourly = job("*/30 * * * *", "America/New_York");
    const back: string[] = [];
    let before = new Date("2025-11-02T07:00:01Z");
    for (let i = 0; i < 5; i++) {
      const found = previousOccurrence(halfHourly, before)!;
      back.push(found.localDateTime);
      before = found.at;
    }
    expect(back).toEqual([
      "2025-11-02T02:00:00-05:00",
      "2025-11-02T01:30:00-05:00",
      "2025-11-02T01:00:00-05:00",
      "2025-11-02T01:30:00-04:00",
      "2025-11-02T01:00:00-04:00",
    ]);
  });

  it("Lord Howe: a 30-minute gap and overlap", () => {
    // Australia/Lord_Howe moves between +10:30 and +11:00 at 02:00 local.
    const quarterHourly = job("*/15 1-2 * * *", "Australia/Lord_Howe");
    const forward = occurrences(quarterHourly, { after: new Date("2026-04-04T13:00:00Z"), first: 12 });
    for (let i = 1; i < forward.length; i++)
      expect(plain(previousOccurrence(quarterHourly, forward[i].at)!)).toEqual(plain(forward[i - 1]));
  });
});

describe("previousOccurrence agrees with the forward iteration", () => {
  const ZONES = [
    "UTC",
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "America/St_Johns",
    "UTC+05:45",
  ];
  // Each fires at least every 62 days, so a forward walk over 70 days before t finds the previous one.
  const CRONS = [
    "*/30 * * * *",
    "0 2 * * *",
    "30 1 * * *",
    "30 2 * * *",
    "0 */3 * * *",
    "15 10 * * MON-FRI",
    "0 0 L * *",
    "0 0 1,15 * *",
    "30 2 * * 0",
    "0 * * * *",
    "0 0 31 * *",
    "45 23 L-1 * *",
  ];
  const instant = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2080-01-01T00:00:00Z"), noInvalidDate: true });

  it("the last occurrence of a forward walk over the 70 days before t", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CRONS), fc.constantFrom(...ZONES), instant, (cron, zone, t) => {
        const calendar = job(cron, zone);
        expect(previous(calendar, t.toISOString())).toEqual(lastByForwardWalk(calendar, t, 70));
      }),
      { numRuns: 150 },
    );
  });

  it("previous(next(t) + 1 ms) is next(t), and next(previous(t)) is at or after t", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CRONS), fc.constantFrom(...ZONES), instant, (cron, zone, t) => {
        const calendar = job(cron, zone);
        const next = nextOccurrence(calendar, t)!;
        expect(plain(previousOccurrence(calendar, new Date(next.at.getTime() + 1))!)).toEqual(plain(next));
        const prior = previousOccurrence(calendar, t)!;
        expect(prior.at.getTime()).toBeLessThan(t.getTime());
        expect(nextOccurrence(calendar, prior.at)!.at.getTime()).toBeGreaterThanOrEqual(t.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it("campaign specs in DST zones: stepping back through a forward listing", () => {
    const subset = (lo: number, hi: number) =>
      fc.uniqueArray(fc.integer({ min: lo, max: hi }), { minLength: 1, maxLength: 6 }).map((a) => a.map(String));
    const spec = fc.oneof(
      fc.record({ type: fc.constant("DAILY" as const), hours: subset(0, 23) }),
      fc.record({ type: fc.constant("WEEKLY" as const), hours: subset(0, 23), days: subset(1, 7) }),
      fc.record({
        type: fc.constant("MONTHLY" as const),
        hours: subset(0, 23),
        days: fc.uniqueArray(fc.constantFrom("1", "15", "29", "31", "L", "L-3"), { minLength: 1, maxLength: 3 }),
      }),
    );
    fc.assert(
      fc.property(spec, fc.constantFrom(...ZONES), instant, fc.boolean(), (s, zone, t, everyHour) => {
        const calendar = campaign({
          type: s.type,
          hours: everyHour ? { type: "RANGE", values: ["0", "23"] } : LIST(s.hours),
          days: "days" in s ? LIST(s.days) : null,
          timeZoneId: zone,
        });
        const forward = occurrences(calendar, { after: t, first: 30 });
        for (let i = 1; i < forward.length; i++) expect(plain(previousOccurrence(calendar, forward[i].at)!)).toEqual(plain(forward[i - 1]));
      }),
      { numRuns: 150 },
    );
  });
});

describe("previousOccurrence ends fast", () => {
  it("answers null at once for specs that never fired before the instant, and finds far ones", () => {
    const never = [
      job("0 0 30 2 *"),
      campaign({ type: "CALENDAR", days: LIST(["2030-01-01"]), hours: LIST(["0"]), timeZoneId: "UTC" }),
      issuing({
        scheduleType: "custom",
        customSchedule: { issuingUnit: 3, frequency: "daily", startDate: "2030-01-01", issuingTime: "00:00" },
      }),
      issuing({ scheduleType: "irregular", irregularSchedule: ["2030-01-01"] }),
      job("0 0 29 2 *", "Pacific/Kiritimati"),
    ];
    const millennia = issuing({
      scheduleType: "custom",
      customSchedule: { issuingUnit: 999, frequency: "annual", startDate: "0001-01-01", issuingTime: "00:00" },
    });
    const started = performance.now();
    for (let i = 0; i < 100; i++) {
      expect(previousOccurrence(never[0], new Date("2026-01-01T00:00:00Z"))).toBeNull();
      expect(previousOccurrence(never[1], new Date("2026-01-01T00:00:00Z"))).toBeNull();
      expect(previousOccurrence(never[2], new Date("2026-01-01T00:00:00Z"))).toBeNull();
      expect(previousOccurrence(never[3], new Date("2026-01-01T00:00:00Z"))).toBeNull();
      // Leap days before the first instant a DateTime carries are not looked for.
      expect(previousOccurrence(never[4], new Date("0000-02-28T00:00:00Z"))).toBeNull();
      expect(plain(previousOccurrence(millennia, new Date("9999-12-31T00:00:00Z"))!).at).toBe("9991-01-01T00:00:00Z");
    }
    // Measured at about 5 ms for the 600 calls; the bound leaves room for a busy machine.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("answers null before the first instant a DateTime carries and after the end of time", () => {
    expect(previousOccurrence(job("0 0 * * *"), new Date("0000-01-01T00:00:00Z"))).toBeNull();
    expect(previous(job("0 0 * * *"), "0000-01-02T00:00:00Z")?.at).toBe("0000-01-01T00:00:00Z");
    expect(previous(job("59 23 31 12 *"), "+010000-01-01T00:00:00Z")?.at).toBe("9999-12-31T23:59:00Z");
    expect(previousOccurrence(job("0 0 * * *"), new Date(NaN))).toBeNull();
  });
});
