/** Schedules of every kind through one connection, in a constant number of SQL statements. */
import { describe, expect, it } from "vitest";
import { createClient, expectTypename, pinnedClock } from "../helpers/graphql";
import { countQueries } from "../helpers/sql";
import { graphql } from "./gql";

const client = createClient({ clock: pinnedClock("2026-03-01T00:00:00Z") });

const PAGE = graphql(`query SchedulesPage($first: Int) {
  schedules(first: $first) {
    edges { node {
      __typename
      ... on Recurring { timeZone upcomingOccurrences(first: 5) { at localDateTime shifted } nextOccurrence { at } }
      ... on JobSchedule { name scheduledFor { at } }
      ... on CampaignTemplateSchedule { type hours { values } campaignTemplate { name } }
      ... on IssuingSchedule { friendlyName product { reference } }
    } }
    pageInfo { hasNextPage }
  }
}`);

async function createJob(i: number) {
  const res = await client.execute(
    graphql(`mutation SchedulesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }`),
    {
      input: {
        name: `job ${i}`,
        specification: `${i % 60} ${i % 24} * * *`,
        location: i % 2 ? "Europe/London" : "Australia/Sydney",
        job: { jobType: "IMPORT" },
      },
    },
  );
  expectTypename(res.data?.createJobSchedule, "MutationCreateJobScheduleSuccess");
}

async function createCampaignSchedule(i: number) {
  const template = await client.execute(
    graphql(`mutation SchedulesCreateTemplate($name: String!) {
      createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }
    }`),
    { name: `template ${i}` },
  );
  const res = await client.execute(
    graphql(`mutation SchedulesSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {
      setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename }
    }`),
    {
      id: expectTypename(template.data?.createCampaignTemplate, "MutationCreateCampaignTemplateSuccess").data.id,
      input: { type: "DAILY", hours: { type: "LIST", values: [String(i % 24)] }, timeZoneId: "America/New_York" },
    },
  );
  expectTypename(res.data?.setCampaignTemplateSchedule, "MutationSetCampaignTemplateScheduleSuccess");
}

async function createIssuingSchedule(i: number) {
  const product = await client.execute(
    graphql(
      `mutation SchedulesCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: "Weekly", type: DIGITAL }) { __typename } }`,
    ),
    {
      reference: `P-${i}`,
    },
  );
  expectTypename(product.data?.createProduct, "MutationCreateProductSuccess");
  const res = await client.execute(
    graphql(`mutation SchedulesCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {
      createIssuingSchedule(productReference: $reference, input: $input) { __typename }
    }`),
    {
      reference: `P-${i}`,
      input: {
        friendlyName: "Weekly issue",
        entitlementFormat: "PDF",
        scheduleType: "DAILY",
        dailySchedule: { issuingTime: "06:00" },
        timeZone: "Europe/London",
      },
    },
  );
  expectTypename(res.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess");
}

describe("schedules", () => {
  it("reads a page of 50 schedules of every kind, with occurrences and owners, in as many SQL statements as a page of 5", async () => {
    for (let i = 0; i < 25; i++) {
      await createJob(i);
      await createCampaignSchedule(i);
      await createIssuingSchedule(i);
    }
    const small = await countQueries(() => client.execute(PAGE, { first: 5 }));
    const large = await countQueries(() => client.execute(PAGE, { first: 50 }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const edges = large.result.data!.schedules.edges;
    expect(edges).toHaveLength(50);
    expect(new Set(edges.map((e) => e.node.__typename))).toEqual(new Set(["JobSchedule", "CampaignTemplateSchedule", "IssuingSchedule"]));
    expect(edges.every((e) => e.node.upcomingOccurrences.length === 5)).toBe(true);
    expect(large.result.data?.schedules.pageInfo.hasNextPage).toBe(true);
    expect(large.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
    // one ordered query over the Schedule rows, one per kind table for the page's rows, and one per
    // owner relation the page selects, loaded with them: 1 + 3 + 2, whatever the page size
    expect(large.queries).toBeLessThanOrEqual(6);
  });

  it("filters by kind", async () => {
    const res = await client.execute(
      graphql(`query SchedulesIssuing { schedules(kind: ISSUING, first: 100) { edges { node { __typename } } } }`),
    );
    const typenames = new Set(res.data!.schedules.edges.map((e) => e.node.__typename));
    expect(typenames).toEqual(new Set(["IssuingSchedule"]));
  });
});
