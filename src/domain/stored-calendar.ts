/** Re-reading the calendar of a stored schedule. */
import type { Clock, Parsed } from "../recurrence/types";

/**
 * The clock used to re-read stored schedules. Rules that compare with "now" (an expiration or an
 * irregular date in the past) were checked when the schedule was written; on reading, a schedule whose
 * dates have passed is still valid and simply fires no more. The earliest representable instant makes
 * every such comparison pass.
 */
export const WRITTEN_CLOCK: Clock = { now: () => new Date(-8.64e15) };

/** A stored schedule always parses; if it does not, the database holds something no write produced. */
export function calendarOrThrow<T>(parsed: Parsed<T>, kind: string, id: string): T {
  if (parsed.ok) return parsed.value;
  throw new Error(`Stored ${kind} ${id} does not parse: ${parsed.problems.map((p) => p.message).join("; ")}`);
}
