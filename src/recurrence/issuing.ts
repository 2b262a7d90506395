/**
 * Issuing schedules (SEMANTICS.md "Issuing schedules"; seeds 001 and 004): one issue a day, month or
 * year, every n days/weeks/months/years from a start date, or on explicit dates, minus non-issuing
 * dates. Messages are the seed's, verbatim, where the seed has one.
 */
import { ISSUING_SCHEDULE_TYPES, type Clock, type IssuingFrequency, type IssuingScheduleType, type IssuingSpec, type IssuingSpecInput, type Parsed, type Problem } from "./types";
import { ALL_MONTHS, type Calendar, type DayRule } from "./calendar";
import { maxDaysInMonth, parseIsoDate, parseIsoDateTime } from "./civil";
import { instantOfLocal } from "./iterate";
import { SpecFindings, type Compiled } from "./spec";
import { resolveTimeZoneField } from "./zone";

export const ISSUING_MESSAGES = {
  scheduleType:
    "Invalid schedule frequency provided. Please provide one of the following values: none, daily, monthly, annual, irregular or custom",
  dayTooLarge: "Issuing day cannot exceed 31",
  dayTooSmall: "Issuing day must be 1 or more",
  time: "Issuing time must be between 00:00 - 23:59 and specified as hours and minutes only",
  month: "Invalid month provided. Please provide the full string value e.g. January",
  invalidDate: "The date provided is invalid",
  unit: "Invalid IssuingUnit provided. Please provide a value between 1 - 999",
  frequency: "Invalid frequency provided. Please provide daily, weekly, monthly or annual",
  nonIssuingDate: "Invalid date format non-issuing dates",
  startDate: "Invalid start date provided",
  notFuture: "Invalid dates provided, please provide a date in the future",
} as const;

/** The months' English names, as stored; any letter case is read. */
const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const MONTHS_BY_LOWER_NAME = new Map(MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1]));

const FREQUENCIES: Record<string, { name: IssuingFrequency; unit: "day" | "month"; factor: number }> = {
  daily: { name: "DAILY", unit: "day", factor: 1 },
  weekly: { name: "WEEKLY", unit: "day", factor: 7 },
  monthly: { name: "MONTHLY", unit: "month", factor: 1 },
  annual: { name: "ANNUAL", unit: "month", factor: 12 },
};

/** `HH:mm` (00:00–23:59) as a minute of the day, or null. */
function parseIssuingTime(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? +m[1] * 60 + +m[2] : null;
}

function checkTime(path: string, text: unknown, problems: Problem[]): number {
  const minute = parseIssuingTime(text);
  if (minute === null) problems.push({ path: [path, "issuingTime"], message: ISSUING_MESSAGES.time });
  return minute ?? 0;
}

function checkDay(path: string, day: unknown, problems: Problem[]): boolean {
  if (typeof day !== "number" || !Number.isInteger(day)) {
    problems.push({ path: [path, "issuingDay"], message: "Issuing day must be a whole number between 1 and 31" });
    return false;
  }
  if (day > 31) problems.push({ path: [path, "issuingDay"], message: ISSUING_MESSAGES.dayTooLarge });
  else if (day < 1) problems.push({ path: [path, "issuingDay"], message: ISSUING_MESSAGES.dayTooSmall });
  else return true;
  return false;
}

function requiredMessage(type: IssuingScheduleType): string {
  const name = type.toLowerCase();
  return type === "IRREGULAR"
    ? "At least one irregular date is required when the schedule type is irregular"
    : `A${type === "ANNUAL" ? "n" : ""} ${name} schedule is required when the schedule type is ${name}`;
}

const pattern = (months: number, days: [number, number, number, number] | null): DayRule => ({
  kind: "pattern",
  months,
  daysOfMonth: days,
  weekdays: null,
  combine: "or",
});

/** A day of the month clamped to each month's length. */
function clampedDay(day: number): [number, number, number, number] {
  const mask = (len: number) => 1 << (Math.min(day, len) - 1);
  return [mask(28), mask(29), mask(30), mask(31)];
}

/** The structure of an issuing spec (reads: a stored row, a preview). No clock: an irregular date in the past is not a problem here. */
export function parseIssuingSpec(input: IssuingSpecInput): Parsed<Calendar> {
  return compileIssuingSpec(input).calendar();
}

/** An issuing spec as a write takes it: its structure, and irregular dates after `clock.now()`; its canonical form. */
export function validateIssuingSpec(input: IssuingSpecInput, clock: Clock): Parsed<Compiled<IssuingSpec>> {
  return compileIssuingSpec(input).at(clock);
}

