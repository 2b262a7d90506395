/**
 * The three schedule kinds as stored rows: which kind a row is, its GraphQL type name, its zone and
 * its calendar. The one place that dispatches on the kind.
 */
import type { CampaignTemplateSchedule, IssuingSchedule, JobSchedule } from "../generated/prisma/client";
import type { Calendar } from "../recurrence";
import { jobCalendar } from "./job-schedule";
import { campaignCalendar } from "./campaign-template";
import { issuingCalendar } from "./issuing-schedule";

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

/** A row's calendar, compiled once per spec (stored-calendar.ts). */
export function calendarOf(row: ScheduleRow): Calendar {
  if ("specification" in row) return jobCalendar(row);
  if ("scheduleReference" in row) return issuingCalendar(row);
  return campaignCalendar(row);
}
