/**
 * Delivery (shared/API.md "Runs"): a schedule's webhook, the mutations that set, remove and re-key it,
 * and retryRun.
 */
import { AUTHORITIES } from "../auth";
import { builder } from "../builder";
import { NotFoundError, PreconditionFailedError, ValidationError } from "../errors";
import type { OverlapPolicy } from "../generated/prisma/client";
import { scheduleKind } from "../schedule-kinds";
import * as service from "../services/delivery";
import { RecurringInterface } from "./common";
import { rawIdOf, scheduleOfGlobalId, scheduleWriteScopes } from "./ids";
import { RunRef } from "./run";
import { ScheduleUnion, scheduleResult } from "./schedule";

const OverlapPolicyEnum = builder.enumType("OverlapPolicy", {
  description:
    "What happens to a run that comes due while another run of the same schedule is in progress (from its first attempt until DELIVERED or FAILED).",
  values: {
    ALLOW_ALL: { description: "It is delivered anyway, alongside the other." },
    SKIP: { description: "It is SKIPPED (OVERLAP)." },
    BUFFER_ONE: {
      description: "It waits (PENDING) and starts when the other ends; a further one that comes due meanwhile is SKIPPED (OVERLAP).",
    },
  } satisfies Record<OverlapPolicy, unknown>,
});

const DeliveryRef = builder.objectRef<service.Delivery>("Delivery").implement({
  description: "Where a schedule's runs are delivered (a signed POST per run, Standard Webhooks), and how.",
  fields: (t) => ({
    url: t.exposeString("url", { description: "The receiver: an http or https URL outside private networks." }),
    overlapPolicy: t.field({
      type: OverlapPolicyEnum,
      resolve: (d) => d.overlapPolicy,
      description: "What a run due during another does.",
    }),
    catchUpWindowSeconds: t.exposeInt("catchUpWindowSeconds", {
      description:
        "How old an occurrence missed during downtime may be and still run (CATCH_UP); older ones are SKIPPED (MISSED). 0: none.",
    }),
    maxAttempts: t.exposeInt("maxAttempts", { description: "Attempts per run before it is FAILED (retryRun gives it as many again)." }),
    disabledAt: t.expose("disabledAt", {
      type: "DateTime",
      nullable: true,
      description: "Set when the receiver answered 410 Gone: no attempt is made; set the delivery again to re-enable it.",
    }),
    disabledReason: t.exposeString("disabledReason", { nullable: true, description: "Why it is disabled." }),
  }),
});

const DeliverySetupRef = builder.objectRef<service.DeliverySetup>("DeliverySetup").implement({
  description: "A delivery as set, with its signing secret when one was just made.",
  fields: (t) => ({
    delivery: t.field({ type: DeliveryRef, resolve: (setup) => setup.delivery, description: "The delivery." }),
    secret: t.exposeString("secret", {
      nullable: true,
      description:
        "The signing secret (whsec_…), only when it was made or rotated: it is never shown again. Receivers verify webhook-signature with it.",
    }),
  }),
});

const DeliveryInput = builder.inputType("DeliveryInput", {
  description: "A schedule's delivery.",
  fields: (t) => ({
    url: t.string({
      required: true,
      description: "The receiver: http or https, not in a loopback, private, link-local or unique-local network.",
    }),
    overlapPolicy: t.field({ type: OverlapPolicyEnum, defaultValue: "ALLOW_ALL", description: "What a run due during another does." }),
    catchUpWindowSeconds: t.int({ defaultValue: 3600, description: "0 to 86400: how old a missed occurrence may be and still run." }),
    maxAttempts: t.int({ defaultValue: 8, description: "1 to 20: attempts per run before it is FAILED." }),
  }),
});

builder.interfaceFields(RecurringInterface, (t) => ({
  delivery: t.field({
    type: DeliveryRef,
    nullable: true,
    description: "Where its runs are delivered; null: runs are RECORDED, not delivered.",
    resolve: (row) => service.scheduleDelivery(row.id),
  }),
}));

const scheduleIdArg = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) =>
  t.arg.id({ required: true, description: "The global id of a schedule of any kind." });

/** retryRun's authorities: those of its schedule's writes (a run that names no schedule: the others' writes; the resolver answers). */
async function runWriteScopes(_root: unknown, args: { runId: string | number }) {
  const schedule = await service.scheduleOfRun(rawIdOf(String(args.runId), "Run"));
  return { anyAuthority: schedule ? scheduleKind(schedule.kind).writeAuthorities : AUTHORITIES.scheduleWrite };
}

builder.mutationFields((t) => ({
  setScheduleDelivery: t.field({
    type: DeliverySetupRef,
    nullable: true,
    description:
      "Sets where a schedule's runs are delivered (the first time with a new secret, answered once); enables a disabled delivery again. Raises its version.",
    authScopes: scheduleWriteScopes,
    errors: {
      types: [ValidationError, NotFoundError],
      union: {
        description: "The result of setScheduleDelivery: the success, or a typed error (ValidationError on input.url for a refused URL).",
      },
      result: { description: "setScheduleDelivery succeeded." },
      dataField: { description: "The delivery, and its secret when it was made." },
    },
    args: { scheduleId: scheduleIdArg(t), input: t.arg({ type: DeliveryInput, required: true, description: "The delivery." }) },
    resolve: (_root, { scheduleId, input }) => service.setScheduleDelivery(scheduleOfGlobalId(String(scheduleId)), input),
  }),
  removeScheduleDelivery: t.field({
    type: ScheduleUnion,
    nullable: true,
    description:
      "Removes a schedule's delivery: its runs are RECORDED from now on, and those waiting for an attempt become so. Raises its version.",
    authScopes: scheduleWriteScopes,
    errors: {
      types: [NotFoundError],
      union: { description: "The result of removeScheduleDelivery: the success, or a NotFoundError." },
      result: { description: "removeScheduleDelivery succeeded." },
      dataField: { description: "The schedule, without a delivery." },
    },
    args: { scheduleId: scheduleIdArg(t) },
    resolve: async (_root, { scheduleId }) => scheduleResult(await service.removeScheduleDelivery(scheduleOfGlobalId(String(scheduleId)))),
  }),
  rotateDeliverySecret: t.field({
    type: DeliverySetupRef,
    nullable: true,
    description: "Gives a schedule's delivery a new secret (answered once); the old one stops signing at once. Raises its version.",
    authScopes: scheduleWriteScopes,
    errors: {
      types: [NotFoundError, PreconditionFailedError],
      union: { description: "The result of rotateDeliverySecret: the success, or a typed error (PreconditionFailedError: no delivery)." },
      result: { description: "rotateDeliverySecret succeeded." },
      dataField: { description: "The delivery and its new secret." },
    },
    args: { scheduleId: scheduleIdArg(t) },
    resolve: (_root, { scheduleId }) => service.rotateDeliverySecret(scheduleOfGlobalId(String(scheduleId))),
  }),
  retryRun: t.field({
    type: RunRef,
    nullable: true,
    description: "Gives a FAILED run a fresh set of attempts: it is PENDING again at once. Raises its schedule's version.",
    authScopes: runWriteScopes,
    errors: {
      types: [NotFoundError, PreconditionFailedError],
      union: { description: "The result of retryRun: the success, or a typed error (PreconditionFailedError: the run is not FAILED)." },
      result: { description: "retryRun succeeded." },
      dataField: { description: "The run, PENDING." },
    },
    args: { runId: t.arg.id({ required: true, description: "The global id of a run." }) },
    resolve: (_root, { runId }) => service.retryRun(rawIdOf(String(runId), "Run")),
  }),
}));
