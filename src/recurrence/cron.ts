/**
 * Five-field cron specifications (minute hour day-of-month month day-of-week), SEMANTICS.md "Job
 * schedules": lists, ascending ranges, steps (`*\/5`, `10-50/10`, `5/15` = from 5 to the maximum),
 * month and weekday names (case-insensitive), 0 and 7 both Sunday, the usual macros, and `L` / `L-n`
 * (last day of the month, n days before it) in the day-of-month field.
 * Day of week: 7 is only another name for Sunday. A range ending at Sunday ends on the week's last day
 * (`MON-SUN`, `FRI-0` = Friday to Sunday), a range starting at 7 starts on Sunday (`7-2` = Sunday to
 * Tuesday), and a step without an end runs over 0–6 (`MON/2` = Mon, Wed, Fri; `*\/2` = Sun, Tue, Thu, Sat).
 * Day of month and day of week combine with OR when both are restricted; a field is restricted unless
 * it is exactly `*`.
 */
import type { Problem } from "./types";
import { isEveryHour, minutesFor, patternCanMatch, type Calendar, type PatternRule } from "./calendar";

const MACROS: Readonly<Record<string, string>> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  /** Where a step without an end (`*\/n`, `v/n`) stops; `max` unless a value is an alias (7 = Sunday). */
  stepMax?: number;
  names?: readonly string[];
}

const FIELDS: readonly FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  {
    name: "month",
    min: 1,
    max: 12,
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
  },
  { name: "day-of-week", min: 0, max: 7, stepMax: 6, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
];

/** A parsed cron expression: the selected values of each field, plus `L` offsets for day of month. */
export interface CronFields {
  minutes: number[];
  hours: number[];
  daysOfMonth: number[];
  /** n for each `L-n` (0 for `L`). */
  lastDayOffsets: number[];
  months: number[];
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  dayOfMonthRestricted: boolean;
  dayOfWeekRestricted: boolean;
}

class CronSyntaxError extends Error {}

function fail(message: string): never {
  throw new CronSyntaxError("Invalid cron expression: " + message);
}

function where(index: number): string {
  return `field ${index + 1} (${FIELDS[index].name})`;
}

function parseValue(text: string, index: number): number {
  const field = FIELDS[index];
  let value: number;
  if (/^\d+$/.test(text)) value = parseInt(text, 10);
  else {
    const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
    if (named < 0) fail(`${where(index)} value "${text}" is not a number${field.names ? " or a name" : ""}`);
    value = named + (field.name === "month" ? 1 : 0);
  }
  if (value < field.min || value > field.max) {
    fail(`${where(index)} value ${text} is out of range ${field.min}-${field.max}`);
  }
  return value;
}

