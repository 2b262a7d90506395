/** Issuing schedules of products (seeds 001 and 004): the calendar of a stored row. */
import type { IssuingSchedule } from "../generated/prisma/client";
import { parseIssuingSpec, type Calendar } from "../recurrence";
import type { IssuingSpecInput } from "../recurrence/types";
import { WRITTEN_CLOCK, calendarOrThrow } from "./stored-calendar";

/** The calendar fields as stored in the `rule` column. */
export type IssuingRule = Pick<
  IssuingSpecInput,
  "dailySchedule" | "monthlySchedule" | "annualSchedule" | "customSchedule" | "irregularSchedule"
>;

export function issuingCalendar(row: IssuingSchedule): Calendar {
  const parsed = parseIssuingSpec(
    {
      ...(row.rule as IssuingRule),
      scheduleType: row.scheduleType,
      nonIssuingDates: row.nonIssuingDates as string[],
      timeZone: row.timeZone,
    },
    WRITTEN_CLOCK,
  );
  return calendarOrThrow(parsed, "IssuingSchedule", row.id);
}
