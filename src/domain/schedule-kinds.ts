/**
 * The three schedule kinds as stored rows: which kind a row is, its GraphQL type name, its zone and
 * its calendar. The one place that dispatches on the kind.
 */
import type { CampaignTemplateSchedule, IssuingSchedule, JobSchedule } from "../generated/prisma/client";
import type { Calendar } from "../recurrence";
import { jobCalendar } from "./job-schedules";
import { campaignCalendar } from "./campaign-schedules";
import { issuingCalendar } from "./issuing-schedules";

export type ScheduleRow = JobSchedule | CampaignTemplateSchedule | IssuingSchedule;

export const SCHEDULE_KINDS = ["CAMPAIGN_TEMPLATE", "ISSUING", "JOB"] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export const TYPE_NAMES = {
  CAMPAIGN_TEMPLATE: "CampaignTemplateSchedule",
  ISSUING: "IssuingSchedule",
  JOB: "JobSchedule",
} as const satisfies Record<ScheduleKind, string>;

export type ScheduleTypeName = (typeof TYPE_NAMES)[ScheduleKind];

export function scheduleKindOf(row: ScheduleRow): ScheduleKind {
  if ("specification" in row) return "JOB";
  if ("scheduleReference" in row) return "ISSUING";
  return "CAMPAIGN_TEMPLATE";
}

export function scheduleTypeName(row: ScheduleRow): ScheduleTypeName {
  return TYPE_NAMES[scheduleKindOf(row)];
}

export function timeZoneOf(row: ScheduleRow): string {
  if ("specification" in row) return row.location;
  if ("scheduleReference" in row) return row.timeZone;
  return row.timeZoneId;
}

const calendars = new WeakMap<ScheduleRow, Calendar>();

function parseCalendarOf(row: ScheduleRow): Calendar {
  if ("specification" in row) return jobCalendar(row);
  if ("scheduleReference" in row) return issuingCalendar(row);
  return campaignCalendar(row);
}

/** A row's calendar, parsed once per row object (a request often reads several fields off one row). */
export function calendarOf(row: ScheduleRow): Calendar {
  let calendar = calendars.get(row);
  if (!calendar) calendars.set(row, (calendar = parseCalendarOf(row)));
  return calendar;
}
