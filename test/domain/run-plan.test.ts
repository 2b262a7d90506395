/**
 * Which runs a schedule owes (src/domain/run-plan.ts), checked against the engine's own listing: for
 * (from, now] the occurrences `occurrences` lists are split by age, as SEMANTICS.md "Runs" says:
 * - younger than the grace: SCHEDULED (made on time);
 * - older: ALL makes those younger than the catch-up window CATCH_UP, LATEST the latest one, NONE none;
 * - the rest are missed: the latest 1,000 recorded (SKIPPED, MISSED), the older ones counted up to 100,000.
 * `expectedPlan` writes those rules out naively over the full listing; owedRuns must answer the same
 * instants, local date-times and `shifted` flags, for hand-picked edges and for random ones.
 *
 * Also `backfillOccurrences` (the listing of (after, until], at most 10,000) and `occurrenceAt` (an
 * instant read in the schedule's zone, for runNow).
 *
 * Transitions used (tz database): New York 2026-03-08 02:00 EST → 03:00 EDT (07:00Z), 2026-11-01 02:00
 * EDT → 01:00 EST (06:00Z); London 2026-03-29 01:00 GMT → 02:00 BST (01:00Z), 2026-10-25 02:00 BST →
 * 01:00 GMT (01:00Z), 2030-03-31 (the last day of March) 01:00 GMT → 02:00 BST (01:00Z); Sydney 2026-04-05
 * 03:00 AEDT → 02:00 AEST (2026-04-04T16:00Z).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BACKFILL_MAX,
  MISSED_CAP,
  MISSED_COUNT_LIMIT,
  backfillOccurrences,
  owedRuns,
  type CatchUp,
  type OwedRuns,
  type OwedRunsOptions,
} from "../../src/domain/run-plan";
import {
  type Calendar,
  type Occurrence,
  nextOccurrence,
  occurrenceAt,
  occurrences,
  parseCampaignSpec,
  parseIssuingSpec,
  parseJobSpec,
  type Parsed,
} from "../../src/recurrence/index";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

function ok<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`expected a valid spec, got ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}
const cron = (specification: string, location = "UTC") => ok(parseJobSpec({ specification, location }));
const LIST = (values: string[]) => ({ type: "LIST" as const, values });

const t = (iso: string) => new Date(iso).getTime();
const plain = (o: Occurrence) => ({ at: o.at.toISOString(), localDateTime: o.localDateTime, shifted: o.shifted });
const plainAll = (list: readonly Occurrence[]) => list.map(plain);

/** The engine's listing of (after, until], all of it. */
function listed(calendar: Calendar, after: number, until: number): Occurrence[] {
  return until > after ? occurrences(calendar, { after: new Date(after), until: new Date(until), first: 10_000_000 }) : [];
}

interface Options {
  from: number;
  now: number;
  windowMs?: number;
  graceMs?: number;
  catchUp?: CatchUp;
}

function optionsOf(o: Options): OwedRunsOptions {
  return {
    from: new Date(o.from),
    now: new Date(o.now),
    windowMs: o.windowMs ?? HOUR,
    graceMs: o.graceMs ?? MINUTE,
    catchUp: o.catchUp ?? "ALL",
  };
}

/** SEMANTICS.md's rules written out over the engine's full listing of (from, now]. */
function expectedPlan(calendar: Calendar, o: Options) {
  const { windowMs, graceMs, catchUp } = optionsOf(o);
  const all = listed(calendar, o.from, o.now);
  const scheduled = all.filter((x) => x.at.getTime() > o.now - graceMs);
  const late = all.filter((x) => x.at.getTime() <= o.now - graceMs);
  let caughtUp: Occurrence[] = [];
  let missed: Occurrence[] = late;
  if (catchUp === "ALL") {
    caughtUp = late.filter((x) => x.at.getTime() > o.now - windowMs);
    missed = late.filter((x) => x.at.getTime() <= o.now - windowMs);
  } else if (catchUp === "LATEST") {
    caughtUp = late.slice(-1);
    missed = late.slice(0, -1);
  }
  return {
    scheduled: plainAll(scheduled),
    catchUp: plainAll(caughtUp),
    missed: plainAll(missed.slice(Math.max(0, missed.length - MISSED_CAP))),
    missedUnrecorded: Math.min(Math.max(0, missed.length - MISSED_CAP), MISSED_COUNT_LIMIT),
    next: nextOccurrence(calendar, new Date(Math.max(o.from, o.now))),
  };
}

