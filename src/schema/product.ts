/** Product and its IssuingSchedules (seeds 001 and 004): the types, their inputs, the query and the mutations. */
import { builder } from "../builder";
import { AUTHORITIES } from "../auth";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import {
  entitlementEndsOf,
  issuesForEntitlement,
  type AnnualScheduleData,
  type CustomScheduleData,
  type DailyScheduleData,
  type EntitlementEnds,
  type IssuingRule,
  type MonthlyScheduleData,
} from "../domain/issuing-schedule";
import type { IssuingScheduleType, ProductType } from "../generated/prisma/client";
import { FIRST_DEFAULT, FIRST_MAX } from "../domain/window";
import { calendarOf } from "../schedule-kinds";
import * as products from "../services/product";
import * as schedules from "../services/issuing-schedule";
import { ALL_ERRORS, OccurrenceRef, RecurringInterface, VersionedInterface, firstCost, firstInRange, scheduleObject } from "./common";

const ProductTypeEnum = builder.enumType("ProductType", {
  description: "What a product is; only physical and digital products have issuing schedules.",
  values: {
    PHYSICAL: { description: "A physical product: at most one issuing schedule, no entitlement format." },
    DIGITAL: { description: "A digital product: issuing schedules with unique entitlement formats." },
    SERVICE: { description: "A service: no issuing schedules." },
  } satisfies Record<ProductType, unknown>,
});

// ---- the sub-schedules, as returned ----

const DailyScheduleRef = builder.objectRef<DailyScheduleData>("DailySchedule").implement({
  description: "Every day at one local time.",
  fields: (t) => ({
    issuingTime: t.exposeString("issuingTime", { description: "Local time of the issue, HH:mm (00:00-23:59)." }),
  }),
});

const MonthlyScheduleRef = builder.objectRef<MonthlyScheduleData>("MonthlySchedule").implement({
  description: "Every month on one day; in a shorter month a day past its end issues on its last day.",
  fields: (t) => ({
    issuingDay: t.exposeInt("issuingDay", { description: "Day of the month, 1-31." }),
    issuingTime: t.exposeString("issuingTime", { description: "Local time of the issue, HH:mm (00:00-23:59)." }),
  }),
});

const AnnualScheduleRef = builder.objectRef<AnnualScheduleData>("AnnualSchedule").implement({
  description: "Every year on one date (February 29 issues on the 28th in common years).",
  fields: (t) => ({
    issuingMonth: t.exposeString("issuingMonth", { description: "The month's full English name, e.g. January." }),
    issuingDay: t.exposeInt("issuingDay", { description: "Day of the month; it must exist in that month." }),
    issuingTime: t.exposeString("issuingTime", { description: "Local time of the issue, HH:mm (00:00-23:59)." }),
  }),
});

const IssuingScheduleTypeEnum = builder.enumType("IssuingScheduleType", {
  description: "The kind of publication calendar, as stored and returned (inputs take the seed's lower-case words too).",
  values: {
    NONE: { description: "No issues." },
    DAILY: { description: "Every day at dailySchedule.issuingTime." },
    MONTHLY: { description: "Every month on monthlySchedule.issuingDay (clamped to the month's last day)." },
    ANNUAL: { description: "Every year on annualSchedule's month and day (February 29 on the 28th in common years)." },
    IRREGULAR: { description: "On the dates of irregularSchedule." },
    CUSTOM: { description: "Every customSchedule.issuingUnit days, weeks, months or years from its startDate." },
  } satisfies Record<IssuingScheduleType, unknown>,
});

const IssuingFrequencyEnum = builder.enumType("IssuingFrequency", {
  description: "The unit a custom schedule steps by.",
  values: {
    DAILY: { description: "Days." },
    WEEKLY: { description: "Weeks." },
    MONTHLY: { description: "Months (the start's day of month, clamped to the month's end, without drift)." },
    ANNUAL: { description: "Years (the start's month and day, February 29 on the 28th in common years)." },
  },
});

const CustomScheduleRef = builder.objectRef<CustomScheduleData>("CustomSchedule").implement({
  description: "Every issuingUnit days, weeks, months or years from startDate, which is itself the first issue.",
  fields: (t) => ({
    issuingUnit: t.exposeInt("issuingUnit", { description: "How many frequency units between two issues, 1-999." }),
    frequency: t.field({ type: IssuingFrequencyEnum, resolve: (s) => s.frequency as "DAILY", description: "The unit of issuingUnit." }),
    startDate: t.exposeString("startDate", { description: "The local date of the first issue, YYYY-MM-DD." }),
    issuingTime: t.exposeString("issuingTime", { description: "Local time of each issue, HH:mm (00:00-23:59)." }),
  }),
});

