/**
 * The public shapes of the occurrence engine. Pure data: no luxon objects cross this boundary,
 * so the GraphQL and database layers never handle zones themselves.
 */

/** One firing of a schedule. */
export interface Occurrence {
  /** The instant. */
  at: Date;
  /** The local date-time in the schedule's zone with a numeric offset, e.g. 2026-03-08T03:00:00-04:00. */
  localDateTime: string;
  /** True exactly when a DST gap moved this occurrence forward. */
  shifted: boolean;
}

/** One validation problem: where (relative to the spec input) and the message a user sees. */
export interface Problem {
  path: string[];
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Which occurrences to list: strictly after `after`, at or before `until`, at most `first`. */
export interface Window {
  after: Date;
  until?: Date | null;
  first: number;
}

/** The clock, passed in so that tests can pin it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

// ---- inputs of the three schedule kinds (as the GraphQL inputs deliver them) ----

export interface JobSpecInput {
  specification: string;
  location?: string | null;
}

export type SelectorType = "LIST" | "RANGE";
export interface SelectorInput {
  type: SelectorType;
  values: string[];
  interval?: number | null;
}

export type CampaignScheduleType = "DAILY" | "WEEKLY" | "MONTHLY" | "ANNUALLY" | "CALENDAR";
export interface CampaignSpecInput {
  type: CampaignScheduleType;
  months?: SelectorInput | null;
  days?: SelectorInput | null;
  hours?: SelectorInput | null;
  /** An instant; no occurrence after it. */
  expiration?: Date | null;
  timeZoneId?: string | null;
}

/** A campaign template selector in its canonical form: values trimmed, `interval` only when there is one. */
export interface Selector {
  type: SelectorType;
  values: string[];
  interval?: number;
}

/** A valid campaign template spec in its canonical form (as stored): selectors normalized, the zone canonical. */
export interface CampaignSpec {
  type: CampaignScheduleType;
  months: Selector | null;
  days: Selector | null;
  hours: Selector;
  expiration: Date | null;
  timeZoneId: string;
}

export interface IssuingSpecInput {
  /** none, daily, monthly, annual, irregular or custom, in any letter case. */
  scheduleType: string;
  dailySchedule?: { issuingTime: string } | null;
  monthlySchedule?: { issuingDay: number; issuingTime: string } | null;
  annualSchedule?: { issuingMonth: string; issuingDay: number; issuingTime: string } | null;
  customSchedule?: { issuingUnit: number; frequency: string; startDate: string; issuingTime: string } | null;
  irregularSchedule?: string[] | null;
  nonIssuingDates?: string[] | null;
  timeZone?: string | null;
}

export const ISSUING_SCHEDULE_TYPES = ["NONE", "DAILY", "MONTHLY", "ANNUAL", "IRREGULAR", "CUSTOM"] as const;
export type IssuingScheduleType = (typeof ISSUING_SCHEDULE_TYPES)[number];
export type IssuingFrequency = "DAILY" | "WEEKLY" | "MONTHLY" | "ANNUAL";

/**
 * A valid issuing spec in its canonical form (as stored): the type upper-case with only its own
 * sub-schedule, the month as its English name, the frequency upper-case, the zone canonical; times
 * and dates as sent.
 */
export interface IssuingSpec {
  scheduleType: IssuingScheduleType;
  dailySchedule?: { issuingTime: string };
  monthlySchedule?: { issuingDay: number; issuingTime: string };
  annualSchedule?: { issuingMonth: string; issuingDay: number; issuingTime: string };
  customSchedule?: { issuingUnit: number; frequency: IssuingFrequency; startDate: string; issuingTime: string };
  irregularSchedule?: string[];
  nonIssuingDates: string[];
  timeZone: string;
}
