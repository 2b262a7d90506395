/** Re-reading the calendar of a stored schedule. */
import type { Clock, Parsed } from "../recurrence/types";

/**
 * The clock of reads. Rules that compare with "now" (an expiration or an irregular date in the past)
 * are for writes, checked against the write's clock when a schedule is written. A read answers from
 * the spec and the window alone: a stored schedule whose dates have passed is still valid and simply
 * fires no more, and a preview of a spec whose dates lie behind its window answers []. The earliest
 * representable instant makes every such comparison pass.
 */
export const READ_CLOCK: Clock = { now: () => new Date(-8.64e15) };

/** A stored schedule always parses; if it does not, the database holds something no write produced. */
export function calendarOrThrow<T>(parsed: Parsed<T>, kind: string, id: string): T {
  if (parsed.ok) return parsed.value;
  throw new Error(`Stored ${kind} ${id} does not parse: ${parsed.problems.map((p) => p.message).join("; ")}`);
}
