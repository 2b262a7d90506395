/**
 * The calendars of stored schedules. A stored spec is compiled once (the engine's parse; no clock:
 * "must be in the future" rules are checked when a schedule is written, so a stored schedule whose
 * dates have passed is still valid and simply fires no more) and kept in a bounded cache, least
 * recently used out first, keyed by the spec's stored fields themselves: a read of a page of
 * schedules compiles only specs it has not seen, a write (a new version) is compiled at its next read,
 * and so is a row changed behind the service's back (no version to trust). Rows with the same spec
 * share one calendar.
 */
import { calendarWeight, type Calendar, type Parsed } from "../recurrence";
import { LruCache } from "../recurrence/lru";

/**
 * At most this many calendars, holding at most this many numbers in all (calendarWeight, plus the key's
 * length in eights of characters): a few MB for 10,000 ordinary schedules, some tens of MB at most
 * when every entry holds thousands of dates or minutes.
 */
export const STORED_CALENDAR_CACHE = { maxEntries: 10_000, maxWeight: 2_000_000 };

export class StoredCalendarCache {
  private readonly entries: LruCache<string, Calendar>;
  /** How many specs were compiled (cache misses), for tests and measurements. */
  compiled = 0;

  constructor(maxEntries: number, maxWeight = Infinity) {
    this.entries = new LruCache(maxEntries, maxWeight);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The calendar of the spec `key` names: cached, or compiled by `compile` and cached. */
  calendarOf(key: string, compile: () => Calendar): Calendar {
    let calendar = this.entries.get(key);
    if (calendar === undefined) {
      calendar = compile();
      this.compiled++;
      this.entries.set(key, calendar, calendarWeight(calendar) + Math.ceil(key.length / 8));
    }
    return calendar;
  }
}

/** The process's cache of stored calendars (every kind). */
export const storedCalendars = new StoredCalendarCache(STORED_CALENDAR_CACHE.maxEntries, STORED_CALENDAR_CACHE.maxWeight);

/**
 * The calendar of a stored row of `kind` whose spec, as the engine takes it, is `spec`: compiled by
 * `parse` the first time this spec is read. A stored spec always parses; if it does not, the database
 * holds something no write produced, and the read fails (an internal error, logged).
 */
export function storedCalendar<S>(kind: string, id: string, spec: S, parse: (spec: S) => Parsed<Calendar>): Calendar {
  return storedCalendars.calendarOf(kind + JSON.stringify(spec), () => {
    const parsed = parse(spec);
    if (parsed.ok) return parsed.value;
    throw new Error(`Stored ${kind} ${id} does not parse: ${parsed.problems.map((p) => p.message).join("; ")}`);
  });
}
