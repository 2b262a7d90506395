/** Job schedules (seed 002) through the HTTP API: CRUD, occurrences, typed errors, optimistic locking. */
import { describe, expect, it } from "vitest";
import { createClient, expectTypename, pinnedClock } from "../helpers/graphql";
import { graphql } from "./gql";
import type { JobPageQuery, JobScheduleInput, JobType } from "./gql/graphql";

const NOW = "2026-11-21T12:00:00Z";
const client = createClient({ clock: pinnedClock(NOW) });

graphql(`fragment JobTestFields on JobSchedule {
  __typename id name specification location externalRef job { jobType } version createdAt updatedAt timeZone
  scheduledFor { at localDateTime shifted }
}`);

const CREATE = graphql(`mutation JobCreate($input: JobScheduleInput!) {
  createJobSchedule(input: $input) {
    __typename
    ... on MutationCreateJobScheduleSuccess { data { ...JobTestFields } }
    ... on Error { message code status }
    ... on ValidationError { fieldErrors { path message } }
  }
}`);

const UPDATE = graphql(`mutation JobUpdate($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {
  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {
    __typename
    ... on MutationUpdateJobScheduleSuccess { data { ...JobTestFields } }
    ... on Error { message code status }
    ... on ValidationError { fieldErrors { path message } }
  }
}`);

const DELETE = graphql(`mutation JobDelete($id: ID!) {
  deleteJobSchedule(id: $id) {
    __typename
    ... on MutationDeleteJobScheduleSuccess { data }
    ... on Error { message code status }
  }
}`);

const billing: JobScheduleInput = {
  name: "Daily billing run.",
  specification: "30 0 * * *",
  location: "Europe/London",
  externalRef: "abc123",
  job: { jobType: "BILLING_RUN" },
};

