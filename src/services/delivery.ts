/**
 * Delivery (SEMANTICS.md "Runs"; API.md "The webhook request"): a schedule's webhook, and each attempt to
 * deliver a run to it. The use cases (set, remove, rotate the secret, retry a run) answer 400 → 404 →
 * 412 in that order and raise the schedule's version; the delivery worker (src/delivery-worker.ts) takes
 * runs due for an attempt, makes each attempt and records its outcome.
 */
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { ServiceClock } from "../clock";
import { serviceClock } from "../clock";
import { allowPrivateNetworks } from "../config";
import { checkDeliveryUrl } from "../delivery/address";
import { openSecret, sealSecret } from "../delivery/secret";
import { generateSecret, sendWebhook, type AttemptOutcome } from "../delivery/webhook";
import { DEFAULT_MAX_ATTEMPTS, MAX_RUN_AGE_MS, afterFailedAttempt, verdictOf } from "../domain/delivery-plan";
import { DEFAULT_CATCH_UP_WINDOW_SECONDS } from "../domain/run-plan";
import { NotFoundError, PreconditionFailedError, ProblemList } from "../errors";
import {
  ALL_KIND_ROWS,
  ALL_KIND_ROWS_FOR_WEBHOOKS,
  scheduleKind,
  type KindedSchedule,
  type ScheduleRef,
  type ScheduleRow,
} from "../schedule-kinds";
import * as store from "../store/delivery";
import * as runStore from "../store/run";
import { transaction } from "../store/transaction";
import { announceRuns } from "./run-events";
import { existingSchedule, raiseVersion } from "./run";
import { wakeDeliveryWorkers } from "./wake";

export type { Delivery, OverlapPolicy } from "../store/delivery";

export const DELIVERY_MESSAGES = {
  noDelivery: "Schedule has no delivery",
  runNotFound: "Run cannot be found",
  runScheduleDeleted: "The run's schedule was deleted: there is no delivery to retry it with",
  notFailed: (state: string) => `Only a FAILED run can be retried; this one is ${state}`,
  catchUpWindow: `catchUpWindowSeconds must be a whole number from 0 to ${MAX_RUN_AGE_MS / 1000} (a run older than 24 h fails instead of being delivered)`,
  maxAttempts: "maxAttempts must be a whole number from 1 to 20",
} as const;

export const MAX_ATTEMPTS_LIMIT = 20;

export interface DeliveryInput {
  url: string;
  overlapPolicy?: store.OverlapPolicy | null;
  catchUpWindowSeconds?: number | null;
  maxAttempts?: number | null;
}

/** What setScheduleDelivery and rotateDeliverySecret answer: the delivery, and the secret when one was made. */
export interface DeliverySetup {
  delivery: store.Delivery;
  /** `whsec_…`, only when made or rotated: it is never shown again. */
  secret: string | null;
}

// ---- reading ----

/** A schedule's delivery, or null (batched: every field of a page asks in the same tick). */
export function scheduleDelivery(scheduleId: string): Promise<store.Delivery | null> {
  return store.findDelivery(scheduleId);
}

// ---- use cases ----

async function validSettings(input: DeliveryInput): Promise<store.DeliverySettings> {
  const problems = new ProblemList();
  const urlProblem = await checkDeliveryUrl(input.url, allowPrivateNetworks());
  if (urlProblem) problems.add(["input", "url"], urlProblem);
  const window = input.catchUpWindowSeconds ?? DEFAULT_CATCH_UP_WINDOW_SECONDS;
  if (!Number.isInteger(window) || window < 0 || window > MAX_RUN_AGE_MS / 1000)
    problems.add(["input", "catchUpWindowSeconds"], DELIVERY_MESSAGES.catchUpWindow);
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT)
    problems.add(["input", "maxAttempts"], DELIVERY_MESSAGES.maxAttempts);
  problems.throwIfAny();
  return { url: input.url, overlapPolicy: input.overlapPolicy ?? "ALLOW_ALL", catchUpWindowSeconds: window, maxAttempts };
}

