/** The Schedule union over every kind, and the queries that list or find schedules of any kind. */
import { builder } from "../builder";
import { ValidationError } from "../errors";
import { scheduleTypeName, type ScheduleKind } from "../domain/schedule-kinds";
import { decodeCursor, encodeCursor, findSchedule, listSchedules } from "../store/schedules";
import { scheduleOfGlobalId } from "./ids";
import { CampaignTemplateSchedule } from "./campaign-template";
import { JobSchedule } from "./job-schedule";
import { IssuingSchedule } from "./product";

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
    complexity: (args) => ({ field: 0, multiplier: args.first ?? SCHEDULES_PAGE_DEFAULT }),
    resolve: async (_root, args) => {
      const first = args.first ?? SCHEDULES_PAGE_DEFAULT;
      if (first < 1 || first > SCHEDULES_PAGE_MAX) {
        throw ValidationError.of(["first"], `first must be between 1 and ${SCHEDULES_PAGE_MAX}`);
      }
      if (args.last != null || args.before != null) {
        throw ValidationError.of(["last"], "schedules pages forward only: use first and after");
      }
      const cursor = args.after != null ? decodeCursor(args.after) : null;
      if (args.after != null && !cursor) throw ValidationError.of(["after"], "after is not a cursor of this connection");
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
