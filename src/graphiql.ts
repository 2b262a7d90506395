/** What GraphiQL opens with: a working example operation and the headers to authenticate it. */
import type { GraphiQLOptions } from "graphql-yoga";

export const EXAMPLE_OPERATION = `# Welcome to the schedule service.
# Every request needs 'Authorization: Bearer <token>' (see the Headers tab below).
# Run this, then explore the Docs panel on the left.

mutation CreateBillingRun {
  createJobSchedule(input: {
    name: "Nightly billing run"
    specification: "30 2 * * *"
    location: "America/New_York"
    job: { jobType: BILLING_RUN }
  }) {
    __typename
    ... on MutationCreateJobScheduleSuccess {
      data {
        id
        name
        scheduledFor { at localDateTime }
        # 2026-03-08 02:30 does not exist in New York: that run moves to 03:30 and says shifted: true
        upcomingOccurrences(after: "2026-03-06T00:00:00Z", first: 4) { at localDateTime shifted }
      }
    }
    ... on ValidationError { message fieldErrors { path message } }
  }
}

query AllSchedules {
  schedules(first: 10) {
    edges {
      node {
        __typename
        ... on Recurring { timeZone nextOccurrence { at localDateTime } }
      }
    }
  }
}
`;

export function graphiqlHeaders(token: string | null): string {
  return JSON.stringify({ Authorization: `Bearer ${token ?? "<paste a token here>"}` }, null, 2);
}

/**
 * Yoga's GraphiQL options. GraphiQL keeps its tabs in the browser's localStorage; on a later visit it
 * makes the tab matching its initial query the active one, or adds one. Yoga only passes `query` on as
 * that initial query (`defaultQuery` is for the first visit), so without it a second visit opened an
 * empty `<untitled>` tab (▶ then answered "Syntax Error: Unexpected <EOF>"). With it, the example tab
 * is the active one on every visit; tabs the user edited stay beside it. Headers are not kept in
 * localStorage: the printed token changes with every start, and a new visit gets the current one.
 */
export function graphiqlOptions(token: string | null): GraphiQLOptions {
  const options: GraphiQLOptions & { query: string } = {
    title: "Schedule service",
    defaultQuery: EXAMPLE_OPERATION,
    query: EXAMPLE_OPERATION,
    headers: graphiqlHeaders(token),
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: "headers",
  };
  return options;
}