function parseField(text: string, index: number, lastDayOffsets: number[]): number[] {
  const field = FIELDS[index];
  const values = new Set<number>();
  if (text === "") fail(`${where(index)} is empty`);
  for (const item of text.split(",")) {
    if (item === "") fail(`${where(index)} has an empty list item in "${text}"`);
    if (index === 2 && /^L(-\d+)?$/i.test(item)) {
      const n = item.length > 1 ? parseInt(item.slice(2), 10) : 0;
      if (n < 0 || n > 30) fail(`${where(index)} value ${item} is out of range L-1 to L-30`);
      lastDayOffsets.push(n);
      continue;
    }
    const [rangePart, stepPart, extra] = item.split("/");
    if (extra !== undefined) fail(`${where(index)} item "${item}" has more than one step`);
    let step = 1;
    if (stepPart !== undefined) {
      if (!/^\d+$/.test(stepPart)) fail(`${where(index)} step "${stepPart}" is not a number`);
      step = parseInt(stepPart, 10);
      if (step < 1) fail(`${where(index)} step ${stepPart} must be 1 or more`);
      const span = (field.stepMax ?? field.max) - field.min + 1;
      if (step > span) fail(`${where(index)} step ${stepPart} is out of range 1-${span}`);
    }
    const dayOfWeek = field.stepMax !== undefined;
    let start: number;
    let end: number;
    if (rangePart === "*") {
      start = field.min;
      end = stepPart !== undefined ? (field.stepMax ?? field.max) : field.max;
    } else if (rangePart.includes("-")) {
      const parts = rangePart.split("-");
      if (parts.length !== 2 || parts[0] === "" || parts[1] === "") fail(`${where(index)} range "${rangePart}" is malformed`);
      start = parseValue(parts[0], index);
      end = parseValue(parts[1], index);
      // Sunday closes a week that starts on Monday (MON-SUN, FRI-0) and opens one that ends before it (7-2).
      if (dayOfWeek && end === 0 && start > 0) end = 7;
      if (dayOfWeek && start === 7 && end < 7) start = 0;
      if (start > end) fail(`${where(index)} range ${rangePart} is descending (start ${parts[0]} is after end ${parts[1]})`);
    } else {
      if (rangePart === "") fail(`${where(index)} item "${item}" has no value`);
      start = parseValue(rangePart, index);
      if (stepPart !== undefined && dayOfWeek && start === 7) start = 0;
      end = stepPart !== undefined ? (field.stepMax ?? field.max) : start;
    }
    for (let v = start; v <= end; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

/** Parses a cron expression; throws CronSyntaxError naming the field position. */
export function parseCronFields(specification: string): CronFields {
  let text = specification.trim();
  if (text === "") fail("the specification is empty");
  if (text.startsWith("@")) {
    const macro = MACROS[text.toLowerCase()];
    if (!macro) fail(`unknown macro ${text} (expected one of ${Object.keys(MACROS).join(", ")})`);
    text = macro;
  }
  const parts = text.split(/\s+/);
  if (parts.length !== 5) {
    fail(`expected 5 fields (minute hour day-of-month month day-of-week) but found ${parts.length}`);
  }
  const lastDayOffsets: number[] = [];
  const fields = parts.map((p, i) => parseField(p, i, lastDayOffsets));
  return {
    minutes: fields[0],
    hours: fields[1],
    daysOfMonth: fields[2],
    lastDayOffsets: [...new Set(lastDayOffsets)],
    months: fields[3],
    weekdays: [...new Set(fields[4].map((w) => w % 7))].sort((a, b) => a - b),
    dayOfMonthRestricted: parts[2] !== "*",
    dayOfWeekRestricted: parts[4] !== "*",
  };
}

/** Day masks for months of 28–31 days from numbered days and `L-n` offsets. */
export function dayOfMonthMasks(days: number[], lastDayOffsets: number[]): [number, number, number, number] {
  const masks: [number, number, number, number] = [0, 0, 0, 0];
  for (let len = 28; len <= 31; len++) {
    let mask = 0;
    for (const d of days) if (d <= len) mask |= 1 << (d - 1);
    for (const n of lastDayOffsets) if (len - n >= 1) mask |= 1 << (len - n - 1);
    masks[len - 28] = mask;
  }
  return masks;
}

/** The calendar of a cron expression in a (canonical) zone. */
export function cronCalendar(fields: CronFields, zone: string): Calendar {
  let months = 0;
  for (const m of fields.months) months |= 1 << m;
  let weekdays = 0;
  for (const w of fields.weekdays) weekdays |= 1 << w;
  let hourMask = 0;
  for (const h of fields.hours) hourMask |= 1 << h;
  const rule: PatternRule = {
    kind: "pattern",
    months,
    daysOfMonth: fields.dayOfMonthRestricted ? dayOfMonthMasks(fields.daysOfMonth, fields.lastDayOffsets) : null,
    weekdays: fields.dayOfWeekRestricted ? weekdays : null,
    combine: "or",
  };
  return {
    zone,
    days: rule,
    minutesOfDay: minutesFor(hourMask, fields.minutes),
    minutesByDay: null,
    everyHour: isEveryHour(hourMask),
    excludedDays: null,
    end: null,
    never: !patternCanMatch(rule),
  };
}

/** Parses a cron expression into its problems (path ["specification"]) or its fields. */
export function parseCron(specification: string): { ok: true; fields: CronFields } | { ok: false; problem: Problem } {
  try {
    return { ok: true, fields: parseCronFields(specification) };
  } catch (e) {
    if (e instanceof CronSyntaxError) return { ok: false, problem: { path: ["specification"], message: e.message } };
    throw e;
  }
}
