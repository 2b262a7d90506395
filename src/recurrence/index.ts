/** The occurrence engine's public API. Pure: luxon only, the clock is passed in (and only to writes' checks). */
export type {
  Occurrence,
  Problem,
  Parsed,
  Window,
  Clock,
  JobSpecInput,
  CampaignSpecInput,
  CampaignSpec,
  IssuingSpecInput,
  IssuingSpec,
  IssuingScheduleType,
  IssuingFrequency,
  Selector,
  SelectorInput,
  SelectorType,
  CampaignScheduleType,
} from "./types";
export { systemClock, ISSUING_SCHEDULE_TYPES } from "./types";
export type { Calendar } from "./calendar";
export { calendarZone, calendarWeight, isEveryHour } from "./calendar";
export type { Compiled } from "./spec";
export { formatInstant, isIsoDate } from "./civil";
export { resolveTimeZone, clearZoneOffsetCache, offsetChangesAround, isRepeatedLocalTime, ianaZoneOf } from "./zone";
export type { OffsetChange, NamedOffsetChange } from "./zone";
export { parseJobSpec } from "./job";
export { parseCronFields } from "./cron";
export { occurrences, nextOccurrence, previousOccurrence, occurrenceAt, isCarriedInstant, FIRST_INSTANT, LAST_INSTANT } from "./iterate";
export { parseCampaignSpec, validateCampaignSpec } from "./campaign";
export { parseIssuingSpec, validateIssuingSpec, ISSUING_MESSAGES } from "./issuing";
