/** Campaign template schedules (seed 000): the calendar of a stored row. */
import type { CampaignTemplateSchedule } from "../generated/prisma/client";
import { parseCampaignSpec, type Calendar } from "../recurrence";
import type { CampaignScheduleType, SelectorInput } from "../recurrence/types";
import { WRITTEN_CLOCK, calendarOrThrow } from "./stored-calendar";

export function campaignCalendar(row: CampaignTemplateSchedule): Calendar {
  const parsed = parseCampaignSpec(
    {
      type: row.type as CampaignScheduleType,
      months: row.months as SelectorInput | null,
      days: row.days as SelectorInput | null,
      hours: row.hours as unknown as SelectorInput,
      expiration: row.expiration,
      timeZoneId: row.timeZoneId,
    },
    WRITTEN_CLOCK,
  );
  return calendarOrThrow(parsed, "CampaignTemplateSchedule", row.id);
}
