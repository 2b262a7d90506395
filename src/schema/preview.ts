/** previewOccurrences: the occurrences of a spec that is not saved, for "next 10 runs" while typing. */
import { builder } from "../builder";
import { ProblemList, ValidationError } from "../errors";
import { campaignSpecOf } from "../domain/campaign-template";
import { issuingSpecOf } from "../domain/issuing-schedule";
import { FIRST_DEFAULT, FIRST_MAX, windowOf } from "../domain/window";
import { occurrences, parseCampaignSpec, parseIssuingSpec, parseJobSpec } from "../recurrence";
import type { Parsed } from "../recurrence/types";
import type { Calendar } from "../recurrence";
import { CampaignTemplateScheduleInput } from "./campaign-template";
import { OccurrenceRef, firstCost, firstIsInRange, firstRangeMessage } from "./common";
import { IssuingScheduleInput } from "./product";

const JobSpecInput = builder.inputType("JobSpecInput", {
  description: "A cron specification and the zone it is read in.",
  fields: (t) => ({
    specification: t.string({
      required: true,
      description: "Cron: minute hour day-of-month month day-of-week, or a macro such as @daily.",
    }),
    location: t.string({ description: "IANA time zone (default UTC)." }),
  }),
});

export const ScheduleSpecInput = builder.inputType("ScheduleSpecInput", {
  description: "Exactly one schedule spec, of any kind (@oneOf).",
  isOneOf: true,
  fields: (t) => ({
    campaignTemplate: t.field({ type: CampaignTemplateScheduleInput, description: "A campaign template schedule (seed 000)." }),
    issuing: t.field({
      type: IssuingScheduleInput,
      description:
        "An issuing schedule (seeds 001/004); only its calendar fields matter here (friendlyName and entitlementFormat are not needed).",
    }),
    job: t.field({ type: JobSpecInput, description: "A job schedule's cron spec (seed 002)." }),
  }),
});

type SpecArg = typeof ScheduleSpecInput.$inferInput;

/**
 * The calendar of whichever kind was sent, with problems under ["spec", <kind>, ...]. A preview is a
 * read: the rules about "the future" (an expiration, irregular dates) are for writes, so the answer
 * depends on the spec and the window only, never on today (the engine's parse takes no clock).
 */
function parseSpec(spec: SpecArg): { kind: string; parsed: Parsed<Calendar> } {
  if (spec.campaignTemplate) return { kind: "campaignTemplate", parsed: parseCampaignSpec(campaignSpecOf(spec.campaignTemplate)) };
  if (spec.issuing) return { kind: "issuing", parsed: parseIssuingSpec(issuingSpecOf(spec.issuing)) };
  if (spec.job) return { kind: "job", parsed: parseJobSpec(spec.job) };
  throw ValidationError.of(["spec"], "Give exactly one of campaignTemplate, issuing or job");
}

builder.queryFields((t) => ({
  previewOccurrences: t.field({
    type: [OccurrenceRef],
    nullable: false,
    description: `The occurrences of an unsaved spec: strictly after \`after\` (default now), at or before \`until\`, at most \`first\` (1 to ${FIRST_MAX}). A bad spec answers a ValidationError listing every problem. The answer depends on the spec and the window only: dates behind the window (an expiration, irregular or calendar dates) give no occurrences, not the "must be in the future" error a write answers.`,
    errors: {
      types: [ValidationError],
      union: { description: "The occurrences of the spec, or a ValidationError listing every problem with it." },
      result: { description: "The spec is valid." },
      dataField: { description: "Its occurrences, strictly increasing." },
    },
    args: {
      spec: t.arg({ type: ScheduleSpecInput, required: true, description: "The spec to try." }),
      after: t.arg({ type: "DateTime", description: "Exclusive lower bound; default now." }),
      until: t.arg({ type: "DateTime", description: "Inclusive upper bound." }),
      first: t.arg.int({
        defaultValue: FIRST_DEFAULT,
        // Checked in the resolver, not on the argument: outside 1 to FIRST_MAX is a problem of the
        // ValidationError this field answers, listed with the spec's (a query writes nothing, so
        // nothing needs refusing before it runs; the cost counts it clamped).
        description: `How many, 1 to ${FIRST_MAX}; outside is a problem of the ValidationError, at path ["first"].`,
      }),
    },
    complexity: (args) => firstCost(args.first, FIRST_DEFAULT, FIRST_MAX),
    resolve: (_root, args, ctx) => {
      const problems = new ProblemList();
      if (args.first != null && !firstIsInRange(args.first, FIRST_MAX)) problems.add(["first"], firstRangeMessage(FIRST_MAX));
      const { kind, parsed } = parseSpec(args.spec);
      if (!parsed.ok) problems.addAll(parsed.problems, ["spec", kind]);
      problems.throwIfAny();
      if (!parsed.ok) return [];
      return occurrences(parsed.value, windowOf(args, ctx.clock));
    },
  }),
}));