/**
 * Sets a schedule's delivery: the first time with a new secret (answered once), later keeping its
 * secret; either way it is enabled again (a 410 had disabled it). Runs made from now on are delivered.
 */
export async function setScheduleDelivery(ref: ScheduleRef | null, input: DeliveryInput): Promise<DeliverySetup> {
  const settings = await validSettings(input);
  const schedule = await existingSchedule(ref);
  const id = schedule.row.id;
  return transaction(async (tx) => {
    await raiseVersion(schedule, tx);
    // a pass planned ahead on the old settings cannot commit
    await runStore.clearClaim(id, tx);
    const updated = await store.updateDelivery(id, settings, tx);
    if (updated) return { delivery: updated, secret: null };
    const secret = generateSecret();
    return { delivery: await store.createDelivery(id, settings, sealSecret(secret, id), tx), secret };
  });
}

/** Removes a schedule's delivery (none: nothing to do): its runs are RECORDED from now on, and those waiting become so. */
export async function removeScheduleDelivery(ref: ScheduleRef | null): Promise<KindedSchedule> {
  const schedule = await existingSchedule(ref);
  const row = await transaction(async (tx) => {
    const written = (await raiseVersion(schedule, tx)) as ScheduleRow;
    await runStore.clearClaim(schedule.row.id, tx);
    await store.deleteDelivery(schedule.row.id, serviceClock.now(), tx);
    return written;
  });
  return { kind: schedule.kind, row };
}

/** A new secret for a schedule's delivery; the old one stops signing at once. 412 when it has no delivery. */
export async function rotateDeliverySecret(ref: ScheduleRef | null): Promise<DeliverySetup> {
  const schedule = await existingSchedule(ref);
  const id = schedule.row.id;
  const secret = generateSecret();
  const delivery = await transaction(async (tx) => {
    const replaced = await store.replaceSecret(id, sealSecret(secret, id), tx);
    if (!replaced) throw new PreconditionFailedError(DELIVERY_MESSAGES.noDelivery);
    await raiseVersion(schedule, tx);
    return replaced;
  });
  return { delivery, secret };
}

/** The kind of a run's schedule (for the authorities retryRun asks for); null when the run or its schedule is gone. */
export async function scheduleOfRun(runId: string | null): Promise<ScheduleRef | null> {
  const run = runId === null ? null : await runStore.findRun(runId, {});
  return run?.schedule ? { kind: run.schedule.kind, id: run.schedule.id } : null;
}

/** Gives a FAILED run a fresh set of attempts (PENDING at once). 404 for no such run; 412 for any other state. */
export async function retryRun(runId: string | null): Promise<runStore.RunWithSchedule> {
  const run = runId === null ? null : await runStore.findRun(runId, ALL_KIND_ROWS);
  if (!run) throw new NotFoundError(DELIVERY_MESSAGES.runNotFound);
  if (run.state !== "FAILED") throw new PreconditionFailedError(DELIVERY_MESSAGES.notFailed(run.state));
  const schedule = run.schedule && (await existingSchedule({ kind: run.schedule.kind, id: run.schedule.id }).catch(() => null));
  if (!schedule) throw new PreconditionFailedError(DELIVERY_MESSAGES.runScheduleDeleted);
  const retried = await transaction(async (tx) => {
    if (!(await store.findDelivery(schedule.row.id, tx))) throw new PreconditionFailedError(DELIVERY_MESSAGES.noDelivery);
    if (!(await store.retryFailedRun(run.id, serviceClock.now(), tx))) return false;
    await raiseVersion(schedule, tx);
    return true;
  });
  const now = await runStore.findRun(run.id, ALL_KIND_ROWS);
  if (!now) throw new NotFoundError(DELIVERY_MESSAGES.runNotFound);
  if (!retried) throw new PreconditionFailedError(DELIVERY_MESSAGES.notFailed(now.state));
  await announceRuns([run.id]);
  await wakeDeliveryWorkers([now]);
  return now;
}

// ---- attempts (the delivery worker's steps) ----

