/**
 * Issuing schedules through the API: the occurrences of each schedule type (DST gaps, clamped days,
 * February 29, custom steps, irregular dates, non-issuing dates) and issuesForEntitlement.
 */
import { describe, expect, it } from "vitest";
import { createClient, expectTypename, pinnedClock } from "../helpers/graphql";
import { graphql } from "./gql";
import type { IssuingScheduleInput } from "./gql/graphql";

const client = createClient({ clock: pinnedClock("2026-01-15T12:00:00Z") });

const CREATE_PRODUCT = graphql(`mutation IssuingCreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference } } }
}`);
const CREATE = graphql(`mutation IssuingCreate($ref: String!, $input: IssuingScheduleInput!) {
  createIssuingSchedule(productReference: $ref, input: $input) {
    __typename
    ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference timeZone } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`);
const OCCURRENCES = graphql(`query IssuingOccurrences($ref: String!, $after: DateTime, $until: DateTime, $first: Int) {
  product(reference: $ref) {
    schedules {
      friendlyName
      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }
      nextOccurrence(after: $after) { at localDateTime shifted }
    }
  }
}`);
const ISSUES = graphql(`query IssuingIssues($ref: String!, $start: DateTime!, $first: Int) {
  product(reference: $ref) {
    schedules(first: 1) { friendlyName issuesForEntitlement(start: $start, first: $first) { at localDateTime shifted } }
  }
}`);

let counter = 0;