const EntitlementEndsRef = builder.objectRef<EntitlementEnds>("EntitlementEnds").implement({
  description: "When an entitlement to the issues ends: after a number of issues or on a date (one of the two).",
  fields: (t) => ({
    afterIssues: t.exposeInt("afterIssues", { nullable: true, description: "The entitlement ends after this many issues." }),
    onDate: t.exposeString("onDate", {
      nullable: true,
      description: "The entitlement ends after this local date (inclusive, YYYY-MM-DD, in the schedule's zone).",
    }),
  }),
});

const ruleOf = (row: { rule: unknown }) => row.rule as IssuingRule;

/** The most schedules one read of Product.schedules lists (and the query cost counts). */
const PRODUCT_SCHEDULES_MAX = 100;

export const IssuingSchedule = scheduleObject(
  builder.prismaNode("IssuingSchedule", {
    description: "A product's publication calendar (seeds 001 and 004).",
    id: { field: "id", description: "Global id (Relay)." },
    interfaces: [RecurringInterface, VersionedInterface],
    fields: (t) => ({
      scheduleReference: t.exposeString("scheduleReference", { description: "The schedule's public reference; kept by updates." }),
      entitlementFormat: t.exposeString("entitlementFormat", {
        nullable: true,
        description: "The entitlement format (digital products), unique on a product, at most 850 characters.",
      }),
      friendlyName: t.exposeString("friendlyName", { description: "The schedule's purpose, unique on a product, at most 256 characters." }),
      scheduleType: t.field({
        type: IssuingScheduleTypeEnum,
        resolve: (row) => row.scheduleType,
        description: "Which rule the schedule follows.",
      }),
      dailySchedule: t.field({
        type: DailyScheduleRef,
        nullable: true,
        resolve: (row) => ruleOf(row).dailySchedule ?? null,
        description: "The rule of a DAILY schedule.",
      }),
      monthlySchedule: t.field({
        type: MonthlyScheduleRef,
        nullable: true,
        resolve: (row) => ruleOf(row).monthlySchedule ?? null,
        description: "The rule of a MONTHLY schedule.",
      }),
      annualSchedule: t.field({
        type: AnnualScheduleRef,
        nullable: true,
        resolve: (row) => ruleOf(row).annualSchedule ?? null,
        description: "The rule of an ANNUAL schedule.",
      }),
      customSchedule: t.field({
        type: CustomScheduleRef,
        nullable: true,
        resolve: (row) => ruleOf(row).customSchedule ?? null,
        description: "The rule of a CUSTOM schedule.",
      }),
      irregularSchedule: t.stringList({
        nullable: true,
        resolve: (row) => ruleOf(row).irregularSchedule ?? null,
        description: "Explicit local dates (YYYY-MM-DD, at 00:00) or date-times (YYYY-MM-DDTHH:mm) of an IRREGULAR schedule.",
      }),
      nonIssuingDates: t.stringList({
        resolve: (row) => row.nonIssuingDates as string[],
        description: "Local dates on which no issue happens.",
      }),
      issuePriorToStart: t.exposeBoolean("issuePriorToStart", {
        description: "Whether a subscription starting between two issues also receives the latest issue before its start.",
      }),
      entitlementEnds: t.field({
        type: EntitlementEndsRef,
        nullable: true,
        resolve: (row) => entitlementEndsOf(row),
        description: "When an entitlement ends; null when it never does.",
      }),
      issuesForEntitlement: t.field({
        type: [OccurrenceRef],
        description:
          "The issues a subscription starting at `start` receives: with issuePriorToStart first the latest issue before start, then the issues at or after start; ending after entitlementEnds.afterIssues issues or after entitlementEnds.onDate; at most `first` (1 to 1000).",
        args: {
          start: t.arg({ type: "DateTime", required: true, description: "When the subscription starts." }),
          first: t.arg.int({
            defaultValue: FIRST_DEFAULT,
            description: `How many at most, 1 to ${FIRST_MAX}.`,
            validate: firstInRange(FIRST_MAX),
          }),
        },
        complexity: (args) => firstCost(args.first, FIRST_DEFAULT, FIRST_MAX) + 1,
        resolve: (row, args) => {
          const terms = { issuePriorToStart: row.issuePriorToStart, entitlementEnds: entitlementEndsOf(row) };
          return issuesForEntitlement(calendarOf("ISSUING", row), terms, args.start, args.first ?? FIRST_DEFAULT);
        },
      }),
      product: t.relation("product", { description: "The product this schedule issues." }),
    }),
  }),
);

