/**
 * The zone offset cache has a fixed size: asking for occurrences in every IANA zone, over years of
 * weeks each, leaves the heap about where it was (before, each zone kept up to 100,000 weeks, about
 * 13 MB, for the life of the process).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { occurrences, parseJobSpec } from "../../src/recurrence";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const WEEKS = 400;
const AFTER = new Date("2026-01-01T00:00:00Z");

describe("zone offset cache", () => {
  it(`stays bounded over every IANA zone, ${WEEKS} weeks each`, () => {
    const zones = Intl.supportedValuesOf("timeZone");
    expect(zones.length).toBeGreaterThan(300);
    const calendars = zones.map((zone) => {
      const parsed = parseJobSpec({ specification: "0 0 * * 1", location: zone });
      if (!parsed.ok) throw new Error(`${zone}: ${JSON.stringify(parsed.problems)}`);
      return parsed.value;
    });
    // Each zone's objects (luxon's and ours) exist before the measurement starts.
    for (const calendar of calendars) occurrences(calendar, { after: AFTER, first: 1 });

    const before = heapUsed();
    let count = 0;
    for (const calendar of calendars) count += occurrences(calendar, { after: AFTER, first: WEEKS }).length;
    const growth = heapUsed() - before;

    expect(count).toBe(zones.length * WEEKS);
    // ~167,000 weeks: about 18 MB when every week was kept; the fixed table takes none of the heap.
    expect(growth / 2 ** 20).toBeLessThan(6);
  });
});
