/**
 * The one internal representation of every schedule kind (cron jobs, campaign templates, issuing
 * schedules), in the spirit of Temporal's structured calendar specs: which local days match, and at
 * which local minutes of those days it fires, in one zone, up to an end instant.
 *
 * Days match through exactly one of three day rules:
 * - `pattern`: allowed months, days of month (by month length, so `L`, `L-n` and issuing's
 *   clamping to the month end are precomputed) and weekdays, combined with AND or OR;
 * - `dates`: an explicit sorted list of local dates (CALENDAR, IRREGULAR);
 * - `step`: every n days, or every n months on a fixed day of month (clamped), from a start date.
 * Excluded local dates (issuing's non-issuing dates) then remove days whatever the rule says.
 */

/** Days-of-month bitmask: bit d-1 set when day d is selected. */
export type DayMask = number;

export interface PatternRule {
  kind: "pattern";
  /** Bit m set when month m (1–12) is allowed. */
  months: number;
  /** Day-of-month masks for months of 28, 29, 30 and 31 days (index length-28); null when unrestricted. */
  daysOfMonth: [DayMask, DayMask, DayMask, DayMask] | null;
  /**
   * Dates of the year (`--MM-DD`): index m (1–12) holds month m's day mask; takes the place of
   * `daysOfMonth` when present. A day the month lacks this year (February 29) does not fire.
   */
  datesOfYear?: DayMask[] | null;
  /** Bit w set when weekday w (0 = Sunday … 6 = Saturday) is allowed; null when unrestricted. */
  weekdays: number | null;
  /** How days of month and weekdays combine when both are restricted. */
  combine: "and" | "or";
}

export interface DatesRule {
  kind: "dates";
  /** Sorted, distinct local day numbers (days since 1970-01-01). */
  days: number[];
}

export interface StepRule {
  kind: "step";
  unit: "day" | "month";
  /** Days (unit day) or months (unit month) between two occurrences, ≥ 1. */
  every: number;
  /** First local day (day number); for unit month its day of month is kept, clamped to the month end. */
  startDay: number;
}

export type DayRule = PatternRule | DatesRule | StepRule;

export interface Calendar {
  /** Canonical zone name (see zone.ts). */
  readonly zone: string;
  readonly days: DayRule;
  /** Sorted distinct minutes of the day (0–1439) at which a matching day fires. */
  readonly minutesOfDay: number[];
  /** Per-day minutes overriding `minutesOfDay` (IRREGULAR date-times), keyed by day number. */
  readonly minutesByDay: Map<number, number[]> | null;
  /** The hours come to exactly 0–23: a repeated local hour fires in both passes. */
  readonly everyHour: boolean;
  /** Local days on which nothing fires. */
  readonly excludedDays: Set<number> | null;
  /** Last instant (epoch ms, inclusive) at which an occurrence may fall; null for none. */
  readonly end: number | null;
  /** Known upfront never to fire (NONE, February 31st …). */
  readonly never: boolean;
}

export const ALL_MONTHS = 0b1_1111_1111_1110;
export const FULL_DAY_HOURS = 0xff_ffff;

/** Whether an hour bitmask (bit h for hour h) covers exactly 0–23. */
export function isEveryHour(hourMask: number): boolean {
  return hourMask === FULL_DAY_HOURS;
}

/** Sorted minutes of the day for an hour bitmask × a list of minutes. */
export function minutesFor(hourMask: number, minutes: number[]): number[] {
  const out: number[] = [];
  const sortedMinutes = [...new Set(minutes)].sort((a, b) => a - b);
  for (let h = 0; h < 24; h++) {
    if (hourMask & (1 << h)) for (const mi of sortedMinutes) out.push(h * 60 + mi);
  }
  return out;
}

/** Whether a pattern can ever match a day (checked over every allowed month and month length). */
export function patternCanMatch(rule: PatternRule): boolean {
  if (rule.months === 0) return false;
  const anyWeekday = rule.weekdays === null ? null : rule.weekdays !== 0;
  let anyDayOfMonth: boolean | null = null;
  if (rule.datesOfYear) {
    anyDayOfMonth = false;
    for (let m = 1; m <= 12; m++) if (rule.months & (1 << m) && rule.datesOfYear[m]) anyDayOfMonth = true;
  } else if (rule.daysOfMonth !== null) {
    anyDayOfMonth = false;
    for (let m = 1; m <= 12 && !anyDayOfMonth; m++) {
      if (!(rule.months & (1 << m))) continue;
      const lengths = m === 2 ? [28, 29] : [m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31];
      for (const len of lengths) if (rule.daysOfMonth[len - 28] !== 0) anyDayOfMonth = true;
    }
  }
  if (anyWeekday === null) return anyDayOfMonth ?? true;
  if (anyDayOfMonth === null) return anyWeekday;
  // Every date meets every weekday over the years, so AND only needs both sides non-empty.
  return rule.combine === "or" ? anyWeekday || anyDayOfMonth : anyWeekday && anyDayOfMonth;
}

export function calendarZone(calendar: Calendar): string {
  return calendar.zone;
}

/**
 * About how many numbers a calendar holds (its fixed fields count 16): for caches that bound their
 * memory, not only their entries. A daily cron weighs 17, a minutely one about 1,460, an irregular
 * schedule of 5,000 dates about 15,000.
 */
export function calendarWeight(calendar: Calendar): number {
  let weight = 16 + calendar.minutesOfDay.length + (calendar.excludedDays?.size ?? 0);
  if (calendar.days.kind === "dates") weight += calendar.days.days.length;
  if (calendar.minutesByDay) for (const minutes of calendar.minutesByDay.values()) weight += 1 + minutes.length;
  return weight;
}
