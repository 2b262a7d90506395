/**
 * RFC 5545 VTIMEZONE components made from the tz database luxon reads (the same offsets the
 * occurrence engine uses), so a client that does not know a TZID by name (Outlook, ical.js, older
 * CalDAV servers) still converts every local DTSTART to the right instant. Google and Apple calendars
 * recognise the IANA TZID itself.
 *
 * Each observance lists its transitions explicitly (DTSTART plus RDATEs) for the span the events
 * cover, rather than guessing recurrence rules: exact for any zone, including ones whose rules
 * changed or that change offset without DST.
 */
import { DateTime, IANAZone, type Zone } from "luxon";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface Transition {
  /** The instant the new offset takes effect (epoch ms). */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
}

/**
 * Offset changes of `zone` in [start, end], found week by week and bisected to the second. (A zone
 * changing offset twice within one week would be missed; the engine makes the same assumption.)
 */
export function transitions(zone: Zone, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let t = start;
  let offset = zone.offset(t);
  while (t < end) {
    const next = Math.min(t + WEEK_MS, end);
    const nextOffset = zone.offset(next);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (zone.offset(mid) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: offset, to: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return found;
}

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
 * A VTIMEZONE named `tzid` for IANA zone `zoneName`, valid for events between `from` and `to`
 * (epoch ms). Its first observance starts a year before `from`, so every event falls inside it.
 */
export function vtimezone(tzid: string, zoneName: string, from: number, to: number): string {
  const zone = IANAZone.create(zoneName);
  const start = from - 366 * DAY_MS;
  const initial = zone.offset(start);
  const changes: Transition[] = [{ at: start, from: initial, to: initial }, ...transitions(zone, start, to + DAY_MS)];

  // One observance per distinct (kind, from, to, name); its first onset is DTSTART, the others RDATEs.
  const observances = new Map<string, { kind: "STANDARD" | "DAYLIGHT"; from: number; to: number; name: string; onsets: string[] }>();
  for (const change of changes) {
    const daylight = DateTime.fromMillis(change.at, { zone }).isInDST;
    const kind = daylight ? "DAYLIGHT" : "STANDARD";
    const name = zone.offsetName(change.at, { format: "short", locale: "en-US" }) ?? utcOffset(change.to);
    const key = `${kind}|${change.from}|${change.to}|${name}`;
    let observance = observances.get(key);
    if (!observance) observances.set(key, (observance = { kind, from: change.from, to: change.to, name, onsets: [] }));
    // Onsets are local times in the offset in effect before the change (RFC 5545 3.6.5).
    observance.onsets.push(localStamp(change.at, change.from));
  }

  const lines = ["BEGIN:VTIMEZONE", `TZID:${tzid}`];
  for (const o of observances.values()) {
    lines.push(`BEGIN:${o.kind}`, `DTSTART:${o.onsets[0]}`);
    for (const onset of o.onsets.slice(1)) lines.push(`RDATE:${onset}`);
    lines.push(`TZOFFSETFROM:${utcOffset(o.from)}`, `TZOFFSETTO:${utcOffset(o.to)}`, `TZNAME:${o.name}`, `END:${o.kind}`);
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
