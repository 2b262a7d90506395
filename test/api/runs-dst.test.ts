/**
 * Runs happen at exactly the instants `upcomingOccurrences` lists, DST included, for every kind: one real
 * server process (src/server.ts) on a simulated clock that runs 30,000 times as fast as the real one,
 * so that a week holding three DST nights and a month end passes in about 25 s:
 * - Paris 2026-03-29 02:00 CET → 03:00 CEST (01:00Z): the job `30 2 29-31 3 *` fires at 03:30, shifted;
 * - London the same night, 01:00 GMT → 02:00 BST (01:00Z): a campaign template on days 29 and L at
 *   01:00 and 12:00 fires shifted on the 29th and on the last day of March;
 * - Sydney 2026-04-05 03:00 AEDT → 02:00 AEST (2026-04-04T16:00Z): the every-hour job `0 * 4,5 4 *`
 *   fires in both passes of 02:00; an issuing schedule daily at 02:30 from 2026-03-30, with two
 *   non-issuing dates, fires once (the first pass) and skips those dates.
 * Each schedule's occurrences are read before they come due; once the week has passed, its runs must be
 * exactly those occurrences (instant, local date-time, shifted), each SCHEDULED, RECORDED, and made at
 * or after its instant.
 *
 * The clock: CLOCK_START at CLOCK_ANCHOR_MS (real epoch ms), BOOT_MS after the process is spawned, so
 * the server starts and the schedules are written before the first occurrence whatever the start costs
 * (the clock reads earlier instants until then; no schedule fires before 2026-03-29T01:00Z, 3 real s after START). A run made
 * within SCHEDULED_GRACE (5 real s × the rate, about 42 simulated hours here) of its instant is SCHEDULED.
 * The test reads the simulated time as the server does (the same three values, the same host clock).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildAnswer, childToken, post, startChildServer, type ChildServer } from "../helpers/child-server";
import { freshDatabaseUrl } from "../helpers/databases";
import { expectTypename } from "../helpers/graphql";
import { graphql } from "./gql";
import type { RunsDstRunsQuery } from "./gql/graphql";

const SECRET = "runs-dst-test-secret-of-at-least-32-bytes";
const RATE = 30_000;
/** Real ms from spawning the server to the instant its clock reads START. */
const BOOT_MS = 15_000;
const START = Date.parse("2026-03-28T00:00:00Z");
/** After every occurrence of the scenario. */
const END = Date.parse("2026-04-05T14:00:00Z");
/** A run is SCHEDULED when made this many real ms after its instant at most (the dispatcher's grace). */
const GRACE_REAL_MS = 5_000;

let server: ChildServer;
let token: string;
let anchor: number;

/** The simulated time, read as the server reads it. */
const simNow = () => START + (Date.now() - anchor) * RATE;
/** Real ms until the simulated clock reads `at`. */
const realMsUntil = (at: number) => (at - simNow()) / RATE;

