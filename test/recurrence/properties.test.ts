/**
 * Property tests (fast-check): ordering, window bounds, prefix stability, and agreement with a tiny
 * brute-force matcher that walks local days and hours (written here, independent of the engine).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import { occurrences, parseCampaignSpec } from "../../src/recurrence/index";
import type { CampaignSpecInput } from "../../src/recurrence/index";

const ZONES = ["UTC", "America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo", "UTC-03:30"];
const FIXED = ["UTC", "Asia/Kolkata", "Asia/Tokyo", "UTC-03:30"];

const subset = (lo: number, hi: number) =>
  fc.uniqueArray(fc.integer({ min: lo, max: hi }), { minLength: 1, maxLength: 6 }).map((a) => a.map(String));

const spec = (zones: string[]) =>
  fc.oneof(
    fc.record({
      type: fc.constant("DAILY" as const),
      hours: subset(0, 23),
      zone: fc.constantFrom(...zones),
      days: fc.constant([] as string[]),
    }),
    fc.record({ type: fc.constant("WEEKLY" as const), hours: subset(0, 23), zone: fc.constantFrom(...zones), days: subset(1, 7) }),
    fc.record({
      type: fc.constant("MONTHLY" as const),
      hours: subset(0, 23),
      zone: fc.constantFrom(...zones),
      days: fc.uniqueArray(fc.constantFrom("1", "2", "15", "28", "29", "30", "31", "L", "L-1", "L-3"), { minLength: 1, maxLength: 4 }),
    }),
  );

type Spec = { type: "DAILY" | "WEEKLY" | "MONTHLY"; hours: string[]; zone: string; days: string[] };

function input(s: Spec, expiration?: Date): CampaignSpecInput {
  return {
    type: s.type,
    hours: { type: "LIST", values: s.hours },
    days: s.type === "DAILY" ? null : { type: "LIST", values: s.days },
    timeZoneId: s.zone,
    expiration: expiration ?? null,
  };
}

/** Whether a local date matches the spec's day selector (brute force, via luxon). */
function dayMatches(s: Spec, local: DateTime): boolean {
  if (s.type === "DAILY") return true;
  if (s.type === "WEEKLY") return s.days.includes(String((local.weekday % 7) + 1)); // luxon 7 = Sunday
  const last = local.daysInMonth!;
  return s.days.some((d) => (d.startsWith("L") ? local.day === last - (d === "L" ? 0 : +d.slice(2)) : local.day === +d));
}

const afterArb = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-01-01T00:00:00Z"), noInvalidDate: true });

describe("occurrence properties", () => {
  it("strictly increasing, strictly after `after`, within until, prefix-stable", () => {
    fc.assert(
      fc.property(
        spec(ZONES),
        afterArb,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (s, after, n, k, untilDays) => {
          const parsed = parseCampaignSpec(input(s));
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
          const long = occurrences(parsed.value, { after, first: n + k });
          const short = occurrences(parsed.value, { after, first: n });
          expect(short).toEqual(long.slice(0, n));
          let prev = after.getTime();
          for (const o of long) {
            expect(o.at.getTime()).toBeGreaterThan(prev);
            prev = o.at.getTime();
          }
          const until = new Date(after.getTime() + untilDays * 86_400_000);
          const bounded = occurrences(parsed.value, { after, first: n + k, until });
          for (const o of bounded) expect(o.at.getTime()).toBeLessThanOrEqual(until.getTime());
          expect(bounded).toEqual(long.filter((o) => o.at <= until).slice(0, bounded.length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never after the expiration", () => {
    fc.assert(
      fc.property(spec(ZONES), afterArb, fc.integer({ min: 1, max: 90 * 24 }), (s, after, hours) => {
        const expiration = new Date(after.getTime() + hours * 3_600_000);
        const parsed = parseCampaignSpec(input(s, expiration));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        for (const o of occurrences(parsed.value, { after, first: 200 })) {
          expect(o.at.getTime()).toBeLessThanOrEqual(expiration.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });

  it("every result matches the spec (DST zones included): local minute 0, selected hour and day", () => {
    fc.assert(
      fc.property(spec(ZONES), afterArb, (s, after) => {
        const parsed = parseCampaignSpec(input(s));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const zone = parsed.value.zone;
        for (const o of occurrences(parsed.value, { after, first: 50 })) {
          const local = DateTime.fromJSDate(o.at, { zone });
          expect(local.minute).toBe(0);
          // A shifted occurrence names the local hour the gap skipped: one hour earlier on the wall clock
          // (these zones' gaps are one hour long, between 01:00 and 03:00, so the day is the same).
          const namedHour = o.shifted ? local.hour - 1 : local.hour;
          expect(s.hours).toContain(String(namedHour));
          expect(dayMatches(s, local)).toBe(true);
          if (o.shifted) expect(local.offset).not.toBe(local.minus({ hours: 1 }).offset);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("equals a brute-force walk over local days and hours (zones without DST)", () => {
    fc.assert(
      fc.property(spec(FIXED), afterArb, fc.integer({ min: 1, max: 70 }), (s, after, days) => {
        const parsed = parseCampaignSpec(input(s));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const zone = parsed.value.zone;
        const until = new Date(after.getTime() + days * 86_400_000);
        const expected: number[] = [];
        let day = DateTime.fromJSDate(after, { zone }).startOf("day").minus({ days: 1 });
        const end = DateTime.fromJSDate(until, { zone }).endOf("day");
        for (; day <= end; day = day.plus({ days: 1 })) {
          if (!dayMatches(s, day)) continue;
          for (let h = 0; h < 24; h++) {
            if (!s.hours.includes(String(h))) continue;
            const t = day.set({ hour: h }).toMillis();
            if (t > after.getTime() && t <= until.getTime()) expected.push(t);
          }
        }
        const got = occurrences(parsed.value, { after, until, first: 1000 }).map((o) => o.at.getTime());
        expect(got).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