export const Product = builder.prismaNode("Product", {
  description: "A product that may be issued on schedules.",
  id: { field: "id", description: "Global id (Relay)." },
  interfaces: [VersionedInterface],
  fields: (t) => ({
    reference: t.exposeString("reference", { description: "The product's unique public reference." }),
    name: t.exposeString("name", { description: "The product's name." }),
    type: t.field({ type: ProductTypeEnum, resolve: (row) => row.type, description: "PHYSICAL, DIGITAL or SERVICE." }),
    schedules: t.relation("schedules", {
      description: `Its issuing schedules, oldest first: at most \`first\` (1 to ${PRODUCT_SCHEDULES_MAX}).`,
      args: {
        first: t.arg.int({
          defaultValue: PRODUCT_SCHEDULES_MAX,
          description: `How many schedules at most, 1 to ${PRODUCT_SCHEDULES_MAX}; the query cost counts this many.`,
          validate: firstInRange(PRODUCT_SCHEDULES_MAX),
        }),
      },
      query: (args) => ({ orderBy: { createdAt: "asc" }, take: args.first ?? PRODUCT_SCHEDULES_MAX }),
      complexity: (args) => ({ field: 0, multiplier: firstCost(args.first, PRODUCT_SCHEDULES_MAX, PRODUCT_SCHEDULES_MAX) }),
    }),
  }),
});

// ---- inputs ----

export const CreateProductInput = builder.inputType("CreateProductInput", {
  description: "A new product.",
  fields: (t) => ({
    reference: t.string({
      required: true,
      description:
        "The product's unique public reference, at most 256 characters; stored NFKC-normalized and trimmed (ＲEF is REF), without control or invisible format characters.",
    }),
    name: t.string({
      required: true,
      description: "The product's name, at most 256 characters; stored NFC-normalized and trimmed, without control characters.",
    }),
    type: t.field({ type: ProductTypeEnum, required: true, description: "PHYSICAL, DIGITAL or SERVICE." }),
  }),
});

const DailyScheduleInput = builder.inputType("DailyScheduleInput", {
  description: "Every day at one local time.",
  fields: (t) => ({
    issuingTime: t.string({ description: "Local time, HH:mm (00:00-23:59)." }),
  }),
});

const MonthlyScheduleInput = builder.inputType("MonthlyScheduleInput", {
  description: "Every month on one day (clamped to the month's last day).",
  fields: (t) => ({
    issuingDay: t.int({ description: "Day of the month, 1-31." }),
    issuingTime: t.string({ description: "Local time, HH:mm (00:00-23:59)." }),
  }),
});

const AnnualScheduleInput = builder.inputType("AnnualScheduleInput", {
  description: "Every year on one date.",
  fields: (t) => ({
    issuingMonth: t.string({ description: "The month's full English name, e.g. January (any letter case)." }),
    issuingDay: t.int({ description: "Day of the month; it must exist in that month (February 29 allowed)." }),
    issuingTime: t.string({ description: "Local time, HH:mm (00:00-23:59)." }),
  }),
});

const CustomScheduleInput = builder.inputType("CustomScheduleInput", {
  description: "Every issuingUnit days, weeks, months or years from startDate.",
  fields: (t) => ({
    issuingUnit: t.int({ description: "How many frequency units between two issues, 1-999." }),
    frequency: t.string({ description: "daily, weekly, monthly or annual (any letter case)." }),
    startDate: t.string({ description: "The local date of the first issue, YYYY-MM-DD." }),
    issuingTime: t.string({ description: "Local time, HH:mm (00:00-23:59)." }),
  }),
});

const EntitlementEndsInput = builder.inputType("EntitlementEndsInput", {
  description: "When an entitlement ends: give at most one of the two.",
  fields: (t) => ({
    afterIssues: t.int({ description: "After this many issues (1 or more)." }),
    onDate: t.string({ description: "After this local date (inclusive), YYYY-MM-DD." }),
  }),
});

