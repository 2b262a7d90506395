/**
 * Campaign template schedules (SEMANTICS.md "Campaign template schedules"): selectors of months,
 * days and hours in a zone, firing at minute 0 of each selected hour, until an inclusive expiration.
 */
import type { CampaignSpec, CampaignSpecInput, Clock, Parsed, Problem, Selector, SelectorInput } from "./types";
import { ALL_MONTHS, isEveryHour, minutesFor, patternCanMatch, type Calendar, type DayRule } from "./calendar";
import { maxDaysInMonth, parseIsoDate } from "./civil";
import { checkSelector, expandNumeric, integerIn, stepCyclic, type CheckedSelector, type ValueDomain } from "./selector";
import { SpecFindings, type Compiled } from "./spec";
import { resolveTimeZoneField } from "./zone";

const TYPES = ["DAILY", "WEEKLY", "MONTHLY", "ANNUALLY", "CALENDAR"] as const;

const HOUR = integerIn(0, 23, "Hour must be between 0 and 23");
const MONTH = integerIn(1, 12, "Month must be between 1 and 12");
const WEEKDAY = integerIn(1, 7, "Day of the week must be between 1 (Sunday) and 7 (Saturday)");

/** A day of the month: a number, or `L-n` days before the last (n = 0 for `L`). */
type MonthDay = { last: false; n: number } | { last: true; n: number };

const DAY_OF_MONTH_MESSAGE = "Day of the month must be between 1 and 31, L (last day) or L-n with n between 1 and 30";
const MONTH_DAY: ValueDomain<MonthDay> = {
  parse(text) {
    if (/^\d{1,2}$/.test(text)) {
      const n = parseInt(text, 10);
      return n >= 1 && n <= 31 ? { last: false, n } : DAY_OF_MONTH_MESSAGE;
    }
    const m = /^L(?:-(\d{1,2}))?$/i.exec(text);
    if (!m) return DAY_OF_MONTH_MESSAGE;
    const n = m[1] === undefined ? 0 : parseInt(m[1], 10);
    return m[1] === undefined || (n >= 1 && n <= 30) ? { last: true, n } : DAY_OF_MONTH_MESSAGE;
  },
  key: (v) => (v.last ? "L-" : "") + v.n,
};

/** `--MM-DD` as month * 32 + day. */
const DATE_OF_YEAR: ValueDomain<number> = {
  parse(text) {
    const m = /^--(\d{2})-(\d{2})$/.exec(text);
    const message = "A date without year must be written --MM-DD and exist in some year (--02-29 is allowed)";
    if (!m) return message;
    const month = +m[1], day = +m[2];
    if (month < 1 || month > 12 || day < 1 || day > maxDaysInMonth(month)) return message;
    return month * 32 + day;
  },
  key: String,
};

const CALENDAR_DATE: ValueDomain<number> = {
  parse: (text) => parseIsoDate(text) ?? "A calendar date must be a real date written YYYY-MM-DD",
  key: String,
};

/** Day-of-month masks (months of 28–31 days) of a days selector. */
function monthDayMasks(selector: CheckedSelector<MonthDay>): [number, number, number, number] {
  const masks: [number, number, number, number] = [0, 0, 0, 0];
  for (let len = 28; len <= 31; len++) {
    const resolve = (v: MonthDay) => (v.last ? len - v.n : v.n);
    const days: number[] = [];
    const step = selector.interval;
    if (selector.type === "LIST") {
      if (step === null) for (const v of selector.values) days.push(resolve(v));
      else {
        const v = selector.values[0];
        for (let x = resolve(v); x <= (v.last ? len : 31); x += step) days.push(x);
      }
    } else {
      const [s, e] = selector.values;
      const written = (v: MonthDay) => (v.last ? 31 - v.n : v.n);
      const rs = resolve(s), re = resolve(e);
      if (written(s) <= written(e)) {
        for (let x = rs; x <= re; x += step ?? 1) days.push(x);
      } else {
        // Wraps past the month's last day.
        const from = Math.min(Math.max(rs, 1), len + 1);
        for (let x = from; x <= re + len; x += step ?? 1) days.push(x > len ? x - len : x);
      }
    }
    let mask = 0;
    for (const d of days) if (d >= 1 && d <= len) mask |= 1 << (d - 1);
    masks[len - 28] = mask;
  }
  return masks;
}

/** A selector in its canonical form: values trimmed, no null interval. */
function canonicalSelector(selector: SelectorInput): Selector {
  const values = (selector.values ?? []).map((value) => String(value).trim());
  return selector.interval == null ? { type: selector.type, values } : { type: selector.type, values, interval: selector.interval };
}

/** The structure of a campaign template spec (reads: a stored row, a preview). No clock: an expiration in the past is not a problem here. */
export function parseCampaignSpec(input: CampaignSpecInput): Parsed<Calendar> {
  return compileCampaignSpec(input).calendar();
}

/** A campaign template spec as a write takes it: its structure, and an expiration after `clock.now()`; its canonical form. */
export function validateCampaignSpec(input: CampaignSpecInput, clock: Clock): Parsed<Compiled<CampaignSpec>> {
  return compileCampaignSpec(input).at(clock);
}

