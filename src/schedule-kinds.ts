/**
 * The schedule registry: one entry per kind of schedule, with everything that differs between kinds
 * (its GraphQL type name, who may write it, its store, how a stored row becomes an engine Calendar,
 * what its calendar feed is titled). Code that works across kinds looks the kind up here and never
 * switches on it; adding a kind adds an entry.
 */
import {
  ScheduleKind,
  type CampaignTemplate,
  type CampaignTemplateSchedule,
  type IssuingSchedule,
  type JobSchedule,
  type Product,
} from "./generated/prisma/client";
import { AUTHORITIES } from "./auth";
import { campaignCalendar } from "./domain/campaign-template";
import { ISSUING_SCHEDULE_MESSAGES, issuingCalendar } from "./domain/issuing-schedule";
import { jobCalendar } from "./domain/job-schedule";
import type { Calendar } from "./recurrence";
import { CAMPAIGN_TEMPLATE_MESSAGES } from "./services/campaign-template";
import { JOB_SCHEDULE_MESSAGES } from "./services/job-schedule";
import * as campaignStore from "./store/campaign-template";
import * as issuingStore from "./store/issuing-schedule";
import * as jobStore from "./store/job-schedule";
import type { KindRelation } from "./store/schedule";

export type ScheduleRow = JobSchedule | CampaignTemplateSchedule | IssuingSchedule;

/** The relations to load with a kind's rows (the Pothos selection of a page, `{ include: { product: true } }`). */
export interface RowSelection {
  include?: object;
}

/** A stored schedule with what its calendar feed is titled by. */
export interface TitledSchedule<Row> {
  row: Row;
  /** The job's name, the issuing schedule's friendly name, or the campaign template's name. */
  title: string;
  /** What owns it (a product, a campaign template), for the feed's description; null when nothing does. */
  owner: string | null;
}

export interface ScheduleKindEntry<Row extends ScheduleRow = ScheduleRow> {
  /** Its value of the stored `kind` (Schedule.kind). */
  readonly kind: ScheduleKind;
  /** The GraphQL object type of its rows (and of its global ids). */
  readonly typename: string;
  /** What the kind is, for the ScheduleKind enum's documentation. */
  readonly description: string;
  /** How a calendar feed's description names the kind. */
  readonly label: string;
  /** Authorities that may write a schedule of the kind (and rotate its feed token). */
  readonly writeAuthorities: readonly string[];
  /** The 404 message when a schedule of the kind is not found. */
  readonly notFound: string;
  /** Its rows' relation on Schedule (a page of schedules loads each row through it). */
  readonly relation: KindRelation;
  find(id: string): Promise<Row | null>;
  /** One stored schedule with its feed title, in one statement. */
  findTitled(id: string): Promise<TitledSchedule<Row> | null>;
  /** The engine's calendar of a stored row. */
  calendar(row: Row): Calendar;
  /** How its row is read for a webhook body: with the owner the body names. */
  readonly webhookRow: true | { include: object };
  /** What identifies the work in a webhook body (API.md "The webhook request"), from a row read with webhookRow. */
  webhookSchedule(row: Row): Record<string, string | null>;
}

const JOB: ScheduleKindEntry<JobSchedule> = {
  kind: "JOB",
  typename: "JobSchedule",
  description: "A cron job schedule (seed 002).",
  label: "Job schedule",
  writeAuthorities: AUTHORITIES.scheduleWrite,
  notFound: JOB_SCHEDULE_MESSAGES.notFound,
  relation: "jobSchedule",
  find: jobStore.findJobSchedule,
  async findTitled(id) {
    const row = await jobStore.findJobSchedule(id);
    return row && { row, title: row.name, owner: null };
  },
  calendar: jobCalendar,
  webhookRow: true,
  webhookSchedule: (row) => ({ name: row.name, jobType: row.jobType }),
};