function plan(calendar: Calendar, o: Options): OwedRuns {
  return owedRuns(calendar, optionsOf(o));
}

function plainPlan(owed: OwedRuns) {
  return {
    scheduled: plainAll(owed.scheduled),
    catchUp: plainAll(owed.catchUp),
    missed: plainAll(owed.missed),
    missedUnrecorded: owed.missedUnrecorded,
    next: owed.next,
  };
}

/** owedRuns answers what the rules say, over the engine's own occurrences; answers the plan. */
function expectPlanAsListed(calendar: Calendar, o: Options) {
  const owed = plainPlan(plan(calendar, o));
  expect(owed).toEqual(expectedPlan(calendar, o));
  return owed;
}

const hourly = cron("0 * * * *");
const minutely = cron("* * * * *");
const dailyAtNine = cron("0 9 * * *");

describe("owedRuns: nothing is owed outside (from, now]", () => {
  it("owes nothing when from equals now, even at an occurrence's instant; next is the first after now", () => {
    for (const now of [t("2026-05-01T09:00:00Z"), t("2026-05-01T09:30:00.500Z")]) {
      const owed = plan(dailyAtNine, { from: now, now, catchUp: "LATEST" });
      expect(plainPlan(owed)).toEqual({
        scheduled: [],
        catchUp: [],
        missed: [],
        missedUnrecorded: 0,
        next: nextOccurrence(dailyAtNine, new Date(now)),
      });
      expect(owed.next!.at.getTime()).toBeGreaterThan(now);
    }
  });

  it("owes nothing when from is after now (a clock read behind the last pass); next is the first after from", () => {
    const owed = plan(hourly, { from: t("2026-05-01T12:30:00Z"), now: t("2026-05-01T10:00:00Z") });
    expect(plainPlan(owed)).toMatchObject({ scheduled: [], catchUp: [], missed: [], missedUnrecorded: 0 });
    expect(owed.next!.at.toISOString()).toBe("2026-05-01T13:00:00.000Z");
  });

  it("never owes the occurrence at from (runs exist up to it) and always owes the one at now", () => {
    const owed = expectPlanAsListed(hourly, { from: t("2026-05-01T09:00:00Z"), now: t("2026-05-01T10:00:00Z") });
    expect(owed.scheduled.map((o) => o.at)).toEqual(["2026-05-01T10:00:00.000Z"]);
    expect(owed.next?.at.toISOString()).toBe("2026-05-01T11:00:00.000Z");
  });
});

describe("owedRuns: the grace decides SCHEDULED", () => {
  const at = t("2026-05-01T09:00:00Z");

  it("an occurrence younger than the grace is SCHEDULED; one exactly as old as the grace is not", () => {
    const younger = expectPlanAsListed(dailyAtNine, { from: at - HOUR, now: at + MINUTE - 1 });
    expect(younger.scheduled.map((o) => o.at)).toEqual(["2026-05-01T09:00:00.000Z"]);
    expect(younger.catchUp).toEqual([]);

    const asOld = expectPlanAsListed(dailyAtNine, { from: at - HOUR, now: at + MINUTE });
    expect(asOld.scheduled).toEqual([]);
    expect(asOld.catchUp.map((o) => o.at)).toEqual(["2026-05-01T09:00:00.000Z"]);
  });

  it("a grace of 0 makes every owed occurrence a missed one, even one due at now", () => {
    for (const catchUp of ["NONE", "LATEST", "ALL"] as const) {
      const owed = expectPlanAsListed(dailyAtNine, { from: at - HOUR, now: at, graceMs: 0, catchUp });
      expect(owed.scheduled).toEqual([]);
      expect([...owed.catchUp, ...owed.missed].map((o) => o.at)).toEqual(["2026-05-01T09:00:00.000Z"]);
    }
  });

  it("a grace longer than the time since from makes all of it SCHEDULED, whatever the catch-up", () => {
    const from = t("2026-05-01T00:30:00Z");
    const now = t("2026-05-01T10:00:00Z");
    for (const catchUp of ["NONE", "LATEST", "ALL"] as const) {
      const owed = expectPlanAsListed(hourly, { from, now, graceMs: 12 * HOUR, catchUp });
      expect(owed.scheduled).toHaveLength(10);
      expect(owed).toMatchObject({ catchUp: [], missed: [], missedUnrecorded: 0 });
    }
  });

  it("a fast simulated clock's grace (5 real s × 3600) keeps an hour's lateness SCHEDULED", () => {
    const owed = expectPlanAsListed(hourly, { from: t("2026-05-01T08:59:00Z"), now: t("2026-05-01T10:30:00Z"), graceMs: 5_000 * 3600 });
    expect(owed.scheduled.map((o) => o.at)).toEqual(["2026-05-01T09:00:00.000Z", "2026-05-01T10:00:00.000Z"]);
  });
});

