/**
 * Runs are written by one multi-row INSERT … ON CONFLICT DO NOTHING per 500 (store/run.ts
 * insertMissingRuns, shared by the dispatcher, resume and backfill): what they read back as, and what
 * two writers of the same occurrences at once end with.
 */
import { describe, expect, it } from "vitest";
import { createClient, expectTypename } from "../helpers/graphql";
import { graphql } from "./gql";
import type { RunState, RunsInsertRunsQuery } from "./gql/graphql";

type RunOfPage = Extract<NonNullable<RunsInsertRunsQuery["node"]>, { __typename: "JobSchedule" }>["runs"]["edges"][number]["node"];

const client = createClient();

const CREATE = graphql(`mutation RunsInsertCreate($input: JobScheduleInput!) {
  createJobSchedule(input: $input) {
    __typename
    ... on MutationCreateJobScheduleSuccess { data { id } }
  }
}`);

const BACKFILL = graphql(`mutation RunsInsertBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {
  backfillRuns(scheduleId: $id, after: $after, until: $until) {
    __typename
    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }
  }
}`);

const OCCURRENCES = graphql(`query RunsInsertOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {
  node(id: $id) {
    __typename
    ... on JobSchedule { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } }
  }
}`);

const RUNS = graphql(`query RunsInsertRuns($id: ID!, $state: RunState, $cursor: String) {
  node(id: $id) {
    __typename
    ... on JobSchedule {
      runs(state: $state, first: 100, after: $cursor) {
        edges { node { origin state skipReason occurrence { at localDateTime shifted } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`);

async function createJob(specification: string, location: string): Promise<string> {
  const res = await client.execute(CREATE, {
    input: { name: `insert ${specification}`, specification, location, job: { jobType: "IMPORT" } },
  });
  return expectTypename(res.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
}

async function backfill(id: string, after: string, until: string) {
  const res = await client.execute(BACKFILL, { id, after, until });
  return expectTypename(res.data?.backfillRuns, "MutationBackfillRunsSuccess").data;
}

async function occurrencesOf(id: string, after: string, until: string) {
  const res = await client.execute(OCCURRENCES, { id, after, until });
  return expectTypename(res.data?.node, "JobSchedule").upcomingOccurrences;
}

/** Every run of the schedule (optionally in one state), page after page, newest first. */
async function runsOf(id: string, state: RunState | null = null) {
  const runs: RunOfPage[] = [];
  let cursor: string | null = null;
  for (;;) {
    const res: { data?: RunsInsertRunsQuery | null } = await client.execute(RUNS, { id, state, cursor });
    const page = expectTypename(res.data?.node, "JobSchedule").runs;
    runs.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return runs;
    cursor = page.pageInfo.endCursor ?? null;
  }
}

describe("runs written in one statement per 500", () => {
  it("read back with the engine's occurrences, a DST-shifted one included, and filter by state", async () => {
    // 02:30 New York does not exist on 2026-03-08: that run is at 03:30 EDT, shifted
    const id = await createJob("30 2 * * *", "America/New_York");
    const after = "2026-03-05T00:00:00Z";
    const until = "2026-03-11T00:00:00Z";
    expect(await backfill(id, after, until)).toEqual({ created: 6, alreadyPresent: 0 });

    const occurrences = await occurrencesOf(id, after, until);
    const runs = await runsOf(id);
    expect(occurrences.filter((o) => o.shifted)).toEqual([
      { at: "2026-03-08T07:30:00Z", localDateTime: "2026-03-08T03:30:00-04:00", shifted: true },
    ]);
    // newest first, each exactly the occurrence the engine lists
    expect(runs.map((run) => run.occurrence)).toEqual([...occurrences].reverse());
    expect(new Set(runs.map((run) => `${run.origin} ${run.state} ${run.skipReason}`))).toEqual(new Set(["BACKFILL RECORDED null"]));
    expect((await runsOf(id, "RECORDED")).map((run) => run.occurrence)).toEqual([...occurrences].reverse());
    expect(await runsOf(id, "SKIPPED")).toEqual([]);
  });

  it("more than 500 at once: every occurrence once; a second backfill finds them all present", async () => {
    const id = await createJob("*/5 * * * *", "UTC");
    const after = "2026-01-01T00:00:00Z";
    const until = "2026-01-03T12:00:00Z"; // 2.5 days of 5-minute steps: 720 occurrences, two statements
    expect(await backfill(id, after, until)).toEqual({ created: 720, alreadyPresent: 0 });
    expect(await backfill(id, after, until)).toEqual({ created: 0, alreadyPresent: 720 });
    const occurrences = await occurrencesOf(id, after, until);
    const runs = await runsOf(id);
    expect(occurrences).toHaveLength(720);
    expect(runs.map((run) => run.occurrence.at)).toEqual([...occurrences].reverse().map((o) => o.at));
  });

  it("two overlapping backfills at once make each occurrence once, and each answer counts all of its window", async () => {
    const id = await createJob("0 * * * *", "UTC");
    const [a, b] = await Promise.all([
      backfill(id, "2026-02-01T00:00:00Z", "2026-02-11T00:00:00Z"), // 240 hours
      backfill(id, "2026-02-06T00:00:00Z", "2026-02-16T00:00:00Z"), // 240 hours, 120 of them shared
    ]);
    expect(a.created + a.alreadyPresent).toBe(240);
    expect(b.created + b.alreadyPresent).toBe(240);
    expect(a.created + b.created).toBe(360);
    const occurrences = await occurrencesOf(id, "2026-02-01T00:00:00Z", "2026-02-16T00:00:00Z");
    const runs = await runsOf(id);
    expect(occurrences).toHaveLength(360);
    expect(runs.map((run) => run.occurrence.at)).toEqual([...occurrences].reverse().map((o) => o.at));
  });
});