/** The webhook request's body (API.md): `attempt` and `timestamp` are this attempt's; everything else the run's. */
export function webhookBody(run: store.RunForAttempt, attempt: number, at: Date): string {
  const schedule = run.schedule;
  const kind = schedule ? scheduleKind(schedule.kind) : null;
  const row = kind && schedule ? (schedule[kind.relation] as ScheduleRow | null) : null;
  return JSON.stringify({
    type: "schedule.run",
    timestamp: at.toISOString(),
    data: {
      runId: encodeGlobalID("Run", run.id),
      origin: run.origin,
      attempt,
      schedule:
        kind && schedule && row
          ? { id: encodeGlobalID(kind.typename, schedule.id), kind: schedule.kind, ...kind.webhookSchedule(row) }
          : null,
      occurrence: { at: run.dueAt.toISOString(), localDateTime: run.localDateTime, shifted: run.shifted },
    },
  });
}

/** A run taken for an attempt, with what the request needs. */
export interface PreparedAttempt {
  taken: store.TakenRun;
  run: store.RunForAttempt;
  /** Its schedule's delivery, enabled when the run was taken. */
  delivery: NonNullable<NonNullable<store.RunForAttempt["schedule"]>["delivery"]>;
}

export interface AttemptSettings {
  clock: ServiceClock;
  timeoutMs: number;
  allowPrivateNetworks: boolean;
}

/** Real ms a lease outlives the attempt's timeout (the time to record the outcome). */
const LEASE_MARGIN_MS = 5_000;

/** A taken run ready for its attempt, or why it cannot be attempted (the run, its schedule or delivery is gone, the delivery is disabled, it is too old). */
function prepare(taken: store.TakenRun, run: store.RunForAttempt | undefined, now: Date): PreparedAttempt | string {
  if (!run) return "the run was deleted";
  if (!run.schedule) return "the schedule was deleted";
  const delivery = run.schedule.delivery;
  if (!delivery) return "the schedule has no delivery any more";
  if (delivery.disabledAt) return `the delivery is disabled: ${delivery.disabledReason ?? "the receiver answered 410 Gone"}`;
  if (now.getTime() - (taken.attemptsSince ?? taken.createdAt).getTime() > MAX_RUN_AGE_MS) return "the run is older than 24 h";
  return { taken, run, delivery };
}

/**
 * Takes up to `take` runs due for an attempt, for this worker until the attempt's timeout (and a
 * margin) has passed, and reads what their requests need. Runs that can no longer be attempted are
 * failed on the way (and announced).
 */
export async function takeDueRuns(settings: AttemptSettings, take: number): Promise<PreparedAttempt[]> {
  const { clock } = settings;
  const now = clock.now();
  const leaseUntil = new Date(now.getTime() + (settings.timeoutMs + LEASE_MARGIN_MS) * clock.rate);
  const taken = await store.takeRunsForAttempt({ now, leaseUntil, take });
  if (taken.length === 0) return [];
  const runs = new Map(
    (
      await store.findRunsForAttempt(
        taken.map((t) => t.id),
        ALL_KIND_ROWS_FOR_WEBHOOKS,
      )
    ).map((run) => [run.id, run]),
  );
  const prepared: PreparedAttempt[] = [];
  const unattemptable: store.Unattemptable[] = [];
  for (const t of taken) {
    const ready = prepare(t, runs.get(t.id), now);
    if (typeof ready === "string") unattemptable.push({ id: t.id, number: t.number, reason: ready });
    else prepared.push(ready);
  }
  const failed = unattemptable.length > 0 ? await store.failTakenRuns(unattemptable, now) : [];
  await announceRuns([...prepared.map((p) => p.taken.id), ...failed]);
  return prepared;
}

/** The outcome of an attempt that could not be sent (the secret did not open). */
function unsent(error: string): AttemptOutcome {
  return { httpStatus: null, durationMs: 0, error, responseExcerpt: null, retryAfterMs: null };
}

/** An attempt made and judged: the row to record, and its run's schedule (GONE disables that schedule's delivery). */
export interface EndedAttempt {
  record: store.AttemptRecord;
  scheduleId: string;
  /** For /metrics: the run's occurrence instant, its origin, and the outcome's verdict. */
  dueAt: Date;
  origin: string;
  outcome: "DELIVERED" | "GONE" | "RETRY" | "FAILED";
}