function compileCampaignSpec(input: CampaignSpecInput): SpecFindings<CampaignSpec> {
  const findings = new SpecFindings<CampaignSpec>();
  const problems: Problem[] = findings.problems;
  const type = input.type;
  if (!(TYPES as readonly string[]).includes(type)) {
    problems.push({ path: ["type"], message: "Schedule type must be one of DAILY, WEEKLY, MONTHLY, ANNUALLY or CALENDAR" });
  }

  let hourMask = 0;
  if (!input.hours) {
    problems.push({ path: ["hours"], message: "Hours are required for every schedule type" });
  } else {
    const hours = checkSelector("hours", input.hours, HOUR, {}, problems);
    if (hours) for (const h of expandNumeric(hours, 0, 23)) hourMask |= 1 << h;
  }

  let months = ALL_MONTHS;
  if (input.months) {
    if (type !== "ANNUALLY") {
      problems.push({ path: ["months"], message: "Months can only be given for an ANNUALLY schedule" });
    } else {
      const sel = checkSelector("months", input.months, MONTH, {}, problems);
      if (sel) {
        months = 0;
        for (const m of expandNumeric(sel, 1, 12)) months |= 1 << m;
      }
    }
  }

  let days: DayRule | null = null;
  if (type === "DAILY") {
    if (input.days) problems.push({ path: ["days"], message: "A DAILY schedule takes hours only, not days" });
    days = { kind: "pattern", months: ALL_MONTHS, daysOfMonth: null, weekdays: null, combine: "or" };
  } else if (!input.days) {
    if (TYPES.includes(type)) problems.push({ path: ["days"], message: `Days are required for a ${type} schedule` });
  } else if (type === "WEEKLY") {
    const sel = checkSelector("days", input.days, WEEKDAY, {}, problems);
    if (sel) {
      let weekdays = 0;
      for (const d of stepOrList(sel, 1, 7)) weekdays |= 1 << (d - 1);
      days = { kind: "pattern", months: ALL_MONTHS, daysOfMonth: null, weekdays, combine: "or" };
    }
  } else if (type === "MONTHLY" || (type === "ANNUALLY" && input.months)) {
    const sel = checkSelector("days", input.days, MONTH_DAY, {}, problems);
    if (sel) days = { kind: "pattern", months, daysOfMonth: monthDayMasks(sel), weekdays: null, combine: "or" };
  } else if (type === "ANNUALLY") {
    const sel = checkSelector(
      "days",
      input.days,
      DATE_OF_YEAR,
      {
        rangeNotAllowed: "An ANNUALLY schedule without months takes --MM-DD dates as a LIST; RANGE is not allowed",
        intervalNotAllowed: "An interval cannot be used with dates",
      },
      problems,
    );
    if (sel) {
      const datesOfYear = new Array<number>(13).fill(0);
      for (const v of sel.values) datesOfYear[v >> 5] |= 1 << ((v & 31) - 1);
      days = { kind: "pattern", months: ALL_MONTHS, daysOfMonth: null, datesOfYear, weekdays: null, combine: "or" };
    }
  } else if (type === "CALENDAR") {
    const sel = checkSelector(
      "days",
      input.days,
      CALENDAR_DATE,
      {
        rangeNotAllowed: "A CALENDAR schedule takes YYYY-MM-DD dates as a LIST; RANGE is not allowed",
        intervalNotAllowed: "An interval cannot be used with dates",
      },
      problems,
    );
    if (sel) days = { kind: "dates", days: [...sel.values].sort((a, b) => a - b) };
  }

  let end: number | null = null;
  if (input.expiration !== null && input.expiration !== undefined) {
    const at = input.expiration.getTime();
    end = at;
    if (Number.isNaN(at)) problems.push({ path: ["expiration"], message: "The expiration is not a valid instant" });
    else findings.deadline(["expiration"], "The expiration must be in the future", () => at);
  }

  const zone = resolveTimeZoneField("timeZoneId", input.timeZoneId, problems);

  if (days === null || zone === null || !input.hours) return findings;
  const calendar: Calendar = {
    zone,
    days,
    minutesOfDay: minutesFor(hourMask, [0]),
    minutesByDay: null,
    everyHour: isEveryHour(hourMask),
    excludedDays: null,
    end,
    never: hourMask === 0 || (days.kind === "pattern" ? !patternCanMatch(days) : days.days.length === 0),
  };
  return findings.succeed(calendar, {
    type,
    months: input.months ? canonicalSelector(input.months) : null,
    days: input.days ? canonicalSelector(input.days) : null,
    hours: canonicalSelector(input.hours),
    expiration: input.expiration ?? null,
    timeZoneId: zone,
  });
}

function stepOrList(sel: CheckedSelector<number>, lo: number, hi: number): number[] {
  return sel.type === "RANGE"
    ? stepCyclic(sel.values[0], sel.values[1], sel.interval ?? 1, lo, hi)
    : expandNumeric(sel, lo, hi);
}