describe("owedRuns: the catch-up window", () => {
  // hourly, down from 00:30 to 10:00:30: 10 owed (01:00 … 10:00), 10:00 on time
  const from = t("2026-05-01T00:30:00Z");
  const now = t("2026-05-01T10:00:30Z");

  it("ALL: those younger than the window are CATCH_UP, older ones missed, the one within the grace SCHEDULED", () => {
    const owed = expectPlanAsListed(hourly, { from, now, windowMs: 3 * HOUR, catchUp: "ALL" });
    expect(owed.scheduled.map((o) => o.at)).toEqual(["2026-05-01T10:00:00.000Z"]);
    expect(owed.catchUp.map((o) => o.at)).toEqual(["2026-05-01T08:00:00.000Z", "2026-05-01T09:00:00.000Z"]);
    expect(owed.missed.map((o) => o.at)).toEqual([1, 2, 3, 4, 5, 6, 7].map((h) => `2026-05-01T0${h}:00:00.000Z`));
  });

  it("an occurrence exactly as old as the window is missed; one a millisecond younger is caught up", () => {
    const exactly = expectPlanAsListed(hourly, { from, now: t("2026-05-01T10:00:00Z"), windowMs: 2 * HOUR, graceMs: 0 });
    expect(exactly.catchUp.map((o) => o.at)).toEqual(["2026-05-01T09:00:00.000Z", "2026-05-01T10:00:00.000Z"]);
    expect(exactly.missed.at(-1)?.at).toBe("2026-05-01T08:00:00.000Z");
    const younger = expectPlanAsListed(hourly, { from, now: t("2026-05-01T10:00:00Z"), windowMs: 2 * HOUR + 1, graceMs: 0 });
    expect(younger.catchUp.map((o) => o.at)).toEqual(["2026-05-01T08:00:00.000Z", "2026-05-01T09:00:00.000Z", "2026-05-01T10:00:00.000Z"]);
  });

  it("a window of 0 catches nothing up: ALL records every late occurrence as missed", () => {
    const owed = expectPlanAsListed(hourly, { from, now, windowMs: 0, catchUp: "ALL" });
    expect(owed.catchUp).toEqual([]);
    expect(owed.missed).toHaveLength(9);
    expect(owed.scheduled).toHaveLength(1);
  });

  it("a window shorter than the grace catches nothing up either", () => {
    const owed = expectPlanAsListed(hourly, { from, now, windowMs: 30_000, graceMs: MINUTE, catchUp: "ALL" });
    expect(owed.catchUp).toEqual([]);
    expect(owed.missed).toHaveLength(9);
  });

  it("NONE: nothing is caught up; every late occurrence is missed, oldest first", () => {
    const owed = expectPlanAsListed(hourly, { from, now, windowMs: 3 * HOUR, catchUp: "NONE" });
    expect(owed.catchUp).toEqual([]);
    expect(owed.missed.map((o) => o.at)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((h) => `2026-05-01T0${h}:00:00.000Z`));
  });

  it("LATEST: the latest late occurrence is caught up, the others missed", () => {
    const owed = expectPlanAsListed(hourly, { from, now, windowMs: 3 * HOUR, catchUp: "LATEST" });
    expect(owed.catchUp.map((o) => o.at)).toEqual(["2026-05-01T09:00:00.000Z"]);
    expect(owed.missed).toHaveLength(8);
    expect(owed.missed.at(-1)?.at).toBe("2026-05-01T08:00:00.000Z");
  });

  it("LATEST with nothing inside the window catches up the latest missed occurrence all the same", () => {
    // daily at 09:00, paused from 2026-05-01T10:00 to 2026-05-04T12:00 (window 1 h): 2, 3, 4 May are owed
    const owed = expectPlanAsListed(dailyAtNine, {
      from: t("2026-05-01T10:00:00Z"),
      now: t("2026-05-04T12:00:00Z"),
      graceMs: 0,
      catchUp: "LATEST",
    });
    expect(owed.catchUp.map((o) => o.at)).toEqual(["2026-05-04T09:00:00.000Z"]);
    expect(owed.missed.map((o) => o.at)).toEqual(["2026-05-02T09:00:00.000Z", "2026-05-03T09:00:00.000Z"]);
  });

  it("LATEST with nothing missed at all makes nothing (not the occurrence at or before from)", () => {
    const owed = expectPlanAsListed(dailyAtNine, {
      from: t("2026-05-01T09:00:00Z"),
      now: t("2026-05-02T08:00:00Z"),
      graceMs: 0,
      catchUp: "LATEST",
    });
    expect(owed).toMatchObject({ scheduled: [], catchUp: [], missed: [], missedUnrecorded: 0 });
  });
});

