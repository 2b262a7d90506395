/**
 * The history of runs (shared/API.md "Runs"): Query.runs, Recurring.runs and node(id:) for a Run,
 * newest occurrence first, paged with first/after in a constant number of SQL statements; a deleted
 * schedule's runs stay readable with `schedule: null`; retention deletes old runs and never lets
 * their occurrences run again.
 *
 * Runs are made here by backfillRuns and runNow (no dispatcher in this process) and by one dispatch
 * pass called directly; the service clock is moved by its database-offset setting where a test needs
 * "now" to be in the past.
 */
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { serviceClock } from "../../src/clock";
import { dispatchDue } from "../../src/services/dispatch";
import { deleteExpiredRuns } from "../../src/services/run";
import { createClient, expectTypename } from "../helpers/graphql";
import { countQueries } from "../helpers/sql";
import { graphql } from "./gql";
import type { RunsHistoryOfScheduleQuery, RunsHistoryOfScheduleQueryVariables } from "./gql/graphql";
import { BACKFILL, KINDS, PAUSE, RESUME, RUNS_PAGE, RUN_NOW, allRuns, executeWith, makeJob, makeSchedule } from "./runs-fixtures";

const client = createClient();
const execute = executeWith(client);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant as the API writes it: UTC, milliseconds only when there are some. */
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

/** Makes the service clock read `at` (it runs on from there); `null` gives it back the host's time. */
function setServiceNow(at: number | null): void {
  serviceClock.setDatabaseOffset(at === null ? 0 : at - Date.now());
}
afterEach(() => setServiceNow(null));

async function backfill(id: string, after: string, until: string) {
  const res = await client.execute(BACKFILL, { id, after, until });
  return expectTypename(res.data?.backfillRuns, "MutationBackfillRunsSuccess").data;
}

async function runNow(id: string) {
  const res = await client.execute(RUN_NOW, { id });
  return expectTypename(res.data?.runNow, "MutationRunNowSuccess").data;
}

const SCHEDULE_RUNS = graphql(`query RunsHistoryOfSchedule($id: ID!, $state: RunState, $first: Int, $after: String) {
  node(id: $id) {
    __typename
    ... on Recurring {
      runs(state: $state, first: $first, after: $after) {
        edges { cursor node { id origin state occurrence { at } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`);

const scheduleRuns = (variables: RunsHistoryOfScheduleQueryVariables) => client.execute(SCHEDULE_RUNS, variables);

const RUN_NODE = graphql(`query RunsHistoryNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Run {
      origin state skipReason createdAt deliveredAt attempts { number }
      occurrence { at localDateTime shifted }
      schedule { __typename ... on JobSchedule { id name } }
    }
  }
}`);

