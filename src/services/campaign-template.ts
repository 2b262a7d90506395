/**
 * Campaign templates and their one schedule each (seed 000). setCampaignTemplateSchedule answers 400 (the
 * input) → 404 (the template) → 409 (expectedVersion).
 */
import type { CampaignTemplate, CampaignTemplateSchedule } from "../generated/prisma/client";
import { ConflictError, NotFoundError, WRITE_CONFLICT } from "../errors";
import {
  validateCampaignScheduleInput,
  validateCampaignTemplateInput,
  type CampaignTemplateScheduleInputData,
} from "../domain/campaign-template";
import type { Clock } from "../recurrence/types";
import * as store from "../store/campaign-template";
import { deleteSchedule, touchSchedule } from "../store/schedule";
import { transaction } from "../store/transaction";
import { afterScheduleWrite } from "./wake";

export const CAMPAIGN_TEMPLATE_MESSAGES = {
  templateNotFound: "Campaign template cannot be found",
  scheduleNotFound: "Schedule configuration cannot be found",
} as const;

const M = CAMPAIGN_TEMPLATE_MESSAGES;

export function createCampaignTemplate(input: { name: string }): Promise<CampaignTemplate> {
  return store.insertCampaignTemplate(validateCampaignTemplateInput(input));
}

/** A template with what the query selects; null when `id` (null: the global id names no template) has none. */
export function findCampaignTemplate(id: string | null, query: store.CampaignTemplateQuery = {}): Promise<CampaignTemplate | null> {
  return id === null ? Promise.resolve(null) : store.findCampaignTemplate(id, query);
}

/**
 * Sets a template's schedule, overwriting the one it has (seed 000 PUT): the schedule keeps its id and
 * its version is raised; the template's version is raised too. With `expectedVersion`, only if the
 * schedule exists and still has that version, otherwise "Write Conflict".
 */
export async function setCampaignTemplateSchedule(
  campaignTemplateId: string | null,
  input: CampaignTemplateScheduleInputData,
  expectedVersion: number | null | undefined,
  clock: Clock,
): Promise<CampaignTemplateSchedule> {
  const data = validateCampaignScheduleInput(input, clock);
  if (campaignTemplateId === null) throw new NotFoundError(M.templateNotFound);
  const schedule = await transaction(async (tx) => {
    // The first statement writes, so the transaction holds SQLite's write lock before it reads the
    // schedule's version: a concurrent writer waits.
    if (!(await store.touchCampaignTemplate(campaignTemplateId, tx))) throw new NotFoundError(M.templateNotFound);
    const written =
      expectedVersion == null
        ? await store.upsertCampaignTemplateSchedule(campaignTemplateId, data, tx)
        : await store.updateCampaignTemplateSchedule(campaignTemplateId, data, expectedVersion, tx);
    if (!written) throw new ConflictError(WRITE_CONFLICT);
    await touchSchedule(written, tx);
    return written;
  });
  return afterScheduleWrite(schedule);
}

/** Removes a template's schedule (and all that belongs to it) and raises the template's version; answers the template. */
export async function deleteCampaignTemplateSchedule(campaignTemplateId: string | null): Promise<CampaignTemplate> {
  if (campaignTemplateId === null) throw new NotFoundError(M.templateNotFound);
  return transaction(async (tx) => {
    if (!(await store.touchCampaignTemplate(campaignTemplateId, tx))) throw new NotFoundError(M.templateNotFound);
    const scheduleId = await store.findCampaignTemplateScheduleId(campaignTemplateId, tx);
    // Its Schedule row: the kind's row and all that belongs to the schedule go with it.
    if (scheduleId === null || !(await deleteSchedule("CAMPAIGN_TEMPLATE", scheduleId, tx))) throw new NotFoundError(M.scheduleNotFound);
    return store.findCampaignTemplateOrThrow(campaignTemplateId, tx);
  });
}
