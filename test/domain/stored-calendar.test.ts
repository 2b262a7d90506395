/**
 * The cache of stored calendars: one compile per stored spec, a fixed bound on entries and on the
 * numbers they hold (least recently used out first), a changed spec seen at once.
 */
import { describe, expect, it } from "vitest";
import { StoredCalendarCache, storedCalendar, storedCalendars } from "../../src/domain/stored-calendar";
import { calendarWeight, parseIssuingSpec, parseJobSpec, type Calendar } from "../../src/recurrence/index";

function calendar(parsed: ReturnType<typeof parseJobSpec>): Calendar {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const daily = calendar(parseJobSpec({ specification: "0 9 * * *" }));

describe("StoredCalendarCache", () => {
  it("compiles a spec once, and a changed spec at its first read", () => {
    const cache = new StoredCalendarCache(10);
    let compiles = 0;
    const compile = () => (compiles++, daily);
    for (let i = 0; i < 5; i++) cache.calendarOf("a", compile);
    expect(compiles).toBe(1);
    cache.calendarOf("a changed", compile);
    expect(compiles).toBe(2);
    expect(cache.size).toBe(2);
    expect(cache.compiled).toBe(2);
  });

  it("keeps at most its maximum of entries, forgetting the least recently used", () => {
    const cache = new StoredCalendarCache(3);
    const compiled: string[] = [];
    const read = (key: string) => cache.calendarOf(key, () => (compiled.push(key), daily));
    for (const key of ["a", "b", "c", "d", "e"]) read(key);
    expect(cache.size).toBe(3);
    read("c"); // cached; now the most recently used
    read("f"); // forgets d, the least recently used
    read("c");
    read("e");
    read("d");
    expect(compiled).toEqual(["a", "b", "c", "d", "e", "f", "d"]);
    for (let i = 0; i < 1000; i++) read(`spec ${i}`);
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
    for (let i = 0; i < 10; i++) cache.calendarOf(`heavy ${i}`, () => heavy);
    expect(cache.size).toBeLessThanOrEqual(Math.floor(2000 / calendarWeight(heavy)));
    for (let i = 0; i < 50; i++) cache.calendarOf(`light ${i}`, () => daily);
    expect(cache.size).toBeLessThanOrEqual(100);
  });
});

describe("storedCalendar", () => {
  it("compiles rows of one spec once, a row whose spec changed again, and refuses a spec no write produces", () => {
    const before = storedCalendars.compiled;
    const read = (id: string, specification: string) =>
      storedCalendar("JobSchedule", id, { specification, location: "Europe/Paris" }, parseJobSpec);
    const first = read("job 1", "15 4 * * *");
    expect(read("job 2", "15 4 * * *")).toBe(first);
    expect(storedCalendars.compiled).toBe(before + 1);
    expect(read("job 1", "15 5 * * *")).not.toBe(first);
    expect(storedCalendars.compiled).toBe(before + 2);
    expect(() => read("job 3", "not cron")).toThrow(/^Stored JobSchedule job 3 does not parse: Invalid cron expression/);
  });
});