describe("runs: newest occurrence first, paged", () => {
  it("lists backfilled and manual runs of a schedule newest first, through runs(scheduleId:), Recurring.runs and node(id:)", async () => {
    const job = await makeJob(execute, { specification: "0 * * * *", location: "Europe/London" });
    const other = await makeJob(execute);
    // 24 hourly occurrences in (after, until]: 01:00 … 24:00 UTC of 2026-11-01.
    expect(await backfill(job.id, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")).toEqual({ created: 24, alreadyPresent: 0 });
    await backfill(other.id, "2026-11-01T00:00:00Z", "2026-11-01T05:00:00Z");
    const before = Date.now();
    const manual = [await runNow(job.id), await runNow(job.id)];
    const after = Date.now();

    for (const run of manual) {
      expect(run).toMatchObject({ origin: "MANUAL", state: "RECORDED", skipReason: null, deliveredAt: null, attempts: [] });
      expect(run.schedule).toEqual({ __typename: "JobSchedule", id: job.id });
      // occurrence = now; on the host's clock here
      expect(Date.parse(run.occurrence.at)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(run.occurrence.at)).toBeLessThanOrEqual(after + 1000);
      expect(run.occurrence.shifted).toBe(false);
    }

    const all = await allRuns(execute, { scheduleId: job.id });
    expect(all).toHaveLength(26);
    expect(new Set(all.map((run) => run.id)).size).toBe(26);
    // newest occurrence first: the two manual runs, then 24:00 down to 01:00
    const instants = all.map((run) => Date.parse(run.occurrence.at));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(new Set(all.slice(0, 2).map((run) => run.id))).toEqual(new Set(manual.map((run) => run.id)));
    const backfilled = all.slice(2);
    expect(backfilled.map((run) => run.occurrence.at)).toEqual(
      Array.from({ length: 24 }, (_, i) => iso(Date.parse("2026-11-02T00:00:00Z") - i * HOUR)),
    );
    expect(backfilled.every((run) => run.origin === "BACKFILL" && run.state === "RECORDED" && run.skipReason === null)).toBe(true);
    // London is on GMT in November
    expect(backfilled[0].occurrence).toEqual({ at: "2026-11-02T00:00:00Z", localDateTime: "2026-11-02T00:00:00+00:00", shifted: false });

    // pages of 5 through Recurring.runs: the same runs in the same order, no gaps or repeats
    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    for (;;) {
      const res: Awaited<ReturnType<typeof scheduleRuns>> = await scheduleRuns({ id: job.id, first: 5, after: cursor });
      const node: RunsHistoryOfScheduleQuery["node"] & { __typename: "JobSchedule" } = expectTypename(res.data?.node, "JobSchedule");
      paged.push(...node.runs.edges.map((edge) => edge.node.id));
      pages += 1;
      if (!node.runs.pageInfo.hasNextPage) break;
      cursor = node.runs.pageInfo.endCursor ?? null;
    }
    expect(paged).toEqual(all.map((run) => run.id));
    expect(pages).toBe(6);

    // page info of runs(scheduleId:)
    const first = await client.execute(RUNS_PAGE, { scheduleId: job.id, first: 3 });
    expect(first.data?.runs.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.data?.runs.pageInfo.startCursor).toBe(first.data?.runs.edges[0].cursor);
    expect(first.data?.runs.pageInfo.endCursor).toBe(first.data?.runs.edges[2].cursor);
    const second = await client.execute(RUNS_PAGE, { scheduleId: job.id, first: 100, after: first.data?.runs.pageInfo.endCursor });
    expect(second.data?.runs.edges).toHaveLength(23);
    expect(second.data?.runs.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    // runs() of every schedule holds both schedules' runs
    const everyRun = await allRuns(execute);
    expect(everyRun.filter((run) => run.schedule && "id" in run.schedule && run.schedule.id === other.id)).toHaveLength(5);
    expect(everyRun.map((run) => Date.parse(run.occurrence.at))).toEqual(
      everyRun.map((run) => Date.parse(run.occurrence.at)).sort((a, b) => b - a),
    );

    // node(id:) answers a run with every field
    const node = await client.execute(RUN_NODE, { id: backfilled[0].id });
    expect(node.data?.node).toEqual({
      __typename: "Run",
      id: backfilled[0].id,
      origin: "BACKFILL",
      state: "RECORDED",
      skipReason: null,
      createdAt: backfilled[0].createdAt,
      deliveredAt: null,
      attempts: [],
      occurrence: { at: "2026-11-02T00:00:00Z", localDateTime: "2026-11-02T00:00:00+00:00", shifted: false },
      schedule: { __typename: "JobSchedule", id: job.id, name: expect.any(String) },
    });
  });

  it("answers an empty page for a schedule id that names no schedule, and null for a run id that names no run", async () => {
    const product = Buffer.from(`Product:${randomUUID()}`).toString("base64");
    for (const scheduleId of [
      Buffer.from(`JobSchedule:${randomUUID()}`).toString("base64"),
      Buffer.from(`IssuingSchedule:${randomUUID()}`).toString("base64"),
      product,
      "not-a-global-id",
    ]) {
      const res = await client.execute(RUNS_PAGE, { scheduleId, first: 10 });
      expect(res.errors).toBeUndefined();
      expect(res.data?.runs).toEqual({
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    }
    // a job's id given with another kind's typename names no schedule either
    const job = await makeJob(execute);
    await runNow(job.id);
    const [, raw] = Buffer.from(job.id, "base64").toString("utf8").split(":");
    const wrongKind = Buffer.from(`IssuingSchedule:${raw}`).toString("base64");
    expect((await client.execute(RUNS_PAGE, { scheduleId: wrongKind, first: 10 })).data?.runs.edges).toEqual([]);
    expect((await client.execute(RUNS_PAGE, { scheduleId: job.id, first: 10 })).data?.runs.edges).toHaveLength(1);

    const missing = await client.execute(RUN_NODE, { id: Buffer.from(`Run:${randomUUID()}`).toString("base64") });
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.node).toBeNull();
  });

  it("refuses a page size outside 1..100, a cursor it did not make and paging backwards, with 400", async () => {
    const job = await makeJob(execute);
    await runNow(job.id);
    const page = await client.execute(RUNS_PAGE, { first: 1 });
    const [, id] = JSON.parse(Buffer.from(page.data!.runs.edges[0].cursor, "base64url").toString("utf8"));
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const refusals: [string, Record<string, unknown>, string][] = [
      ["first: 0", { first: 0 }, "first"],
      ["first: 101", { first: 101 }, "first"],
      ["first: -1", { first: -1 }, "first"],
      ["a cursor that is not base64 JSON", { after: "nonsense" }, "after"],
      ["a cursor of another shape", { after: forged({ dueAt: "2026-01-01T00:00:00Z", id }) }, "after"],
      ["a cursor with a date past year 9999", { after: forged(["+010000-01-01T00:00:00.000Z", id]) }, "after"],
      ["a cursor with a number for its date", { after: forged([0, id]) }, "after"],
      ["a schedules cursor", { after: forged(["2026-01-01T00:00:00.000Z", id, "extra"]) }, "after"],
    ];
    for (const [what, variables, path] of refusals) {
      for (const [where, send] of [
        [
          "runs",
          () => client.execute(`query($first: Int, $after: String) { runs(first: $first, after: $after) { edges { cursor } } }`, variables),
        ],
        [
          "Recurring.runs",
          () =>
            client.execute(
              `query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Recurring { runs(first: $first, after: $after) { edges { cursor } } } } }`,
              { id: job.id, ...variables },
            ),
        ],
      ] as const) {
        const res = await send();
        expect(res.status, `${what} on ${where}`).toBe(400);
        expect(res.errors?.[0].extensions, `${what} on ${where}`).toMatchObject({
          code: "BAD_USER_INPUT",
          fieldErrors: [{ path: [path] }],
        });
      }
    }
    const backwards = await client.execute(`{ runs(last: 1) { edges { cursor } } }`);
    expect(backwards.status).toBe(400);
    // a cursor this connection made is accepted, and so are 1 and 100
    for (const variables of [{ first: 1 }, { first: 100 }, { first: 5, after: page.data!.runs.edges[0].cursor }]) {
      const res = await client.execute(RUNS_PAGE, variables);
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
    }
  });

  it("filters by state: SKIPPED (MISSED) runs of a resume apart from the RECORDED ones", async () => {
    const job = await makeJob(execute, { specification: "*/10 * * * *" });
    // Paused 3 h ago (the schedule's runs exist up to then), resumed now with NONE: the 18 occurrences
    // in between are recorded as SKIPPED (MISSED).
    const pausedAt = Math.floor(Date.now() / 600_000) * 600_000 - 3 * HOUR + 300_000;
    setServiceNow(pausedAt);
    const paused = await makeJob(execute, { specification: "*/10 * * * *" });
    expectTypename((await client.execute(PAUSE, { id: paused.id })).data?.pauseSchedule, "MutationPauseScheduleSuccess");
    setServiceNow(pausedAt + 3 * HOUR);
    expectTypename(
      (await client.execute(RESUME, { id: paused.id, catchUp: "NONE" })).data?.resumeSchedule,
      "MutationResumeScheduleSuccess",
    );
    setServiceNow(null);
    await runNow(paused.id);
    await runNow(job.id);

    const skipped = await allRuns(execute, { scheduleId: paused.id, state: "SKIPPED" });
    expect(skipped).toHaveLength(18);
    expect(skipped.every((run) => run.state === "SKIPPED" && run.skipReason === "MISSED" && run.origin === "CATCH_UP")).toBe(true);
    expect(skipped.map((run) => run.occurrence.at)).toEqual(
      Array.from({ length: 18 }, (_, i) => iso(pausedAt + 3 * HOUR - 300_000 - i * 600_000)),
    );
    const recorded = await allRuns(execute, { scheduleId: paused.id, state: "RECORDED" });
    expect(recorded.map((run) => run.origin)).toEqual(["MANUAL"]);
    expect(recorded.every((run) => run.skipReason === null)).toBe(true);
    // across schedules: the state filter alone
    const everySkipped = await allRuns(execute, { state: "SKIPPED" });
    expect(everySkipped.length).toBeGreaterThanOrEqual(18);
    expect(everySkipped.every((run) => run.state === "SKIPPED")).toBe(true);
    expect((await allRuns(execute, { scheduleId: job.id, state: "SKIPPED" })).length).toBe(0);
    expect((await allRuns(execute, { scheduleId: paused.id, state: "DELIVERED" })).length).toBe(0);
    // Recurring.runs(state:)
    const nested = await client.execute(SCHEDULE_RUNS, { id: paused.id, state: "SKIPPED", first: 100 });
    expect(expectTypename(nested.data?.node, "JobSchedule").runs.edges.map((edge) => edge.node.id)).toEqual(skipped.map((run) => run.id));
  });
});

describe("runs: SQL statements per page", () => {
  it("reads a page of 50 runs of every kind, with their schedules and owners, in as many statements as a page of 5", async () => {
    for (let i = 0; i < 4; i++) {
      for (const kind of KINDS) {
        const schedule = await makeSchedule(execute, kind);
        await backfill(schedule.id, "2026-10-01T00:00:00Z", "2026-10-11T00:00:00Z");
        await runNow(schedule.id);
      }
    }
    const PAGE = graphql(`query RunsHistoryCostlyPage($first: Int, $after: String) {
      runs(first: $first, after: $after) {
        edges { cursor node {
          id origin state skipReason createdAt attempts { number } occurrence { at localDateTime shifted }
          schedule {
            __typename
            ... on Recurring { timeZone paused pausedAt pauseNote nextOccurrence { at } }
            ... on JobSchedule { id name version }
            ... on CampaignTemplateSchedule { id type version campaignTemplate { id name } }
            ... on IssuingSchedule { id friendlyName version product { reference } }
          }
        } }
        pageInfo { hasNextPage endCursor }
      }
    }`);
    const small = await countQueries(() => client.execute(PAGE, { first: 5 }));
    const large = await countQueries(() => client.execute(PAGE, { first: 50 }));
    const next = await countQueries(() => client.execute(PAGE, { first: 50, after: large.result.data?.runs.pageInfo.endCursor }));
    for (const page of [small, large, next]) expect(page.result.errors).toBeUndefined();
    const edges = large.result.data!.runs.edges;
    expect(edges).toHaveLength(50);
    expect(new Set(edges.map((edge) => edge.node.schedule?.__typename))).toEqual(
      new Set(["JobSchedule", "CampaignTemplateSchedule", "IssuingSchedule"]),
    );
    expect(large.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
    // a page of fewer kinds reads fewer kinds' rows, never more
    expect(next.queries).toBeLessThanOrEqual(small.queries);
  });
});

const DELETED_RUN = graphql(`query RunsHistoryDeleted($id: ID!) {
  node(id: $id) { __typename ... on Run { id origin occurrence { at } schedule { __typename } } }
}`);

describe("runs of a deleted schedule", () => {
  it.each(KINDS)("keeps the runs of a deleted %s schedule readable, with schedule: null", async (kind) => {
    const schedule = await makeSchedule(execute, kind);
    const { created } = await backfill(schedule.id, "2026-10-01T00:00:00Z", "2026-10-04T00:00:00Z");
    expect(created).toBeGreaterThanOrEqual(3);
    const manual = await runNow(schedule.id);
    const before = await allRuns(execute, { scheduleId: schedule.id });
    expect(before).toHaveLength(created + 1);
    await schedule.remove();

    for (const run of before) {
      const res = await client.execute(DELETED_RUN, { id: run.id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.node).toEqual({
        __typename: "Run",
        id: run.id,
        origin: run.origin,
        occurrence: { at: run.occurrence.at },
        schedule: null,
      });
    }
    // in the list of every schedule's runs, with schedule: null
    const listed = (await allRuns(execute)).filter((run) => before.some((b) => b.id === run.id));
    expect(listed.map((run) => run.id)).toEqual(before.map((run) => run.id));
    expect(listed.every((run) => run.schedule === null)).toBe(true);
    // the deleted schedule's id names no schedule now: its runs are no longer under it, and none can be made
    expect(await allRuns(execute, { scheduleId: schedule.id })).toEqual([]);
    const again = await client.execute(RUN_NOW, { id: schedule.id });
    expect(expectTypename(again.data?.runNow, "NotFoundError")).toMatchObject({ status: 404 });
    expect(manual.origin).toBe("MANUAL");
  });
});

describe("retention", () => {
  it("deletes runs made before the retention, keeps younger ones, and a later dispatch never makes their occurrences again", async () => {
    const now = Date.now();
    // 100 days ago at hh:00:30, a daily schedule at hh:05 UTC is made and runs once (10 minutes later)
    const base = Math.floor((now - 100 * DAY) / HOUR) * HOUR + 30_000;
    const hh = new Date(base).getUTCHours();
    setServiceNow(base);
    const old = await makeJob(execute, { specification: `5 ${hh} * * *`, location: "UTC" });
    setServiceNow(base + 10 * 60_000);
    const pass = await dispatchDue(serviceClock, 500);
    expect(pass.runs.map((run) => new Date(run.dueAt).getTime())).toEqual([base + 270_000]);
    // … and 5 earlier days are backfilled, at the same (old) time
    expect(await backfill(old.id, new Date(base - 5 * DAY).toISOString(), new Date(base).toISOString())).toEqual({
      created: 5,
      alreadyPresent: 0,
    });
    const deletedRuns = await allRuns(execute, { scheduleId: old.id });
    expect(deletedRuns).toHaveLength(6);
    // a run made 89 days ago stays
    setServiceNow(now - 89 * DAY);
    const young = await makeJob(execute, { specification: "0 0 1 1 *" });
    const kept = await runNow(young.id);

    setServiceNow(null);
    expect(await deleteExpiredRuns(serviceClock.now(), 90)).toBe(6);
    expect(await allRuns(execute, { scheduleId: old.id })).toEqual([]);
    expect((await allRuns(execute, { scheduleId: young.id })).map((run) => run.id)).toEqual([kept.id]);
    // nothing is left to delete
    expect(await deleteExpiredRuns(serviceClock.now(), 90)).toBe(0);

    // The dispatcher now makes what came due since the last run (100 days: caught up or SKIPPED
    // MISSED), never the occurrences whose runs retention deleted.
    let made = 0;
    for (let i = 0; i < 20 && (await dispatchDue(serviceClock, 500)).claimed > 0; i++) made++;
    expect(made).toBeGreaterThan(0);
    const after = await allRuns(execute, { scheduleId: old.id });
    expect(after.length).toBeGreaterThanOrEqual(98);
    const deletedInstants = new Set(deletedRuns.map((run) => run.occurrence.at));
    expect(after.filter((run) => deletedInstants.has(run.occurrence.at))).toEqual([]);
    expect(Math.min(...after.map((run) => Date.parse(run.occurrence.at)))).toBe(base + 270_000 + DAY);
    // one run per daily occurrence since, newest first, without gaps
    const instants = after.map((run) => Date.parse(run.occurrence.at));
    for (let i = 1; i < instants.length; i++) expect(instants[i - 1] - instants[i]).toBe(DAY);
  });
});
