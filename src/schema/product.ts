/** Product and its IssuingSchedules (seeds 001 and 004). */
import { builder } from "../builder";
import type { IssuingRule } from "../domain/issuing-schedules";
import { RecurringInterface, VersionedInterface } from "./common";

export const ProductTypeEnum = builder.enumType("ProductType", {
  description: "What a product is; only physical and digital products have issuing schedules.",
  values: {
    PHYSICAL: { description: "A physical product: at most one issuing schedule, no entitlement format." },
    DIGITAL: { description: "A digital product: issuing schedules with unique entitlement formats." },
    SERVICE: { description: "A service: no issuing schedules." },
  },
});

export const IssuingSchedule = builder.prismaNode("IssuingSchedule", {
  description: "A product's publication calendar (seeds 001 and 004).",
  id: { field: "id", description: "Global id (Relay)." },
  interfaces: [RecurringInterface, VersionedInterface],
  fields: (t) => ({
    scheduleReference: t.exposeString("scheduleReference", { description: "The schedule's public reference." }),
    entitlementFormat: t.exposeString("entitlementFormat", { nullable: true, description: "The entitlement format (digital products), unique on a product." }),
    friendlyName: t.exposeString("friendlyName", { description: "The schedule's purpose, unique on a product, at most 256 characters." }),
    scheduleType: t.exposeString("scheduleType", { description: "NONE, DAILY, MONTHLY, ANNUAL, IRREGULAR or CUSTOM." }),
    irregularSchedule: t.stringList({
      nullable: true,
      resolve: (row) => (row.rule as IssuingRule).irregularSchedule ?? null,
      description: "Explicit local dates (YYYY-MM-DD, at 00:00) or date-times (YYYY-MM-DDTHH:mm) of an IRREGULAR schedule.",
    }),
    nonIssuingDates: t.stringList({ resolve: (row) => row.nonIssuingDates as string[], description: "Local dates on which no issue happens." }),
    issuePriorToStart: t.exposeBoolean("issuePriorToStart", { description: "Whether a subscription starting between two issues also receives the latest issue before its start." }),
    product: t.relation("product", { description: "The product this schedule issues." }),
  }),
});

export const Product = builder.prismaNode("Product", {
  description: "A product that may be issued on schedules.",
  id: { field: "id", description: "Global id (Relay)." },
  interfaces: [VersionedInterface],
  fields: (t) => ({
    reference: t.exposeString("reference", { description: "The product's unique public reference." }),
    name: t.exposeString("name", { description: "The product's name." }),
    type: t.field({ type: ProductTypeEnum, resolve: (row) => row.type as "PHYSICAL", description: "PHYSICAL, DIGITAL or SERVICE." }),
    schedules: t.relation("schedules", { description: "Its issuing schedules.", query: { orderBy: { createdAt: "asc" } } }),
  }),
});
