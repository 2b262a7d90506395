/**
 * pauseSchedule, resumeSchedule(catchUp), backfillRuns and runNow (shared/API.md "Runs") for every
 * kind: the authorities of the schedule's own writes, typed errors (400 → 404 → 412), the version each
 * raises, the pause fields, backfill's idempotence and limits, and what a resume makes of the
 * occurrences a pause missed.
 *
 * No dispatcher runs in this process; where a test needs time to pass, the service clock is moved by
 * its database-offset setting (it reads `at`, then runs on at the host's pace).
 */
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { serviceClock } from "../../src/clock";
import { dispatchDue } from "../../src/services/dispatch";
import { READER, createClient, expectTypename } from "../helpers/graphql";
import {
  BACKFILL,
  KINDS,
  PAUSE,
  RESUME,
  RUNS_PAGE,
  RUN_NOW,
  allRuns,
  executeWith,
  makeJob,
  makeSchedule,
  scheduleState,
  type MadeSchedule,
} from "./runs-fixtures";

const client = createClient();
const execute = executeWith(client);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function setServiceNow(at: number | null): void {
  serviceClock.setDatabaseOffset(at === null ? 0 : at - Date.now());
}
afterEach(() => setServiceNow(null));

/** A position in the runs of one schedule just before the occurrence at `ms` (newest first: the older ones follow). */
const cursorOf = (ms: number) => Buffer.from(JSON.stringify([new Date(ms).toISOString(), ""])).toString("base64url");
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
const PAST_AFTER = "2026-10-01T00:00:00Z";
const PAST_UNTIL = "2026-10-03T00:00:00Z";

/** Each mutation on one schedule, with the authorities given (null: no token). */
function mutations(id: string) {
  return {
    pause: (authorities: string[] | null) => client.execute(PAUSE, { id, note: "maintenance" }, { authorities }),
    resume: (authorities: string[] | null) => client.execute(RESUME, { id, catchUp: "NONE" }, { authorities }),
    backfill: (authorities: string[] | null) => client.execute(BACKFILL, { id, after: PAST_AFTER, until: PAST_UNTIL }, { authorities }),
    runNow: (authorities: string[] | null) => client.execute(RUN_NOW, { id }, { authorities }),
  };
}