const ISSUING: ScheduleKindEntry<IssuingSchedule> = {
  kind: "ISSUING",
  typename: "IssuingSchedule",
  description: "A product's issuing schedule (seeds 001 and 004).",
  label: "Issuing schedule",
  writeAuthorities: AUTHORITIES.scheduleWrite,
  notFound: ISSUING_SCHEDULE_MESSAGES.scheduleNotFound,
  relation: "issuingSchedule",
  find: issuingStore.findIssuingScheduleById,
  async findTitled(id) {
    const row = await issuingStore.findIssuingScheduleWithProduct(id);
    return row && { row, title: row.friendlyName, owner: `Product: ${row.product.name}` };
  },
  calendar: issuingCalendar,
  webhookRow: { include: { product: true } },
  webhookSchedule: (row) => ({
    productReference: (row as IssuingSchedule & { product: Product }).product.reference,
    scheduleReference: row.scheduleReference,
    friendlyName: row.friendlyName,
    entitlementFormat: row.entitlementFormat,
  }),
};

const CAMPAIGN_TEMPLATE: ScheduleKindEntry<CampaignTemplateSchedule> = {
  kind: "CAMPAIGN_TEMPLATE",
  typename: "CampaignTemplateSchedule",
  description: "A certification campaign template's schedule (seed 000).",
  label: "Campaign template schedule",
  writeAuthorities: AUTHORITIES.campaignWrite,
  notFound: CAMPAIGN_TEMPLATE_MESSAGES.scheduleNotFound,
  relation: "campaignTemplateSchedule",
  find: campaignStore.findCampaignTemplateSchedule,
  async findTitled(id) {
    const row = await campaignStore.findCampaignTemplateScheduleWithTemplate(id);
    return row && { row, title: row.campaignTemplate.name, owner: `Campaign template: ${row.campaignTemplate.name}` };
  },
  calendar: campaignCalendar,
  webhookRow: { include: { campaignTemplate: true } },
  webhookSchedule: (row) => ({
    campaignTemplateId: row.campaignTemplateId,
    name: (row as CampaignTemplateSchedule & { campaignTemplate: CampaignTemplate }).campaignTemplate.name,
  }),
};

/** Every kind, by its stored `kind`. */
export const SCHEDULE_KINDS: { readonly [K in ScheduleKind]: ScheduleKindEntry } = { CAMPAIGN_TEMPLATE, ISSUING, JOB };
export type { ScheduleKind };
export const SCHEDULE_KIND_NAMES: readonly ScheduleKind[] = Object.values(ScheduleKind);

/** Every kind's relation on Schedule: a schedule read with this include carries its kind's row, whichever kind it is. */
export const ALL_KIND_ROWS = Object.fromEntries(SCHEDULE_KIND_NAMES.map((kind) => [SCHEDULE_KINDS[kind].relation, true])) as {
  [R in KindRelation]: true;
};

/** Every kind's relation on Schedule, read as a webhook body needs it. */
export const ALL_KIND_ROWS_FOR_WEBHOOKS = Object.fromEntries(
  SCHEDULE_KIND_NAMES.map((kind) => [SCHEDULE_KINDS[kind].relation, SCHEDULE_KINDS[kind].webhookRow]),
) as { [R in KindRelation]: true | { include: object } };

/** A schedule named by its kind and raw id (what a schedule's global id carries). */
export interface ScheduleRef {
  kind: ScheduleKind;
  id: string;
}

/** A stored row together with its kind. */
export interface KindedSchedule {
  kind: ScheduleKind;
  row: ScheduleRow;
}

export function scheduleKind(kind: ScheduleKind): ScheduleKindEntry {
  return SCHEDULE_KINDS[kind];
}

const KIND_OF_TYPENAME = new Map<string, ScheduleKind>(SCHEDULE_KIND_NAMES.map((kind) => [SCHEDULE_KINDS[kind].typename, kind]));

/** The kind whose GraphQL type is `typename`; null for any other type. */
export function kindOfTypename(typename: string): ScheduleKind | null {
  return KIND_OF_TYPENAME.get(typename) ?? null;
}

const calendars = new WeakMap<ScheduleRow, Calendar>();

/** A row's calendar, compiled once per row object (a request often reads several fields off one row). */
export function calendarOf(kind: ScheduleKind, row: ScheduleRow): Calendar {
  let calendar = calendars.get(row);
  if (!calendar) {
    calendar = scheduleKind(kind).calendar(row);
    calendars.set(row, calendar);
  }
  return calendar;
}
