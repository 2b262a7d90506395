/**
 * The calendars of stored schedules. A stored row is compiled once per version (the engine's parse of
 * its spec; no clock: "must be in the future" rules are checked when a schedule is written, so a stored
 * schedule whose dates have passed is still valid and simply fires no more) and kept in a bounded cache,
 * least recently used out first: a read of a page of schedules compiles only what changed since it was
 * last read. A write raises the row's version (and its updatedAt), so the next read compiles the new spec.
 */
import { calendarWeight, type Calendar, type Parsed } from "../recurrence";
import { LruCache } from "../recurrence/lru";

/** What identifies one version of a stored row. */
export interface StoredRow {
  id: string;
  version: number;
  updatedAt: Date;
}

interface Entry {
  kind: string;
  version: number;
  updatedAt: number;
  calendar: Calendar;
}

/**
 * At most this many calendars, holding at most this many numbers in all (calendarWeight): a few MB for
 * 10,000 daily crons, some tens of MB at most when every entry holds thousands of dates or minutes.
 */
export const STORED_CALENDAR_CACHE = { maxEntries: 10_000, maxWeight: 2_000_000 };

export class StoredCalendarCache {
  private readonly entries: LruCache<string, Entry>;
  /** How many rows were compiled (cache misses), for tests and measurements. */
  compiled = 0;

  constructor(maxEntries: number, maxWeight = Infinity) {
    this.entries = new LruCache(maxEntries, maxWeight);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The calendar of this version of a row of `kind`: cached, or compiled by `compile` and cached. */
  calendarOf<R extends StoredRow>(kind: string, row: R, compile: (row: R) => Calendar): Calendar {
    // Keyed by id alone (no key string built per read); an id of another kind is a miss.
    const updatedAt = row.updatedAt.getTime();
    const entry = this.entries.get(row.id);
    if (entry !== undefined && entry.version === row.version && entry.updatedAt === updatedAt && entry.kind === kind) return entry.calendar;
    const calendar = compile(row);
    this.compiled++;
    this.entries.set(row.id, { kind, version: row.version, updatedAt, calendar }, calendarWeight(calendar));
    return calendar;
  }
}

/** The process's cache of stored calendars (every kind). */
export const storedCalendars = new StoredCalendarCache(STORED_CALENDAR_CACHE.maxEntries, STORED_CALENDAR_CACHE.maxWeight);

/** A stored schedule always parses; if it does not, the database holds something no write produced. */
export function calendarOrThrow(parsed: Parsed<Calendar>, kind: string, id: string): Calendar {
  if (parsed.ok) return parsed.value;
  throw new Error(`Stored ${kind} ${id} does not parse: ${parsed.problems.map((p) => p.message).join("; ")}`);
}

/** The calendar of a stored row of `kind`, compiled from `parse` (the engine's) once per version. */
export function storedCalendar<R extends StoredRow>(kind: string, row: R, parse: (row: R) => Parsed<Calendar>): Calendar {
  return storedCalendars.calendarOf(kind, row, (r) => calendarOrThrow(parse(r), kind, r.id));
}