describe("owedRuns: at most 1,000 missed occurrences recorded, up to 100,000 more counted", () => {
  it("a minutely schedule down for two days records the latest 1,000 missed and counts the others exactly", () => {
    const from = t("2026-05-01T00:00:00Z");
    const now = t("2026-05-03T00:00:30Z");
    for (const catchUp of ["NONE", "LATEST", "ALL"] as const) {
      const owed = expectPlanAsListed(minutely, { from, now, catchUp });
      expect(owed.missed).toHaveLength(MISSED_CAP);
      const made = owed.scheduled.length + owed.catchUp.length;
      expect(owed.missedUnrecorded).toBe(2 * 1440 - made - MISSED_CAP);
      // the recorded ones are the latest: the last one is the minute just before the first one made
      const firstMade = (owed.catchUp[0] ?? owed.scheduled[0]).at;
      expect(t(owed.missed.at(-1)!.at)).toBe(t(firstMade) - MINUTE);
      expect(t(owed.missed[0].at)).toBe(t(firstMade) - MISSED_CAP * MINUTE);
    }
  });

  it("exactly 1,000 missed: all recorded, none counted; 1,001: one counted", () => {
    const now = t("2026-05-10T00:00:00Z");
    // grace 0, window 0: every owed occurrence is missed; (from, now] holds `n` minutes
    for (const n of [MISSED_CAP - 1, MISSED_CAP, MISSED_CAP + 1]) {
      const owed = expectPlanAsListed(minutely, { from: now - n * MINUTE, now, graceMs: 0, windowMs: 0, catchUp: "NONE" });
      expect([owed.missed.length, owed.missedUnrecorded]).toEqual([Math.min(n, MISSED_CAP), Math.max(0, n - MISSED_CAP)]);
    }
  });

  it("the cap holds when the window itself holds more than 1,000 missed occurrences (NONE, a day's window)", () => {
    const now = t("2026-05-10T00:00:00Z");
    const owed = expectPlanAsListed(minutely, { from: now - DAY, now, windowMs: DAY, graceMs: 0, catchUp: "NONE" });
    expect([owed.missed.length, owed.missedUnrecorded]).toEqual([MISSED_CAP, 24 * 60 - MISSED_CAP]);
  });

  it("stops counting at MISSED_COUNT_LIMIT (a minutely schedule down for 80 days), in bounded time", () => {
    const now = t("2026-05-10T00:00:00Z");
    const started = performance.now();
    const owed = plan(minutely, { from: now - 80 * DAY, now, catchUp: "ALL" });
    const ms = performance.now() - started;
    expect(owed.missed).toHaveLength(MISSED_CAP);
    expect(owed.missedUnrecorded).toBe(MISSED_COUNT_LIMIT);
    expect(owed.catchUp).toHaveLength(59);
    expect(owed.scheduled).toHaveLength(1);
    const before = listed(minutely, now - HOUR - (MISSED_CAP + 1) * MINUTE, now - HOUR);
    expect(plainAll(owed.missed)).toEqual(plainAll(before.slice(1)));
    expect(ms).toBeLessThan(10_000);
  });

  it("reading 1,000 missed occurrences backward is a few listings, not 1,000 backward searches", () => {
    // two days of a minutely schedule in New York, across the spring-forward night
    const ny = cron("* * * * *", "America/New_York");
    const options = { from: t("2026-03-07T00:00:00Z"), now: t("2026-03-08T08:00:00Z"), catchUp: "NONE" as const };
    plan(ny, options);
    const started = performance.now();
    for (let i = 0; i < 5; i++) plan(ny, options);
    // each took ~400 ms with one previousOccurrence per missed occurrence; a few ms now
    expect((performance.now() - started) / 5).toBeLessThan(200);
    expectPlanAsListed(ny, options);
  });
});

