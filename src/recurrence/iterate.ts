/**
 * The one iterator over every calendar kind. It jumps from matching local day to matching local day
 * (month → day by bitmask, explicit dates by binary search, step rules arithmetically), lists the
 * local minutes of each day, and converts them to instants with the zone's cached offsets. The DST
 * rules live here and only here:
 * - gap: a local time that does not exist moves forward by the gap's length, `shifted: true`;
 * - overlap: a repeated local time fires once, at the earlier instant, unless the calendar's hours are
 *   "every hour", in which case it fires in both passes;
 * - results are strictly increasing; when two land on the same instant the unshifted one is kept.
 */
import type { Occurrence, Window } from "./types";
import type { Calendar, PatternRule, StepRule } from "./calendar";
import { DAY_MS, GREGORIAN_CYCLE_DAYS, HOUR_MS, MINUTE_MS, civilDate, dayNumber, daysInMonth, formatLocalDateTime, weekday } from "./civil";
import { zoneOffsets, type ZoneOffsets } from "./zone";

/** A day pattern that has not matched for a full 400-year cycle never will. */
const SEARCH_HORIZON_DAYS = GREGORIAN_CYCLE_DAYS + 62;
/** The last instant a DateTime carries (9999-12-31T23:59:59.999Z): no occurrence lies beyond it. */
export const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** The first instant a DateTime carries (0000-01-01T00:00:00Z): ISO-8601's four-digit years, in UTC. */
export const FIRST_INSTANT = -62_167_219_200_000;

/** True for an instant (epoch ms) in years 0000–9999 in UTC, the instants DateTime and the database carry. */
export function isCarriedInstant(ms: number): boolean {
  return ms >= FIRST_INSTANT && ms <= LAST_INSTANT;
}
/** Largest offset east or west of UTC any zone uses, with a margin (ms). */
const MAX_OFFSET_MS = 15 * HOUR_MS;

// ---- matching days --------------------------------------------------------------------------

const weekdayTables = new WeakMap<PatternRule, number[]>();

/** For each weekday of the 1st (0–6), the 31-bit day mask of the allowed weekdays. */
function weekdayTable(rule: PatternRule): number[] {
  let table = weekdayTables.get(rule);
  if (!table) {
    table = [];
    for (let first = 0; first < 7; first++) {
      let mask = 0;
      for (let d = 1; d <= 31; d++) if (rule.weekdays! & (1 << ((first + d - 1) % 7))) mask |= 1 << (d - 1);
      table.push(mask);
    }
    weekdayTables.set(rule, table);
  }
  return table;
}

function monthLengthMask(len: number): number {
  return len === 31 ? 0x7fff_ffff : (1 << len) - 1;
}

/** The days (bit d-1 for day d) a pattern allows in month `m` of `len` days starting on day `firstOfMonth`. */
function patternMask(rule: PatternRule, table: number[] | null, firstOfMonth: number, m: number, len: number): number {
  const dom = rule.datesOfYear ? rule.datesOfYear[m] & monthLengthMask(len) : rule.daysOfMonth === null ? null : rule.daysOfMonth[len - 28];
  const dow = table === null ? null : table[weekday(firstOfMonth)] & monthLengthMask(len);
  if (dom !== null && dow !== null) return rule.combine === "or" ? dom | dow : dom & dow;
  return dom ?? dow ?? monthLengthMask(len);
}

