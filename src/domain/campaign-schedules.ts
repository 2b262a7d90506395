/**
 * Campaign template schedules (seed 000): input rules, what is stored for a valid input, and the
 * calendar of a stored row. The selector, type, expiration and zone rules live in the engine
 * (parseCampaignSpec); this module puts its problems under the argument's path and normalizes.
 */
import type { CampaignTemplateSchedule } from "../generated/prisma/client";
import { ProblemList } from "../errors";
import { calendarZone, parseCampaignSpec, type Calendar } from "../recurrence";
import type { CampaignScheduleType, CampaignSpecInput, Clock, SelectorInput } from "../recurrence/types";
import { READ_CLOCK, calendarOrThrow } from "./stored-calendar";
import { readText } from "./text";

/** A campaign template schedule as the GraphQL input `CampaignTemplateScheduleInput` delivers it. */
export type CampaignTemplateScheduleInputData = CampaignSpecInput;

/** A selector as stored (JSON) and returned: `interval` only when there is one. */
export interface StoredSelector {
  type: SelectorInput["type"];
  values: string[];
  interval?: number;
}

/** What is stored for a valid input: selectors normalized, the zone in its canonical spelling. */
export interface CampaignScheduleData {
  type: CampaignScheduleType;
  months: StoredSelector | null;
  days: StoredSelector | null;
  hours: StoredSelector;
  expiration: Date | null;
  timeZoneId: string;
}

export const CAMPAIGN_TEMPLATE_LIMITS = { nameMax: 1024 };

/** A selector without a null interval (absent means no stepping). */
export function normalizeSelector(selector: SelectorInput): StoredSelector {
  const values = (selector.values ?? []).map((value) => String(value).trim());
  return selector.interval == null ? { type: selector.type, values } : { type: selector.type, values, interval: selector.interval };
}

/**
 * The engine's input for a campaign template schedule input (also used by previewOccurrences):
 * absent fields stay absent, selectors are normalized.
 */
export function campaignSpecOf(input: CampaignTemplateScheduleInputData): CampaignSpecInput {
  return {
    type: input.type,
    months: input.months ? normalizeSelector(input.months) : null,
    days: input.days ? normalizeSelector(input.days) : null,
    hours: input.hours ? normalizeSelector(input.hours) : null,
    expiration: input.expiration ?? null,
    timeZoneId: input.timeZoneId ?? null,
  };
}

/**
 * Checks every rule of seed 000 / SEMANTICS.md against the input alone (no database read) and reports
 * every problem under `prefix` (e.g. ["input"]). An expiration must lie after `clock.now()`.
 */
export function validateCampaignScheduleInput(
  input: CampaignTemplateScheduleInputData,
  clock: Clock,
  prefix: string[] = ["input"],
): CampaignScheduleData {
  const problems = new ProblemList();
  const spec = campaignSpecOf(input);
  const parsed = parseCampaignSpec(spec, clock);
  if (!parsed.ok) problems.addAll(parsed.problems, prefix);
  problems.throwIfAny();
  if (!parsed.ok || !spec.hours) throw new Error("unreachable: a parsed campaign spec has hours");
  return {
    type: spec.type,
    months: (spec.months as StoredSelector | null) ?? null,
    days: (spec.days as StoredSelector | null) ?? null,
    hours: spec.hours as StoredSelector,
    expiration: spec.expiration ?? null,
    timeZoneId: calendarZone(parsed.value),
  };
}

/** createCampaignTemplate's input: a name that is not blank, at most 1024 characters, stored normalized (domain/text.ts). */
export function validateCampaignTemplateInput(input: { name: string }, prefix: string[] = ["input"]): { name: string } {
  const problems = new ProblemList();
  const name = readText(problems, [...prefix, "name"], '"name"', input.name, "name");
  if (name === "") problems.add([...prefix, "name"], '"name" is required');
  else if (name !== null && name.length > CAMPAIGN_TEMPLATE_LIMITS.nameMax) {
    problems.add([...prefix, "name"], `"name" cannot exceed ${CAMPAIGN_TEMPLATE_LIMITS.nameMax} characters`);
  }
  problems.throwIfAny();
  return { name: name! };
}

export function campaignCalendar(row: CampaignTemplateSchedule): Calendar {
  const parsed = parseCampaignSpec(
    {
      type: row.type as CampaignScheduleType,
      months: row.months as SelectorInput | null,
      days: row.days as SelectorInput | null,
      hours: row.hours as unknown as SelectorInput,
      expiration: row.expiration,
      timeZoneId: row.timeZone,
    },
    READ_CLOCK,
  );
  return calendarOrThrow(parsed, "CampaignTemplateSchedule", row.id);
}