describe("owedRuns: calendars that stop or never start", () => {
  it("a calendar that never fires owes nothing, and is due never, however long the downtime", () => {
    const never = [cron("0 0 30 2 *"), ok(parseIssuingSpec({ scheduleType: "none" }))];
    for (const calendar of never) {
      for (const catchUp of ["NONE", "LATEST", "ALL"] as const) {
        const owed = plan(calendar, { from: t("2000-01-01T00:00:00Z"), now: t("2026-05-01T00:00:00Z"), catchUp, graceMs: 0 });
        expect(plainPlan(owed)).toEqual({ scheduled: [], catchUp: [], missed: [], missedUnrecorded: 0, next: null });
      }
    }
  });

  it("an expiring campaign owes its occurrences up to the expiration (one exactly at it included), then nothing", () => {
    const expiring = ok(
      parseCampaignSpec({ type: "DAILY", hours: LIST(["6", "12", "18"]), expiration: new Date("2026-05-03T12:00:00Z"), timeZoneId: "UTC" }),
    );
    const from = t("2026-05-01T00:00:00Z");
    for (const catchUp of ["NONE", "LATEST", "ALL"] as const) {
      const owed = expectPlanAsListed(expiring, { from, now: t("2026-05-04T00:00:00Z"), graceMs: 0, catchUp });
      const all = [...owed.missed, ...owed.catchUp].map((o) => o.at);
      expect(all).toHaveLength(8);
      expect(all.at(-1)).toBe("2026-05-03T12:00:00.000Z");
      expect(owed.next).toBeNull();
    }
    // LATEST long after the expiration still finds the last occurrence
    const late = expectPlanAsListed(expiring, { from, now: t("2027-01-01T00:00:00Z"), graceMs: 0, catchUp: "LATEST" });
    expect(late.catchUp.map((o) => o.at)).toEqual(["2026-05-03T12:00:00.000Z"]);
    // the expiration within the grace: scheduled up to it, next null
    const onTime = expectPlanAsListed(expiring, { from: t("2026-05-03T11:00:00Z"), now: t("2026-05-03T12:00:30Z") });
    expect(onTime.scheduled.map((o) => o.at)).toEqual(["2026-05-03T12:00:00.000Z"]);
    expect(onTime.next).toBeNull();
  });

  it("a schedule whose first occurrence lies after now owes nothing and is due at that occurrence", () => {
    const later = cron("0 9 1 1 *");
    const owed = expectPlanAsListed(later, { from: t("2026-02-01T00:00:00Z"), now: t("2026-12-01T00:00:00Z"), graceMs: 0 });
    expect(owed.next?.at.toISOString()).toBe("2027-01-01T09:00:00.000Z");
    expect(owed.missed).toEqual([]);
  });
});