function nextPatternDay(rule: PatternRule, from: number, maxDay: number): number | null {
  const table = rule.weekdays === null ? null : weekdayTable(rule);
  let { y, m, d } = civilDate(from);
  let firstOfMonth = from - d + 1;
  while (firstOfMonth <= maxDay) {
    const len = daysInMonth(y, m);
    if (rule.months & (1 << m)) {
      const mask = patternMask(rule, table, firstOfMonth, m, len) & ~((1 << (d - 1)) - 1);
      if (mask !== 0) {
        const day = firstOfMonth + (31 - Math.clz32(mask & -mask));
        return day <= maxDay ? day : null;
      }
    }
    firstOfMonth += len;
    d = 1;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return null;
}

/** The latest day ≤ `from` (and ≥ `minDay`) the pattern allows, or null: months backward, the highest allowed day of each. */
function previousPatternDay(rule: PatternRule, from: number, minDay: number): number | null {
  const table = rule.weekdays === null ? null : weekdayTable(rule);
  let { y, m, d } = civilDate(from);
  let firstOfMonth = from - d + 1;
  for (;;) {
    const len = daysInMonth(y, m);
    if (rule.months & (1 << m)) {
      const mask = patternMask(rule, table, firstOfMonth, m, len) & monthLengthMask(d);
      if (mask !== 0) {
        const day = firstOfMonth + (31 - Math.clz32(mask));
        return day >= minDay ? day : null;
      }
    }
    if (--m < 1) {
      m = 12;
      y--;
    }
    d = daysInMonth(y, m);
    firstOfMonth -= d;
    if (firstOfMonth + d - 1 < minDay) return null;
  }
}

function nextStepDay(rule: StepRule, from: number): number {
  if (from <= rule.startDay) return rule.startDay;
  if (rule.unit === "day") return rule.startDay + Math.ceil((from - rule.startDay) / rule.every) * rule.every;
  const s = civilDate(rule.startDay);
  const f = civilDate(from);
  const startIndex = s.y * 12 + s.m - 1;
  let k = Math.ceil((f.y * 12 + f.m - 1 - startIndex) / rule.every);
  for (;;) {
    const index = startIndex + k * rule.every;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    const day = dayNumber(y, m, Math.min(s.d, daysInMonth(y, m)));
    if (day >= from) return day;
    k++;
  }
}

/** The latest step day ≤ `from`, or null before the start. */
function previousStepDay(rule: StepRule, from: number): number | null {
  if (from < rule.startDay) return null;
  if (rule.unit === "day") return rule.startDay + Math.floor((from - rule.startDay) / rule.every) * rule.every;
  const s = civilDate(rule.startDay);
  const f = civilDate(from);
  const startIndex = s.y * 12 + s.m - 1;
  for (let k = Math.floor((f.y * 12 + f.m - 1 - startIndex) / rule.every); k >= 0; k--) {
    const index = startIndex + k * rule.every;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    const day = dayNumber(y, m, Math.min(s.d, daysInMonth(y, m)));
    if (day <= from) return day;
  }
  return null;
}

function firstAtOrAfter(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first local day ≥ `from` (and ≤ `maxDay`) on which the calendar fires, or null. */
export function nextMatchingDay(calendar: Calendar, from: number, maxDay: number): number | null {
  const rule = calendar.days;
  const horizon = Math.min(maxDay, from + SEARCH_HORIZON_DAYS);
  for (;;) {
    let day: number | null;
    if (rule.kind === "pattern") day = nextPatternDay(rule, from, horizon);
    else if (rule.kind === "step") day = nextStepDay(rule, from);
    else {
      const i = firstAtOrAfter(rule.days, from);
      day = i < rule.days.length ? rule.days[i] : null;
    }
    if (day === null || day > maxDay) return null;
    if (calendar.excludedDays === null || !calendar.excludedDays.has(day)) return day;
    from = day + 1;
  }
}

/** The latest local day ≤ `from` (and ≥ `minDay`) on which the calendar fires, or null. */
export function previousMatchingDay(calendar: Calendar, from: number, minDay: number): number | null {
  const rule = calendar.days;
  const horizon = Math.max(minDay, from - SEARCH_HORIZON_DAYS);
  for (;;) {
    let day: number | null;
    if (rule.kind === "pattern") day = previousPatternDay(rule, from, horizon);
    else if (rule.kind === "step") day = previousStepDay(rule, from);
    else {
      const i = firstAtOrAfter(rule.days, from + 1) - 1;
      day = i >= 0 ? rule.days[i] : null;
    }
    if (day === null || day < minDay) return null;
    if (calendar.excludedDays === null || !calendar.excludedDays.has(day)) return day;
    from = day - 1;
  }
}

// ---- local minutes to instants ----------------------------------------------------------------

interface Candidate {
  /** Instant, epoch ms. */
  t: number;
  /** Offset in effect at t, minutes. */
  o: number;
  shifted: boolean;
}

function byInstantUnshiftedFirst(a: Candidate, b: Candidate): number {
  return a.t - b.t || Number(a.shifted) - Number(b.shifted);
}

/** The offsets bracketing a local day: equal when no transition lies anywhere near it. */
function dayOffsets(zone: ZoneOffsets, day: number): [number, number] {
  const wall = day * DAY_MS;
  return [zone.offsetAt(wall - DAY_MS), zone.offsetAt(wall + 2 * DAY_MS)];
}

/**
 * Instants of the local minutes of one day that has a transition near it: each local time is tried
 * with the offset before and the offset after; both valid = overlap, neither = gap.
 */
function convertCarefully(
  zone: ZoneOffsets,
  dayWall: number,
  minutes: number[],
  before: number,
  after: number,
  everyHour: boolean,
  out: Candidate[],
): void {
  for (const minute of minutes) {
    const wall = dayWall + minute * MINUTE_MS;
    const t1 = wall - before * MINUTE_MS;
    const t2 = wall - after * MINUTE_MS;
    const valid1 = zone.offsetAt(t1) === before;
    const valid2 = zone.offsetAt(t2) === after;
    if (valid1 && valid2 && t1 !== t2) {
      const [early, late] = t1 < t2 ? [t1, t2] : [t2, t1];
      out.push({ t: early, o: early === t1 ? before : after, shifted: false });
      if (everyHour) out.push({ t: late, o: late === t1 ? before : after, shifted: false });
    } else if (valid1) {
      out.push({ t: t1, o: before, shifted: false });
    } else if (valid2) {
      out.push({ t: t2, o: after, shifted: false });
    } else {
      // Gap: read the wall time with the offset before the transition, i.e. move it forward by the gap.
      out.push({ t: t1, o: zone.offsetAt(t1), shifted: true });
    }
  }
}

function toOccurrence(c: Candidate): Occurrence {
  return {
    at: new Date(c.t),
    localDateTime: formatLocalDateTime(c.t + c.o * MINUTE_MS, c.o),
    shifted: c.shifted,
  };
}

/** Candidates generated but not yet emitted, sorted; emitted once no later day can precede them. */
class Emitter {
  pending: Candidate[] = [];
  private lastEmitted: number;
  constructor(
    private readonly out: Occurrence[],
    after: number,
    private readonly limit: number,
    private readonly first: number,
  ) {
    this.lastEmitted = after;
  }

  /** Emits the pending candidates before `bound`; true when the listing is complete. */
  flush(bound: number): boolean {
    const pending = this.pending;
    let i = 0;
    for (; i < pending.length; i++) {
      const c = pending[i];
      if (c.t >= bound) break;
      if (c.t > this.limit) return true;
      if (c.t <= this.lastEmitted) continue;
      this.out.push(toOccurrence(c));
      this.lastEmitted = c.t;
      if (this.out.length >= this.first) return true;
    }
    this.pending = i === pending.length ? [] : pending.slice(i);
    return false;
  }
}

/** Occurrences strictly after `window.after`, at or before `window.until` and the calendar's end, at most `window.first`. */
export function occurrences(calendar: Calendar, window: Window): Occurrence[] {
  const out: Occurrence[] = [];
  const first = window.first;
  if (calendar.never || !(first > 0)) return out;
  const after = window.after.getTime();
  let limit = window.until ? Math.min(window.until.getTime(), LAST_INSTANT) : LAST_INSTANT;
  if (calendar.end !== null && calendar.end < limit) limit = calendar.end;
  if (!(limit > after)) return out;

  const zone = zoneOffsets(calendar.zone);
  const maxDay = limit === Infinity ? Infinity : Math.floor((limit + MAX_OFFSET_MS) / DAY_MS) + 1;
  const startDay = Math.floor((after + zone.offsetAt(after) * MINUTE_MS) / DAY_MS) - 1;

  const emitter = new Emitter(out, after, limit, first);
  let day = nextMatchingDay(calendar, startDay, maxDay);
  while (day !== null) {
    const minutes = calendar.minutesByDay?.get(day) ?? calendar.minutesOfDay;
    const dayWall = day * DAY_MS;
    const [before, afterOffset] = dayOffsets(zone, day);
    // No candidate of this day or a later one can come before this instant.
    const bound = dayWall + (minutes.length ? minutes[0] : 0) * MINUTE_MS - Math.max(before, afterOffset) * MINUTE_MS;
    if (emitter.flush(bound)) return out;
    if (bound > limit) break;

    if (before === afterOffset) {
      const shift = before * MINUTE_MS;
      const pending = emitter.pending;
      const needsSort = pending.length > 0;
      for (const minute of minutes) {
        const t = dayWall + minute * MINUTE_MS - shift;
        if (t <= after) continue;
        if (t > limit) break;
        pending.push({ t, o: before, shifted: false });
      }
      if (needsSort) pending.sort(byInstantUnshiftedFirst);
    } else {
      convertCarefully(zone, dayWall, minutes, before, afterOffset, calendar.everyHour, emitter.pending);
      emitter.pending.sort(byInstantUnshiftedFirst);
    }
    day = nextMatchingDay(calendar, day + 1, maxDay);
  }
  emitter.flush(Infinity);
  return out;
}

/**
 * The instant of one local date-time in a zone under the engine's DST rules (earlier instant in an
 * overlap, moved forward in a gap).
 */
export function instantOfLocal(zoneName: string, day: number, minuteOfDay: number): Occurrence {
  const zone = zoneOffsets(zoneName);
  const [before, after] = dayOffsets(zone, day);
  const out: Candidate[] = [];
  convertCarefully(zone, day * DAY_MS, [minuteOfDay], before, after, false, out);
  return toOccurrence(out[0]);
}

/** Whether candidate `a` is the one to answer rather than `b`: later, or at the same instant unshifted. */
function laterThan(a: Candidate, b: Candidate | null): boolean {
  return b === null || a.t > b.t || (a.t === b.t && b.shifted && !a.shifted);
}

/**
 * The latest occurrence strictly before `before` (and not before FIRST_INSTANT), or null: what
 * `occurrences` lists, read backward (the same candidates, DST rules and end). It walks matching local
 * days backward from `before` and stops at the first day that cannot hold a later candidate than the
 * best found, so it looks at one or two days; a calendar that never fires before `before` answers
 * null after one backward search (bounded by a 400-year cycle for patterns, a binary search for dates,
 * arithmetic for steps).
 */
export function previousOccurrence(calendar: Calendar, before: Date): Occurrence | null {
  if (calendar.never) return null;
  let limit = Math.min(before.getTime() - 1, LAST_INSTANT);
  if (calendar.end !== null && calendar.end < limit) limit = calendar.end;
  if (!(limit >= FIRST_INSTANT)) return null;

  const zone = zoneOffsets(calendar.zone);
  const minDay = Math.floor((FIRST_INSTANT - MAX_OFFSET_MS) / DAY_MS) - 1;
  const careful: Candidate[] = [];
  let best: Candidate | null = null;
  let day = previousMatchingDay(calendar, Math.floor((limit + MAX_OFFSET_MS) / DAY_MS) + 1, minDay);
  while (day !== null) {
    // Every candidate of this day or an earlier one lies before this instant.
    if (best !== null && best.t >= (day + 1) * DAY_MS + MAX_OFFSET_MS) break;
    const minutes = calendar.minutesByDay?.get(day) ?? calendar.minutesOfDay;
    const dayWall = day * DAY_MS;
    const [offsetBefore, offsetAfter] = dayOffsets(zone, day);
    if (offsetBefore === offsetAfter) {
      // Instants rise with the minutes: the last one within the limit is the day's latest.
      for (let i = minutes.length - 1; i >= 0; i--) {
        const t = dayWall + minutes[i] * MINUTE_MS - offsetBefore * MINUTE_MS;
        if (t > limit) continue;
        const candidate = { t, o: offsetBefore, shifted: false };
        if (t >= FIRST_INSTANT && laterThan(candidate, best)) best = candidate;
        break;
      }
    } else {
      careful.length = 0;
      convertCarefully(zone, dayWall, minutes, offsetBefore, offsetAfter, calendar.everyHour, careful);
      for (const candidate of careful) {
        if (candidate.t <= limit && candidate.t >= FIRST_INSTANT && laterThan(candidate, best)) best = candidate;
      }
    }
    day = previousMatchingDay(calendar, day - 1, minDay);
  }
  return best === null ? null : toOccurrence(best);
}

/** The first occurrence strictly after `after`, or null. */
export function nextOccurrence(calendar: Calendar, after: Date): Occurrence | null {
  return occurrences(calendar, { after, first: 1 })[0] ?? null;
}

/**
 * Instant `at` read in the calendar's zone, as an occurrence (never shifted): what a run made by hand
 * at that instant is for. Milliseconds are kept in `at` and dropped from `localDateTime`.
 */
export function occurrenceAt(calendar: Calendar, at: Date): Occurrence {
  const t = at.getTime();
  const offset = zoneOffsets(calendar.zone).offsetAt(t);
  return { at: new Date(t), localDateTime: formatLocalDateTime(t + offset * MINUTE_MS, offset), shifted: false };
}
