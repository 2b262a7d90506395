/** `npm run seed`: the demo it writes, counted per kind and type through the API, and that it is idempotent. */
import { describe, expect, it } from "vitest";
import { demo, seed } from "../../scripts/seed";
import { createClient } from "../helpers/graphql";
import { graphql } from "./gql";
import type { SeedAllSchedulesQuery } from "./gql/graphql";

const client = createClient();

const ALL_SCHEDULES = graphql(`query SeedAllSchedules($after: String) {
  schedules(first: 100, after: $after) {
    edges {
      node {
        __typename
        ... on Recurring { timeZone nextOccurrence { at } }
        ... on CampaignTemplateSchedule { type campaignTemplate { name } }
        ... on IssuingSchedule { scheduleType nonIssuingDates product { reference type } }
        ... on JobSchedule { name job { jobType } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`);

type Node = SeedAllSchedulesQuery["schedules"]["edges"][number]["node"];

async function allSchedules(): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await client.execute(ALL_SCHEDULES, { after });
    expect(res.errors).toBeUndefined();
    const page: SeedAllSchedulesQuery["schedules"] = res.data!.schedules;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor ?? null;
  }
}

/** The nodes of one kind, typed as that kind's selection. */
function ofType<N extends Node["__typename"]>(nodes: Node[], typename: N): Extract<Node, { __typename: N }>[] {
  return nodes.filter((node): node is Extract<Node, { __typename: N }> => node.__typename === typename);
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe("npm run seed", () => {
  it("writes products of each type with each issuing schedule type, every campaign and job type, in several zones", async () => {
    const summary = await seed();
    expect(summary).toEqual({ created: { products: 6, issuingSchedules: 8, campaignTemplates: 6, jobSchedules: 6 }, skipped: 0 });

    const schedules = await allSchedules();
    expect(countBy(schedules, (s) => s.__typename)).toEqual({ IssuingSchedule: 8, CampaignTemplateSchedule: 6, JobSchedule: 6 });

    const issuing = ofType(schedules, "IssuingSchedule");
    expect(countBy(issuing, (s) => s.scheduleType)).toEqual({ NONE: 1, DAILY: 1, MONTHLY: 1, ANNUAL: 1, CUSTOM: 2, IRREGULAR: 2 });
    expect(countBy(issuing, (s) => s.product.type)).toEqual({ DIGITAL: 5, PHYSICAL: 3 });
    expect(issuing.filter((s) => s.nonIssuingDates.length > 0).length).toBeGreaterThanOrEqual(3);

    const campaigns = ofType(schedules, "CampaignTemplateSchedule");
    expect(countBy(campaigns, (s) => s.type)).toEqual({ DAILY: 1, WEEKLY: 1, MONTHLY: 1, ANNUALLY: 2, CALENDAR: 1 });

    const jobs = ofType(schedules, "JobSchedule");
    expect(countBy(jobs, (s) => s.job.jobType)).toEqual({ BILLING_RUN: 1, TAX_RUN: 1, PAYMENT_RUN: 2, IMPORT: 2 });

    // several zones; the CST alias is stored as America/Chicago
    expect(new Set(schedules.map((s) => s.timeZone))).toEqual(
      new Set(["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "UTC", "America/Chicago"]),
    );
    // every schedule but the NONE one fires again
    expect(
      schedules.filter((s) => s.nextOccurrence === null).map((s) => (s.__typename === "IssuingSchedule" ? s.scheduleType : s.__typename)),
    ).toEqual(["NONE"]);

    // the service product exists, with no schedules
    const service = await client.execute(graphql(`query SeedService { product(reference: "SUPPORT-PLUS") { type schedules { id } } }`));
    expect(service.data?.product).toEqual({ type: "SERVICE", schedules: [] });
    expect(new Set(demo(new Date()).products.map((p) => p.type))).toEqual(new Set(["PHYSICAL", "DIGITAL", "SERVICE"]));
  });

  it("is idempotent: a second run skips everything and changes nothing", async () => {
    const before = await allSchedules();
    const summary = await seed();
    expect(summary).toEqual({ created: { products: 0, issuingSchedules: 0, campaignTemplates: 0, jobSchedules: 0 }, skipped: 26 });
    expect(await allSchedules()).toEqual(before);
  });
});