async function create(input: JobScheduleInput = billing) {
  const res = await client.execute(CREATE, { input });
  return expectTypename(res.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data;
}

describe("createJobSchedule", () => {
  it("stores every field of the seed and answers it back with the next run", async () => {
    const job = await create();
    expect(job).toMatchObject({
      __typename: "JobSchedule",
      name: "Daily billing run.",
      specification: "30 0 * * *",
      location: "Europe/London",
      timeZone: "Europe/London",
      externalRef: "abc123",
      job: { jobType: "BILLING_RUN" },
      version: 1,
      // 2026-11-21T12:00Z is past 00:30 London (GMT): the next run is tomorrow's
      scheduledFor: { at: "2026-11-22T00:30:00Z", localDateTime: "2026-11-22T00:30:00+00:00", shifted: false },
    });
    expect(job.createdAt).toBe(job.updatedAt);
    expect(Date.parse(job.createdAt)).not.toBeNaN();
  });

  it("defaults the location to UTC and stores a zone alias canonically", async () => {
    expect((await create({ ...billing, location: undefined })).location).toBe("UTC");
    expect((await create({ ...billing, location: "PST" })).location).toBe("America/Los_Angeles");
  });

  it("accepts macros, names and steps", async () => {
    for (const specification of ["@weekly", "15 10 * JAN,JUL MON-FRI", "*/5 * * * *", "10-50/10 0 1 * 0,7"]) {
      expect((await create({ ...billing, specification })).specification).toBe(specification);
    }
  });

  it("lists every problem of a bad input with its path, as a ValidationError (400)", async () => {
    const res = await client.execute(CREATE, {
      input: {
        name: "ab",
        specification: "0 24 * * *",
        location: "Mars/Olympus_Mons",
        externalRef: "x".repeat(2049),
        job: { jobType: "TAX_RUN" },
      },
    });
    expect(res.status).toBe(200);
    const error = expectTypename(res.data?.createJobSchedule, "ValidationError");
    expect(error.status).toBe(400);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: ["input", "name"], message: '"name" must be at least 3 characters' },
        { path: ["input", "externalRef"], message: '"externalRef" cannot exceed 2048 characters' },
        { path: ["input", "specification"], message: expect.stringContaining("field 2 (hour)") },
        { path: ["input", "location"], message: expect.stringContaining("Mars/Olympus_Mons") },
      ]),
    );
    expect(error.fieldErrors).toHaveLength(4);
  });

  it.each([
    ["a name of 1025 characters", { name: "n".repeat(1025) }, ["input", "name"], '"name" cannot exceed 1024 characters'],
    ["a blank name", { name: "   " }, ["input", "name"], '"name" is required'],
    [
      "a specification of 1025 characters",
      { specification: `0 0 * * *${" ".repeat(1016)}` },
      ["input", "specification"],
      '"specification" cannot exceed 1024 characters',
    ],
    ["a location of 1025 characters", { location: "x".repeat(1025) }, ["input", "location"], '"location" cannot exceed 1024 characters'],
    ["a descending range", { specification: "5-1 * * * *" }, ["input", "specification"], expect.stringContaining("field 1 (minute)")],
    ["four fields", { specification: "0 0 * *" }, ["input", "specification"], expect.stringContaining("5 fields")],
    ["a bad weekday", { specification: "0 0 * * FUNDAY" }, ["input", "specification"], expect.stringContaining("field 5")],
    ["a month 13", { specification: "0 0 1 13 *" }, ["input", "specification"], expect.stringContaining("field 4 (month)")],
  ])("rejects %s", async (_label, change, path, message) => {
    const res = await client.execute(CREATE, { input: { ...billing, ...change } });
    const error = expectTypename(res.data?.createJobSchedule, "ValidationError");
    expect(error.fieldErrors).toEqual([{ path, message }]);
  });

  it("answers a misspelt location with the hint every zone field carries, the same words as campaign and issuing zones", async () => {
    const hint = "Unknown time zone: Europe/Londn (use an IANA id such as Europe/London or an offset such as UTC+05:30)";
    const res = await client.execute(CREATE, { input: { ...billing, location: "Europe/Londn" } });
    expect(expectTypename(res.data?.createJobSchedule, "ValidationError").fieldErrors).toEqual([
      { path: ["input", "location"], message: hint },
    ]);
    const preview = await client.execute(
      graphql(`query JobZoneHints($job: JobSpecInput!, $campaign: CampaignTemplateScheduleInput!, $issuing: IssuingScheduleInput!) {
        job: previewOccurrences(spec: { job: $job }) { ... on ValidationError { fieldErrors { path message } } }
        campaign: previewOccurrences(spec: { campaignTemplate: $campaign }) { ... on ValidationError { fieldErrors { path message } } }
        issuing: previewOccurrences(spec: { issuing: $issuing }) { ... on ValidationError { fieldErrors { path message } } }
      }`),
      {
        job: { specification: "@daily", location: "Europe/Londn" },
        campaign: { type: "DAILY", hours: { type: "LIST", values: ["9"] }, timeZoneId: "Europe/Londn" },
        issuing: { scheduleType: "none", timeZone: "Europe/Londn" },
      },
    );
    expect(preview.data).toEqual({
      job: { fieldErrors: [{ path: ["spec", "job", "location"], message: hint }] },
      campaign: { fieldErrors: [{ path: ["spec", "campaignTemplate", "timeZoneId"], message: hint }] },
      issuing: { fieldErrors: [{ path: ["spec", "issuing", "timeZone"], message: hint }] },
    });
  });

  it("answers an unknown job type as a GraphQL request error (400), not a 500", async () => {
    const res = await client.execute(CREATE, { input: { ...billing, job: { jobType: "LAUNDRY" as JobType } } });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/LAUNDRY/);
    expect(res.errors?.[0].extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
  });
});

