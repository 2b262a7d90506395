/** The Schedule union over every kind, and the queries that list or find schedules of any kind. */
import { brandWithType } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../builder";
import { SCHEDULE_KINDS, SCHEDULE_KIND_NAMES, type KindedSchedule, type ScheduleKind } from "../schedule-kinds";
import { decodeScheduleCursor, findSchedule, listSchedules } from "../services/schedule";
import { scheduleOfGlobalId } from "./ids";
import { SCHEDULE_OBJECTS, connectionPage, firstCost, forwardPageArgs } from "./common";

const ScheduleKindEnum = builder.enumType("ScheduleKind", {
  description: "The three kinds of schedule.",
  values: Object.fromEntries(SCHEDULE_KIND_NAMES.map((kind) => [kind, { description: SCHEDULE_KINDS[kind].description }])) as Record<
    ScheduleKind,
    { description: string }
  >,
});

/** The object type of each row handed to the Schedule union without a type brand (scheduleResult). */
const RESULT_TYPENAMES = new WeakMap<object, string>();

export const ScheduleUnion = builder.unionType("Schedule", {
  description: "A schedule of any kind: switch on __typename.",
  types: () => [...SCHEDULE_OBJECTS.values()],
  // Every row reaching the union carries its kind's type (node(), scheduleResult), so nothing is guessed from its columns.
  resolveType: (row) => {
    const typename = RESULT_TYPENAMES.get(row);
    if (!typename) throw new Error("a schedule reached the Schedule union without its kind");
    return typename;
  },
});

/** A stored schedule as a node of the Schedule union: the row, marked with its kind's object type. */
export function scheduleNode({ kind, row }: KindedSchedule) {
  const type = SCHEDULE_OBJECTS.get(SCHEDULE_KINDS[kind].typename);
  if (!type) throw new Error(`no object type declares schedule kind ${kind}`);
  brandWithType(row, type);
  return row;
}

/**
 * A stored schedule as the data of a mutation whose result union wraps the Schedule union (errors
 * plugin): a type brand would make the result union resolve the row as JobSchedule, which is not one
 * of its members, so the row's kind is kept aside and read by the Schedule union.
 */
export function scheduleResult({ kind, row }: KindedSchedule) {
  RESULT_TYPENAMES.set(row, SCHEDULE_KINDS[kind].typename);
  return row;
}

const SCHEDULES_PAGE_DEFAULT = 20;
const SCHEDULES_PAGE_MAX = 100;

builder.queryFields((t) => ({
  schedule: t.field({
    type: ScheduleUnion,
    nullable: true,
    description: "A schedule of any kind by its global id; null when there is none.",
    args: { id: t.arg.id({ required: true, description: "A schedule's global id." }) },
    resolve: async (_root, { id }) => {
      const found = await findSchedule(scheduleOfGlobalId(String(id)));
      return found && scheduleNode(found);
    },
  }),
  schedules: t.connection(
    {
      type: ScheduleUnion,
      nullable: false,
      description: `Every schedule, oldest first, optionally of one kind. Forward pagination: first (1 to ${SCHEDULES_PAGE_MAX}, default ${SCHEDULES_PAGE_DEFAULT}) and after.`,
      args: { kind: t.arg({ type: ScheduleKindEnum, description: "Only schedules of this kind." }) },
      // The page's arguments are checked before anything runs (operation-checks.ts), and again here.
      validate: forwardPageArgs("schedules", SCHEDULES_PAGE_MAX, decodeScheduleCursor),
      complexity: (args) => ({ field: 0, multiplier: firstCost(args.first, SCHEDULES_PAGE_DEFAULT, SCHEDULES_PAGE_MAX) }),
      resolve: async (_root, args, ctx, info) => {
        const { items, hasNextPage } = await listSchedules({
          kind: args.kind,
          first: args.first ?? SCHEDULES_PAGE_DEFAULT,
          after: args.after ?? null,
          // What the page reads of each kind's nodes (owner relations), loaded with its rows, as a prismaConnection would.
          selection: (kind) =>
            queryFromInfo({ context: ctx, info, typeName: SCHEDULE_KINDS[kind].typename, path: ["edges", "node"], include: {} }),
        });
        return connectionPage(
          items.map((item) => ({ cursor: item.cursor, node: scheduleNode(item) })),
          hasNextPage,
          args.after,
        );
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
