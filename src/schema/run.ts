/**
 * Runs (shared/API.md "Runs"): the Run type, each schedule's pause state and history, the runs query,
 * the mutations that act on a schedule's runs, and the runEvents subscription.
 */
import { Repeater, SlidingBuffer } from "graphql-yoga";
import { builder } from "../builder";
import { NotFoundError, PreconditionFailedError, ValidationError } from "../errors";
import type { RunOrigin, RunSkipReason, RunState } from "../generated/prisma/client";
import * as service from "../services/run";
import { onRunEvents } from "../services/run-events";
import { OccurrenceRef, RecurringInterface, connectionPage, firstCost, forwardPageArgs, kindOf } from "./common";
import { scheduleOfGlobalId, scheduleWriteScopes } from "./ids";
import { ScheduleUnion, scheduleNode, scheduleResult } from "./schedule";

const RunOriginEnum = builder.enumType("RunOrigin", {
  description: "What made a run.",
  values: {
    SCHEDULED: { description: "Its occurrence came due while the service ran." },
    CATCH_UP: { description: "Its occurrence came due while no instance ran, or while the schedule was paused; made afterwards." },
    BACKFILL: { description: "Made by backfillRuns for a past occurrence." },
    MANUAL: { description: "Made by runNow; its occurrence is the instant it was asked for." },
  } satisfies Record<RunOrigin, unknown>,
});

const RunStateEnum = builder.enumType("RunState", {
  description: "Where a run is. Without a delivery a run is RECORDED at its instant.",
  values: {
    RECORDED: { description: "Made; the schedule has no delivery." },
    PENDING: { description: "Waiting for a delivery attempt." },
    DELIVERING: { description: "A delivery attempt is in flight." },
    DELIVERED: { description: "The receiver answered 2xx." },
    FAILED: { description: "The receiver answered 410, or every attempt failed, or the run is older than 24 h." },
    SKIPPED: { description: "Not made: see skipReason." },
  } satisfies Record<RunState, unknown>,
});

const RunSkipReasonEnum = builder.enumType("RunSkipReason", {
  description: "Why a run was SKIPPED.",
  values: {
    OVERLAP: { description: "It came due while another run of the schedule was in progress (overlap policy SKIP or BUFFER_ONE)." },
    MISSED: { description: "It came due while no instance ran or the schedule was paused, and was not caught up." },
  } satisfies Record<RunSkipReason, unknown>,
});

const CatchUpEnum = builder.enumType("CatchUp", {
  description: "What resumeSchedule does with the occurrences that came due while the schedule was paused.",
  values: {
    NONE: { description: "Nothing is made: each is recorded as SKIPPED (MISSED)." },
    LATEST: { description: "One run (CATCH_UP) for the latest; the others SKIPPED (MISSED)." },
    ALL: { description: "One run (CATCH_UP) for each within the catch-up window (1 h); older ones SKIPPED (MISSED)." },
  } satisfies Record<service.CatchUp, unknown>,
});

const DeliveryAttemptRef = builder.objectRef<service.DeliveryAttempt>("DeliveryAttempt");
DeliveryAttemptRef.implement({
  description: "One attempt to deliver a run to its schedule's webhook.",
  fields: (t) => ({
    number: t.exposeInt("number", { description: "1 for the first attempt." }),
    startedAt: t.expose("startedAt", { type: "DateTime", description: "When it started." }),
    durationMs: t.exposeInt("durationMs", { description: "How long it took." }),
    httpStatus: t.exposeInt("httpStatus", { nullable: true, description: "The receiver's status; null when none answered." }),
    error: t.exposeString("error", {
      nullable: true,
      description:
        "What went wrong when no answer came (a timeout, a refused connection, a refused address …); null when the receiver answered.",
    }),
    responseExcerpt: t.exposeString("responseExcerpt", { nullable: true, description: "The first 200 characters of the answer's body." }),
  }),
});

