/** JobSchedule (seed 002): the type, its inputs, and the mutations that return it. */
import { builder } from "../builder";
import { AUTHORITIES } from "../auth";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import type { JobType } from "../generated/prisma/client";
import { nextOccurrence } from "../recurrence";
import { calendarOf } from "../schedule-kinds";
import * as service from "../services/job-schedule";
import { OccurrenceRef, RecurringInterface, VersionedInterface, scheduleObject } from "./common";
import { rawIdOf } from "./ids";

const JobTypeEnum = builder.enumType("JobType", {
  description: "What a job schedule runs (seed 002's job_type).",
  values: {
    BILLING_RUN: { description: "A billing run." },
    TAX_RUN: { description: "A tax run." },
    PAYMENT_RUN: { description: "A payment run." },
    IMPORT: { description: "An import." },
  } satisfies Record<JobType, unknown>,
});

const JobRef = builder.objectRef<{ jobType: JobType }>("Job").implement({
  description: "The job a schedule creates.",
  fields: (t) => ({
    jobType: t.field({ type: JobTypeEnum, resolve: (job) => job.jobType, description: "The type of job." }),
  }),
});

export const JobSchedule = scheduleObject(
  builder.prismaNode("JobSchedule", {
    description: "A cron specification read in an IANA location that creates billing, tax, payment or import jobs (seed 002).",
    id: { field: "id", description: "Global id (Relay)." },
    interfaces: [RecurringInterface, VersionedInterface],
    fields: (t) => ({
      name: t.exposeString("name", { description: "The name of the schedule, 3 to 1024 characters." }),
      specification: t.exposeString("specification", {
        description: "A five-field cron specification (minute hour day-of-month month day-of-week), or a macro such as @daily.",
      }),
      location: t.string({ resolve: (row) => row.timeZone, description: "The IANA zone the specification is read in (canonical id)." }),
      externalRef: t.exposeString("externalRef", {
        nullable: true,
        description: "A reference from another system, at most 2048 characters.",
      }),
      job: t.field({ type: JobRef, resolve: (row) => ({ jobType: row.jobType }), description: "The job this schedule creates." }),
      scheduledFor: t.field({
        type: OccurrenceRef,
        nullable: true,
        description: "The next occurrence after now (the seed's meta.scheduled_for); null if it never fires again.",
        complexity: 1,
        resolve: (row, _args, ctx) => nextOccurrence(calendarOf("JOB", row), ctx.clock.now()),
      }),
    }),
  }),
);

const JobInput = builder.inputType("JobInput", {
  description: "The job a schedule creates.",
  fields: (t) => ({ jobType: t.field({ type: JobTypeEnum, required: true, description: "The type of job." }) }),
});

export const JobScheduleInput = builder.inputType("JobScheduleInput", {
  description: "A job schedule as written by createJobSchedule and updateJobSchedule.",
  fields: (t) => ({
    name: t.string({ required: true, description: "3 to 1024 characters." }),
    specification: t.string({ required: true, description: "Cron: minute hour day-of-month month day-of-week, at most 1024 characters." }),
    location: t.string({ description: "IANA time zone (default UTC), at most 1024 characters." }),
    externalRef: t.string({ description: "A reference from another system, at most 2048 characters." }),
    job: t.field({ type: JobInput, required: true, description: "The job to create." }),
  }),
});

builder.mutationFields((t) => ({
  createJobSchedule: t.field({
    type: JobSchedule,
    nullable: true,
    description: "Creates a job schedule.",
    authScopes: { anyAuthority: AUTHORITIES.scheduleWrite },
    errors: {
      types: [ValidationError],
      union: { description: "The result of createJobSchedule: the success, or a ValidationError." },
      result: { description: "createJobSchedule succeeded." },
      dataField: { description: "The new schedule." },
    },
    args: { input: t.arg({ type: JobScheduleInput, required: true, description: "The schedule." }) },
    resolve: (_root, { input }) => service.createJobSchedule(input),
  }),
  updateJobSchedule: t.field({
    type: JobSchedule,
    nullable: true,
    description:
      "Overwrites a job schedule (seed 002 PUT). With expectedVersion, fails with a ConflictError if someone else wrote it since.",
    authScopes: { anyAuthority: AUTHORITIES.scheduleWrite },
    errors: {
      types: [ValidationError, NotFoundError, ConflictError],
      union: { description: "The result of updateJobSchedule: the success, or a typed error." },
      result: { description: "updateJobSchedule succeeded." },
      dataField: { description: "The schedule as written." },
    },
    args: {
      id: t.arg.id({ required: true, description: "The job schedule's global id." }),
      input: t.arg({ type: JobScheduleInput, required: true, description: "The new schedule." }),
      expectedVersion: t.arg.int({ description: 'The version this write is based on; a stale one answers "Write Conflict".' }),
    },
    resolve: (_root, { id, input, expectedVersion }) =>
      service.updateJobSchedule(rawIdOf(String(id), "JobSchedule"), input, expectedVersion),
  }),
  deleteJobSchedule: t.field({
    type: "ID",
    nullable: true,
    description: "Deletes a job schedule; answers its id.",
    authScopes: { anyAuthority: AUTHORITIES.scheduleWrite },
    errors: {
      types: [NotFoundError],
      union: { description: "The result of deleteJobSchedule: the success, or a NotFoundError." },
      result: { description: "deleteJobSchedule succeeded." },
      dataField: { description: "The global id of the deleted schedule." },
    },
    args: { id: t.arg.id({ required: true, description: "The job schedule's global id." }) },
    resolve: async (_root, { id }) => {
      await service.deleteJobSchedule(rawIdOf(String(id), "JobSchedule"));
      return id;
    },
  }),
}));