describe("reading job schedules", () => {
  it("finds one by schedule(id) and node(id), and lists them as a Relay connection", async () => {
    const job = await create({ ...billing, name: "Tax run", job: { jobType: "TAX_RUN" } });
    const res = await client.execute(
      graphql(`query JobByIdAndNode($id: ID!) {
        schedule(id: $id) { __typename ... on JobSchedule { id name job { jobType } } }
        node(id: $id) { __typename id ... on Recurring { timeZone } }
      }`),
      { id: job.id },
    );
    expect(res.data?.schedule).toEqual({ __typename: "JobSchedule", id: job.id, name: "Tax run", job: { jobType: "TAX_RUN" } });
    expect(res.data?.node).toEqual({ __typename: "JobSchedule", id: job.id, timeZone: "Europe/London" });
  });

  it("answers null for an unknown or malformed id", async () => {
    const res = await client.execute(
      graphql(`query JobUnknownIds { a: schedule(id: "Sm9iU2NoZWR1bGU6bm9uZQ") { __typename } b: schedule(id: "%%%") { __typename } }`),
    );
    expect(res.data).toEqual({ a: null, b: null });
  });

  it("pages through schedules(kind: JOB) with first and after, oldest first, without gaps or repeats", async () => {
    const names = ["page-1", "page-2", "page-3", "page-4", "page-5"];
    for (const name of names) await create({ ...billing, name });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res = await client.execute(
        graphql(`query JobPage($after: String) { schedules(kind: JOB, first: 2, after: $after) {
          edges { cursor node { __typename ... on JobSchedule { id name } } } pageInfo { hasNextPage endCursor } } }`),
        { after },
      );
      const page: JobPageQuery["schedules"] = res.data!.schedules;
      seen.push(...page.edges.map((e) => expectTypename(e.node, "JobSchedule")).map((node) => `${node.id}/${node.name}`));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((n) => n.split("/")[1]).filter((n) => n.startsWith("page-"))).toEqual(names);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(seen.length / 2));
  });

  it("rejects a page size outside 1..100 and a foreign cursor", async () => {
    const res = await client.execute(graphql(`query JobPageTooLarge { schedules(first: 101) { edges { cursor } } }`));
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fieldErrors: [{ path: ["first"] }] });
    const bad = await client.execute(graphql(`query JobForeignCursor { schedules(first: 1, after: "nonsense") { edges { cursor } } }`));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fieldErrors: [{ path: ["after"] }] });
  });

  it.each([
    ["a date past year 9999", "+010000-01-01T00:00:00.000Z"],
    ["a date before year 0000", "-000001-01-01T00:00:00.000Z"],
    ["the last date a JS Date holds", "+275760-09-13T00:00:00.000Z"],
    ["an epoch number far out", 1e15],
    ["a number inside the range", 0],
    ["an object", {}],
  ])("answers a forged cursor with %s as a BAD_USER_INPUT on after, not a 500", async (_label, createdAt) => {
    await create();
    // A cursor of this connection is [createdAt, id]: only the date is forged.
    const page = await client.execute(graphql(`query JobFirstCursor { schedules(first: 1) { edges { cursor } } }`));
    const [, id] = JSON.parse(Buffer.from(page.data!.schedules.edges[0].cursor, "base64url").toString("utf8"));
    const after = Buffer.from(JSON.stringify([createdAt, id])).toString("base64url");
    const res = await client.execute(
      graphql(`query JobForgedCursor($after: String) { schedules(first: 2, after: $after) { edges { cursor } } }`),
      { after },
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: ["after"], message: "after is not a cursor of this connection" }],
    });
  });
});

