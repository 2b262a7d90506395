/**
 * Campaign templates (seed 000): the template's name rule, and its schedule: what a write stores for
 * a valid input and the calendar of a stored row. The schedule's rules (selectors, type, expiration,
 * zone) and its canonical form are the engine's (validateCampaignSpec); this module puts its problems
 * under the argument's path.
 */
import type { CampaignTemplateSchedule } from "../generated/prisma/client";
import { ProblemList } from "../errors";
import { parseCampaignSpec, validateCampaignSpec, type Calendar } from "../recurrence";
import type { CampaignScheduleType, CampaignSpec, CampaignSpecInput, Clock, Selector, SelectorInput } from "../recurrence/types";
import { storedCalendar } from "./stored-calendar";
import { readText } from "./text";

/** A campaign template schedule as the GraphQL input `CampaignTemplateScheduleInput` delivers it. */
export type CampaignTemplateScheduleInputData = CampaignSpecInput;

/** A selector as stored (JSON) and returned: `interval` only when there is one. */
export type StoredSelector = Selector;

/** What is stored for a valid input: selectors normalized, the zone in its canonical spelling. */
export type CampaignScheduleData = CampaignSpec;

export const CAMPAIGN_TEMPLATE_LIMITS = { nameMax: 1024 };

/** The engine's input for a campaign template schedule input (also used by previewOccurrences): absent fields are null. */
export function campaignSpecOf(input: CampaignTemplateScheduleInputData): CampaignSpecInput {
  return {
    type: input.type,
    months: input.months ?? null,
    days: input.days ?? null,
    hours: input.hours ?? null,
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
  const parsed = validateCampaignSpec(campaignSpecOf(input), clock);
  if (parsed.ok) return parsed.value.spec;
  const problems = new ProblemList();
  problems.addAll(parsed.problems, prefix);
  problems.throwIfAny();
  throw new Error("unreachable: a failed parse has problems");
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

/** The calendar of a stored campaign template schedule, compiled once per spec (stored-calendar.ts). */
export function campaignCalendar(row: CampaignTemplateSchedule): Calendar {
  const spec: CampaignSpecInput = {
    type: row.type as CampaignScheduleType,
    months: row.months as SelectorInput | null,
    days: row.days as SelectorInput | null,
    hours: row.hours as unknown as SelectorInput,
    expiration: row.expiration,
    timeZoneId: row.timeZone,
  };
  return storedCalendar("CampaignTemplateSchedule", row.id, spec, parseCampaignSpec);
}