describe("owedRuns: DST", () => {
  it("the occurrence a spring-forward gap moves is owed at its shifted instant, shifted, on time or late", () => {
    const ny = cron("30 2 * * *", "America/New_York");
    const gap = { at: "2026-03-08T07:30:00.000Z", localDateTime: "2026-03-08T03:30:00-04:00", shifted: true };
    const onTime = expectPlanAsListed(ny, { from: t("2026-03-08T06:00:00Z"), now: t("2026-03-08T07:30:20Z") });
    expect(onTime.scheduled).toEqual([gap]);
    expect(onTime.next).toEqual({ at: new Date("2026-03-09T06:30:00Z"), localDateTime: "2026-03-09T02:30:00-04:00", shifted: false });

    const caughtUp = expectPlanAsListed(ny, { from: t("2026-03-08T06:00:00Z"), now: t("2026-03-08T08:00:00Z") });
    expect(caughtUp.catchUp).toEqual([gap]);
    const missed = expectPlanAsListed(ny, { from: t("2026-03-06T00:00:00Z"), now: t("2026-03-09T12:00:00Z"), catchUp: "NONE" });
    expect(missed.missed.map((o) => o.localDateTime)).toEqual([
      "2026-03-06T02:30:00-05:00",
      "2026-03-07T02:30:00-05:00",
      "2026-03-08T03:30:00-04:00",
      "2026-03-09T02:30:00-04:00",
    ]);
    expect(missed.missed.map((o) => o.shifted)).toEqual([false, false, true, false]);
  });

  it("the last day of the month in a gap (campaign L, London 2030-03-31 01:00) is owed shifted", () => {
    const lastDay = ok(parseCampaignSpec({ type: "MONTHLY", days: LIST(["L"]), hours: LIST(["1"]), timeZoneId: "Europe/London" }));
    const owed = expectPlanAsListed(lastDay, { from: t("2030-03-30T00:00:00Z"), now: t("2030-03-31T01:00:10Z") });
    expect(owed.scheduled).toEqual([{ at: "2030-03-31T01:00:00.000Z", localDateTime: "2030-03-31T02:00:00+01:00", shifted: true }]);
  });

  it("an every-hour schedule owes both passes of a fall-back's repeated hour; another one the first pass only", () => {
    const everyHour = cron("0 * * * *", "Europe/London");
    const night = { from: t("2026-10-24T22:30:00Z"), now: t("2026-10-25T02:30:00Z"), catchUp: "NONE" as const };
    const owed = expectPlanAsListed(everyHour, night);
    expect(owed.missed.map((o) => o.localDateTime)).toEqual([
      "2026-10-25T00:00:00+01:00",
      "2026-10-25T01:00:00+01:00",
      "2026-10-25T01:00:00+00:00",
      "2026-10-25T02:00:00+00:00",
    ]);
    const once = cron("30 1 * * *", "Europe/London");
    expect(expectPlanAsListed(once, night).missed).toEqual([
      { at: "2026-10-25T00:30:00.000Z", localDateTime: "2026-10-25T01:30:00+01:00", shifted: false },
    ]);
    // due next on the second pass while in the first
    const between = plan(everyHour, { from: t("2026-10-25T00:00:00Z"), now: t("2026-10-25T00:30:00Z") });
    expect(plain(between.next!)).toEqual({ at: "2026-10-25T01:00:00.000Z", localDateTime: "2026-10-25T01:00:00+00:00", shifted: false });
  });

  it("an issuing schedule skips its non-issuing dates and keeps one pass of a repeated time", () => {
    const issuing = ok(
      parseIssuingSpec({
        scheduleType: "daily",
        dailySchedule: { issuingTime: "02:30" },
        nonIssuingDates: ["2026-04-02"],
        timeZone: "Australia/Sydney",
      }),
    );
    const owed = expectPlanAsListed(issuing, { from: t("2026-03-31T00:00:00Z"), now: t("2026-04-05T00:00:00Z"), catchUp: "NONE" });
    expect(owed.missed.map((o) => o.localDateTime)).toEqual([
      "2026-04-01T02:30:00+11:00",
      "2026-04-03T02:30:00+11:00",
      "2026-04-04T02:30:00+11:00",
      "2026-04-05T02:30:00+11:00",
    ]);
  });
});

