/**
 * Which runs a schedule owes, and what kind of run each is: pure (the engine and the instants given),
 * so the dispatcher, resume and backfill share one set of rules (SEMANTICS.md "Runs").
 *
 * The occurrences in (from, now] are owed. One younger than `graceMs` came due while the service ran
 * and is SCHEDULED; an older one came due while no instance ran (or while the schedule was paused):
 * within the catch-up window it is made as CATCH_UP, before it the latest MISSED_CAP are recorded as
 * SKIPPED (MISSED) and the rest only counted.
 */
import { nextOccurrence, occurrences, previousOccurrence, type Calendar, type Occurrence } from "../recurrence";

/** At most this many SKIPPED (MISSED) runs per schedule and catch-up; older misses are counted in the logs. */
export const MISSED_CAP = 1000;
/** Misses counted beyond the cap: the count stops here ("more than …"), so a long downtime costs bounded work. */
export const MISSED_COUNT_LIMIT = 10_000;
/** The catch-up window of a schedule without a delivery (seconds). */
export const DEFAULT_CATCH_UP_WINDOW_SECONDS = 3600;
/** A run made this long after its instant is still on schedule (a busy dispatcher, not a downtime). */
export const SCHEDULED_GRACE_MS = 60_000;
/** What one backfill may cover. */
export const BACKFILL_MAX = 10_000;

export type CatchUp = "NONE" | "LATEST" | "ALL";

const HOUR_MS = 3_600_000;

export interface OwedRuns {
  scheduled: Occurrence[];
  catchUp: Occurrence[];
  /** The latest missed occurrences (at most MISSED_CAP), oldest first: recorded as SKIPPED (MISSED). */
  missed: Occurrence[];
  /** Missed occurrences older than those (counted up to MISSED_COUNT_LIMIT): not recorded. */
  missedUnrecorded: number;
  /** The first occurrence after `now`: when the schedule is due next; null when it never fires again. */
  next: Occurrence | null;
}

export interface OwedRunsOptions {
  /** Runs exist up to this instant (inclusive). */
  from: Date;
  now: Date;
  /** Catch-up window (ms): how old a missed occurrence may be and still be made. */
  windowMs: number;
  /** How late an occurrence may be and still be SCHEDULED (ms); 0 makes every owed occurrence a missed one. */
  graceMs: number;
  /** What a resume does with what was missed; the dispatcher's catch-up after downtime is ALL. */
  catchUp: CatchUp;
}

/** The occurrences in (after, until], oldest first, at most `max` (a page loop over the engine). */
function occurrencesBetween(calendar: Calendar, after: Date, until: Date, max: number): Occurrence[] {
  const out: Occurrence[] = [];
  let cursor = after;
  while (out.length < max) {
    const want = Math.min(1000, max - out.length);
    const page = occurrences(calendar, { after: cursor, until, first: want });
    for (const occurrence of page) out.push(occurrence);
    if (page.length < want) break;
    cursor = page[page.length - 1].at;
  }
  return out;
}

/**
 * The latest `count` occurrences in (after, until], oldest first. They are listed forward (the engine's
 * fast direction) over spans reaching back from the latest one, each twice as long as the one before:
 * a few listings, where one `previousOccurrence` per occurrence costs a scan of a day or two each
 * (1,000 of a minutely schedule took ~0.4 s).
 */
function latestOccurrences(calendar: Calendar, after: number, until: number, count: number): Occurrence[] {
  const latest = previousOccurrence(calendar, new Date(until + 1));
  if (latest === null || latest.at.getTime() <= after) return [];
  const spans: Occurrence[][] = [];
  let found = 0;
  let end = latest.at.getTime();
  for (let span = HOUR_MS; found < count && end > after; span *= 2) {
    const start = Math.max(after, end - span);
    const listed = occurrencesBetween(calendar, new Date(start), new Date(end), Number.MAX_SAFE_INTEGER);
    spans.push(listed);
    found += listed.length;
    end = start;
  }
  const all = spans.reverse().flat();
  return all.slice(Math.max(0, all.length - count));
}

/**
 * The runs owed for (from, now]. Cost: the occurrences within the catch-up window, at most MISSED_CAP
 * read backward before it, and a count capped at MISSED_COUNT_LIMIT, whatever the downtime.
 */
export function owedRuns(calendar: Calendar, options: OwedRunsOptions): OwedRuns {
  const from = options.from.getTime();
  const now = options.now.getTime();
  const next = nextOccurrence(calendar, new Date(Math.max(now, from)));
  const result: OwedRuns = { scheduled: [], catchUp: [], missed: [], missedUnrecorded: 0, next };
  if (now <= from) return result;

  // (onTime, now]: on schedule. A dispatcher reading a schedule every second owes one or two.
  const onTime = Math.max(from, now - options.graceMs);
  result.scheduled = occurrencesBetween(calendar, new Date(onTime), options.now, Number.MAX_SAFE_INTEGER);
  if (onTime <= from) return result;

  // (windowStart, onTime]: missed, but within the catch-up window.
  const windowStart = Math.max(from, Math.min(onTime, now - options.windowMs));
  const late = occurrencesBetween(calendar, new Date(windowStart), new Date(onTime), Number.MAX_SAFE_INTEGER);
  let missed: Occurrence[] = [];
  let missedBefore = windowStart;
  if (options.catchUp === "ALL") result.catchUp = late;
  else if (options.catchUp === "LATEST" && late.length > 0) {
    result.catchUp = late.slice(-1);
    missed = late.slice(0, -1);
  } else if (options.catchUp === "LATEST") {
    // Nothing within the window: LATEST makes the latest missed occurrence of all, however old.
    const latest = previousOccurrence(calendar, new Date(windowStart + 1));
    if (latest && latest.at.getTime() > from) {
      result.catchUp = [latest];
      missedBefore = latest.at.getTime() - 1;
    }
  } else missed = late;

  // (from, missedBefore]: missed before the window; its latest ones are read backward.
  if (missed.length < MISSED_CAP) missed = [...latestOccurrences(calendar, from, missedBefore, MISSED_CAP - missed.length), ...missed];
  if (missed.length >= MISSED_CAP) {
    missed = missed.slice(missed.length - MISSED_CAP);
    const oldestRecorded = new Date(missed[0].at.getTime() - 1);
    result.missedUnrecorded = occurrencesBetween(calendar, options.from, oldestRecorded, MISSED_COUNT_LIMIT).length;
  }
  result.missed = missed;
  return result;
}

/** The occurrences a backfill of (after, until] covers; null when there are more than BACKFILL_MAX. */
export function backfillOccurrences(calendar: Calendar, after: Date, until: Date): Occurrence[] | null {
  const found = occurrencesBetween(calendar, after, until, BACKFILL_MAX + 1);
  return found.length > BACKFILL_MAX ? null : found;
}