describe("updateJobSchedule", () => {
  it("overwrites the schedule, keeps its id and raises its version", async () => {
    const job = await create();
    const res = await client.execute(UPDATE, {
      id: job.id,
      input: { ...billing, name: "Weekly payment run", specification: "0 6 * * MON", job: { jobType: "PAYMENT_RUN" } },
    });
    const updated = expectTypename(res.data?.updateJobSchedule, "MutationUpdateJobScheduleSuccess").data;
    expect(updated).toMatchObject({
      id: job.id,
      name: "Weekly payment run",
      specification: "0 6 * * MON",
      job: { jobType: "PAYMENT_RUN" },
      version: 2,
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(job.updatedAt));
  });

  it("refuses a stale expectedVersion with a ConflictError (409 Write Conflict) and keeps the other write", async () => {
    const job = await create();
    const first = await client.execute(UPDATE, { id: job.id, expectedVersion: 1, input: { ...billing, name: "first writer" } });
    expectTypename(first.data?.updateJobSchedule, "MutationUpdateJobScheduleSuccess");
    const second = await client.execute(UPDATE, { id: job.id, expectedVersion: 1, input: { ...billing, name: "second writer" } });
    expect(expectTypename(second.data?.updateJobSchedule, "ConflictError")).toMatchObject({
      message: "Write Conflict",
      status: 409,
      code: "CONFLICT",
    });
    const read = await client.execute(
      graphql(`query JobNameAndVersion($id: ID!) { node(id: $id) { __typename ... on JobSchedule { name version } } }`),
      {
        id: job.id,
      },
    );
    expect(read.data?.node).toEqual({ __typename: "JobSchedule", name: "first writer", version: 2 });
  });

  it("lets exactly one of two racing writers with the same expectedVersion win", async () => {
    const job = await create();
    const results = await Promise.all(
      ["left", "right"].map((name) => client.execute(UPDATE, { id: job.id, expectedVersion: 1, input: { ...billing, name } })),
    );
    const typenames = results.map((r) => r.data?.updateJobSchedule?.__typename).sort();
    expect(typenames).toEqual(["ConflictError", "MutationUpdateJobScheduleSuccess"]);
  });

  it("answers NotFoundError (404) for an unknown, deleted or foreign id", async () => {
    const job = await create();
    await client.execute(DELETE, { id: job.id });
    for (const id of [job.id, "nonsense", Buffer.from("Product:1").toString("base64")]) {
      const res = await client.execute(UPDATE, { id, input: billing });
      expect(expectTypename(res.data?.updateJobSchedule, "NotFoundError")).toMatchObject({
        status: 404,
        message: "Schedule cannot be found",
      });
    }
  });

  it("validates before looking the schedule up (400 before 404)", async () => {
    const res = await client.execute(UPDATE, { id: "nonsense", input: { ...billing, name: "x" } });
    expectTypename(res.data?.updateJobSchedule, "ValidationError");
  });
});

describe("deleteJobSchedule", () => {
  it("deletes and answers the id; a second delete is a NotFoundError", async () => {
    const job = await create();
    const res = await client.execute(DELETE, { id: job.id });
    expect(expectTypename(res.data?.deleteJobSchedule, "MutationDeleteJobScheduleSuccess").data).toBe(job.id);
    const read = await client.execute(graphql(`query JobAfterDelete($id: ID!) { schedule(id: $id) { __typename } }`), { id: job.id });
    expect(read.data?.schedule).toBeNull();
    const again = await client.execute(DELETE, { id: job.id });
    expectTypename(again.data?.deleteJobSchedule, "NotFoundError");
  });
});

describe("occurrences of a job schedule", () => {
  const OCCURRENCES = graphql(`query JobOccurrences($id: ID!, $after: DateTime, $until: DateTime, $first: Int) {
    node(id: $id) { __typename ... on JobSchedule {
      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }
      nextOccurrence(after: $after) { at }
    } }
  }`);

  it("moves a run out of the New York spring-forward gap and flags it", async () => {
    const job = await create({ ...billing, specification: "30 2 * * *", location: "America/New_York" });
    const res = await client.execute(OCCURRENCES, { id: job.id, after: "2026-03-07T13:00:00Z", first: 3 });
    expect(expectTypename(res.data?.node, "JobSchedule").upcomingOccurrences).toEqual([
      { at: "2026-03-08T07:30:00Z", localDateTime: "2026-03-08T03:30:00-04:00", shifted: true },
      { at: "2026-03-09T06:30:00Z", localDateTime: "2026-03-09T02:30:00-04:00", shifted: false },
      { at: "2026-03-10T06:30:00Z", localDateTime: "2026-03-10T02:30:00-04:00", shifted: false },
    ]);
    expect(expectTypename(res.data?.node, "JobSchedule").nextOccurrence).toEqual({ at: "2026-03-08T07:30:00Z" });
  });

  it("fires in both passes of the repeated hour when every hour is selected", async () => {
    const job = await create({ ...billing, specification: "*/30 * * * *", location: "America/New_York" });
    const res = await client.execute(OCCURRENCES, { id: job.id, after: "2025-11-02T05:10:00Z", first: 4 });
    expect(expectTypename(res.data?.node, "JobSchedule").upcomingOccurrences.map((o) => o.localDateTime)).toEqual([
      "2025-11-02T01:30:00-04:00",
      "2025-11-02T01:00:00-05:00",
      "2025-11-02T01:30:00-05:00",
      "2025-11-02T02:00:00-05:00",
    ]);
  });

  it("reads MON-SUN as the whole week and MON/2 as Monday, Wednesday and Friday (7 only names Sunday)", async () => {
    const week = await create({ ...billing, specification: "0 0 * * MON-SUN", location: "UTC" });
    const weekRuns = await client.execute(OCCURRENCES, { id: week.id, after: "2013-02-01T00:00:00Z", first: 7 });
    expect(expectTypename(weekRuns.data?.node, "JobSchedule").upcomingOccurrences.map((o) => o.at.slice(0, 10))).toEqual([
      "2013-02-02",
      "2013-02-03",
      "2013-02-04",
      "2013-02-05",
      "2013-02-06",
      "2013-02-07",
      "2013-02-08",
    ]);
    const everyOther = await create({ ...billing, specification: "0 0 * FEB MON/2", location: "UTC" });
    const runs = await client.execute(OCCURRENCES, { id: everyOther.id, after: "2013-01-31T00:00:00Z", first: 4 });
    // Fri 1, Mon 4, Wed 6, Fri 8: not Sunday the 3rd
    expect(expectTypename(runs.data?.node, "JobSchedule").upcomingOccurrences.map((o) => o.at.slice(0, 10))).toEqual([
      "2013-02-01",
      "2013-02-04",
      "2013-02-06",
      "2013-02-08",
    ]);
  });

  it("stops at until (inclusive) and defaults after to now", async () => {
    const job = await create({ ...billing, specification: "0 12 * * *", location: "UTC" });
    const res = await client.execute(OCCURRENCES, { id: job.id, until: "2026-11-24T12:00:00Z", first: 10 });
    expect(expectTypename(res.data?.node, "JobSchedule").upcomingOccurrences.map((o) => o.at)).toEqual([
      "2026-11-22T12:00:00Z",
      "2026-11-23T12:00:00Z",
      "2026-11-24T12:00:00Z",
    ]);
  });

  it("answers [] and null at once for a spec that never fires (February 31st)", async () => {
    const job = await create({ ...billing, specification: "0 0 31 2 *" });
    const started = performance.now();
    const res = await client.execute(
      graphql(`query JobNeverFires($id: ID!) {
        node(id: $id) { __typename ... on JobSchedule { scheduledFor { at } upcomingOccurrences(first: 1000) { at } nextOccurrence { at } } }
      }`),
      { id: job.id },
    );
    expect(res.data?.node).toEqual({ __typename: "JobSchedule", scheduledFor: null, upcomingOccurrences: [], nextOccurrence: null });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each([0, 1001, -1])("refuses first: %i with a BAD_USER_INPUT request error (400) before anything runs, not a 500", async (first) => {
    const job = await create();
    const res = await client.execute(OCCURRENCES, { id: job.id, first });
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      status: 400,
      fieldErrors: [{ path: ["first"], message: "first must be between 1 and 1000" }],
    });
  });

  it("refuses an instant without a zone", async () => {
    const job = await create();
    const res = await client.execute(OCCURRENCES, { id: job.id, after: "2026-03-07T13:00:00" });
    expect(res.errors?.[0].message).toMatch(/ISO-8601 instant with a zone/);
    expect(res.errors?.[0].extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
  });
});
