/** Job schedules (seed 002): input rules and the calendar of a stored row. */
import type { JobSchedule } from "../generated/prisma/client";
import { ProblemList } from "../errors";
import { calendarZone, parseJobSpec, type Calendar } from "../recurrence";
import { storedCalendar } from "./stored-calendar";
import { readText } from "./text";

export const JOB_TYPES = ["BILLING_RUN", "TAX_RUN", "PAYMENT_RUN", "IMPORT"] as const;
export type JobType = (typeof JOB_TYPES)[number];

export interface JobScheduleInput {
  name: string;
  specification: string;
  location?: string | null;
  externalRef?: string | null;
  job: { jobType: JobType };
}

/** What is stored for a valid input: the zone in its canonical spelling. */
export interface JobScheduleData {
  name: string;
  specification: string;
  location: string;
  externalRef: string | null;
  jobType: JobType;
}

export const JOB_LIMITS = { nameMin: 3, nameMax: 1024, specificationMax: 1024, locationMax: 1024, externalRefMax: 2048 };

/**
 * Checks every rule of seed 002 and reports every problem under `prefix` (e.g. ["input"]). The name is
 * answered normalized (NFC, trimmed), `externalRef` as sent; both refuse control characters (domain/text.ts).
 */
export function validateJobScheduleInput(input: JobScheduleInput, prefix: string[] = ["input"]): JobScheduleData {
  const problems = new ProblemList();
  const at = (...path: string[]) => [...prefix, ...path];
  const name = readText(problems, at("name"), '"name"', input.name, "name");
  if (name === null) {
    // its character problem is reported
  } else if (name.length === 0) problems.add(at("name"), '"name" is required');
  else if (name.length < JOB_LIMITS.nameMin) problems.add(at("name"), `"name" must be at least ${JOB_LIMITS.nameMin} characters`);
  else if (name.length > JOB_LIMITS.nameMax) problems.add(at("name"), `"name" cannot exceed ${JOB_LIMITS.nameMax} characters`);
  if (input.specification.length > JOB_LIMITS.specificationMax) {
    problems.add(at("specification"), `"specification" cannot exceed ${JOB_LIMITS.specificationMax} characters`);
  }
  if (input.location != null && input.location.length > JOB_LIMITS.locationMax) {
    problems.add(at("location"), `"location" cannot exceed ${JOB_LIMITS.locationMax} characters`);
  }
  const externalRef =
    input.externalRef == null ? null : readText(problems, at("externalRef"), '"externalRef"', input.externalRef, "verbatim");
  if (externalRef != null && externalRef.length > JOB_LIMITS.externalRefMax) {
    problems.add(at("externalRef"), `"externalRef" cannot exceed ${JOB_LIMITS.externalRefMax} characters`);
  }
  let location = "UTC";
  if (input.specification.length <= JOB_LIMITS.specificationMax && (input.location ?? "").length <= JOB_LIMITS.locationMax) {
    const parsed = parseJobSpec({ specification: input.specification, location: input.location });
    if (parsed.ok) location = calendarZone(parsed.value);
    else problems.addAll(parsed.problems, prefix);
  }
  problems.throwIfAny();
  return {
    name: name!,
    specification: input.specification.trim(),
    location,
    externalRef,
    jobType: input.job.jobType,
  };
}

/** The calendar of a stored job schedule, compiled once per spec (stored-calendar.ts). */
export function jobCalendar(row: JobSchedule): Calendar {
  return storedCalendar("JobSchedule", row.id, { specification: row.specification, location: row.timeZone }, parseJobSpec);
}