function compileIssuingSpec(input: IssuingSpecInput): SpecFindings<IssuingSpec> {
  const findings = new SpecFindings<IssuingSpec>();
  const problems: Problem[] = findings.problems;
  let canonical: Omit<IssuingSpec, "scheduleType" | "nonIssuingDates" | "timeZone"> = {};
  const typeText = typeof input.scheduleType === "string" ? input.scheduleType.trim().toLowerCase() : "";
  const type = ISSUING_SCHEDULE_TYPES.find((name) => name.toLowerCase() === typeText) ?? null;
  if (type === null) problems.push({ path: ["scheduleType"], message: ISSUING_MESSAGES.scheduleType });

  const zone = resolveTimeZoneField("timeZone", input.timeZone, problems);

  let excludedDays: Set<number> | null = null;
  (input.nonIssuingDates ?? []).forEach((text, i) => {
    const day = typeof text === "string" ? parseIsoDate(text) : null;
    if (day === null) problems.push({ path: ["nonIssuingDates", String(i)], message: ISSUING_MESSAGES.nonIssuingDate });
    else {
      excludedDays ??= new Set();
      excludedDays.add(day);
    }
  });

  let days: DayRule = { kind: "dates", days: [] };
  let minutesOfDay: number[] = [];
  let minutesByDay: Map<number, number[]> | null = null;
  let never = type === "NONE";

  if (type === "DAILY") {
    const s = input.dailySchedule;
    if (!s) problems.push({ path: ["dailySchedule"], message: requiredMessage(type) });
    else {
      minutesOfDay = [checkTime("dailySchedule", s.issuingTime, problems)];
      days = pattern(ALL_MONTHS, null);
      canonical = { dailySchedule: { issuingTime: s.issuingTime } };
    }
  } else if (type === "MONTHLY") {
    const s = input.monthlySchedule;
    if (!s) problems.push({ path: ["monthlySchedule"], message: requiredMessage(type) });
    else {
      const dayOk = checkDay("monthlySchedule", s.issuingDay, problems);
      minutesOfDay = [checkTime("monthlySchedule", s.issuingTime, problems)];
      if (dayOk) days = pattern(ALL_MONTHS, clampedDay(s.issuingDay));
      canonical = { monthlySchedule: { issuingDay: s.issuingDay, issuingTime: s.issuingTime } };
    }
  } else if (type === "ANNUAL") {
    const s = input.annualSchedule;
    if (!s) problems.push({ path: ["annualSchedule"], message: requiredMessage(type) });
    else {
      const month = typeof s.issuingMonth === "string" ? (MONTHS_BY_LOWER_NAME.get(s.issuingMonth.trim().toLowerCase()) ?? 0) : 0;
      if (month === 0) problems.push({ path: ["annualSchedule", "issuingMonth"], message: ISSUING_MESSAGES.month });
      const dayOk = checkDay("annualSchedule", s.issuingDay, problems);
      if (dayOk && month > 0 && s.issuingDay > maxDaysInMonth(month)) {
        problems.push({ path: ["annualSchedule", "issuingDay"], message: ISSUING_MESSAGES.invalidDate });
      }
      minutesOfDay = [checkTime("annualSchedule", s.issuingTime, problems)];
      if (dayOk && month > 0) days = pattern(1 << month, clampedDay(s.issuingDay));
      canonical = { annualSchedule: { issuingMonth: MONTH_NAMES[month - 1], issuingDay: s.issuingDay, issuingTime: s.issuingTime } };
    }
  } else if (type === "CUSTOM") {
    const s = input.customSchedule;
    if (!s) problems.push({ path: ["customSchedule"], message: requiredMessage(type) });
    else {
      const unit = s.issuingUnit;
      const unitOk = typeof unit === "number" && Number.isInteger(unit) && unit >= 1 && unit <= 999;
      if (!unitOk) problems.push({ path: ["customSchedule", "issuingUnit"], message: ISSUING_MESSAGES.unit });
      const frequency = typeof s.frequency === "string" ? FREQUENCIES[s.frequency.trim().toLowerCase()] : undefined;
      if (!frequency) problems.push({ path: ["customSchedule", "frequency"], message: ISSUING_MESSAGES.frequency });
      const startDay = typeof s.startDate === "string" ? parseIsoDate(s.startDate) : null;
      if (startDay === null) problems.push({ path: ["customSchedule", "startDate"], message: ISSUING_MESSAGES.startDate });
      minutesOfDay = [checkTime("customSchedule", s.issuingTime, problems)];
      if (unitOk && frequency && startDay !== null) {
        days = { kind: "step", unit: frequency.unit, every: unit * frequency.factor, startDay };
        canonical = { customSchedule: { issuingUnit: unit, frequency: frequency.name, startDate: s.startDate, issuingTime: s.issuingTime } };
      }
    }
  } else if (type === "IRREGULAR") {
    const list = input.irregularSchedule;
    if (!list || list.length === 0) problems.push({ path: ["irregularSchedule"], message: requiredMessage(type) });
    else {
      minutesByDay = new Map();
      list.forEach((text, i) => {
        const path = ["irregularSchedule", String(i)];
        let parsed: [number, number] | null = null;
        if (typeof text === "string") {
          const dateOnly = parseIsoDate(text);
          parsed = dateOnly !== null ? [dateOnly, 0] : parseIsoDateTime(text);
        }
        if (parsed === null) {
          problems.push({ path, message: ISSUING_MESSAGES.invalidDate });
          return;
        }
        const [day, minute] = parsed;
        if (zone !== null) findings.deadline(path, ISSUING_MESSAGES.notFuture, () => instantOfLocal(zone, day, minute).at.getTime());
        const minutes = minutesByDay!.get(day) ?? [];
        if (!minutes.includes(minute)) minutes.push(minute);
        minutesByDay!.set(day, minutes.sort((a, b) => a - b));
      });
      days = { kind: "dates", days: [...minutesByDay.keys()].sort((a, b) => a - b) };
      canonical = { irregularSchedule: [...list] };
    }
  }

  if (type === null || zone === null) return findings;
  const calendar: Calendar = {
    zone,
    days,
    minutesOfDay,
    minutesByDay,
    everyHour: false,
    excludedDays,
    end: null,
    never: never || (days.kind === "dates" && days.days.length === 0),
  };
  return findings.succeed(calendar, {
    scheduleType: type,
    ...canonical,
    nonIssuingDates: [...(input.nonIssuingDates ?? [])],
    timeZone: zone,
  });
}
