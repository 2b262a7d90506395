/**
 * RFC 5545 VTIMEZONE components, written from the offset changes the occurrence engine reports
 * (recurrence `offsetChangesAround`: the same tz data and the same cache the occurrences came from),
 * so a client that does not know a TZID by name (Outlook, ical.js, older CalDAV servers) still converts
 * every local DTSTART to the right instant. Google and Apple calendars recognise the IANA TZID itself.
 *
 * Only what the feed's events need is listed: for each stretch of events, the offset in effect a week
 * before its first event and the transitions up to its last, each an observance of its own. No
 * recurrence rules are guessed, so it is exact for any zone, including ones whose rules
 * changed or that change offset without DST; and its size and cost follow the events, not the years
 * between them (two events 8,000 years apart need two onsets).
 */
import type { NamedOffsetChange } from "../recurrence";

/** `±HHMM` (RFC 5545 UTC-OFFSET) for minutes east of UTC. */
export function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return (minutes < 0 ? "-" : "+") + String(Math.floor(abs / 60)).padStart(2, "0") + String(abs % 60).padStart(2, "0");
}

/** The local date-time (RFC 5545 form, no zone) of instant `at` seen at `offset` minutes. */
function localStamp(at: number, offset: number): string {
  return new Date(at + offset * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, "");
}

/**
 * A VTIMEZONE named `tzid` made of `changes` (oldest first): one STANDARD or DAYLIGHT block per onset,
 * with its DTSTART only. (Several onsets could share a block as RDATEs, but ical.js, for one, then
 * reads the RDATEs and forgets the DTSTART; a block per onset every reader takes as written.)
 */
export function vtimezone(tzid: string, changes: readonly NamedOffsetChange[]): string {
  const lines = ["BEGIN:VTIMEZONE", `TZID:${tzid}`];
  for (const change of changes) {
    const kind = change.daylight ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      // Onsets are local times in the offset in effect before the change (RFC 5545 3.6.5).
      `DTSTART:${localStamp(change.at, change.from)}`,
      `TZOFFSETFROM:${utcOffset(change.from)}`,
      `TZOFFSETTO:${utcOffset(change.to)}`,
      `TZNAME:${change.abbreviation}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
