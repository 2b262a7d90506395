/** Schedules of every kind through one connection, in a constant number of SQL statements. */
import { describe, expect, it } from "vitest";
import { createClient, expectTypename, pinnedClock } from "../helpers/graphql";
import { countQueries } from "../helpers/sql";

const client = createClient({ clock: pinnedClock("2026-03-01T00:00:00Z") });

const PAGE = `query($first: Int) {
  schedules(first: $first) {
    edges { node {
      __typename
      ... on Recurring { timeZone upcomingOccurrences(first: 5) { at localDateTime shifted } nextOccurrence { at } }
      ... on JobSchedule { name scheduledFor { at } }
    } }
    pageInfo { hasNextPage }
  }
}`;

describe("schedules", () => {
  it("reads a page of 50 schedules with their occurrences in as many SQL statements as a page of 5", async () => {
    for (let i = 0; i < 55; i++) {
      const res = await client.execute(`mutation($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }`, {
        input: { name: `job ${i}`, specification: `${i % 60} ${i % 24} * * *`, location: i % 2 ? "Europe/London" : "Australia/Sydney", job: { jobType: "IMPORT" } },
      });
      expectTypename(res.data.createJobSchedule, "MutationCreateJobScheduleSuccess");
    }
    const small = await countQueries(() => client.execute(PAGE, { first: 5 }));
    const large = await countQueries(() => client.execute(PAGE, { first: 50 }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data.schedules.edges).toHaveLength(50);
    expect(large.result.data.schedules.edges[0].node.upcomingOccurrences).toHaveLength(5);
    expect(large.result.data.schedules.pageInfo.hasNextPage).toBe(true);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeGreaterThan(0);
    expect(large.queries).toBeLessThanOrEqual(3); // one per kind table
  });
});