/** Makes one attempt (never throws) and decides what it makes of its run: delivered, retried at an instant, or failed. */
export async function makeAttempt(prepared: PreparedAttempt, settings: AttemptSettings): Promise<EndedAttempt> {
  const { clock } = settings;
  const { taken, run, delivery } = prepared;
  const startedAt = clock.now();
  let outcome: AttemptOutcome;
  let secret: string | null = null;
  try {
    secret = openSecret(delivery.sealedSecret, delivery.scheduleId);
  } catch (error) {
    outcome = unsent((error as Error).message);
  }
  // webhook-timestamp is the host's real time (receivers check it against theirs), whatever the service clock
  const sentAt = new Date();
  outcome ??= await sendWebhook({
    url: delivery.url,
    secret: secret as string,
    id: encodeGlobalID("Run", run.id),
    timestampSeconds: Math.floor(sentAt.getTime() / 1000),
    body: webhookBody(run, taken.number, clock.simulated ? startedAt : sentAt),
    timeoutMs: settings.timeoutMs,
    allowPrivateNetworks: settings.allowPrivateNetworks,
  });
  const endedAt = clock.now();
  const base = {
    runId: taken.id,
    number: taken.number,
    startedAt,
    endedAt,
    durationMs: Math.round(outcome.durationMs),
    httpStatus: outcome.httpStatus,
    error: outcome.error,
    responseExcerpt: outcome.responseExcerpt,
  };
  const meta = { scheduleId: delivery.scheduleId, dueAt: run.dueAt, origin: run.origin };
  const verdict = verdictOf(outcome.httpStatus);
  if (verdict === "DELIVERED")
    return {
      record: { ...base, runStateAfter: "DELIVERED", retryAt: null, failureReason: null },
      outcome: "DELIVERED",
      ...meta,
    };
  if (verdict === "GONE")
    return {
      record: {
        ...base,
        runStateAfter: "FAILED",
        retryAt: null,
        failureReason: "the receiver answered 410 Gone: the delivery is disabled",
      },
      outcome: "GONE",
      ...meta,
    };
  const next = afterFailedAttempt({
    attemptsUsed: taken.number - taken.attemptsBefore,
    maxAttempts: delivery.maxAttempts,
    attemptsSince: taken.attemptsSince ?? taken.createdAt,
    now: endedAt,
    // Retry-After is the receiver's (real) time
    retryAfterMs: outcome.retryAfterMs === null ? null : outcome.retryAfterMs * clock.rate,
    random: Math.random,
  });
  if ("retryAt" in next)
    return {
      record: { ...base, runStateAfter: "PENDING", retryAt: next.retryAt, failureReason: null },
      outcome: "RETRY",
      ...meta,
    };
  return {
    record: { ...base, runStateAfter: "FAILED", retryAt: null, failureReason: next.failure },
    outcome: "FAILED",
    ...meta,
  };
}

/**
 * Records ended attempts in one transaction (each applied to its run only while the run is still at
 * that attempt: see store.recordAttempts), disables the deliveries whose receivers answered 410, and
 * announces the runs that changed. Answers their ids.
 */
export async function recordEndedAttempts(ended: EndedAttempt[], clock: ServiceClock): Promise<string[]> {
  const now = clock.now();
  const changed = await transaction(async (tx) => {
    const applied = new Set(
      await store.recordAttempts(
        ended.map((e) => e.record),
        now,
        tx,
      ),
    );
    // only an applied 410 disables: a late outcome of an attempt taken over changes nothing
    const gone = ended.filter((e) => e.outcome === "GONE" && applied.has(e.record.runId)).map((e) => e.scheduleId);
    await store.disableDeliveries([...new Set(gone)], now, "the receiver answered 410 Gone", tx);
    return [...applied];
  });
  await announceRuns(changed);
  return changed;
}

/** When the worker should look again: the earliest next attempt or lease end (null: nothing waits). */
export function earliestAttemptAt(): Promise<Date | null> {
  return store.earliestAttemptAt();
}
