/** previewOccurrences: the occurrences of a spec that is not saved, for "next 10 runs" while typing. */
import { builder } from "../builder";
import { ProblemList, ValidationError } from "../errors";
import { occurrences, parseJobSpec } from "../recurrence";
import { windowProblems } from "../domain/window";
import { OccurrenceRef } from "./common";

const JobSpecInput = builder.inputType("JobSpecInput", {
  description: "A cron specification and the zone it is read in.",
  fields: (t) => ({
    specification: t.string({ required: true, description: "Cron: minute hour day-of-month month day-of-week." }),
    location: t.string({ description: "IANA time zone (default UTC)." }),
  }),
});

export const ScheduleSpecInput = builder.inputType("ScheduleSpecInput", {
  description: "Exactly one schedule spec, of any kind.",
  isOneOf: true,
  fields: (t) => ({
    job: t.field({ type: JobSpecInput, description: "A job schedule's cron spec." }),
  }),
});

builder.queryFields((t) => ({
  previewOccurrences: t.field({
    type: [OccurrenceRef],
    nullable: false,
    description: "The occurrences of an unsaved spec: strictly after `after` (default now), at or before `until`, at most `first` (1 to 1000).",
    errors: { types: [ValidationError] },
    args: {
      spec: t.arg({ type: ScheduleSpecInput, required: true, description: "The spec to try." }),
      after: t.arg({ type: "DateTime", description: "Exclusive lower bound; default now." }),
      until: t.arg({ type: "DateTime", description: "Inclusive upper bound." }),
      first: t.arg.int({ defaultValue: 10, description: "How many, 1 to 1000." }),
    },
    resolve: (_root, args, ctx) => {
      const problems = new ProblemList();
      windowProblems(args, problems);
      const parsed = args.spec.job ? parseJobSpec(args.spec.job) : null;
      if (parsed && !parsed.ok) problems.addAll(parsed.problems, ["spec", "job"]);
      problems.throwIfAny();
      if (!parsed || !parsed.ok) return [];
      return occurrences(parsed.value, { after: args.after ?? ctx.clock.now(), until: args.until, first: args.first ?? 10 });
    },
  }),
}));