beforeAll(async () => {
  const databaseUrl = await freshDatabaseUrl("_runs_dst_");
  token = await childToken(SECRET);
  anchor = Date.now() + BOOT_MS;
  server = await startChildServer({
    databaseUrl,
    secret: SECRET,
    startTimeoutMs: BOOT_MS,
    env: { CLOCK_START: new Date(START).toISOString(), CLOCK_RATE: String(RATE), CLOCK_ANCHOR_MS: String(anchor) },
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const CREATE_JOB = graphql(`mutation RunsDstCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {
  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }`);
const CREATE_TEMPLATE = graphql(`mutation RunsDstCreateTemplate($name: String!) { createCampaignTemplate(input: { name: $name }) {
  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }`);
const SET_TEMPLATE_SCHEDULE = graphql(`mutation RunsDstSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {
  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {
  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message } } }`);
const CREATE_PRODUCT = graphql(`mutation RunsDstCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {
  __typename ... on Error { message } } }`);
const CREATE_ISSUING = graphql(`mutation RunsDstCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {
  createIssuingSchedule(productReference: $ref, input: $input) {
  __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } ... on Error { message } } }`);
const UPCOMING = graphql(`query RunsDstUpcoming($id: ID!, $after: DateTime!, $until: DateTime!) { node(id: $id) {
  __typename ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }`);
const RUNS = graphql(`query RunsDstRuns($id: ID!, $after: String) { node(id: $id) { __typename ... on Recurring {
  runs(first: 100, after: $after) {
    edges { node { occurrence { at localDateTime shifted } origin state skipReason createdAt } }
    pageInfo { hasNextPage endCursor } } } } }`);

const NEWEST = graphql(`query RunsDstNewest { runs(first: 10) { edges { node { occurrence { at } } } } }`);

type RunRow = Extract<NonNullable<RunsDstRunsQuery["node"]>, { runs: unknown }>["runs"]["edges"][number]["node"];

interface Occurrence {
  at: string;
  localDateTime: string;
  shifted: boolean;
}

/** Every run of a schedule (all pages), oldest occurrence first. */
async function runsOf(id: string): Promise<RunRow[]> {
  const runs: RunRow[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: ChildAnswer<RunsDstRunsQuery> = await post(server.url, token, RUNS, { id, after });
    const { status, body } = answer;
    const node = body.data?.node;
    if (status !== 200 || !node || !("runs" in node)) throw new Error(`runs of ${id}: HTTP ${status} ${JSON.stringify(body)}`);
    runs.push(...node.runs.edges.map((edge) => edge.node));
    if (!node.runs.pageInfo.hasNextPage) break;
    after = node.runs.pageInfo.endCursor ?? null;
  }
  return runs.sort((a, b) => Date.parse(a.occurrence.at) - Date.parse(b.occurrence.at));
}

async function createSchedules(): Promise<Record<string, string>> {
  const job = async (name: string, specification: string, location: string) => {
    const { body } = await post(server.url, token, CREATE_JOB, {
      input: { name, specification, location, job: { jobType: "BILLING_RUN" } },
    });
    return expectTypename(body.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
  };
  const campaign = async () => {
    const template = await post(server.url, token, CREATE_TEMPLATE, { name: "Month-end certification" });
    const templateId = expectTypename(template.body.data?.createCampaignTemplate, "MutationCreateCampaignTemplateSuccess").data.id;
    const { body } = await post(server.url, token, SET_TEMPLATE_SCHEDULE, {
      id: templateId,
      input: {
        type: "MONTHLY",
        days: { type: "LIST", values: ["29", "L"] },
        hours: { type: "LIST", values: ["1", "12"] },
        timeZoneId: "Europe/London",
      },
    });
    return expectTypename(body.data?.setCampaignTemplateSchedule, "MutationSetCampaignTemplateScheduleSuccess").data.id;
  };
  const issuing = async () => {
    const product = await post(server.url, token, CREATE_PRODUCT, {
      input: { reference: "RUNS-DST", name: "The Daily", type: "PHYSICAL" },
    });
    expectTypename(product.body.data?.createProduct, "MutationCreateProductSuccess");
    const { body } = await post(server.url, token, CREATE_ISSUING, {
      ref: "RUNS-DST",
      input: {
        friendlyName: "Morning edition",
        scheduleType: "CUSTOM",
        customSchedule: { issuingUnit: 1, frequency: "DAILY", startDate: "2026-03-30", issuingTime: "02:30" },
        nonIssuingDates: ["2026-03-31", "2026-04-02"],
        timeZone: "Australia/Sydney",
      },
    });
    return expectTypename(body.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess").data.id;
  };
  const [parisGap, sydneyEveryHour, monthEnd, morningEdition] = await Promise.all([
    job("Paris gap", "30 2 29-31 3 *", "Europe/Paris"),
    job("Sydney every hour", "0 * 4,5 4 *", "Australia/Sydney"),
    campaign(),
    issuing(),
  ]);
  return { parisGap, sydneyEveryHour, monthEnd, morningEdition };
}

async function upcoming(id: string, after: number, until = END): Promise<Occurrence[]> {
  const { status, body } = await post(server.url, token, UPCOMING, {
    id,
    after: new Date(after).toISOString(),
    until: new Date(until).toISOString(),
  });
  const node = body.data?.node;
  if (status !== 200 || !node || !("upcomingOccurrences" in node))
    throw new Error(`upcoming of ${id}: HTTP ${status} ${JSON.stringify(body)}`);
  return node.upcomingOccurrences;
}

const local = (list: Occurrence[]) => list.map((o) => o.localDateTime);

describe("runs across DST nights and a month end, on a simulated clock", () => {
  it("happen at exactly the listed occurrences, shifted included, SCHEDULED, RECORDED, never early", async () => {
    const before = simNow();
    const ids = await createSchedules();
    const listed: Record<string, Occurrence[]> = {};
    for (const [name, id] of Object.entries(ids)) listed[name] = await upcoming(id, before);
    const firstDue = Math.min(...Object.values(listed).map((list) => Date.parse(list[0].at)));
    expect(simNow(), "the schedules were written and read after their first occurrence came due").toBeLessThan(firstDue);

    // The engine's answers, as the scenario means them (so that the comparison below is not vacuous).
    expect(listed.parisGap).toEqual([
      { at: "2026-03-29T01:30:00Z", localDateTime: "2026-03-29T03:30:00+02:00", shifted: true },
      { at: "2026-03-30T00:30:00Z", localDateTime: "2026-03-30T02:30:00+02:00", shifted: false },
      { at: "2026-03-31T00:30:00Z", localDateTime: "2026-03-31T02:30:00+02:00", shifted: false },
    ]);
    expect(local(listed.monthEnd)).toEqual([
      "2026-03-29T02:00:00+01:00",
      "2026-03-29T12:00:00+01:00",
      "2026-03-31T01:00:00+01:00",
      "2026-03-31T12:00:00+01:00",
    ]);
    expect(listed.monthEnd.map((o) => o.shifted)).toEqual([true, false, false, false]);
    expect(listed.sydneyEveryHour).toHaveLength(49);
    expect(local(listed.sydneyEveryHour).filter((l) => l.startsWith("2026-04-05T02:00"))).toEqual([
      "2026-04-05T02:00:00+11:00",
      "2026-04-05T02:00:00+10:00",
    ]);
    expect(local(listed.morningEdition)).toEqual([
      "2026-03-30T02:30:00+11:00",
      "2026-04-01T02:30:00+11:00",
      "2026-04-03T02:30:00+11:00",
      "2026-04-04T02:30:00+11:00",
      "2026-04-05T02:30:00+11:00",
    ]);

    // While the week passes, no run is ever seen before its instant: the newest runs, read now and then
    // (lightly, so that the server's lateness is its own), are for instants the clock has reached.
    let looks = 0;
    while (simNow() <= END) {
      const { status, body } = await post(server.url, token, NEWEST);
      const seenAt = simNow();
      expect(status).toBe(200);
      for (const { node } of body.data?.runs.edges ?? []) {
        expect(
          Date.parse(node.occurrence.at),
          `a run for ${node.occurrence.at} seen at ${new Date(seenAt).toISOString()}`,
        ).toBeLessThanOrEqual(seenAt);
      }
      looks++;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(300, realMsUntil(END) + 1))));
    }
    expect(looks).toBeGreaterThan(20);
    // Then the runs are read until every listed occurrence has one (or 20 s have passed).
    const deadline = Date.now() + 20_000;
    const runs: Record<string, RunRow[]> = {};
    const beyond: Record<string, RunRow[]> = {};
    for (;;) {
      for (const [name, id] of Object.entries(ids)) {
        const all = await runsOf(id);
        runs[name] = all.filter((run) => Date.parse(run.occurrence.at) <= END);
        beyond[name] = all.filter((run) => Date.parse(run.occurrence.at) > END);
      }
      if (Object.keys(ids).every((name) => runs[name].length >= listed[name].length) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The clock goes on: a run made since END is for one of the occurrences listed since END.
    const readAt = simNow();
    for (const [name, id] of Object.entries(ids)) {
      const since = await upcoming(id, END, readAt);
      for (const run of beyond[name]) expect(since, `${name}: a run beyond the week`).toContainEqual(run.occurrence);
    }

    const lateness: number[] = [];
    for (const name of Object.keys(ids)) {
      expect(
        runs[name].map((run) => run.occurrence),
        `${name}: the runs' occurrences`,
      ).toEqual(listed[name]);
      for (const run of runs[name]) {
        expect({ origin: run.origin, state: run.state, skipReason: run.skipReason }, `${name} ${run.occurrence.at}`).toEqual({
          origin: "SCHEDULED",
          state: "RECORDED",
          skipReason: null,
        });
        const late = Date.parse(run.createdAt) - Date.parse(run.occurrence.at);
        expect(late, `${name} ${run.occurrence.at} made at ${run.createdAt}: early`).toBeGreaterThanOrEqual(0);
        lateness.push(late / RATE);
      }
    }
    lateness.sort((a, b) => a - b);
    // In real ms: the dispatcher's timer, not its 1 s poll, makes most runs (SCHEDULED alone allows 5 s).
    expect(lateness.at(-1)!).toBeLessThan(GRACE_REAL_MS);
    expect(
      lateness[Math.floor(lateness.length / 2)],
      `real lateness (ms), sorted: ${lateness.map((l) => l.toFixed(0)).join(" ")}`,
    ).toBeLessThan(500);
  }, 90_000);
});
