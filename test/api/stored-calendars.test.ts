/**
 * Reads compile each stored spec once: a read of a page that was read before compiles
 * nothing, a write is seen by the next read at once, and a stored schedule whose dates have passed
 * (checked against the clock of its write only) still reads.
 */
import { describe, expect, it } from "vitest";
import { storedCalendars } from "../../src/domain/stored-calendar";
import { createClient, expectTypename, pinnedClock } from "../helpers/graphql";
import { graphql } from "./gql";

const client = createClient({ clock: pinnedClock("2026-03-01T00:00:00Z") });
const later = createClient({ clock: pinnedClock("2027-01-01T00:00:00Z") });

const LIST = graphql(`query StoredCalendarsList($after: DateTime) { schedules(first: 100) { edges { node { __typename
  ... on JobSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }
  ... on CampaignTemplateSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }
  ... on IssuingSchedule { id upcomingOccurrences(after: $after, first: 2) { at } } } } } }`);

async function occurrencesById(after: string | null = "2026-03-01T00:00:00Z", reader = client): Promise<Map<string, string[]>> {
  const res = await reader.execute(LIST, { after });
  expect(res.errors).toBeUndefined();
  return new Map(res.data!.schedules.edges.map((e) => [e.node.id, e.node.upcomingOccurrences.map((o) => String(o.at))]));
}

/** What these tests read of a write's success: the written object's ids. */
type Written = { data: { id: string; scheduleReference: string } };

/** A write whose answer must be `success`; the documents below are text, so their answer is read as Written. */
async function mutate(query: string, variables: Record<string, unknown>, success: string): Promise<Written> {
  const res = await client.execute(query, variables);
  const result = Object.values((res.data ?? {}) as Record<string, { __typename: string }>)[0];
  return expectTypename(result, success) as unknown as Written;
}

const JOB = `mutation($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }`;
const UPDATE_JOB = `mutation($id: ID!, $input: JobScheduleInput!) { updateJobSchedule(id: $id, input: $input) { __typename } }`;
const TEMPLATE = `mutation($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } } }`;
const SET = `mutation($id: ID!, $input: CampaignTemplateScheduleInput!) { setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } } }`;
const PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { __typename } }`;
const ISSUING = `mutation($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) { __typename ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference } } } }`;
const UPDATE_ISSUING = `mutation($ref: String!, $s: String!, $input: IssuingScheduleInput!) { updateIssuingSchedule(productReference: $ref, scheduleReference: $s, input: $input) { __typename } }`;

const hourOf = (input: number) => ({ type: "LIST", values: [String(input)] });

describe("stored calendars", () => {
  it("compiles each schedule once: a second read of the page compiles nothing, a write is read at once", async () => {
    const job = (
      await mutate(
        JOB,
        { input: { name: "cached job", specification: "0 9 * * *", job: { jobType: "IMPORT" } } },
        "MutationCreateJobScheduleSuccess",
      )
    ).data;
    const template = (await mutate(TEMPLATE, { input: { name: "cached template" } }, "MutationCreateCampaignTemplateSuccess")).data;
    const schedule = (
      await mutate(SET, { id: template.id, input: { type: "DAILY", hours: hourOf(8) } }, "MutationSetCampaignTemplateScheduleSuccess")
    ).data;
    await mutate(PRODUCT, { input: { reference: "CACHED", name: "Cached", type: "DIGITAL" } }, "MutationCreateProductSuccess");
    const issue = (
      await mutate(
        ISSUING,
        {
          ref: "CACHED",
          input: { friendlyName: "cached", entitlementFormat: "PDF", scheduleType: "daily", dailySchedule: { issuingTime: "07:00" } },
        },
        "MutationCreateIssuingScheduleSuccess",
      )
    ).data;

    const first = await occurrencesById();
    expect(first.get(job.id)).toEqual(["2026-03-01T09:00:00Z", "2026-03-02T09:00:00Z"]);
    expect(first.get(schedule.id)).toEqual(["2026-03-01T08:00:00Z", "2026-03-02T08:00:00Z"]);
    expect(first.get(issue.id)).toEqual(["2026-03-01T07:00:00Z", "2026-03-02T07:00:00Z"]);

    const compiled = storedCalendars.compiled;
    expect(await occurrencesById()).toEqual(first);
    expect(await occurrencesById("2026-06-01T00:00:00Z")).not.toEqual(first);
    expect(storedCalendars.compiled).toBe(compiled);

    await mutate(
      UPDATE_JOB,
      { id: job.id, input: { name: "cached job", specification: "0 10 * * *", job: { jobType: "IMPORT" } } },
      "MutationUpdateJobScheduleSuccess",
    );
    await mutate(SET, { id: template.id, input: { type: "DAILY", hours: hourOf(11) } }, "MutationSetCampaignTemplateScheduleSuccess");
    await mutate(
      UPDATE_ISSUING,
      {
        ref: "CACHED",
        s: issue.scheduleReference,
        input: { friendlyName: "cached", entitlementFormat: "PDF", scheduleType: "daily", dailySchedule: { issuingTime: "12:00" } },
      },
      "MutationUpdateIssuingScheduleSuccess",
    );
    const updated = await occurrencesById();
    expect(updated.get(job.id)).toEqual(["2026-03-01T10:00:00Z", "2026-03-02T10:00:00Z"]);
    expect(updated.get(schedule.id)).toEqual(["2026-03-01T11:00:00Z", "2026-03-02T11:00:00Z"]);
    expect(updated.get(issue.id)).toEqual(["2026-03-01T12:00:00Z", "2026-03-02T12:00:00Z"]);
    expect(storedCalendars.compiled).toBe(compiled + 3);
  });

  it("reads a stored schedule whose expiration and irregular dates have passed: they were checked when it was written", async () => {
    const template = (await mutate(TEMPLATE, { input: { name: "expiring" } }, "MutationCreateCampaignTemplateSuccess")).data;
    const schedule = (
      await mutate(
        SET,
        { id: template.id, input: { type: "DAILY", hours: hourOf(6), expiration: "2026-03-02T06:00:00Z" } },
        "MutationSetCampaignTemplateScheduleSuccess",
      )
    ).data;
    await mutate(PRODUCT, { input: { reference: "PASSED", name: "Passed", type: "DIGITAL" } }, "MutationCreateProductSuccess");
    const issue = (
      await mutate(
        ISSUING,
        {
          ref: "PASSED",
          input: { friendlyName: "once", entitlementFormat: "PDF", scheduleType: "irregular", irregularSchedule: ["2026-03-05T10:00"] },
        },
        "MutationCreateIssuingScheduleSuccess",
      )
    ).data;
    // A year later, by a client whose clock is past every date of both.
    const read = await occurrencesById("2026-03-01T12:00:00Z", later);
    expect(read.get(schedule.id)).toEqual(["2026-03-02T06:00:00Z"]);
    expect(read.get(issue.id)).toEqual(["2026-03-05T10:00:00Z"]);
    const now = await occurrencesById(null, later);
    expect([now.get(schedule.id), now.get(issue.id)]).toEqual([[], []]);
  });
});