export const RunRef = builder.node(builder.objectRef<service.RunWithSchedule>("Run"), {
  description: "One run of a schedule: what the service made when an occurrence came due (or by hand).",
  id: { resolve: (run) => run.id, description: "Global id (Relay); also the webhook-id of every delivery attempt of this run." },
  loadOne: (id) => service.findRun(id),
  fields: (t) => ({
    schedule: t.field({
      type: ScheduleUnion,
      nullable: true,
      description: "The schedule; null once it is deleted.",
      resolve: (run) => {
        const schedule = service.scheduleOfRun(run);
        return schedule && scheduleNode(schedule);
      },
    }),
    occurrence: t.field({
      type: OccurrenceRef,
      description: "The occurrence this run is for.",
      resolve: (run) => ({ at: run.dueAt, localDateTime: run.localDateTime, shifted: run.shifted }),
    }),
    origin: t.field({ type: RunOriginEnum, resolve: (run) => run.origin, description: "What made it." }),
    state: t.field({ type: RunStateEnum, resolve: (run) => run.state, description: "Where it is." }),
    skipReason: t.field({
      type: RunSkipReasonEnum,
      nullable: true,
      resolve: (run) => run.skipReason,
      description: "Set exactly when state is SKIPPED.",
    }),
    attempts: t.field({
      type: [DeliveryAttemptRef],
      description: "Its delivery attempts, oldest first (none for a RECORDED or SKIPPED run).",
      resolve: (run) => run.attempts,
    }),
    failureReason: t.exposeString("failureReason", {
      nullable: true,
      description: "Set when state is FAILED: why (the receiver answered 410, every attempt failed, the run is older than 24 h …).",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made." }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true, description: "When a receiver answered 2xx." }),
  }),
});

const RUNS_PAGE_DEFAULT = 20;
const RUNS_PAGE_MAX = 100;

const RunConnection = builder.connectionObject(
  {
    type: RunRef,
    name: "RunConnection",
    description: "A page of runs, newest occurrence first.",
    edgesField: { description: "The runs of this page, each with its cursor." },
  },
  { name: "RunEdge", description: "A run and its cursor.", nodeField: { description: "The run." } },
);

const runsPageArgs = forwardPageArgs("runs", RUNS_PAGE_MAX, service.decodeRunCursor);

async function runsPage(
  args: { first?: number | null; after?: string | null; state?: RunState | null },
  schedule?: ReturnType<typeof scheduleOfGlobalId>,
) {
  const { items, hasNextPage } = await service.listRuns({
    schedule,
    state: args.state,
    first: args.first ?? RUNS_PAGE_DEFAULT,
    after: args.after ?? null,
  });
  return connectionPage(
    items.map((item) => ({ cursor: item.cursor, node: item.run })),
    hasNextPage,
    args.after,
  );
}

const runsDescription = `Forward pagination: first (1 to ${RUNS_PAGE_MAX}, default ${RUNS_PAGE_DEFAULT}) and after.`;

builder.interfaceFields(RecurringInterface, (t) => ({
  paused: t.boolean({
    description: "Whether the schedule is paused: no run is made until resumeSchedule.",
    resolve: async (row) => (await service.scheduleRunState(row.id))?.pausedAt != null,
  }),
  pausedAt: t.field({
    type: "DateTime",
    nullable: true,
    description: "When it was paused; null while it runs.",
    resolve: async (row) => (await service.scheduleRunState(row.id))?.pausedAt ?? null,
  }),
  pauseNote: t.string({
    nullable: true,
    description: "The note given to pauseSchedule.",
    resolve: async (row) => (await service.scheduleRunState(row.id))?.pauseNote ?? null,
  }),
  runs: t.connection(
    {
      type: RunRef,
      description: `This schedule's runs, newest occurrence first, optionally in one state. ${runsDescription}`,
      args: { state: t.arg({ type: RunStateEnum, description: "Only runs in this state." }) },
      validate: runsPageArgs,
      complexity: (args) => ({ field: 1, multiplier: firstCost(args.first, RUNS_PAGE_DEFAULT, RUNS_PAGE_MAX) }),
      resolve: (row, args, _ctx, info) => runsPage(args, { kind: kindOf(info), id: row.id }),
    },
    RunConnection,
  ),
}));

builder.queryFields((t) => ({
  runs: t.connection(
    {
      type: RunRef,
      description: `Runs of every schedule (or of one), newest occurrence first, optionally in one state. ${runsDescription}`,
      args: {
        scheduleId: t.arg.id({ description: "Only this schedule's runs (an id that names no schedule gives an empty page)." }),
        state: t.arg({ type: RunStateEnum, description: "Only runs in this state." }),
      },
      validate: runsPageArgs,
      complexity: (args) => ({ field: 1, multiplier: firstCost(args.first, RUNS_PAGE_DEFAULT, RUNS_PAGE_MAX) }),
      resolve: (_root, args) => runsPage(args, args.scheduleId == null ? undefined : scheduleOfGlobalId(String(args.scheduleId))),
    },
    RunConnection,
  ),
}));

const scheduleIdArg = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) =>
  t.arg.id({ required: true, description: "The global id of a schedule of any kind." });

builder.mutationFields((t) => ({
  pauseSchedule: t.field({
    type: ScheduleUnion,
    nullable: true,
    description: "Pauses a schedule: no run is made until resumeSchedule. Raises its version.",
    authScopes: scheduleWriteScopes,
    errors: {
      types: [ValidationError, NotFoundError, PreconditionFailedError],
      union: { description: "The result of pauseSchedule: the success, or a typed error (PreconditionFailedError: already paused)." },
      result: { description: "pauseSchedule succeeded." },
      dataField: { description: "The schedule, paused." },
    },
    args: {
      scheduleId: scheduleIdArg(t),
      note: t.arg.string({ description: "Why it is paused (shown as pauseNote), at most 1024 characters." }),
    },
    resolve: async (_root, { scheduleId, note }) =>
      scheduleResult(await service.pauseSchedule(scheduleOfGlobalId(String(scheduleId)), note)),
  }),
  resumeSchedule: t.field({
    type: ScheduleUnion,
    nullable: true,
    description:
      "Resumes a paused schedule; catchUp decides what happens to the occurrences that came due meanwhile (each is a run or a SKIPPED run). Raises its version.",
    authScopes: scheduleWriteScopes,
    errors: {
      types: [NotFoundError, PreconditionFailedError],
      union: { description: "The result of resumeSchedule: the success, or a typed error (PreconditionFailedError: not paused)." },
      result: { description: "resumeSchedule succeeded." },
      dataField: { description: "The schedule, running again." },
    },
    args: {
      scheduleId: scheduleIdArg(t),
      catchUp: t.arg({ type: CatchUpEnum, required: true, defaultValue: "NONE", description: "What to make of what was missed." }),
    },
    resolve: async (_root, { scheduleId, catchUp }) =>
      scheduleResult(await service.resumeSchedule(scheduleOfGlobalId(String(scheduleId)), catchUp)),
  }),
  backfillRuns: t.field({
    type: builder.objectRef<service.BackfillResult>("BackfillResult").implement({
      description: "What backfillRuns made.",
      fields: (b) => ({
        created: b.exposeInt("created", { description: "Runs made (origin BACKFILL)." }),
        alreadyPresent: b.exposeInt("alreadyPresent", { description: "Occurrences of the window that had a run already." }),
      }),
    }),
    nullable: true,
    description: `Makes a run (origin BACKFILL) for each past occurrence in (after, until] that has none: at most ${10_000} occurrences. Idempotent. Raises the schedule's version.`,
    authScopes: scheduleWriteScopes,
    errors: {
      types: [ValidationError, NotFoundError],
      union: { description: "The result of backfillRuns: the success, or a typed error." },
      result: { description: "backfillRuns succeeded." },
      dataField: { description: "How many runs were made and how many existed." },
    },
    args: {
      scheduleId: scheduleIdArg(t),
      after: t.arg({ type: "DateTime", required: true, description: "Exclusive start of the window." }),
      until: t.arg({ type: "DateTime", required: true, description: "Inclusive end of the window; not in the future." }),
    },
    resolve: (_root, { scheduleId, after, until }) => service.backfillRuns(scheduleOfGlobalId(String(scheduleId)), after, until),
  }),
  runNow: t.field({
    type: RunRef,
    nullable: true,
    description: "Makes a run now (origin MANUAL, its occurrence the current instant), paused or not. Raises the schedule's version.",
    authScopes: scheduleWriteScopes,
    errors: {
      types: [NotFoundError],
      union: { description: "The result of runNow: the success, or a NotFoundError." },
      result: { description: "runNow succeeded." },
      dataField: { description: "The run made." },
    },
    args: { scheduleId: scheduleIdArg(t) },
    resolve: (_root, { scheduleId }) => service.runNow(scheduleOfGlobalId(String(scheduleId))),
  }),
}));

/** Events a subscriber may fall behind by; older ones are dropped (it reads what it missed from `runs`). */
const SUBSCRIBER_BUFFER = 1000;

builder.subscriptionType({
  description: "Over Server-Sent Events (Accept: text/event-stream); needs any valid bearer token.",
  authScopes: { authenticated: true },
});

builder.subscriptionFields((t) => ({
  runEvents: t.field({
    type: RunRef,
    description:
      "A run each time its state changes (made, delivered, failed …), of every schedule or of one. A client that reconnects reads what it missed from runs.",
    args: { scheduleId: t.arg.id({ description: "Only this schedule's runs." }) },
    subscribe: (_root, { scheduleId }) => {
      // An id that names no schedule (or names another kind's) matches no run.
      const only = scheduleId == null ? null : (scheduleOfGlobalId(String(scheduleId)) ?? { kind: null, id: "" });
      return new Repeater<service.RunWithSchedule>(async (push, stop) => {
        const unsubscribe = await onRunEvents({
          event: (run) => {
            if (only === null || (run.scheduleId === only.id && run.schedule?.kind === only.kind)) void push(run);
          },
          end: () => stop(),
        });
        await stop;
        unsubscribe();
      }, new SlidingBuffer(SUBSCRIBER_BUFFER));
    },
    resolve: (run) => run,
  }),
}));
