/** The occurrence engine's public API. Pure: luxon only, the clock is passed in. */
export type {
  Occurrence,
  Problem,
  Parsed,
  Window,
  Clock,
  JobSpecInput,
  CampaignSpecInput,
  IssuingSpecInput,
  SelectorInput,
  SelectorType,
  CampaignScheduleType,
} from "./types";
export { systemClock } from "./types";
export type { Calendar } from "./calendar";
export { calendarZone, isEveryHour } from "./calendar";
export { resolveTimeZone, clearZoneOffsetCache, offsetChangesAround, isRepeatedLocalTime, ianaZoneOf } from "./zone";
export type { OffsetChange, NamedOffsetChange } from "./zone";
export { parseJobSpec } from "./job";
export { parseCronFields, CronSyntaxError } from "./cron";
export { occurrences, nextOccurrence, isCarriedInstant, FIRST_INSTANT, LAST_INSTANT } from "./iterate";
export { parseCampaignSpec } from "./campaign";
export { parseIssuingSpec, ISSUING_MESSAGES } from "./issuing";
