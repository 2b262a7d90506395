/** CampaignTemplate and its CampaignTemplateSchedule (seed 000): the types, inputs, query and mutations. */
import { builder } from "../builder";
import { AUTHORITIES } from "../auth";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import type { CampaignScheduleType } from "../generated/prisma/client";
import type { SelectorInput } from "../recurrence/types";
import * as service from "../services/campaign-template";
import { RecurringInterface, VersionedInterface, scheduleObject } from "./common";
import { rawIdOf } from "./ids";

const SelectorTypeEnum = builder.enumType("SelectorType", {
  description: "How a selector's values are read.",
  values: {
    LIST: { description: "The listed values; with an interval, exactly one start value stepped by the interval." },
    RANGE: { description: "Two values, start and end, inclusive (wrapping past the maximum when start > end); with an interval, stepped." },
  },
});

const CampaignScheduleTypeEnum = builder.enumType("CampaignScheduleType", {
  description: "The cadence of a campaign template schedule.",
  values: {
    DAILY: { description: "Every day at the selected hours (hours only)." },
    WEEKLY: { description: "On the selected weekdays (1 = Sunday … 7 = Saturday)." },
    MONTHLY: { description: "On the selected days of the month (1-31, L, L-n)." },
    ANNUALLY: { description: "On the selected days of the selected months, or on --MM-DD dates." },
    CALENDAR: { description: "On the listed YYYY-MM-DD dates." },
  } satisfies Record<CampaignScheduleType, unknown>,
});

const SelectorRef = builder.objectRef<SelectorInput>("Selector").implement({
  description: "Which months, days or hours a campaign template schedule is active in.",
  fields: (t) => ({
    type: t.field({ type: SelectorTypeEnum, resolve: (s) => s.type, description: "LIST or RANGE." }),
    values: t.exposeStringList("values", { description: 'The values, as strings ("8", "L-1", "--03-02", "2021-03-02").' }),
    interval: t.int({
      nullable: true,
      resolve: (s) => s.interval ?? null,
      description: "Step between selected values; absent means no stepping.",
    }),
  }),
});

export const CampaignTemplateSchedule = scheduleObject(
  builder.prismaNode("CampaignTemplateSchedule", {
    description: "When a certification campaign template generates campaigns (seed 000): at minute 0 of each selected hour.",
    id: { field: "id", description: "Global id (Relay)." },
    interfaces: [RecurringInterface, VersionedInterface],
    fields: (t) => ({
      type: t.field({ type: CampaignScheduleTypeEnum, resolve: (row) => row.type, description: "The cadence." }),
      months: t.field({
        type: SelectorRef,
        nullable: true,
        resolve: (row) => row.months as SelectorInput | null,
        description: "Active months (ANNUALLY only).",
      }),
      days: t.field({
        type: SelectorRef,
        nullable: true,
        resolve: (row) => row.days as SelectorInput | null,
        description: "Active days; their meaning depends on `type`.",
      }),
      hours: t.field({ type: SelectorRef, resolve: (row) => row.hours as unknown as SelectorInput, description: "Active hours, 0-23." }),
      expiration: t.expose("expiration", {
        type: "DateTime",
        nullable: true,
        description: "No occurrence after this instant (one exactly at it still fires).",
      }),
      timeZoneId: t.string({
        resolve: (row) => row.timeZone,
        description: "The canonical zone (an alias such as CST is stored as America/Chicago).",
      }),
      campaignTemplate: t.relation("campaignTemplate", { description: "The template this schedule belongs to." }),
    }),
  }),
);

export const CampaignTemplate = builder.prismaNode("CampaignTemplate", {
  description: "A certification campaign template, which may have one schedule.",
  id: { field: "id", description: "Global id (Relay)." },
  interfaces: [VersionedInterface],
  fields: (t) => ({
    name: t.exposeString("name", { description: "The template's name, at most 1024 characters." }),
    version: t.exposeInt("version", {
      description:
        "Raised by every write, including setting or deleting its schedule (the template changed with it); pass it back as expectedVersion to detect a concurrent change.",
    }),
    schedule: t.relation("schedule", { nullable: true, description: "Its schedule, if one is set." }),
  }),
});

// ---- inputs ----

const SelectorInputRef = builder.inputType("SelectorInput", {
  description: "Which months, days or hours are active: a LIST of values or a RANGE start..end, optionally stepped.",
  fields: (t) => ({
    type: t.field({ type: SelectorTypeEnum, required: true, description: "LIST or RANGE." }),
    values: t.stringList({
      required: true,
      description:
        'LIST: the values (with an interval, exactly one: the start). RANGE: exactly two, start and end, inclusive; start > end wraps past the maximum (hours ["9","5"] = 9-23 and 0-5).',
    }),
    interval: t.int({ description: "Step between selected values, 1 or more; absent means no stepping. Not allowed on dates." }),
  }),
});

