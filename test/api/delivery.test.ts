/**
 * Delivery (shared/API.md "Runs", "The webhook request"; SEMANTICS.md "Runs"): setScheduleDelivery and
 * its secret, the signed request as a real loopback receiver gets it (verified with the standardwebhooks
 * package), retries and their schedule, Retry-After, 410, timeouts, maxAttempts, retryRun, rotation,
 * removal, the secret at rest, and the overlap policies.
 *
 * The delivery worker runs in this process (as it does beside every dispatcher), on a clock that runs
 * 20 times as fast as the host's from now on, so the 5 s and 30 s retry delays pass in 250 ms and 1.5 s.
 */
import { decodeGlobalID } from "@pothos/plugin-relay";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClock } from "../../src/clock";
import { prisma } from "../../src/db";
import { type DeliveryWorker, startDeliveryWorker } from "../../src/delivery-worker";
import { dispatchDue } from "../../src/services/dispatch";
import { onRunEvents } from "../../src/services/run-events";
import { createSchedulesYoga } from "../../src/yoga";
import { TEST_AUTH, createClient, expectTypename, testLimits } from "../helpers/graphql";
import { type Receiver, startReceiver } from "../helpers/receiver";
import { graphql } from "./gql";
import { RUN_NOW, allRuns, executeWith, makeJob, makeSchedule, KINDS, type RunFields } from "./runs-fixtures";

