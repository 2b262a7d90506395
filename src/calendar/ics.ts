/**
 * A schedule's occurrences as an RFC 5545 calendar (ical-generator). Pure: occurrences, names and the
 * zone in, text out.
 *
 * Times are written in the schedule's zone: `DTSTART;TZID=America/New_York:20260308T033000`, with a
 * VTIMEZONE for the TZID (see vtimezone.ts), so Google, Apple and Outlook show the local times the
 * schedule means. Exceptions, written in UTC (`...Z`), which every client reads the same way:
 * - a schedule in UTC;
 * - a fixed offset that is not a whole number of hours (no IANA zone names it; whole hours use
 *   `Etc/GMT∓h`);
 * - a firing in a repeated (fall-back) hour, e.g. 01:30 on the night New York falls back: RFC 5545
 *   reads an ambiguous local time as its first instance, so the second pass cannot be named locally,
 *   and clients disagree even about the first (ical.js picks the later one). UTC is unambiguous.
 */
import icalGenerator, { ICalEventTransparency, escape as escapeText } from "ical-generator";
import { DateTime } from "luxon";
import { ianaZoneOf, isRepeatedLocalTime, offsetChangesAround, type Occurrence } from "../recurrence";
import { vtimezone } from "./vtimezone";

export const PRODUCT_ID = { company: "schedule-service", product: "calendar-feed", language: "EN" };
/** How often subscribers should refetch (REFRESH-INTERVAL / X-PUBLISHED-TTL), in seconds. */
export const REFRESH_SECONDS = 3600;

export interface CalendarFeedInput {
  /** The schedule's global id: the stable part of every UID. */
  scheduleId: string;
  /** What the schedule is called (job name, friendly name, campaign template name): every SUMMARY. */
  title: string;
  /** A line about the schedule for the calendar's description (e.g. its kind and owner). */
  description?: string | null;
  /** The schedule's canonical zone (IANA id, `UTC` or `UTC±HH:mm`). */
  zone: string;
  occurrences: readonly Occurrence[];
  /** When the feed was made (DTSTAMP). */
  stamp: Date;
}

/**
 * Text as an iCalendar TEXT value may carry it: line breaks stay (written `\n`), every other control
 * character (RFC 5545 3.3.11 admits none but HTAB) becomes U+FFFD. Names written before writes refused
 * control characters, or copied from elsewhere, cannot add lines to a feed.
 */
function plainText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "\ufffd");
}

/**
 * A TEXT property value, escaped (backslash, semicolon, comma, newline; RFC 5545 3.3.11), for the
 * properties ical-generator writes as given (NAME, X-WR-CALNAME, X-WR-CALDESC). SUMMARY and
 * DESCRIPTION it escapes itself; they get `plainText` only. Lines are folded at 75 octets by the
 * generator, over the whole calendar.
 */
function textProperty(value: string): string {
  return escapeText(plainText(value), false);
}

/** `20260308T073000Z`: the instant part of a UID. */
function compactInstant(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

export function eventUid(scheduleId: string, at: Date): string {
  return `${scheduleId}-${compactInstant(at)}@schedule-service`;
}

export function buildCalendar(input: CalendarFeedInput): string {
  // The IANA zone the times are written in, or null to write them in UTC.
  const tzid = ianaZoneOf(input.zone);
  const instants = input.occurrences.map((occurrence) => occurrence.at.getTime());
  // Local times that name two instants (fall-back hours) are written in UTC.
  const local = instants.map((at) => tzid !== null && !isRepeatedLocalTime(input.zone, at));

  const calendar = icalGenerator({
    name: textProperty(input.title),
    description: input.description ? textProperty(input.description) : undefined,
    prodId: PRODUCT_ID,
    ttl: REFRESH_SECONDS,
    // No calendar-wide zone (DTSTAMP stays UTC); each event names its TZID and the generator makes
    // one VTIMEZONE per TZID used, from the offsets around the events written in local time.
    timezone: {
      name: null,
      generator: (name) => vtimezone(name, offsetChangesAround(input.zone, instants.filter((_, i) => local[i]))),
    },
  });
  if (tzid) calendar.x("X-WR-TIMEZONE", tzid);

  input.occurrences.forEach((occurrence, i) => {
    const at = instants[i];
    const notes = [`Fires at ${occurrence.localDateTime} (${input.zone}).`];
    if (occurrence.shifted) notes.push("Moved forward out of a daylight-saving gap.");
    calendar.createEvent({
      id: eventUid(input.scheduleId, occurrence.at),
      stamp: input.stamp,
      start: DateTime.fromMillis(at, { zone: "utc" }),
      timezone: local[i] ? tzid : null,
      summary: plainText(input.title),
      description: plainText(notes.join(" ")),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  });
  return calendar.toString();
}
