/**
 * Writes of runs larger than one statement's parameters: Prisma allows 999 bound values per statement
 * on SQLite (32,766 on PostgreSQL). A backfill of 10,000 occurrences (each its own instant) and the
 * retention's deletion of 1,500 expired runs must split their statements rather than fail.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "../../src/db";
import { deleteExpiredRuns } from "../../src/services/run";
import { createClient, expectTypename } from "../helpers/graphql";
import { graphql } from "./gql";

const client = createClient();

const CREATE = graphql(`mutation LargeBatchesCreate($input: JobScheduleInput!) { createJobSchedule(input: $input) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }`);
const BACKFILL = graphql(`mutation LargeBatchesBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {
  backfillRuns(scheduleId: $id, after: $after, until: $until) {
  __typename ... on MutationBackfillRunsSuccess { data { created alreadyPresent } } ... on Error { message } } }`);
const RUNS = graphql(`query LargeBatchesRuns($id: ID!) { runs(scheduleId: $id, first: 3) {
  edges { node { origin state occurrence { at } } } pageInfo { hasNextPage } } }`);

describe("runs written and deleted in statements of bounded size", () => {
  it("a backfill of 10,000 occurrences (the most one may cover) makes 10,000 runs; the same backfill again makes none", async () => {
    const created = await client.execute(CREATE, {
      input: { name: "large backfill", specification: "* * * * *", location: "UTC", job: { jobType: "IMPORT" } },
    });
    const id = expectTypename(created.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
    const until = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 86_400_000);
    const after = new Date(until.getTime() - 10_000 * 60_000);
    const window = { id, after: after.toISOString(), until: until.toISOString() };

    const first = await client.execute(BACKFILL, window);
    expect(expectTypename(first.data?.backfillRuns, "MutationBackfillRunsSuccess").data).toEqual({ created: 10_000, alreadyPresent: 0 });
    const again = await client.execute(BACKFILL, window);
    expect(expectTypename(again.data?.backfillRuns, "MutationBackfillRunsSuccess").data).toEqual({ created: 0, alreadyPresent: 10_000 });

    const page = await client.execute(RUNS, { id });
    expect(page.data?.runs.edges.map((edge) => edge.node)).toEqual(
      [0, 1, 2].map((i) => ({
        origin: "BACKFILL",
        state: "RECORDED",
        occurrence: { at: new Date(until.getTime() - i * 60_000).toISOString().replace(".000Z", "Z") },
      })),
    );
  }, 60_000);

  it("the retention deletes 1,500 expired runs in one sweep", async () => {
    const old = new Date("2020-01-01T00:00:00Z");
    await prisma.run.createMany({
      data: Array.from({ length: 1_500 }, (_, i) => ({
        scheduleId: null,
        dueAt: new Date(old.getTime() + i * 60_000),
        localDateTime: "2020-01-01T00:00:00Z",
        shifted: false,
        originKey: `M:expired-${i}`,
        origin: "MANUAL" as const,
        state: "RECORDED" as const,
        createdAt: old,
        updatedAt: old,
      })),
    });
    expect(await deleteExpiredRuns(new Date("2021-01-01T00:00:00Z"), 90)).toBe(1_500);
    expect(await prisma.run.count({ where: { createdAt: { lt: new Date("2021-01-01T00:00:00Z") } } })).toBe(0);
  });
});