export const IssuingScheduleInput = builder.inputType("IssuingScheduleInput", {
  description:
    "An issuing schedule as written by createIssuingSchedule and updateIssuingSchedule (seeds 004 and 001). Give only the sub-schedule of the scheduleType.",
  fields: (t) => ({
    entitlementFormat: t.string({
      description:
        "The entitlement format, at most 850 characters: required on a digital product, refused on a physical one; unique on a product (NFC-normalized and trimmed, as stored; no control characters).",
    }),
    friendlyName: t.string({
      description:
        "The schedule's purpose (required), at most 256 characters, unique on a product (NFC-normalized and trimmed, as stored; no control characters).",
    }),
    scheduleType: t.string({ description: "none, daily, monthly, annual, irregular or custom (any letter case; returned upper case)." }),
    dailySchedule: t.field({ type: DailyScheduleInput, description: "The rule of a daily schedule." }),
    monthlySchedule: t.field({ type: MonthlyScheduleInput, description: "The rule of a monthly schedule." }),
    annualSchedule: t.field({ type: AnnualScheduleInput, description: "The rule of an annual schedule." }),
    customSchedule: t.field({ type: CustomScheduleInput, description: "The rule of a custom schedule." }),
    irregularSchedule: t.stringList({
      description: "The dates of an irregular schedule: YYYY-MM-DD (at 00:00) or YYYY-MM-DDTHH:mm, local, each in the future.",
    }),
    nonIssuingDates: t.stringList({ description: "Local dates (YYYY-MM-DD) on which no issue happens." }),
    issuePriorToStart: t.boolean({
      description: "Whether a subscription starting between two issues also receives the latest issue before its start (default false).",
    }),
    entitlementEnds: t.field({ type: EntitlementEndsInput, description: "When an entitlement ends; absent: never." }),
    timeZone: t.string({ description: "IANA zone or fixed offset of every local date and time (default UTC)." }),
  }),
});

// ---- query and mutations ----

const scheduleWrite = { anyAuthority: AUTHORITIES.scheduleWrite };
const SCHEDULE_ERRORS = ALL_ERRORS;

/** Descriptions of a mutation's result union, its success type and the success's `data`. */
function resultOptions(what: string, data: string) {
  return {
    union: { description: `The result of ${what}: the success, or a typed error.` },
    result: { description: `${what} succeeded.` },
    dataField: { description: data },
  };
}

builder.queryFields((t) => ({
  product: t.prismaField({
    type: "Product",
    nullable: true,
    description: "A product by its reference; null when there is none.",
    args: { reference: t.arg.string({ required: true, description: "The product's reference." }) },
    resolve: (query, _root, { reference }) => products.findProduct(reference, query),
  }),
}));

builder.mutationFields((t) => ({
  createProduct: t.field({
    type: Product,
    nullable: true,
    description: "Creates a product.",
    authScopes: scheduleWrite,
    errors: { types: [ValidationError, ConflictError], ...resultOptions("createProduct", "The new product.") },
    args: { input: t.arg({ type: CreateProductInput, required: true, description: "The product." }) },
    resolve: (_root, { input }) => products.createProduct(input),
  }),
  createIssuingSchedule: t.field({
    type: IssuingSchedule,
    nullable: true,
    description: "Creates an issuing schedule for a physical or digital product (seed 004). Answers 400, then 404, then 412, then 409.",
    authScopes: scheduleWrite,
    errors: { types: SCHEDULE_ERRORS, ...resultOptions("createIssuingSchedule", "The new schedule.") },
    args: {
      productReference: t.arg.string({ required: true, description: "The product's reference." }),
      input: t.arg({ type: IssuingScheduleInput, required: true, description: "The schedule." }),
    },
    resolve: (_root, { productReference, input }, ctx) => schedules.createIssuingSchedule(productReference, input, ctx.clock),
  }),
  updateIssuingSchedule: t.field({
    type: IssuingSchedule,
    nullable: true,
    description:
      'Overwrites an issuing schedule (seed 001 PUT), keeping its scheduleReference and raising its version. With expectedVersion, fails with a ConflictError ("Write Conflict") if someone else wrote it since.',
    authScopes: scheduleWrite,
    errors: { types: SCHEDULE_ERRORS, ...resultOptions("updateIssuingSchedule", "The schedule as written.") },
    args: {
      productReference: t.arg.string({ required: true, description: "The product's reference." }),
      scheduleReference: t.arg.string({ required: true, description: "The schedule's reference." }),
      input: t.arg({ type: IssuingScheduleInput, required: true, description: "The new schedule." }),
      expectedVersion: t.arg.int({ description: 'The version this write is based on; a stale one answers "Write Conflict".' }),
    },
    resolve: (_root, { productReference, scheduleReference, input, expectedVersion }, ctx) =>
      schedules.updateIssuingSchedule(productReference, scheduleReference, input, expectedVersion, ctx.clock),
  }),
  deleteIssuingSchedule: t.field({
    type: Product,
    nullable: true,
    description: "Deletes an issuing schedule; answers its product.",
    authScopes: scheduleWrite,
    errors: { types: [NotFoundError], ...resultOptions("deleteIssuingSchedule", "The product, without the deleted schedule.") },
    args: {
      productReference: t.arg.string({ required: true, description: "The product's reference." }),
      scheduleReference: t.arg.string({ required: true, description: "The schedule's reference." }),
    },
    resolve: (_root, { productReference, scheduleReference }) => schedules.deleteIssuingSchedule(productReference, scheduleReference),
  }),
}));