const client = createClient();
const execute = executeWith(client);
const RATE = 20;
/** The attempts' timeout (real ms); the overlap tests' receiver holds its answers for less. */
const TIMEOUT_MS = 4000;
/** Slack for a loaded machine on a retry's delay (simulated ms: 250 real ms). */
const SLACK = RATE * 250;
const now0 = Date.now();
const clock = createClock({ CLOCK_START: new Date(now0).toISOString(), CLOCK_RATE: String(RATE), CLOCK_ANCHOR_MS: String(now0) });
let worker: DeliveryWorker;
const allowBefore = process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = "true";
  worker = await startDeliveryWorker({ clock, concurrency: 20, timeoutMs: TIMEOUT_MS, allowPrivateNetworks: true });
});
afterAll(async () => {
  await worker.stop();
  if (allowBefore === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS;
  else process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = allowBefore;
});

const SET_DELIVERY = graphql(`mutation DeliverySet($id: ID!, $input: DeliveryInput!) {
  setScheduleDelivery(scheduleId: $id, input: $input) {
    __typename
    ... on MutationSetScheduleDeliverySuccess { data { secret delivery { url overlapPolicy catchUpWindowSeconds maxAttempts disabledAt disabledReason } } }
    ... on Error { message code status }
    ... on ValidationError { fieldErrors { path message } }
  }
}`);
const ROTATE = graphql(`mutation DeliveryRotate($id: ID!) {
  rotateDeliverySecret(scheduleId: $id) {
    __typename
    ... on MutationRotateDeliverySecretSuccess { data { secret delivery { url } } }
    ... on Error { message code status }
  }
}`);
const REMOVE = graphql(`mutation DeliveryRemove($id: ID!) {
  removeScheduleDelivery(scheduleId: $id) {
    __typename
    ... on MutationRemoveScheduleDeliverySuccess { data { __typename ... on JobSchedule { id delivery { url } } } }
    ... on Error { message code status }
  }
}`);
const RETRY = graphql(`mutation DeliveryRetry($id: ID!) {
  retryRun(runId: $id) {
    __typename
    ... on MutationRetryRunSuccess { data { id state failureReason } }
    ... on Error { message code status }
  }
}`);
const RUN = graphql(`query DeliveryRun($id: ID!) {
  node(id: $id) { ... on Run {
    id state failureReason deliveredAt origin
    attempts { number startedAt durationMs httpStatus error responseExcerpt }
  } }
}`);
const DELIVERY_OF = graphql(`query DeliveryOf($id: ID!) {
  node(id: $id) { ... on Recurring { delivery { url disabledAt disabledReason overlapPolicy } } }
}`);

async function setDelivery(id: string, url: string, input: Record<string, unknown> = {}) {
  const res = await execute(SET_DELIVERY, { id, input: { url, ...input } });
  return expectTypename(res.data?.setScheduleDelivery, "MutationSetScheduleDeliverySuccess").data;
}

async function runNow(id: string): Promise<RunFields> {
  const res = await execute(RUN_NOW, { id });
  return expectTypename(res.data?.runNow, "MutationRunNowSuccess").data;
}

async function readRun(id: string) {
  const res = await execute(RUN, { id });
  const node = res.data?.node;
  if (!node || !("state" in node)) throw new Error(`no run ${id}`);
  return node;
}

/** Polls a run until `done` holds (real ms). */
async function runUntil(id: string, done: (run: Awaited<ReturnType<typeof readRun>>) => boolean, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const run = await readRun(id);
    if (done(run)) return run;
    if (Date.now() > until) throw new Error(`run ${id} stayed ${JSON.stringify(run)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a delivery", () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  it.each(KINDS)("delivers a %s schedule's run, signed over the exact bytes sent, with what identifies the work", async (kind) => {
    const schedule = await makeSchedule(execute, kind);
    const setup = await setDelivery(schedule.id, receiver.url);
    expect(setup.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(setup.delivery).toEqual({
      url: receiver.url,
      overlapPolicy: "ALLOW_ALL",
      catchUpWindowSeconds: 3600,
      maxAttempts: 8,
      disabledAt: null,
      disabledReason: null,
    });
    const before = receiver.received.length;
    const run = await runNow(schedule.id);
    // made PENDING; the worker of this process may have taken it already
    expect(["PENDING", "DELIVERING", "DELIVERED"]).toContain(run.state);
    const delivered = await runUntil(run.id, (r) => r.state === "DELIVERED");
    expect(delivered.attempts).toHaveLength(1);
    expect(delivered.attempts[0]).toMatchObject({ number: 1, httpStatus: 204, error: null });
    expect(delivered.deliveredAt).not.toBeNull();

    const request = receiver.received.slice(before).find((r) => r.headers["webhook-id"] === run.id);
    if (!request) throw new Error("the receiver got no request for the run");
    expect(request.headers["content-type"]).toBe("application/json");
    const verified = new Webhook(setup.secret as string).verify(request.body, {
      "webhook-id": String(request.headers["webhook-id"]),
      "webhook-timestamp": String(request.headers["webhook-timestamp"]),
      "webhook-signature": String(request.headers["webhook-signature"]),
    }) as { type: string; data: Record<string, unknown> & { schedule: Record<string, unknown> } };
    expect(Math.abs(Number(request.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(30);
    expect(verified.type).toBe("schedule.run");
    expect(verified.data).toMatchObject({ runId: run.id, origin: "MANUAL", attempt: 1, occurrence: run.occurrence });
    expect(verified.data.schedule).toMatchObject({ id: schedule.id, kind });
    const identifying = {
      JOB: ["name", "jobType"],
      CAMPAIGN_TEMPLATE: ["campaignTemplateId", "name"],
      ISSUING: ["productReference", "scheduleReference", "friendlyName", "entitlementFormat"],
    }[kind];
    for (const field of identifying) expect(verified.data.schedule[field], field).toEqual(expect.any(String));
    // the webhook-id is the run's GraphQL id
    expect(decodeGlobalID(String(request.headers["webhook-id"])).typename).toBe("Run");
  });

  it("keeps the secret sealed at rest: the database row does not hold it, and a rotated secret replaces it at once", async () => {
    const schedule = await makeJob(execute);
    const setup = await setDelivery(schedule.id, receiver.url);
    const secret = setup.secret as string;
    const row = await prisma.delivery.findUniqueOrThrow({ where: { scheduleId: decodeGlobalID(schedule.id).id } });
    expect(row.sealedSecret).not.toContain(secret.slice("whsec_".length));
    expect(row.sealedSecret).toMatch(/^v1\./);
    // a second set keeps the secret and does not show it
    expect((await setDelivery(schedule.id, receiver.url, { maxAttempts: 3 })).secret).toBeNull();

    const rotated = expectTypename(
      (await execute(ROTATE, { id: schedule.id })).data?.rotateDeliverySecret,
      "MutationRotateDeliverySecretSuccess",
    );
    const fresh = rotated.data.secret as string;
    expect(fresh).not.toBe(secret);
    const run = await runNow(schedule.id);
    await runUntil(run.id, (r) => r.state === "DELIVERED");
    const request = receiver.received.find((r) => r.headers["webhook-id"] === run.id);
    if (!request) throw new Error("no request");
    const headers = {
      "webhook-id": String(request.headers["webhook-id"]),
      "webhook-timestamp": String(request.headers["webhook-timestamp"]),
      "webhook-signature": String(request.headers["webhook-signature"]),
    };
    expect(() => new Webhook(fresh).verify(request.body, headers)).not.toThrow();
    expect(() => new Webhook(secret).verify(request.body, headers)).toThrow();
  });

  it("answers typed errors: a bad URL on input.url, bounds on the numbers, 404 for no schedule, 412 to rotate without a delivery", async () => {
    const schedule = await makeJob(execute);
    for (const url of ["not a url", "ftp://example.com/x", "http://user:pw@example.com/x"]) {
      const res = await execute(SET_DELIVERY, { id: schedule.id, input: { url } });
      const error = expectTypename(res.data?.setScheduleDelivery, "ValidationError");
      expect(
        error.fieldErrors.map((e) => e.path),
        url,
      ).toEqual([["input", "url"]]);
    }
    const numbers = await execute(SET_DELIVERY, {
      id: schedule.id,
      input: { url: receiver.url, catchUpWindowSeconds: -1, maxAttempts: 0 },
    });
    expect(expectTypename(numbers.data?.setScheduleDelivery, "ValidationError").fieldErrors.map((e) => e.path)).toEqual([
      ["input", "catchUpWindowSeconds"],
      ["input", "maxAttempts"],
    ]);
    const missing = "Sm9iU2NoZWR1bGU6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw"; // JobSchedule:0000…
    expect(
      expectTypename(
        (await execute(SET_DELIVERY, { id: missing, input: { url: receiver.url } })).data?.setScheduleDelivery,
        "NotFoundError",
      ).status,
    ).toBe(404);
    expect(expectTypename((await execute(ROTATE, { id: schedule.id })).data?.rotateDeliverySecret, "PreconditionFailedError").status).toBe(
      412,
    );
    const run = await runNow(schedule.id);
    expect(run.state).toBe("RECORDED");
    const retry = expectTypename((await execute(RETRY, { id: run.id })).data?.retryRun, "PreconditionFailedError");
    expect(retry.message).toContain("RECORDED");
  });

  it("removing the delivery makes later runs RECORDED and shows no delivery", async () => {
    const schedule = await makeJob(execute);
    await setDelivery(schedule.id, receiver.url);
    const removed = expectTypename(
      (await execute(REMOVE, { id: schedule.id })).data?.removeScheduleDelivery,
      "MutationRemoveScheduleDeliverySuccess",
    );
    expect(removed.data).toMatchObject({ id: schedule.id, delivery: null });
    expect((await runNow(schedule.id)).state).toBe("RECORDED");
  });
});

describe("retries", () => {
  it("retries a 500 after about 5 s (±20%), then 30 s, and delivers on the first 2xx; every attempt is kept", async () => {
    const receiver = await startReceiver((_request, nth) =>
      nth < 2 ? { status: 500, body: "database is down" } : { status: 200, body: "ok" },
    );
    try {
      const schedule = await makeJob(execute);
      await setDelivery(schedule.id, receiver.url);
      const run = await runNow(schedule.id);
      const delivered = await runUntil(run.id, (r) => r.state === "DELIVERED", 15_000);
      expect(delivered.attempts.map((a) => [a.number, a.httpStatus, a.error])).toEqual([
        [1, 500, null],
        [2, 500, null],
        [3, 200, null],
      ]);
      expect(delivered.attempts[0].responseExcerpt).toBe("database is down");
      const gaps = [1, 2].map((i) => Date.parse(delivered.attempts[i].startedAt) - Date.parse(delivered.attempts[i - 1].startedAt));
      expect(gaps[0]).toBeGreaterThanOrEqual(4_000);
      expect(gaps[0]).toBeLessThanOrEqual(6_000 + SLACK);
      expect(gaps[1]).toBeGreaterThanOrEqual(24_000);
      expect(gaps[1]).toBeLessThanOrEqual(36_000 + SLACK);
      // one webhook-id for every attempt
      expect(new Set(receiver.ids())).toEqual(new Set([run.id]));
      expect(receiver.received.map((r) => JSON.parse(r.body).data.attempt)).toEqual([1, 2, 3]);
    } finally {
      await receiver.close();
    }
  });

  it("honours Retry-After on a 429 instead of the schedule", async () => {
    const receiver = await startReceiver((_request, nth) =>
      nth === 0 ? { status: 429, headers: { "retry-after": "2" } } : { status: 204 },
    );
    try {
      const schedule = await makeJob(execute);
      await setDelivery(schedule.id, receiver.url);
      const run = await runNow(schedule.id);
      await runUntil(run.id, (r) => r.state === "DELIVERED", 10_000);
      // 2 real seconds between the two requests (the receiver's time), not the schedule's 5 simulated ones (250 ms)
      const [first, second] = receiver.received;
      expect(second.at - first.at).toBeGreaterThanOrEqual(1_900);
    } finally {
      await receiver.close();
    }
  });

  it("fails the run after maxAttempts, with the reason; retryRun gives it as many again, and a 2xx then delivers it", async () => {
    let healthy = false;
    const receiver = await startReceiver(() => (healthy ? { status: 200 } : { status: 503 }));
    try {
      const schedule = await makeJob(execute);
      await setDelivery(schedule.id, receiver.url, { maxAttempts: 2 });
      const run = await runNow(schedule.id);
      const failed = await runUntil(run.id, (r) => r.state === "FAILED", 10_000);
      expect(failed.attempts.map((a) => a.httpStatus)).toEqual([503, 503]);
      expect(failed.failureReason).toBe("2 attempts failed");
      healthy = true;
      const retried = expectTypename((await execute(RETRY, { id: run.id })).data?.retryRun, "MutationRetryRunSuccess");
      expect(retried.data).toMatchObject({ state: "PENDING", failureReason: null });
      const delivered = await runUntil(run.id, (r) => r.state === "DELIVERED");
      expect(delivered.attempts.map((a) => [a.number, a.httpStatus])).toEqual([
        [1, 503],
        [2, 503],
        [3, 200],
      ]);
      // a delivered run cannot be retried
      expect(expectTypename((await execute(RETRY, { id: run.id })).data?.retryRun, "PreconditionFailedError").status).toBe(412);
    } finally {
      await receiver.close();
    }
  });

  it("a 410 fails the run and disables the delivery; setting it again enables it", async () => {
    const receiver = await startReceiver(() => ({ status: 410 }));
    try {
      const schedule = await makeJob(execute);
      await setDelivery(schedule.id, receiver.url);
      const run = await runNow(schedule.id);
      const failed = await runUntil(run.id, (r) => r.state === "FAILED");
      expect(failed.attempts.map((a) => a.httpStatus)).toEqual([410]);
      expect(failed.failureReason).toContain("410");
      const node = (await execute(DELIVERY_OF, { id: schedule.id })).data?.node;
      const delivery = node && "delivery" in node ? node.delivery : null;
      expect(delivery?.disabledAt).not.toBeNull();
      expect(delivery?.disabledReason).toContain("410");
      // while disabled, runs are recorded, not delivered
      expect((await runNow(schedule.id)).state).toBe("RECORDED");
      receiver.respond = () => ({ status: 204 });
      const again = await setDelivery(schedule.id, receiver.url);
      expect(again.delivery).toMatchObject({ disabledAt: null, disabledReason: null });
      const next = await runNow(schedule.id);
      await runUntil(next.id, (r) => r.state === "DELIVERED");
    } finally {
      await receiver.close();
    }
  });

  it("records a timeout and a refused connection as attempts without a status, and retries them", async () => {
    const receiver = await startReceiver((_request, nth) => (nth === 0 ? { status: 200, delayMs: TIMEOUT_MS + 2_000 } : { status: 200 }));
    try {
      const schedule = await makeJob(execute);
      await setDelivery(schedule.id, receiver.url);
      const run = await runNow(schedule.id);
      const delivered = await runUntil(run.id, (r) => r.state === "DELIVERED", 20_000);
      expect(delivered.attempts[0]).toMatchObject({ number: 1, httpStatus: null, error: `timed out after ${TIMEOUT_MS} ms` });
      expect(delivered.attempts[1]).toMatchObject({ number: 2, httpStatus: 200 });
    } finally {
      await receiver.close();
    }
    const closed = await startReceiver();
    const url = closed.url;
    await closed.close();
    const schedule = await makeJob(execute);
    await setDelivery(schedule.id, url, { maxAttempts: 1 });
    const run = await runNow(schedule.id);
    const failed = await runUntil(run.id, (r) => r.state === "FAILED");
    expect(failed.attempts).toHaveLength(1);
    expect(failed.attempts[0]).toMatchObject({ httpStatus: null, error: "connection refused" });
  });
});

describe("overlap policies", () => {
  const HOLD_MS = 2_500;
  /**
   * A minutely job whose runs are made by three dispatch passes in a row, at three past minutes (each
   * pass's clock reads its minute), so three SCHEDULED runs come due while the receiver holds the first.
   */
  async function threeScheduledRuns(policy: "SKIP" | "BUFFER_ONE" | "ALLOW_ALL", receiver: Receiver) {
    const schedule = await makeJob(execute, { specification: "* * * * *" });
    await setDelivery(schedule.id, receiver.url, { overlapPolicy: policy });
    const minute = Math.floor((Date.now() - 5 * 60_000) / 60_000) * 60_000;
    await prisma.schedule.update({
      where: { id: decodeGlobalID(schedule.id).id },
      data: { runsUntil: new Date(minute - 1000), nextDueAt: new Date(minute) },
    });
    for (let i = 0; i < 3; i++) {
      const passClock = createClock({ CLOCK_START: new Date(minute + i * 60_000 + 500).toISOString(), CLOCK_RATE: "1" });
      const pass = await dispatchDue(passClock, 500);
      expect(pass.runs.filter((run) => run.scheduleId === decodeGlobalID(schedule.id).id)).toHaveLength(1);
      worker.wake();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return schedule;
  }

  const states = async (id: string) => (await allRuns(execute, { scheduleId: id })).reverse().map((run) => run.state);

  it.each([
    ["SKIP", ["DELIVERING", "SKIPPED", "SKIPPED"], ["DELIVERED", "SKIPPED", "SKIPPED"]],
    ["BUFFER_ONE", ["DELIVERING", "PENDING", "SKIPPED"], ["DELIVERED", "DELIVERED", "SKIPPED"]],
    ["ALLOW_ALL", ["DELIVERING", "DELIVERING", "DELIVERING"], ["DELIVERED", "DELIVERED", "DELIVERED"]],
  ] as const)("%s: what becomes of runs that come due while one is in progress", async (policy, during, after) => {
    // the receiver holds every answer for 2.5 s (real; the attempts' timeout is 4 s): the first run is in
    // progress while the others come due, however slow the machine
    const receiver = await startReceiver(() => ({ status: 200, delayMs: HOLD_MS }));
    try {
      const schedule = await threeScheduledRuns(policy, receiver);
      expect(await states(schedule.id)).toEqual(during);
      const skipped = (await allRuns(execute, { scheduleId: schedule.id })).filter((run) => run.state === "SKIPPED");
      expect(skipped.map((run) => run.skipReason)).toEqual(skipped.map(() => "OVERLAP"));
      const until = Date.now() + 20_000;
      while ((await states(schedule.id)).some((state) => state === "PENDING" || state === "DELIVERING") && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await states(schedule.id)).toEqual(after);
      const arrivals = receiver.received.map((r) => r.at);
      // BUFFER_ONE starts the buffered run only once the first one's answer came; ALLOW_ALL sends them together
      expect(receiver.received).toHaveLength(after.filter((state) => state === "DELIVERED").length);
      if (policy === "BUFFER_ONE") expect(arrivals[1] - arrivals[0]).toBeGreaterThanOrEqual(HOLD_MS - 100);
      if (policy === "ALLOW_ALL") expect(arrivals[2] - arrivals[0]).toBeLessThan(HOLD_MS - 100);
    } finally {
      await receiver.close();
    }
  });
});

describe("what subscribers and operators see", () => {
  it("runEvents reports each change of a delivered run's state: made (PENDING), taken (DELIVERING), DELIVERED", async () => {
    const receiver = await startReceiver(() => ({ status: 200, delayMs: 100 }));
    const events: { id: string; state: string }[] = [];
    let runId = "";
    const stop = await onRunEvents({ event: (run) => events.push({ id: run.id, state: run.state }), end: () => {} });
    const seen = () => events.filter((event) => event.id === runId).map((event) => event.state);
    try {
      const schedule = await makeJob(execute);
      await setDelivery(schedule.id, receiver.url);
      runId = decodeGlobalID((await runNow(schedule.id)).id).id as string;
      const until = Date.now() + 10_000;
      while (seen().length < 3 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 200));
      // three announcements; each event carries the run as read when it was announced, so a quick attempt's
      // DELIVERING may already read DELIVERED, never the other way round
      expect(seen()).toHaveLength(3);
      expect(seen().at(-1)).toBe("DELIVERED");
      for (const state of seen()) expect(["PENDING", "DELIVERING", "DELIVERED"]).toContain(state);
    } finally {
      stop();
      await receiver.close();
    }
  });

  it("/metrics counts attempts by outcome, their durations and the lateness of first attempts", async () => {
    const yoga = createSchedulesYoga({ auth: TEST_AUTH, limits: testLimits(), publicUrl: "http://localhost", metricsToken: null });
    const response = await yoga.fetch("http://localhost/metrics", {}, { req: { socket: { remoteAddress: "127.0.0.1" } } });
    const text = await response.text();
    const value = (line: string) =>
      Number(
        text
          .split("\n")
          .find((l) => l.startsWith(`${line} `))
          ?.slice(line.length + 1) ?? Number.NaN,
      );
    // the tests above delivered runs, retried 500s and failed a 410
    expect(value('schedule_delivery_attempts_total{outcome="DELIVERED"}')).toBeGreaterThan(0);
    expect(value('schedule_delivery_attempts_total{outcome="RETRY"}')).toBeGreaterThan(0);
    expect(value('schedule_delivery_attempts_total{outcome="GONE"}')).toBeGreaterThan(0);
    expect(value('schedule_delivery_attempt_duration_seconds_count{outcome="DELIVERED"}')).toBeGreaterThan(0);
    expect(text).toContain("# TYPE schedule_delivery_first_attempt_lateness_seconds histogram");
    expect(value('schedule_runs{state="DELIVERED"}')).toBeGreaterThan(0);
  });
});