describe("owedRuns: random windows, calendars and options", () => {
  const calendars: [string, Calendar][] = [
    ["minutely", minutely],
    ["*/7 New York", cron("*/7 * * * *", "America/New_York")],
    ["30 2 New York", cron("30 2 * * *", "America/New_York")],
    ["every hour London", cron("0 * * * *", "Europe/London")],
    ["1:30 London", cron("30 1 * * *", "Europe/London")],
    ["every hour Sydney", cron("0 * * * *", "Australia/Sydney")],
    [
      "campaign L 1h London",
      ok(parseCampaignSpec({ type: "MONTHLY", days: LIST(["L", "1"]), hours: LIST(["1", "2"]), timeZoneId: "Europe/London" })),
    ],
    [
      "issuing daily Sydney",
      ok(
        parseIssuingSpec({
          scheduleType: "daily",
          dailySchedule: { issuingTime: "02:30" },
          nonIssuingDates: ["2026-04-03", "2026-10-05"],
          timeZone: "Australia/Sydney",
        }),
      ),
    ],
    [
      "campaign expiring",
      ok(parseCampaignSpec({ type: "DAILY", hours: LIST(["0", "13"]), expiration: new Date("2026-03-29T00:00:00Z"), timeZoneId: "UTC" })),
    ],
  ];
  /** Around the transitions above (and the month ends): days from there. */
  const anchors = [
    "2026-03-08T00:00:00Z",
    "2026-03-29T00:00:00Z",
    "2026-04-04T00:00:00Z",
    "2026-10-25T00:00:00Z",
    "2026-11-01T00:00:00Z",
  ].map(t);

  it("answers the rules over the engine's listing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: calendars.length - 1 }),
        fc.constantFrom(...anchors),
        fc.integer({ min: -2 * DAY, max: DAY }),
        fc.oneof(fc.integer({ min: 0, max: 3 * HOUR }), fc.integer({ min: 0, max: 4 * DAY })),
        fc.constantFrom(0, 30_000, HOUR, 3 * HOUR),
        fc.constantFrom(0, MINUTE, 5_000 * 600),
        fc.constantFrom<CatchUp>("NONE", "LATEST", "ALL"),
        (i, anchor, offset, span, windowMs, graceMs, catchUp) => {
          const from = anchor + offset;
          const options = { from, now: from + span, windowMs, graceMs, catchUp };
          const owed = plainPlan(plan(calendars[i][1], options));
          expect(owed, calendars[i][0]).toEqual(expectedPlan(calendars[i][1], options));
          // nothing listed is lost: made, recorded or counted
          expect(owed.scheduled.length + owed.catchUp.length + owed.missed.length + owed.missedUnrecorded).toBe(
            listed(calendars[i][1], options.from, options.now).length,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("backfillOccurrences", () => {
  it("lists (after, until] as the engine does: after excluded, until included", () => {
    const list = backfillOccurrences(hourly, new Date("2026-05-01T09:00:00Z"), new Date("2026-05-01T12:00:00Z"));
    expect(list?.map((o) => o.at.toISOString())).toEqual([
      "2026-05-01T10:00:00.000Z",
      "2026-05-01T11:00:00.000Z",
      "2026-05-01T12:00:00.000Z",
    ]);
  });

  it("lists across its pages of 1,000 with nothing doubled or lost, and with DST as the engine has it", () => {
    const cases: [Calendar, string, string][] = [
      [minutely, "2026-05-01T00:00:00Z", "2026-05-03T00:00:00Z"],
      [cron("*/3 * * * *", "America/New_York"), "2026-10-31T00:00:00Z", "2026-11-02T00:00:00Z"],
      [cron("30 2 * * *", "America/New_York"), "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"],
      [cron("0 * * * *", "Europe/London"), "2026-10-01T00:00:00Z", "2026-12-01T00:00:00Z"],
    ];
    for (const [calendar, after, until] of cases) {
      const list = backfillOccurrences(calendar, new Date(after), new Date(until));
      expect(list).not.toBeNull();
      expect(plainAll(list!)).toEqual(plainAll(listed(calendar, t(after), t(until))));
    }
    const gapYear = backfillOccurrences(cases[2][0], new Date(cases[2][1]), new Date(cases[2][2]))!;
    expect(gapYear.filter((o) => o.shifted).map(plain)).toEqual([
      { at: "2026-03-08T07:30:00.000Z", localDateTime: "2026-03-08T03:30:00-04:00", shifted: true },
    ]);
  });

  it("takes 10,000 occurrences and refuses 10,001", () => {
    const after = t("2026-05-01T00:00:00Z");
    const all = backfillOccurrences(minutely, new Date(after), new Date(after + BACKFILL_MAX * MINUTE));
    expect(all).toHaveLength(BACKFILL_MAX);
    expect(all!.at(-1)!.at.getTime()).toBe(after + BACKFILL_MAX * MINUTE);
    expect(backfillOccurrences(minutely, new Date(after), new Date(after + (BACKFILL_MAX + 1) * MINUTE))).toBeNull();
    // however far the window reaches
    expect(backfillOccurrences(minutely, new Date(after), new Date(t("2036-05-01T00:00:00Z")))).toBeNull();
  });

  it("lists nothing for a calendar that never fires, and stops at an expiration", () => {
    expect(backfillOccurrences(cron("0 0 31 4 *"), new Date(0), new Date(t("2026-05-01T00:00:00Z")))).toEqual([]);
    const expiring = ok(parseCampaignSpec({ type: "DAILY", hours: LIST(["12"]), expiration: new Date("2026-05-03T12:00:00Z") }));
    const list = backfillOccurrences(expiring, new Date(t("2026-05-01T00:00:00Z")), new Date(t("2026-06-01T00:00:00Z")));
    expect(list?.map((o) => o.at.toISOString())).toEqual([
      "2026-05-01T12:00:00.000Z",
      "2026-05-02T12:00:00.000Z",
      "2026-05-03T12:00:00.000Z",
    ]);
  });
});

describe("occurrenceAt (what runNow's run is for)", () => {
  const at = (calendar: Calendar, iso: string) => plain(occurrenceAt(calendar, new Date(iso)));
  const ny = cron("0 9 * * *", "America/New_York");

  it("reads the instant with the zone's offset at that instant: standard and daylight time", () => {
    expect(at(ny, "2026-01-15T14:00:00Z")).toEqual({
      at: "2026-01-15T14:00:00.000Z",
      localDateTime: "2026-01-15T09:00:00-05:00",
      shifted: false,
    });
    expect(at(ny, "2026-07-15T13:00:00Z")).toEqual({
      at: "2026-07-15T13:00:00.000Z",
      localDateTime: "2026-07-15T09:00:00-04:00",
      shifted: false,
    });
  });

  it("on either side of a transition, and in both passes of a repeated hour", () => {
    expect(at(ny, "2026-03-08T06:59:59Z").localDateTime).toBe("2026-03-08T01:59:59-05:00");
    expect(at(ny, "2026-03-08T07:00:00Z").localDateTime).toBe("2026-03-08T03:00:00-04:00");
    expect(at(ny, "2026-11-01T05:30:00Z").localDateTime).toBe("2026-11-01T01:30:00-04:00");
    expect(at(ny, "2026-11-01T06:30:00Z").localDateTime).toBe("2026-11-01T01:30:00-05:00");
  });

  it("with fixed offsets, UTC and a 45-minute zone", () => {
    const instant = "2026-03-08T07:00:00Z";
    expect(at(cron("0 0 * * *", "UTC+05:30"), instant).localDateTime).toBe("2026-03-08T12:30:00+05:30");
    expect(at(cron("0 0 * * *", "-03:00"), instant).localDateTime).toBe("2026-03-08T04:00:00-03:00");
    expect(at(cron("0 0 * * *", "UTC"), instant).localDateTime).toBe("2026-03-08T07:00:00+00:00");
    expect(at(cron("0 0 * * *", "Asia/Kathmandu"), instant).localDateTime).toBe("2026-03-08T12:45:00+05:45");
  });

  it("keeps milliseconds in the instant and drops them from the local date-time", () => {
    expect(at(ny, "2026-01-15T14:00:05.789Z")).toEqual({
      at: "2026-01-15T14:00:05.789Z",
      localDateTime: "2026-01-15T09:00:05-05:00",
      shifted: false,
    });
    expect(new Date(at(ny, "2026-01-15T14:00:05.789Z").localDateTime).getTime()).toBe(t("2026-01-15T14:00:05Z"));
  });

  it("at a listed occurrence's instant answers that occurrence (never shifted) across DST nights", () => {
    const calendars = [
      cron("*/20 * * * *", "America/New_York"),
      cron("0 * * * *", "Europe/London"),
      cron("30 2 * * *", "America/New_York"),
    ];
    for (const calendar of calendars) {
      for (const [after, until] of [
        ["2026-03-07T00:00:00Z", "2026-03-10T00:00:00Z"],
        ["2026-10-24T00:00:00Z", "2026-11-02T00:00:00Z"],
      ]) {
        for (const o of listed(calendar, t(after), t(until))) {
          expect(at(calendar, o.at.toISOString())).toEqual({ ...plain(o), shifted: false });
        }
      }
    }
  });
});
