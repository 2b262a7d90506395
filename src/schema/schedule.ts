/** The Schedule union over every kind, and the queries that list or find schedules of any kind. */
import { z } from "zod";
import { builder } from "../builder";
import { scheduleTypeName, type ScheduleKind } from "../domain/schedule-kinds";
import { decodeCursor, encodeCursor, findSchedule, listSchedules } from "../store/schedules";
import { scheduleOfGlobalId } from "./ids";
import { CampaignTemplateSchedule } from "./campaign-template";
import { JobSchedule } from "./job-schedule";
import { IssuingSchedule } from "./product";
import { firstCost, firstInRange } from "./common";

export const ScheduleKindEnum = builder.enumType("ScheduleKind", {
  description: "The three kinds of schedule.",
  values: {
    CAMPAIGN_TEMPLATE: { description: "A certification campaign template's schedule (seed 000)." },
    ISSUING: { description: "A product's issuing schedule (seeds 001 and 004)." },
    JOB: { description: "A cron job schedule (seed 002)." },
  } satisfies Record<ScheduleKind, unknown>,
});

export const ScheduleUnion = builder.unionType("Schedule", {
  description: "A schedule of any kind: switch on __typename.",
  types: [CampaignTemplateSchedule, IssuingSchedule, JobSchedule],
  resolveType: (row) => scheduleTypeName(row),
});


export const SCHEDULES_PAGE_DEFAULT = 20;
export const SCHEDULES_PAGE_MAX = 100;

builder.queryFields((t) => ({
  schedule: t.field({
    type: ScheduleUnion,
    nullable: true,
    description: "A schedule of any kind by its global id; null when there is none.",
    args: { id: t.arg.id({ required: true, description: "A schedule's global id." }) },
    resolve: async (_root, { id }) => {
      const schedule = scheduleOfGlobalId(String(id));
      return schedule ? findSchedule(schedule.kind, schedule.id) : null;
    },
  }),
  schedules: t.connection(
    {
    type: ScheduleUnion,
    nullable: false,
    description: `Every schedule, oldest first, optionally of one kind. Forward pagination: first (1 to ${SCHEDULES_PAGE_MAX}, default ${SCHEDULES_PAGE_DEFAULT}) and after.`,
    args: { kind: t.arg({ type: ScheduleKindEnum, description: "Only schedules of this kind." }) },
    // The page's arguments are checked before anything runs (operation-checks.ts), and again here.
    validate: z.looseObject({
      first: firstInRange(SCHEDULES_PAGE_MAX),
      after: z.string().refine((after) => decodeCursor(after) != null, "after is not a cursor of this connection").nullish(),
      last: z.null("schedules pages forward only: use first and after").optional(),
      before: z.null("schedules pages forward only: use first and after").optional(),
    }),
    complexity: (args) => ({ field: 0, multiplier: firstCost(args.first, SCHEDULES_PAGE_DEFAULT, SCHEDULES_PAGE_MAX) }),
    resolve: async (_root, args) => {
      const first = args.first ?? SCHEDULES_PAGE_DEFAULT;
      const cursor = args.after != null ? decodeCursor(args.after) : null;
      const { items, hasNextPage } = await listSchedules({ kind: args.kind, first, after: cursor });
      const edges = items.map((item) => ({ cursor: encodeCursor(item), node: item.row }));
      return {
        edges,
        pageInfo: {
          hasNextPage,
          hasPreviousPage: cursor != null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
    },
    {
      name: "ScheduleConnection",
      description: "A page of schedules.",
      edgesField: { description: "The schedules of this page, each with its cursor." },
    },
    { name: "ScheduleEdge", description: "A schedule and its cursor.", nodeField: { description: "The schedule." } },
  ),
}));
