/** CampaignTemplate and its CampaignTemplateSchedule (seed 000). */
import { builder } from "../builder";
import type { SelectorInput } from "../recurrence/types";
import { RecurringInterface, VersionedInterface } from "./common";

export const SelectorTypeEnum = builder.enumType("SelectorType", {
  description: "How a selector's values are read.",
  values: {
    LIST: { description: "The listed values; with an interval, exactly one start value stepped by the interval." },
    RANGE: { description: "Two values, start and end, inclusive (wrapping past the maximum when start > end); with an interval, stepped." },
  },
});

export const CampaignScheduleTypeEnum = builder.enumType("CampaignScheduleType", {
  description: "The cadence of a campaign template schedule.",
  values: {
    DAILY: { description: "Every day at the selected hours (hours only)." },
    WEEKLY: { description: "On the selected weekdays (1 = Sunday … 7 = Saturday)." },
    MONTHLY: { description: "On the selected days of the month (1-31, L, L-n)." },
    ANNUALLY: { description: "On the selected days of the selected months, or on --MM-DD dates." },
    CALENDAR: { description: "On the listed YYYY-MM-DD dates." },
  },
});

export const SelectorRef = builder.objectRef<SelectorInput>("Selector").implement({
  description: "Which months, days or hours a campaign template schedule is active in.",
  fields: (t) => ({
    type: t.field({ type: SelectorTypeEnum, resolve: (s) => s.type, description: "LIST or RANGE." }),
    values: t.exposeStringList("values", { description: "The values, as strings (\"8\", \"L-1\", \"--03-02\", \"2021-03-02\")." }),
    interval: t.int({ nullable: true, resolve: (s) => s.interval ?? null, description: "Step between selected values; absent means no stepping." }),
  }),
});

export const CampaignTemplateSchedule = builder.prismaNode("CampaignTemplateSchedule", {
  description: "When a certification campaign template generates campaigns (seed 000): at minute 0 of each selected hour.",
  id: { field: "id", description: "Global id (Relay)." },
  interfaces: [RecurringInterface, VersionedInterface],
  fields: (t) => ({
    type: t.field({ type: CampaignScheduleTypeEnum, resolve: (row) => row.type as "WEEKLY", description: "The cadence." }),
    months: t.field({ type: SelectorRef, nullable: true, resolve: (row) => row.months as SelectorInput | null, description: "Active months (ANNUALLY only)." }),
    days: t.field({ type: SelectorRef, nullable: true, resolve: (row) => row.days as SelectorInput | null, description: "Active days; their meaning depends on `type`." }),
    hours: t.field({ type: SelectorRef, resolve: (row) => row.hours as unknown as SelectorInput, description: "Active hours, 0-23." }),
    expiration: t.expose("expiration", { type: "DateTime", nullable: true, description: "No occurrence after this instant (one exactly at it still fires)." }),
    timeZoneId: t.exposeString("timeZoneId", { description: "The canonical zone (an alias such as CST is stored as America/Chicago)." }),
    campaignTemplate: t.relation("campaignTemplate", { description: "The template this schedule belongs to." }),
  }),
});

export const CampaignTemplate = builder.prismaNode("CampaignTemplate", {
  description: "A certification campaign template, which may have one schedule.",
  id: { field: "id", description: "Global id (Relay)." },
  interfaces: [VersionedInterface],
  fields: (t) => ({
    name: t.exposeString("name", { description: "The template's name." }),
    schedule: t.relation("schedule", { nullable: true, description: "Its schedule, if one is set." }),
  }),
});
