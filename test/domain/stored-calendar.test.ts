/**
 * The cache of stored calendars: one compile per version of a row, a fixed bound on entries and on the
 * numbers they hold (least recently used out first), and a new version seen at once.
 */
import { describe, expect, it } from "vitest";
import { StoredCalendarCache } from "../../src/domain/stored-calendar";
import { calendarWeight, parseIssuingSpec, parseJobSpec, type Calendar } from "../../src/recurrence/index";

function calendar(parsed: ReturnType<typeof parseJobSpec>): Calendar {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const daily = calendar(parseJobSpec({ specification: "0 9 * * *" }));
const row = (id: string, version = 1, updatedAt = "2026-01-01T00:00:00Z") => ({ id, version, updatedAt: new Date(updatedAt) });

describe("StoredCalendarCache", () => {
  it("compiles a row once per version; an update (new version or updatedAt) is compiled at its first read", () => {
    const cache = new StoredCalendarCache(10);
    let compiles = 0;
    const compile = () => (compiles++, daily);
    for (let i = 0; i < 5; i++) cache.calendarOf("JobSchedule", row("a"), compile);
    expect(compiles).toBe(1);
    cache.calendarOf("JobSchedule", row("a", 2, "2026-01-02T00:00:00Z"), compile);
    expect(compiles).toBe(2);
    cache.calendarOf("JobSchedule", row("a", 2, "2026-01-03T00:00:00Z"), compile);
    expect(compiles).toBe(3);
    // The same id under another kind is another schedule.
    cache.calendarOf("IssuingSchedule", row("a", 2, "2026-01-03T00:00:00Z"), compile);
    expect(compiles).toBe(4);
    expect(cache.size).toBe(1);
    expect(cache.compiled).toBe(4);
  });

  it("keeps at most its maximum of entries, forgetting the least recently used", () => {
    const cache = new StoredCalendarCache(3);
    const compiled: string[] = [];
    const read = (id: string) => cache.calendarOf("JobSchedule", row(id), () => (compiled.push(id), daily));
    for (const id of ["a", "b", "c", "d", "e"]) read(id);
    expect(cache.size).toBe(3);
    read("c"); // cached; now the most recently used
    read("f"); // forgets d, the least recently used
    read("c");
    read("e");
    read("d");
    expect(compiled).toEqual(["a", "b", "c", "d", "e", "f", "d"]);
    expect(cache.size).toBe(3);
    for (let i = 0; i < 1000; i++) read(`row ${i}`);
    expect(cache.size).toBe(3);
  });

  it("keeps at most its maximum weight: calendars of many dates count for their dates", () => {
    const dates = Array.from({ length: 200 }, (_, i) => new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10));
    const parsed = parseIssuingSpec({ scheduleType: "irregular", irregularSchedule: dates });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const heavy = parsed.value;
    expect(calendarWeight(heavy)).toBeGreaterThan(500);
    expect(calendarWeight(daily)).toBeLessThan(20);
    const cache = new StoredCalendarCache(100, 2000);
    for (let i = 0; i < 10; i++) cache.calendarOf("IssuingSchedule", row(`heavy ${i}`), () => heavy);
    expect(cache.size).toBeLessThanOrEqual(Math.floor(2000 / calendarWeight(heavy)));
    for (let i = 0; i < 50; i++) cache.calendarOf("JobSchedule", row(`light ${i}`), () => daily);
    expect(cache.size).toBeLessThanOrEqual(100);
  });
});
