/**
 * DST gaps and overlaps for every kind, in New York, London and Sydney (SEMANTICS.md common rules),
 * run twice: with the system clock pinned in January and in July, because luxon picks "today's"
 * offset for repeated local times when asked naively (STACK.md). The answers must not move.
 *
 * Transitions used (tz database):
 * - New York 2026-03-08 02:00 EST → 03:00 EDT (07:00Z); 2026-11-01 02:00 EDT → 01:00 EST (06:00Z);
 *   2025-11-02 02:00 EDT → 01:00 EST (06:00Z).
 * - London 2026-03-29 01:00 GMT → 02:00 BST (01:00Z); 2026-10-25 02:00 BST → 01:00 GMT (01:00Z).
 * - Sydney 2026-04-05 03:00 AEDT → 02:00 AEST (2026-04-04T16:00Z); 2026-10-04 02:00 AEST → 03:00 AEDT
 *   (2026-10-03T16:00Z).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DateTime } from "luxon";
import { clearZoneOffsetCache, occurrences, parseCampaignSpec, parseIssuingSpec, parseJobSpec } from "../../src/recurrence/index";
import type { Calendar } from "../../src/recurrence/index";
import { expectConsistent, ok, plain } from "./helpers";

const cron = (specification: string, location: string) => ok(parseJobSpec({ specification, location }));
const LIST = (values: string[], interval?: number) => ({ type: "LIST" as const, values, interval });
const o = (at: string, localDateTime: string, shifted = false) => ({ at, localDateTime, shifted });

interface DstCase {
  name: string;
  calendar: () => Calendar;
  after: string;
  first: number;
  expected: ReturnType<typeof o>[];
}

const cases: DstCase[] = [
  // ---- gaps ----
  {
    name: "cron 30 2 * * * New York spring gap: 02:30 → 03:30 EDT",
    calendar: () => cron("30 2 * * *", "America/New_York"),
    after: "2026-03-07T12:00:00Z",
    first: 2,
    expected: [o("2026-03-08T07:30:00Z", "2026-03-08T03:30:00-04:00", true), o("2026-03-09T06:30:00Z", "2026-03-09T02:30:00-04:00")],
  },
  {
    name: "cron 0 2 * * * Sydney spring gap: 02:00 → 03:00 AEDT",
    calendar: () => cron("0 2 * * *", "Australia/Sydney"),
    after: "2026-10-03T00:00:00Z",
    first: 2,
    expected: [o("2026-10-03T16:00:00Z", "2026-10-04T03:00:00+11:00", true), o("2026-10-04T15:00:00Z", "2026-10-05T02:00:00+11:00")],
  },
  {
    name: "campaign hours 2 and 3, New York spring: the shifted 02:00 meets 03:00, kept once unshifted",
    calendar: () => ok(parseCampaignSpec({ type: "DAILY", hours: LIST(["2", "3"]), timeZoneId: "America/New_York" })),
    after: "2026-03-08T00:00:00Z",
    first: 2,
    expected: [o("2026-03-08T07:00:00Z", "2026-03-08T03:00:00-04:00"), o("2026-03-09T06:00:00Z", "2026-03-09T02:00:00-04:00")],
  },
  {
    name: "campaign hour 1, London spring gap: 01:00 → 02:00 BST",
    calendar: () => ok(parseCampaignSpec({ type: "DAILY", hours: LIST(["1"]), timeZoneId: "Europe/London" })),
    after: "2026-03-28T12:00:00Z",
    first: 2,
    expected: [o("2026-03-29T01:00:00Z", "2026-03-29T02:00:00+01:00", true), o("2026-03-30T00:00:00Z", "2026-03-30T01:00:00+01:00")],
  },
  {
    name: "issuing daily 01:30, London spring gap: → 02:30 BST",
    calendar: () => ok(parseIssuingSpec({ scheduleType: "daily", dailySchedule: { issuingTime: "01:30" }, timeZone: "Europe/London" })),
    after: "2026-03-28T12:00:00Z",
    first: 1,
    expected: [o("2026-03-29T01:30:00Z", "2026-03-29T02:30:00+01:00", true)],
  },
  {
    name: "issuing custom daily 02:15, Sydney spring gap: → 03:15 AEDT",
    calendar: () =>
      ok(
        parseIssuingSpec({
          scheduleType: "custom",
          customSchedule: { issuingUnit: 1, frequency: "daily", startDate: "2026-10-01", issuingTime: "02:15" },
          timeZone: "Australia/Sydney",
        }),
      ),
    after: "2026-10-03T00:00:00Z",
    first: 1,
    expected: [o("2026-10-03T16:15:00Z", "2026-10-04T03:15:00+11:00", true)],
  },
  {
    name: "issuing non-issuing date compares the unshifted local date",
    calendar: () =>
      ok(
        parseIssuingSpec({
          scheduleType: "daily",
          dailySchedule: { issuingTime: "02:30" },
          nonIssuingDates: ["2026-03-08"],
          timeZone: "America/New_York",
        }),
      ),
    after: "2026-03-07T12:00:00Z",
    first: 1,
    expected: [o("2026-03-09T06:30:00Z", "2026-03-09T02:30:00-04:00")],
  },
  // ---- overlaps ----
  {
    name: "cron 30 1 * * * New York fall: once, first pass",
    calendar: () => cron("30 1 * * *", "America/New_York"),
    after: "2026-10-31T12:00:00Z",
    first: 2,
    expected: [o("2026-11-01T05:30:00Z", "2026-11-01T01:30:00-04:00"), o("2026-11-02T06:30:00Z", "2026-11-02T01:30:00-05:00")],
  },
  {
    name: "cron */30 * * * * New York fall: every hour fires in both passes (SEMANTICS.md example)",
    calendar: () => cron("*/30 * * * *", "America/New_York"),
    after: "2025-11-02T05:10:00Z",
    first: 4,
    expected: [
      o("2025-11-02T05:30:00Z", "2025-11-02T01:30:00-04:00"),
      o("2025-11-02T06:00:00Z", "2025-11-02T01:00:00-05:00"),
      o("2025-11-02T06:30:00Z", "2025-11-02T01:30:00-05:00"),
      o("2025-11-02T07:00:00Z", "2025-11-02T02:00:00-05:00"),
    ],
  },
  {
    name: "cron 0 1-3 * * * New York fall: named hours, 01:00 once",
    calendar: () => cron("0 1-3 * * *", "America/New_York"),
    after: "2026-11-01T04:30:00Z",
    first: 3,
    expected: [
      o("2026-11-01T05:00:00Z", "2026-11-01T01:00:00-04:00"),
      o("2026-11-01T07:00:00Z", "2026-11-01T02:00:00-05:00"),
      o("2026-11-01T08:00:00Z", "2026-11-01T03:00:00-05:00"),
    ],
  },
  {
    name: "campaign hour 1, London fall: once, first pass",
    calendar: () => ok(parseCampaignSpec({ type: "DAILY", hours: LIST(["1"]), timeZoneId: "Europe/London" })),
    after: "2026-10-24T12:00:00Z",
    first: 2,
    expected: [o("2026-10-25T00:00:00Z", "2026-10-25T01:00:00+01:00"), o("2026-10-26T01:00:00Z", "2026-10-26T01:00:00+00:00")],
  },
  {
    name: "campaign every hour (RANGE 0..23), London fall: both passes",
    calendar: () => ok(parseCampaignSpec({ type: "DAILY", hours: { type: "RANGE", values: ["0", "23"] }, timeZoneId: "Europe/London" })),
    after: "2026-10-24T23:30:00Z",
    first: 3,
    expected: [
      o("2026-10-25T00:00:00Z", "2026-10-25T01:00:00+01:00"),
      o("2026-10-25T01:00:00Z", "2026-10-25T01:00:00+00:00"),
      o("2026-10-25T02:00:00Z", "2026-10-25T02:00:00+00:00"),
    ],
  },
  {
    name: "campaign hours 1..23 is not every hour: London fall 01:00 once",
    calendar: () => ok(parseCampaignSpec({ type: "DAILY", hours: { type: "RANGE", values: ["1", "23"] }, timeZoneId: "Europe/London" })),
    after: "2026-10-24T23:30:00Z",
    first: 2,
    expected: [o("2026-10-25T00:00:00Z", "2026-10-25T01:00:00+01:00"), o("2026-10-25T02:00:00Z", "2026-10-25T02:00:00+00:00")],
  },
  {
    name: "issuing daily 02:30, Sydney fall: once, first pass (AEDT)",
    calendar: () => ok(parseIssuingSpec({ scheduleType: "daily", dailySchedule: { issuingTime: "02:30" }, timeZone: "Australia/Sydney" })),
    after: "2026-04-04T12:00:00Z",
    first: 2,
    expected: [o("2026-04-04T15:30:00Z", "2026-04-05T02:30:00+11:00"), o("2026-04-05T16:30:00Z", "2026-04-06T02:30:00+10:00")],
  },
  {
    name: "issuing monthly day 1 at 01:30, New York fall: first pass",
    calendar: () =>
      ok(
        parseIssuingSpec({
          scheduleType: "monthly",
          monthlySchedule: { issuingDay: 1, issuingTime: "01:30" },
          timeZone: "America/New_York",
        }),
      ),
    after: "2026-10-15T00:00:00Z",
    first: 2,
    expected: [o("2026-11-01T05:30:00Z", "2026-11-01T01:30:00-04:00"), o("2026-12-01T06:30:00Z", "2026-12-01T01:30:00-05:00")],
  },
  {
    name: "after inside the second pass of a repeated hour (every hour)",
    calendar: () => cron("*/30 * * * *", "America/New_York"),
    after: "2026-11-01T06:10:00Z",
    first: 2,
    expected: [o("2026-11-01T06:30:00Z", "2026-11-01T01:30:00-05:00"), o("2026-11-01T07:00:00Z", "2026-11-01T02:00:00-05:00")],
  },
];

for (const [season, now] of [
  ["January", "2026-01-15T12:00:00Z"],
  ["July", "2026-07-15T12:00:00Z"],
] as const) {
  describe(`DST with the system clock pinned in ${season}`, () => {
    beforeAll(() => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(now));
      clearZoneOffsetCache();
    });
    afterAll(() => {
      vi.useRealTimers();
    });

    it("the clock is pinned (luxon sees it)", () => {
      expect(DateTime.now().toMillis()).toBe(Date.parse(now));
    });

    for (const c of cases) {
      it(c.name, () => {
        const got = occurrences(c.calendar(), { after: new Date(c.after), first: c.first });
        expect(got.map(plain)).toEqual(c.expected);
        expectConsistent(got);
      });
    }
  });
}