export const CampaignTemplateScheduleInput = builder.inputType("CampaignTemplateScheduleInput", {
  description: "A campaign template schedule (seed 000). Fires at minute 0 of each selected hour, in the time zone, until the expiration.",
  fields: (t) => ({
    type: t.field({ type: CampaignScheduleTypeEnum, required: true, description: "The cadence: which of months and days it takes." }),
    months: t.field({ type: SelectorInputRef, description: "Active months, 1-12. ANNUALLY only (a validation error on any other type)." }),
    days: t.field({
      type: SelectorInputRef,
      description:
        "Active days; required for every type except DAILY (where it is not allowed). WEEKLY: 1-7, 1 = Sunday. MONTHLY and ANNUALLY with months: 1-31, L, L-n. ANNUALLY without months: --MM-DD dates, LIST only. CALENDAR: YYYY-MM-DD dates, LIST only.",
    }),
    hours: t.field({
      type: SelectorInputRef,
      description: "Active hours, 0-23. Required: nullable here only so that a missing one is answered with a ValidationError.",
    }),
    expiration: t.field({
      type: "DateTime",
      description: "No occurrence after this instant (one exactly at it still fires); must lie in the future.",
    }),
    timeZoneId: t.string({
      description: "IANA id, fixed offset (UTC+05:30) or java.time SHORT_IDS alias (CST = America/Chicago); default UTC. Stored canonical.",
    }),
  }),
});

const CreateCampaignTemplateInput = builder.inputType("CreateCampaignTemplateInput", {
  description: "A new certification campaign template.",
  fields: (t) => ({
    name: t.string({ required: true, description: "The template's name: not blank, at most 1024 characters." }),
  }),
});

// ---- query and mutations ----

builder.queryFields((t) => ({
  campaignTemplate: t.prismaField({
    type: "CampaignTemplate",
    nullable: true,
    description: "A campaign template by its global id, with its schedule; null when there is none.",
    args: { id: t.arg.id({ required: true, description: "The campaign template's global id." }) },
    // Spread first: a malformed id needs no read, and the plugin should not warn that the query went unused.
    resolve: (query, _root, { id }) => service.findCampaignTemplate(rawIdOf(String(id), "CampaignTemplate"), { ...query }),
  }),
}));

builder.mutationFields((t) => ({
  createCampaignTemplate: t.field({
    type: CampaignTemplate,
    nullable: true,
    description: "Creates a certification campaign template, without a schedule.",
    authScopes: { anyAuthority: AUTHORITIES.campaignWrite },
    errors: {
      types: [ValidationError],
      union: { description: "The created template, or a ValidationError." },
      result: { description: "The template was created." },
      dataField: { description: "The created template." },
    },
    args: { input: t.arg({ type: CreateCampaignTemplateInput, required: true, description: "The template." }) },
    resolve: (_root, { input }) => service.createCampaignTemplate(input),
  }),
  setCampaignTemplateSchedule: t.field({
    type: CampaignTemplateSchedule,
    nullable: true,
    description:
      "Sets a campaign template's schedule (seed 000 PUT), overwriting the one it has: the schedule keeps its id and its version is raised, and the template's version is raised too. Checks the input first (400), then the template (404), then expectedVersion (409).",
    authScopes: { anyAuthority: AUTHORITIES.campaignWrite },
    errors: {
      types: [ValidationError, NotFoundError, ConflictError],
      union: { description: "The schedule as stored, or why it was not: ValidationError, NotFoundError or ConflictError." },
      result: { description: "The schedule was set." },
      dataField: { description: "The schedule as stored (zone in its canonical spelling)." },
    },
    args: {
      campaignTemplateId: t.arg.id({ required: true, description: "The campaign template's global id." }),
      input: t.arg({ type: CampaignTemplateScheduleInput, required: true, description: "The schedule." }),
      expectedVersion: t.arg.int({
        description:
          'The schedule\'s version this write is based on; when it is stale, or the template has no schedule yet, the answer is a ConflictError "Write Conflict".',
      }),
    },
    resolve: (_root, { campaignTemplateId, input, expectedVersion }, ctx) =>
      service.setCampaignTemplateSchedule(rawIdOf(String(campaignTemplateId), "CampaignTemplate"), input, expectedVersion, ctx.clock),
  }),
  deleteCampaignTemplateSchedule: t.field({
    type: CampaignTemplate,
    nullable: true,
    description: "Removes a campaign template's schedule and raises the template's version; answers the template.",
    authScopes: { anyAuthority: AUTHORITIES.campaignWrite },
    errors: {
      types: [NotFoundError],
      union: { description: "The template without its schedule, or a NotFoundError (no such template, or no schedule)." },
      result: { description: "The schedule was removed." },
      dataField: { description: "The template, now without a schedule." },
    },
    args: { campaignTemplateId: t.arg.id({ required: true, description: "The campaign template's global id." }) },
    resolve: (_root, { campaignTemplateId }) =>
      service.deleteCampaignTemplateSchedule(rawIdOf(String(campaignTemplateId), "CampaignTemplate")),
  }),
}));
