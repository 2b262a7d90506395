/**
 * Proleptic Gregorian calendar arithmetic on plain integers. A "day number" counts days since
 * 1970-01-01; a "wall" value is a local date-time expressed in milliseconds as if it were UTC.
 * Nothing here knows about time zones.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Days in a full 400-year Gregorian cycle, after which every calendar pattern repeats. */
export const GREGORIAN_CYCLE_DAYS = 146_097;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_LENGTHS[m - 1];
}

/** The most days month `m` ever has (February: 29). */
export function maxDaysInMonth(m: number): number {
  return m === 2 ? 29 : MONTH_LENGTHS[m - 1];
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * GREGORIAN_CYCLE_DAYS + doe - 719_468;
}

export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

/** Civil date of a day number (Howard Hinnant's civil_from_days). */
export function civilDate(day: number): CivilDate {
  const z = day + 719_468;
  const era = Math.floor(z / GREGORIAN_CYCLE_DAYS);
  const doe = z - era * GREGORIAN_CYCLE_DAYS;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** Weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whether y-m-d names a real date. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Parses `YYYY-MM-DD` into a day number, or null. */
export function parseIsoDate(text: string): number | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Parses `YYYY-MM-DDTHH:mm` into [day number, minute of day], or null. */
export function parseIsoDateTime(text: string): [number, number] | null {
  const m = DATE_TIME_RE.exec(text);
  if (!m) return null;
  const y = +m[1],
    mo = +m[2],
    d = +m[3],
    h = +m[4],
    mi = +m[5];
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59) return null;
  return [dayNumber(y, mo, d), h * 60 + mi];
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : "" + n;
}

function padYear(y: number): string {
  if (y >= 0 && y <= 9999) return ("000" + y).slice(-4);
  return (y < 0 ? "-" : "+") + ("00000" + Math.abs(y)).slice(-6);
}

/** `±HH:mm` for an offset in minutes (`+00:00`, never `Z`). */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return sign + pad2(Math.floor(abs / 60)) + ":" + pad2(abs % 60);
}

/** `yyyy-MM-ddT` of a day number, remembered for the last day asked (a listing's times share few days). */
class DatePrefix {
  private day = NaN;
  private prefix = "";
  of(day: number): string {
    if (day !== this.day) {
      const c = civilDate(day);
      this.prefix = padYear(c.y) + "-" + pad2(c.m) + "-" + pad2(c.d) + "T";
      this.day = day;
    }
    return this.prefix;
  }
}
const localPrefix = new DatePrefix();
const utcPrefix = new DatePrefix();

/** `yyyy-MM-ddTHH:mm:ss` of a wall value (epoch-like ms), and the milliseconds left over. */
function dateTimeOf(wallMs: number, prefix: DatePrefix): [string, number] {
  const day = Math.floor(wallMs / DAY_MS);
  const msOfDay = wallMs - day * DAY_MS;
  const secs = Math.floor(msOfDay / 1000);
  const h = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  return [prefix.of(day) + pad2(h) + ":" + pad2(mi) + ":" + pad2(secs % 60), msOfDay - secs * 1000];
}

/** `yyyy-MM-ddTHH:mm:ss±HH:mm` for a wall value and its offset in minutes. */
export function formatLocalDateTime(wallMs: number, offsetMinutes: number): string {
  return dateTimeOf(wallMs, localPrefix)[0] + formatOffset(offsetMinutes);
}

/**
 * An instant (epoch ms, years 0000–9999) as `yyyy-MM-ddTHH:mm:ssZ`, with `.SSS` only when it has
 * milliseconds: what `toISOString()` writes without a zero fraction, several times faster.
 */
export function formatInstant(ms: number): string {
  const [time, fraction] = dateTimeOf(ms, utcPrefix);
  return fraction === 0 ? time + "Z" : time + "." + (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + fraction + "Z";
}
