/**
 * Shared types: the Error interface and the four error results, Occurrence, and the Recurring and
 * Versioned interfaces every schedule kind implements.
 */
import type { ObjectRef } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import { z } from "zod";
import { builder } from "../builder";
import "./date-time";
import { ConflictError, NotFoundError, PreconditionFailedError, type ServiceError, ValidationError, type FieldError } from "../errors";
import { FIRST_DEFAULT, FIRST_MAX, windowOf } from "../domain/window";
import { calendarOf, kindOfTypename, type ScheduleKind, type ScheduleRow } from "../schedule-kinds";
import { nextOccurrence, occurrences } from "../recurrence";
import type { Occurrence } from "../recurrence/types";

// ---- errors ----

const ErrorInterface = builder.interfaceRef<ServiceError>("Error").implement({
  description: "Every typed error result: switch on __typename, show `message`.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What went wrong, in the seed APIs' words where they have them." }),
    code: t.exposeString("code", { description: "A stable machine-readable code." }),
    status: t.exposeInt("status", { description: "The HTTP status the seed APIs answer with for this error." }),
  }),
});

const FieldErrorRef = builder.objectRef<FieldError>("FieldError").implement({
  description: "One problem with the input.",
  fields: (t) => ({
    path: t.exposeStringList("path", {
      description: 'Where the problem is, from the argument name down, e.g. ["input", "hours", "values", "1"].',
    }),
    message: t.exposeString("message", { description: "What is wrong there." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "400: the input is invalid. `fieldErrors` lists every problem found, not just the first.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldErrorRef],
      resolve: (error) => error.fieldErrors,
      description: "Every problem, each with its path.",
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "404: what the request names does not exist.",
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: '409: a uniqueness rule, or a stale expectedVersion ("Write Conflict").',
  interfaces: [ErrorInterface],
});

builder.objectType(PreconditionFailedError, {
  name: "PreconditionFailedError",
  description: "412: the request does not fit what it names (product type, schedule type).",
  interfaces: [ErrorInterface],
});

export const ALL_ERRORS = [ValidationError, NotFoundError, PreconditionFailedError, ConflictError];

// ---- page sizes ----

/**
 * The check of a `first` argument, 1 to `max` (absent or null: the default). Declared on the argument,
 * so that it runs before anything executes (operation-checks.ts) as well as in the resolver.
 */
export function firstRangeMessage(max: number): string {
  return `first must be between 1 and ${max}`;
}

export function firstIsInRange(first: number, max: number): boolean {
  return Number.isInteger(first) && first >= 1 && first <= max;
}

export function firstInRange(max: number) {
  const message = firstRangeMessage(max);
  return z.number().int(message).min(1, message).max(max, message).nullish();
}

/**
 * What a `first` argument may cost: its value within 0 to `max`, the default when absent. A refused
 * value never lowers (or raises past `max`) the cost of a query.
 */
export function firstCost(first: number | null | undefined, fallback: number, max: number): number {
  return Math.min(Math.max(first ?? fallback, 0), max);
}

/**
 * The checks of a forward-only connection's arguments: `first` 1 to `max`, `after` one of its own
 * cursors (`decode` answers null for any other string), no `last` or `before`.
 */
export function forwardPageArgs(list: string, max: number, decode: (cursor: string) => unknown) {
  const forwardOnly = `${list} pages forward only: use first and after`;
  return z.looseObject({
    first: firstInRange(max),
    after: z
      .string()
      .refine((after) => decode(after) != null, "after is not a cursor of this connection")
      .nullish(),
    last: z.null(forwardOnly).optional(),
    before: z.null(forwardOnly).optional(),
  });
}

/** A connection's answer: its edges and where the page lies. */
export function connectionPage<Node>(edges: { cursor: string; node: Node }[], hasNextPage: boolean, after: string | null | undefined) {
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

// ---- occurrences ----

export const OccurrenceRef = builder.objectRef<Occurrence>("Occurrence").implement({
  description: "One firing of a schedule.",
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime", description: "The instant (UTC)." }),
    localDateTime: t.exposeString("localDateTime", {
      description: "The local date-time in the schedule's zone with its offset, e.g. 2026-03-08T03:00:00-04:00.",
    }),
    shifted: t.exposeBoolean("shifted", {
      description: "True when a DST gap moved this occurrence forward (02:30 on a spring-forward night fires at 03:30).",
    }),
  }),
});

// ---- schedule kinds ----

/** Each schedule kind's object type by its name, as its schema file declares it (scheduleObject): the Schedule union's members. */
export const SCHEDULE_OBJECTS = new Map<string, ObjectRef<typeof builder.$inferSchemaTypes, ScheduleRow>>();

/** Declares a kind's object type a schedule: a member of the Schedule union, found by its registry typename. */
export function scheduleObject<Ref extends ObjectRef<typeof builder.$inferSchemaTypes, ScheduleRow>>(ref: Ref): Ref {
  SCHEDULE_OBJECTS.set(ref.name, ref);
  return ref;
}

/** The kind of the object type a Recurring field is read on (its GraphQL type, not a guess from columns). */
export function kindOf(info: GraphQLResolveInfo): ScheduleKind {
  const kind = kindOfTypename(info.parentType.name);
  if (!kind) throw new Error(`${info.parentType.name} implements Recurring but is no schedule kind`);
  return kind;
}

export const RecurringInterface = builder.interfaceRef<ScheduleRow>("Recurring").implement({
  description: "Anything that fires at times computed from a schedule, in a time zone.",
  fields: (t) => ({
    timeZone: t.exposeString("timeZone", {
      description: "The canonical IANA zone id or fixed offset (UTC+05:30) the schedule is read in.",
    }),
    upcomingOccurrences: t.field({
      type: [OccurrenceRef],
      description: "The next occurrences: strictly after `after` (default now), at or before `until`, at most `first` (1 to 1000).",
      args: {
        after: t.arg({ type: "DateTime", description: "Exclusive lower bound; default now." }),
        until: t.arg({ type: "DateTime", description: "Inclusive upper bound." }),
        first: t.arg.int({ defaultValue: FIRST_DEFAULT, description: `How many, 1 to ${FIRST_MAX}.`, validate: firstInRange(FIRST_MAX) }),
      },
      complexity: (args) => firstCost(args.first, FIRST_DEFAULT, FIRST_MAX),
      resolve: (row, args, ctx, info) => occurrences(calendarOf(kindOf(info), row), windowOf(args, ctx.clock)),
    }),
    nextOccurrence: t.field({
      type: OccurrenceRef,
      nullable: true,
      description: "The first occurrence strictly after `after` (default now); null when the schedule never fires again.",
      args: { after: t.arg({ type: "DateTime", description: "Exclusive lower bound; default now." }) },
      complexity: 1,
      resolve: (row, args, ctx, info) => nextOccurrence(calendarOf(kindOf(info), row), args.after ?? ctx.clock.now()),
    }),
  }),
});

// ---- versioning ----

export const VersionedInterface = builder.interfaceRef<{ createdAt: Date; updatedAt: Date; version: number }>("Versioned").implement({
  description: "Something stored that changes over time: every schedule kind and every owner.",
  fields: (t) => ({
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it was last written." }),
    version: t.exposeInt("version", {
      description: "Raised by every write; pass it back as expectedVersion to detect a concurrent change.",
    }),
  }),
});