/** A digital product holding one schedule made of `input`; answers the product's reference. */
async function scheduleOf(input: IssuingScheduleInput): Promise<string> {
  const reference = `P-${++counter}`;
  const product = await client.execute(CREATE_PRODUCT, { input: { reference, name: reference, type: "DIGITAL" } });
  expectTypename(product.data?.createProduct, "MutationCreateProductSuccess");
  const res = await client.execute(CREATE, { ref: reference, input: { entitlementFormat: "PDF", friendlyName: "s", ...input } });
  expectTypename(res.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess");
  return reference;
}

async function occurrencesOf(ref: string, window: { after?: string; until?: string; first?: number } = {}) {
  const res = await client.execute(OCCURRENCES, { ref, ...window });
  expect(res.errors).toBeUndefined();
  return res.data!.product!.schedules[0];
}

async function issuesOf(ref: string, start: string, first?: number) {
  const res = await client.execute(ISSUES, { ref, start, first });
  expect(res.errors).toBeUndefined();
  return res.data!.product!.schedules[0].issuesForEntitlement;
}

const ats = (list: { at: string }[]) => list.map((o) => o.at);

describe("occurrences of each schedule type", () => {
  it("daily across a New York DST gap: 02:30 moves to 03:30, shifted", async () => {
    const ref = await scheduleOf({ scheduleType: "daily", dailySchedule: { issuingTime: "02:30" }, timeZone: "America/New_York" });
    const s = await occurrencesOf(ref, { after: "2026-03-06T12:00:00Z", first: 3 });
    expect(s.upcomingOccurrences).toEqual([
      { at: "2026-03-07T07:30:00Z", localDateTime: "2026-03-07T02:30:00-05:00", shifted: false },
      { at: "2026-03-08T07:30:00Z", localDateTime: "2026-03-08T03:30:00-04:00", shifted: true },
      { at: "2026-03-09T06:30:00Z", localDateTime: "2026-03-09T02:30:00-04:00", shifted: false },
    ]);
    expect(s.nextOccurrence).toEqual(s.upcomingOccurrences[0]);
  });

  it("monthly on day 31 issues on the last day of shorter months", async () => {
    const ref = await scheduleOf({ scheduleType: "MONTHLY", monthlySchedule: { issuingDay: 31, issuingTime: "10:00" } });
    const s = await occurrencesOf(ref, { first: 4 });
    expect(ats(s.upcomingOccurrences)).toEqual([
      "2026-01-31T10:00:00Z",
      "2026-02-28T10:00:00Z",
      "2026-03-31T10:00:00Z",
      "2026-04-30T10:00:00Z",
    ]);
  });

  it("annual on February 29 issues on the 28th in common years", async () => {
    const ref = await scheduleOf({
      scheduleType: "annual",
      annualSchedule: { issuingMonth: "February", issuingDay: 29, issuingTime: "09:00" },
    });
    const s = await occurrencesOf(ref, { first: 3 });
    expect(ats(s.upcomingOccurrences)).toEqual(["2026-02-28T09:00:00Z", "2027-02-28T09:00:00Z", "2028-02-29T09:00:00Z"]);
  });

  it("custom every 2 weeks from its start date", async () => {
    const ref = await scheduleOf({
      scheduleType: "custom",
      customSchedule: { issuingUnit: 2, frequency: "weekly", startDate: "2026-01-05", issuingTime: "08:00" },
    });
    const s = await occurrencesOf(ref, { first: 3 });
    expect(ats(s.upcomingOccurrences)).toEqual(["2026-01-19T08:00:00Z", "2026-02-02T08:00:00Z", "2026-02-16T08:00:00Z"]);
    expect(s.nextOccurrence?.at).toBe("2026-01-19T08:00:00Z");
  });

  it("custom monthly keeps the start's day, clamped, without drifting", async () => {
    const ref = await scheduleOf({
      scheduleType: "custom",
      customSchedule: { issuingUnit: 1, frequency: "MONTHLY", startDate: "2026-01-31", issuingTime: "00:00" },
    });
    const s = await occurrencesOf(ref, { after: "2026-01-01T00:00:00Z", first: 4 });
    expect(ats(s.upcomingOccurrences)).toEqual([
      "2026-01-31T00:00:00Z",
      "2026-02-28T00:00:00Z",
      "2026-03-31T00:00:00Z",
      "2026-04-30T00:00:00Z",
    ]);
  });

  it("irregular dates and date-times, local to the zone", async () => {
    const ref = await scheduleOf({
      scheduleType: "irregular",
      irregularSchedule: ["2026-07-01T12:00", "2026-02-01", "2026-03-15T09:30"],
      timeZone: "Europe/London",
    });
    const s = await occurrencesOf(ref);
    expect(s.upcomingOccurrences).toEqual([
      { at: "2026-02-01T00:00:00Z", localDateTime: "2026-02-01T00:00:00+00:00", shifted: false },
      { at: "2026-03-15T09:30:00Z", localDateTime: "2026-03-15T09:30:00+00:00", shifted: false },
      { at: "2026-07-01T11:00:00Z", localDateTime: "2026-07-01T12:00:00+01:00", shifted: false },
    ]);
    const later = await occurrencesOf(ref, { after: "2026-07-01T11:00:00Z" });
    expect(later.upcomingOccurrences).toEqual([]);
    expect(later.nextOccurrence).toBeNull();
  });

  it("non-issuing dates are skipped, for rules and irregular dates alike", async () => {
    const daily = await scheduleOf({
      scheduleType: "daily",
      dailySchedule: { issuingTime: "06:00" },
      nonIssuingDates: ["2026-01-17", "2026-01-19"],
    });
    expect(ats((await occurrencesOf(daily, { first: 3 })).upcomingOccurrences)).toEqual([
      "2026-01-16T06:00:00Z",
      "2026-01-18T06:00:00Z",
      "2026-01-20T06:00:00Z",
    ]);
    const irregular = await scheduleOf({
      scheduleType: "irregular",
      irregularSchedule: ["2026-02-01", "2026-02-02"],
      nonIssuingDates: ["2026-02-01"],
    });
    expect(ats((await occurrencesOf(irregular)).upcomingOccurrences)).toEqual(["2026-02-02T00:00:00Z"]);
  });

  it("NONE never issues", async () => {
    const ref = await scheduleOf({ scheduleType: "none" });
    const s = await occurrencesOf(ref);
    expect(s.upcomingOccurrences).toEqual([]);
    expect(s.nextOccurrence).toBeNull();
  });

  it("until bounds the list", async () => {
    const ref = await scheduleOf({ scheduleType: "daily", dailySchedule: { issuingTime: "06:00" } });
    const s = await occurrencesOf(ref, { until: "2026-01-17T06:00:00Z" });
    expect(ats(s.upcomingOccurrences)).toEqual(["2026-01-16T06:00:00Z", "2026-01-17T06:00:00Z"]);
  });
});

describe("issuesForEntitlement", () => {
  const monthlyOnThe1st: IssuingScheduleInput = { scheduleType: "monthly", monthlySchedule: { issuingDay: 1, issuingTime: "00:00" } };

  it("lists the issues at or after the start", async () => {
    const ref = await scheduleOf(monthlyOnThe1st);
    expect(ats(await issuesOf(ref, "2026-03-10T00:00:00Z", 3))).toEqual([
      "2026-04-01T00:00:00Z",
      "2026-05-01T00:00:00Z",
      "2026-06-01T00:00:00Z",
    ]);
    expect(ats(await issuesOf(ref, "2026-04-01T00:00:00Z", 2))).toEqual(["2026-04-01T00:00:00Z", "2026-05-01T00:00:00Z"]);
    expect(await issuesOf(ref, "2026-03-10T00:00:00Z")).toHaveLength(10);
  });

  it("with issuePriorToStart also the latest issue before a start between two issues", async () => {
    const ref = await scheduleOf({ ...monthlyOnThe1st, issuePriorToStart: true });
    expect(ats(await issuesOf(ref, "2026-03-10T00:00:00Z", 3))).toEqual([
      "2026-03-01T00:00:00Z",
      "2026-04-01T00:00:00Z",
      "2026-05-01T00:00:00Z",
    ]);
    // a start exactly at an issue is not between two issues
    expect(ats(await issuesOf(ref, "2026-04-01T00:00:00Z", 2))).toEqual(["2026-04-01T00:00:00Z", "2026-05-01T00:00:00Z"]);
    // a start one millisecond later is
    expect(ats(await issuesOf(ref, "2026-04-01T00:00:00.001Z", 2))).toEqual(["2026-04-01T00:00:00Z", "2026-05-01T00:00:00Z"]);
  });

  it("finds the prior issue however far back it lies, and none before the first issue", async () => {
    const everyFiveYears = await scheduleOf({
      scheduleType: "custom",
      issuePriorToStart: true,
      customSchedule: { issuingUnit: 5, frequency: "annual", startDate: "2001-06-01", issuingTime: "00:00" },
    });
    expect(ats(await issuesOf(everyFiveYears, "2026-01-15T00:00:00Z", 3))).toEqual([
      "2021-06-01T00:00:00Z",
      "2026-06-01T00:00:00Z",
      "2031-06-01T00:00:00Z",
    ]);
    const startsLater = await scheduleOf({
      scheduleType: "custom",
      issuePriorToStart: true,
      customSchedule: { issuingUnit: 1, frequency: "daily", startDate: "2026-06-01", issuingTime: "00:00" },
    });
    expect(ats(await issuesOf(startsLater, "2026-01-15T00:00:00Z", 2))).toEqual(["2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z"]);
  });

  it("stops after entitlementEnds.afterIssues issues, the prior issue included", async () => {
    const withPrior = await scheduleOf({ ...monthlyOnThe1st, issuePriorToStart: true, entitlementEnds: { afterIssues: 2 } });
    expect(ats(await issuesOf(withPrior, "2026-03-10T00:00:00Z"))).toEqual(["2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"]);
    const withoutPrior = await scheduleOf({ ...monthlyOnThe1st, entitlementEnds: { afterIssues: 3 } });
    expect(ats(await issuesOf(withoutPrior, "2026-03-10T00:00:00Z"))).toEqual([
      "2026-04-01T00:00:00Z",
      "2026-05-01T00:00:00Z",
      "2026-06-01T00:00:00Z",
    ]);
    expect(ats(await issuesOf(withoutPrior, "2026-03-10T00:00:00Z", 1))).toEqual(["2026-04-01T00:00:00Z"]);
  });

  it("stops after entitlementEnds.onDate, inclusive", async () => {
    const ref = await scheduleOf({ ...monthlyOnThe1st, issuePriorToStart: true, entitlementEnds: { onDate: "2026-05-01" } });
    expect(ats(await issuesOf(ref, "2026-03-10T00:00:00Z"))).toEqual([
      "2026-03-01T00:00:00Z",
      "2026-04-01T00:00:00Z",
      "2026-05-01T00:00:00Z",
    ]);
    expect(await issuesOf(ref, "2026-06-10T00:00:00Z")).toEqual([]);
  });

  it("reads onDate as a local date of the schedule's zone", async () => {
    const ref = await scheduleOf({
      scheduleType: "daily",
      dailySchedule: { issuingTime: "23:30" },
      timeZone: "America/New_York",
      entitlementEnds: { onDate: "2026-01-20" },
    });
    const issues = await issuesOf(ref, "2026-01-18T12:00:00Z");
    expect(issues.map((o) => o.localDateTime)).toEqual([
      "2026-01-18T23:30:00-05:00",
      "2026-01-19T23:30:00-05:00",
      "2026-01-20T23:30:00-05:00",
    ]);
    expect(issues.at(-1)!.at).toBe("2026-01-21T04:30:00Z");
  });

  it("NONE issues nothing, prior or not", async () => {
    const ref = await scheduleOf({ scheduleType: "none", issuePriorToStart: true });
    expect(await issuesOf(ref, "2026-03-10T00:00:00Z")).toEqual([]);
  });

  it("refuses first outside 1 to 1000", async () => {
    const ref = await scheduleOf(monthlyOnThe1st);
    for (const first of [0, 1001]) {
      const res = await client.execute(ISSUES, { ref, start: "2026-03-10T00:00:00Z", first });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0].message).toBe("first must be between 1 and 1000");
    }
  });
});