describe.each(KINDS)("the runs mutations of a %s schedule", (kind) => {
  let schedule: MadeSchedule;

  it("need ORG_ADMIN or the kind's own write authority: a reader, the other kinds' writer and no token are refused", async () => {
    schedule = await makeSchedule(execute, kind);
    const ops = mutations(schedule.id);
    const version = (await scheduleState(execute, schedule.id)).version;
    for (const [name, op] of Object.entries(ops)) {
      for (const authorities of [READER, [schedule.otherWriter], ["SOMETHING_ELSE"]]) {
        const res = await op(authorities);
        expect(res.status, `${name} with ${JSON.stringify(authorities)}`).toBe(403);
        expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      }
      const anonymous = await op(null);
      expect(anonymous.status, `${name} without a token`).toBe(401);
      expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    // nothing was done
    expect(await scheduleState(execute, schedule.id)).toMatchObject({ version, paused: false });
    expect(await allRuns(execute, { scheduleId: schedule.id })).toEqual([]);

    for (const writer of [[schedule.writer], ["ORG_ADMIN"]]) {
      expectTypename((await ops.pause(writer)).data?.pauseSchedule, "MutationPauseScheduleSuccess");
      expectTypename((await ops.resume(writer)).data?.resumeSchedule, "MutationResumeScheduleSuccess");
      expectTypename((await ops.backfill(writer)).data?.backfillRuns, "MutationBackfillRunsSuccess");
      expectTypename((await ops.runNow(writer)).data?.runNow, "MutationRunNowSuccess");
    }
  });

  it("raise the version by one each, and show paused, pausedAt and pauseNote", async () => {
    const ops = mutations(schedule.id);
    let version = (await scheduleState(execute, schedule.id)).version;
    const before = Date.now();
    const paused = expectTypename((await ops.pause(["ORG_ADMIN"])).data?.pauseSchedule, "MutationPauseScheduleSuccess").data;
    expect(paused).toMatchObject({
      __typename: schedule.typename,
      id: schedule.id,
      version: ++version,
      paused: true,
      pauseNote: "maintenance",
    });
    expect(Date.parse(paused.pausedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(paused.pausedAt!)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await scheduleState(execute, schedule.id)).toEqual({
      __typename: schedule.typename,
      version: paused.version,
      paused: true,
      pausedAt: paused.pausedAt,
      pauseNote: "maintenance",
    });

    // runNow works while paused, and a backfill too
    const manual = expectTypename((await ops.runNow(["ORG_ADMIN"])).data?.runNow, "MutationRunNowSuccess").data;
    expect(manual).toMatchObject({ origin: "MANUAL", state: "RECORDED", schedule: { __typename: schedule.typename, id: schedule.id } });
    expect((await scheduleState(execute, schedule.id)).version).toBe(++version);
    const backfilled = expectTypename((await ops.backfill(["ORG_ADMIN"])).data?.backfillRuns, "MutationBackfillRunsSuccess").data;
    // the first test backfilled this window twice already
    expect(backfilled.created).toBe(0);
    expect(backfilled.alreadyPresent).toBeGreaterThan(0);
    expect((await scheduleState(execute, schedule.id)).version).toBe(++version);

    const resumed = expectTypename((await ops.resume(["ORG_ADMIN"])).data?.resumeSchedule, "MutationResumeScheduleSuccess").data;
    expect(resumed).toMatchObject({ id: schedule.id, version: ++version, paused: false, pausedAt: null, pauseNote: null });
    expect(await scheduleState(execute, schedule.id)).toMatchObject({ version, paused: false, pausedAt: null, pauseNote: null });

    // a pause without a note
    const quiet = await client.execute(PAUSE, { id: schedule.id });
    expect(expectTypename(quiet.data?.pauseSchedule, "MutationPauseScheduleSuccess").data).toMatchObject({ paused: true, pauseNote: null });
    expectTypename((await ops.resume(["ORG_ADMIN"])).data?.resumeSchedule, "MutationResumeScheduleSuccess");
  });

  it("answer PreconditionFailedError for pausing a paused schedule and resuming a running one, raising nothing", async () => {
    const ops = mutations(schedule.id);
    const resumeRunning = expectTypename((await ops.resume(["ORG_ADMIN"])).data?.resumeSchedule, "PreconditionFailedError");
    expect(resumeRunning).toMatchObject({ status: 412, code: "PRECONDITION_FAILED", message: "Schedule is not paused" });
    expectTypename((await ops.pause(["ORG_ADMIN"])).data?.pauseSchedule, "MutationPauseScheduleSuccess");
    const state = await scheduleState(execute, schedule.id);
    const pauseAgain = expectTypename((await ops.pause(["ORG_ADMIN"])).data?.pauseSchedule, "PreconditionFailedError");
    expect(pauseAgain).toMatchObject({ status: 412, message: "Schedule is already paused" });
    // the first pause's note and instant stay
    expect(await scheduleState(execute, schedule.id)).toEqual(state);
    expectTypename((await ops.resume(["ORG_ADMIN"])).data?.resumeSchedule, "MutationResumeScheduleSuccess");
  });

  it("answer NotFoundError for an unknown id, another kind's id and a deleted schedule", async () => {
    const [, raw] = Buffer.from(schedule.id, "base64").toString("utf8").split(":");
    const otherKind = schedule.typename === "JobSchedule" ? "IssuingSchedule" : "JobSchedule";
    const gone = await makeSchedule(execute, kind);
    await gone.remove();
    const ids = [
      Buffer.from(`${schedule.typename}:${randomUUID()}`).toString("base64"),
      Buffer.from(`${otherKind}:${raw}`).toString("base64"),
      Buffer.from(`Product:${raw}`).toString("base64"),
      "not-a-global-id",
      gone.id,
    ];
    for (const id of ids) {
      const ops = mutations(id);
      const results = [
        (await ops.pause(["ORG_ADMIN"])).data?.pauseSchedule,
        (await ops.resume(["ORG_ADMIN"])).data?.resumeSchedule,
        (await ops.backfill(["ORG_ADMIN"])).data?.backfillRuns,
        (await ops.runNow(["ORG_ADMIN"])).data?.runNow,
      ];
      for (const result of results) {
        expect(result, id).toMatchObject({ __typename: "NotFoundError", status: 404, code: "NOT_FOUND", message: expect.any(String) });
      }
    }
    // the schedule the wrong-kind id borrowed was not touched
    expect(await scheduleState(execute, schedule.id)).toMatchObject({ paused: false });
  });
});

describe("backfillRuns", () => {
  it("refuses until ≤ after, until in the future, more than 10,000 occurrences and a note over 1024 characters, with ValidationError", async () => {
    const job = await makeJob(execute, { specification: "* * * * *" });
    const version = (await scheduleState(execute, job.id)).version;
    const backfill = async (after: string, until: string, id = job.id) =>
      (await client.execute(BACKFILL, { id, after, until })).data?.backfillRuns;
    for (const [after, until] of [
      [PAST_UNTIL, PAST_AFTER],
      [PAST_AFTER, PAST_AFTER],
    ]) {
      expect(expectTypename(await backfill(after, until), "ValidationError")).toMatchObject({
        status: 400,
        code: "BAD_USER_INPUT",
        fieldErrors: [{ path: ["until"], message: "until must be after after" }],
      });
    }
    const future = iso(Date.now() + HOUR);
    expect(expectTypename(await backfill(PAST_AFTER, future), "ValidationError").fieldErrors).toEqual([
      { path: ["until"], message: "until must not be in the future: runs are never made early" },
    ]);
    // both problems at once, and before a 404
    const both = expectTypename(await backfill(iso(Date.now() + 2 * HOUR), future), "ValidationError");
    expect(both.fieldErrors.map((e) => e.message).sort()).toEqual(
      ["until must be after after", "until must not be in the future: runs are never made early"].sort(),
    );
    const unknown = Buffer.from(`JobSchedule:${randomUUID()}`).toString("base64");
    expectTypename(await backfill(PAST_UNTIL, PAST_AFTER, unknown), "ValidationError");
    // a minutely schedule: 10,001 minutes is one occurrence too many
    const start = Date.parse("2026-06-01T00:00:00Z");
    const tooMany = expectTypename(await backfill(iso(start), iso(start + 10_001 * MINUTE)), "ValidationError");
    expect(tooMany.fieldErrors).toEqual([{ path: ["until"], message: expect.stringContaining("10000") }]);
    // nothing was made, and no version raised
    expect((await scheduleState(execute, job.id)).version).toBe(version);
    expect(await allRuns(execute, { scheduleId: job.id })).toEqual([]);

    // the note of a pause: 1024 characters are fine, 1025 are not
    const long = expectTypename(
      (await client.execute(PAUSE, { id: job.id, note: "x".repeat(1025) })).data?.pauseSchedule,
      "ValidationError",
    );
    expect(long).toMatchObject({ status: 400, fieldErrors: [{ path: ["note"], message: "note must be at most 1024 characters" }] });
    expect(await scheduleState(execute, job.id)).toMatchObject({ version, paused: false });
    const fine = await client.execute(PAUSE, { id: job.id, note: "é".repeat(1024) });
    expect(expectTypename(fine.data?.pauseSchedule, "MutationPauseScheduleSuccess").data.pauseNote).toBe("é".repeat(1024));
  });

  it("makes exactly 10,000 runs at the limit, and a second backfill of the same window makes none", async () => {
    const job = await makeJob(execute, { specification: "* * * * *" });
    const start = Date.parse("2026-06-01T00:00:00Z");
    const window = { id: job.id, after: iso(start), until: iso(start + 10_000 * MINUTE) };
    const version = (await scheduleState(execute, job.id)).version;
    const first = await client.execute(BACKFILL, window);
    expect(expectTypename(first.data?.backfillRuns, "MutationBackfillRunsSuccess").data).toEqual({ created: 10_000, alreadyPresent: 0 });
    const second = await client.execute(BACKFILL, window);
    expect(expectTypename(second.data?.backfillRuns, "MutationBackfillRunsSuccess").data).toEqual({ created: 0, alreadyPresent: 10_000 });
    // an overlapping window makes only what is missing
    const wider = await client.execute(BACKFILL, { id: job.id, after: iso(start - 5 * MINUTE), until: iso(start + 5 * MINUTE) });
    expect(expectTypename(wider.data?.backfillRuns, "MutationBackfillRunsSuccess").data).toEqual({ created: 5, alreadyPresent: 5 });
    expect((await scheduleState(execute, job.id)).version).toBe(version + 3);
    // the newest and the oldest runs: the window's last occurrence, and the wider window's first
    const newest = await client.execute(RUNS_PAGE, { scheduleId: job.id, first: 100 });
    expect(newest.data?.runs.edges.map((edge) => edge.node.occurrence.at)).toEqual(
      Array.from({ length: 100 }, (_, i) => iso(start + (10_000 - i) * MINUTE)),
    );
    expect(newest.data?.runs.edges.every((edge) => edge.node.origin === "BACKFILL" && edge.node.state === "RECORDED")).toBe(true);
    // the oldest: the wider window's first occurrence
    const oldest = await client.execute(RUNS_PAGE, { scheduleId: job.id, first: 5, after: cursorOf(start - 3 * MINUTE) });
    expect(oldest.data?.runs.edges.map((edge) => edge.node.occurrence.at)).toEqual([iso(start - 4 * MINUTE)]);
  }, 60_000);
});

describe("resumeSchedule", () => {
  /** A minutely job made and paused at `pausedAt` (its runs exist up to then), resumed `pausedFor` later. */
  async function pauseAndResume(spec: string, pausedAt: number, pausedFor: number, catchUp: "NONE" | "LATEST" | "ALL") {
    setServiceNow(pausedAt);
    const job = await makeJob(execute, { specification: spec });
    expectTypename((await client.execute(PAUSE, { id: job.id })).data?.pauseSchedule, "MutationPauseScheduleSuccess");
    // while paused, a dispatcher makes nothing for it
    setServiceNow(pausedAt + pausedFor - MINUTE);
    await dispatchDue(serviceClock, 500);
    expect(await allRuns(execute, { scheduleId: job.id })).toEqual([]);
    setServiceNow(pausedAt + pausedFor);
    const res = await client.execute(RESUME, { id: job.id, catchUp });
    expect(expectTypename(res.data?.resumeSchedule, "MutationResumeScheduleSuccess").data).toMatchObject({ paused: false });
    setServiceNow(null);
    const runs = (await allRuns(execute, { scheduleId: job.id })).reverse();
    return { job, runs, made: runs.filter((run) => run.state !== "SKIPPED"), skipped: runs.filter((run) => run.state === "SKIPPED") };
  }

  // 90 minutes paused: a minutely schedule missed m1 … m90 (at hh:mm:00), the latest 60 within the catch-up window of 1 h
  const pausedAt = Math.floor((Date.now() - DAY) / HOUR) * HOUR + 30_000;
  const minute = (k: number) => iso(pausedAt - 30_000 + k * MINUTE);
  const minutes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => minute(from + i));

  it("NONE records every missed occurrence as SKIPPED (MISSED), origin CATCH_UP", async () => {
    const { runs, made, skipped } = await pauseAndResume("* * * * *", pausedAt, 90 * MINUTE, "NONE");
    expect(made).toEqual([]);
    expect(skipped.map((run) => run.occurrence.at)).toEqual(minutes(1, 90));
    expect(runs.every((run) => run.origin === "CATCH_UP" && run.skipReason === "MISSED")).toBe(true);
  });

  it("LATEST makes one CATCH_UP run for the latest missed occurrence and records the others", async () => {
    const { made, skipped } = await pauseAndResume("* * * * *", pausedAt, 90 * MINUTE, "LATEST");
    expect(made.map((run) => [run.occurrence.at, run.origin, run.state, run.skipReason])).toEqual([
      [minute(90), "CATCH_UP", "RECORDED", null],
    ]);
    expect(skipped.map((run) => run.occurrence.at)).toEqual(minutes(1, 89));
    expect(skipped.every((run) => run.skipReason === "MISSED" && run.origin === "CATCH_UP")).toBe(true);
  });

  it("ALL makes a CATCH_UP run for each missed occurrence within 1 h and records the older ones", async () => {
    const { job, made, skipped } = await pauseAndResume("* * * * *", pausedAt, 90 * MINUTE, "ALL");
    expect(made.map((run) => run.occurrence.at)).toEqual(minutes(31, 90));
    expect(made.every((run) => run.origin === "CATCH_UP" && run.state === "RECORDED" && run.skipReason === null)).toBe(true);
    expect(skipped.map((run) => run.occurrence.at)).toEqual(minutes(1, 30));
    // each occurrence has its one run: a backfill of the span makes none
    const backfill = await client.execute(BACKFILL, { id: job.id, after: iso(pausedAt), until: minute(90) });
    expect(expectTypename(backfill.data?.backfillRuns, "MutationBackfillRunsSuccess").data).toEqual({ created: 0, alreadyPresent: 90 });
  });

  it("LATEST makes the latest missed occurrence even when it is older than the window; ALL then makes none", async () => {
    // a daily schedule at 12:00 UTC, paused at 12:30 and resumed 3 days and 2 hours later (14:30)
    const noon = Math.floor((Date.now() - 10 * DAY) / DAY) * DAY + 12 * HOUR;
    const latest = await pauseAndResume("0 12 * * *", noon + 30 * MINUTE, 3 * DAY + 2 * HOUR, "LATEST");
    expect(latest.made.map((run) => run.occurrence.at)).toEqual([iso(noon + 3 * DAY)]);
    expect(latest.skipped.map((run) => run.occurrence.at)).toEqual([iso(noon + DAY), iso(noon + 2 * DAY)]);
    const all = await pauseAndResume("0 12 * * *", noon + 30 * MINUTE, 3 * DAY + 2 * HOUR, "ALL");
    expect(all.made).toEqual([]);
    expect(all.skipped.map((run) => run.occurrence.at)).toEqual([iso(noon + DAY), iso(noon + 2 * DAY), iso(noon + 3 * DAY)]);
  });

  it("records at most the latest 1,000 missed occurrences of a long pause", async () => {
    const start = Math.floor((Date.now() - 40 * DAY) / HOUR) * HOUR + 30_000;
    const { made, skipped } = await pauseAndResume("* * * * *", start, 30 * DAY, "NONE");
    expect(made).toEqual([]);
    expect(skipped).toHaveLength(1000);
    const last = start - 30_000 + 30 * DAY;
    expect(skipped.at(-1)?.occurrence.at).toBe(iso(last));
    expect(skipped[0].occurrence.at).toBe(iso(last - 999 * MINUTE));
  });

  it("is due again on its spec after a resume: the next dispatch makes only what came due since", async () => {
    const at = Math.floor((Date.now() - 2 * DAY) / HOUR) * HOUR + 30_000;
    const { job, runs } = await pauseAndResume("*/15 * * * *", at, 2 * HOUR, "NONE");
    expect(runs).toHaveLength(8);
    // 40 minutes after the resume: the dispatcher makes the occurrences at +2:15 and +2:30 (late: CATCH_UP)
    setServiceNow(at + 2 * HOUR + 40 * MINUTE);
    await dispatchDue(serviceClock, 500);
    setServiceNow(null);
    const after = (await allRuns(execute, { scheduleId: job.id })).reverse().slice(8);
    expect(after.map((run) => [run.occurrence.at, run.state])).toEqual([
      [iso(at - 30_000 + 2 * HOUR + 15 * MINUTE), "RECORDED"],
      [iso(at - 30_000 + 2 * HOUR + 30 * MINUTE), "RECORDED"],
    ]);
  });
});