describe("issuing schedules among all schedules", () => {
  it("are listed by schedules(kind: ISSUING) and found by node(id)", async () => {
    const ref = await scheduleOf({ scheduleType: "daily", dailySchedule: { issuingTime: "06:00" } });
    const created = await client.execute(
      graphql(`query IssuingIds($ref: String!) { product(reference: $ref) { schedules { id scheduleReference } } }`),
      { ref },
    );
    const { id, scheduleReference } = created.data!.product!.schedules[0];
    const list = await client.execute(
      graphql(`query IssuingList { schedules(kind: ISSUING, first: 100) { edges { node { __typename ... on IssuingSchedule { id } } } } }`),
    );
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.schedules.edges.map((e) => e.node);
    expect(nodes.every((n) => n.__typename === "IssuingSchedule")).toBe(true);
    expect(nodes.map((n) => expectTypename(n, "IssuingSchedule").id)).toContain(id);
    const node = await client.execute(
      graphql(
        `query IssuingNode($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference product { reference } } } }`,
      ),
      { id },
    );
    expect(node.data?.node).toEqual({ __typename: "IssuingSchedule", scheduleReference, product: { reference: ref } });
  });
});

describe("the product's version", () => {
  it("is raised by every write to its schedules, as a campaign template's is by its schedule's", async () => {
    const ref = await scheduleOf({ scheduleType: "daily", dailySchedule: { issuingTime: "06:00" } });
    const VERSION = graphql(
      `query IssuingProductVersion($ref: String!) { product(reference: $ref) { version schedules { scheduleReference } } }`,
    );
    const versionOf = async () => (await client.execute(VERSION, { ref })).data!.product!;
    const afterCreate = await versionOf();
    expect(afterCreate.version).toBe(2); // created (1), then its schedule created
    const scheduleReference = afterCreate.schedules[0].scheduleReference;
    const update = await client.execute(
      graphql(`mutation IssuingUpdate($ref: String!, $s: String!, $input: IssuingScheduleInput!) {
        updateIssuingSchedule(productReference: $ref, scheduleReference: $s, input: $input) { __typename }
      }`),
      {
        ref,
        s: scheduleReference,
        input: { entitlementFormat: "PDF", friendlyName: "s", scheduleType: "daily", dailySchedule: { issuingTime: "07:00" } },
      },
    );
    expectTypename(update.data?.updateIssuingSchedule, "MutationUpdateIssuingScheduleSuccess");
    expect((await versionOf()).version).toBe(3);
    const deleted = await client.execute(
      graphql(`mutation IssuingDelete($ref: String!, $s: String!) {
        deleteIssuingSchedule(productReference: $ref, scheduleReference: $s) {
          __typename ... on MutationDeleteIssuingScheduleSuccess { data { version schedules { scheduleReference } } }
        }
      }`),
      { ref, s: scheduleReference },
    );
    expect(expectTypename(deleted.data?.deleteIssuingSchedule, "MutationDeleteIssuingScheduleSuccess").data).toEqual({
      version: 4,
      schedules: [],
    });
  });
});
