/**
 * Campaign templates and their schedules (seed 000) through the HTTP API: every example of the seed set
 * and read back with its next occurrences, every validation rule with its path, 401/403/404/409,
 * overwrite semantics and deletion.
 */
import { describe, expect, it } from "vitest";
import { createClient, type ExecuteOptions, expectTypename, pinnedClock } from "../helpers/graphql";
import { countQueries } from "../helpers/sql";
import { graphql } from "./gql";
import type { CampaignTemplateScheduleInput as ScheduleInput, SelectorInput as Selector } from "./gql/graphql";

/** A Sunday; the US switches to daylight saving time a week later (2026-03-08). */
const NOW = "2026-03-01T00:00:00Z";
const client = createClient({ clock: pinnedClock(NOW) });

graphql(`fragment CampaignTestSelector on Selector { type values interval }`);
graphql(`fragment CampaignTestScheduleFields on CampaignTemplateSchedule {
  __typename id type months { ...CampaignTestSelector } days { ...CampaignTestSelector } hours { ...CampaignTestSelector } expiration
  timeZoneId timeZone version createdAt updatedAt campaignTemplate { id version }
}`);

const CREATE_TEMPLATE = graphql(`mutation CampaignCreate($input: CreateCampaignTemplateInput!) {
  createCampaignTemplate(input: $input) {
    __typename
    ... on MutationCreateCampaignTemplateSuccess { data { __typename id name version schedule { id } } }
    ... on Error { message code status }
    ... on ValidationError { fieldErrors { path message } }
  }
}`);

const SET = graphql(`mutation CampaignSet($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {
  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {
    __typename
    ... on MutationSetCampaignTemplateScheduleSuccess { data { ...CampaignTestScheduleFields } }
    ... on Error { message code status }
    ... on ValidationError { fieldErrors { path message } }
  }
}`);

const DELETE = graphql(`mutation CampaignDelete($id: ID!) {
  deleteCampaignTemplateSchedule(campaignTemplateId: $id) {
    __typename
    ... on MutationDeleteCampaignTemplateScheduleSuccess { data { __typename id version schedule { id } } }
    ... on Error { message code status }
  }
}`);

const READ_TEMPLATE = graphql(`query CampaignRead($id: ID!) {
  campaignTemplate(id: $id) { __typename id name version schedule { ...CampaignTestScheduleFields } }
}`);

const OCCURRENCES = graphql(`query CampaignOccurrences($id: ID!, $after: DateTime, $first: Int) {
  campaignTemplate(id: $id) {
    schedule {
      upcomingOccurrences(after: $after, first: $first) { at localDateTime shifted }
      nextOccurrence(after: $after) { at localDateTime shifted }
    }
  }
}`);

const list = (values: string[], interval?: number): Selector =>
  interval === undefined ? { type: "LIST", values } : { type: "LIST", values, interval };
const range = (start: string, end: string, interval?: number): Selector =>
  interval === undefined ? { type: "RANGE", values: [start, end] } : { type: "RANGE", values: [start, end], interval };

async function createTemplate(name = "Quarterly access review", authorities?: string[]) {
  const res = await client.execute(CREATE_TEMPLATE, { input: { name } }, { authorities });
  return expectTypename(res.data?.createCampaignTemplate, "MutationCreateCampaignTemplateSuccess").data;
}

async function set(id: string, input: ScheduleInput, expectedVersion?: number) {
  const res = await client.execute(SET, { id, input, expectedVersion });
  expect(res.errors).toBeUndefined();
  return res.data?.setCampaignTemplateSchedule;
}

async function setOk(id: string, input: ScheduleInput, expectedVersion?: number) {
  return expectTypename(await set(id, input, expectedVersion), "MutationSetCampaignTemplateScheduleSuccess").data;
}

async function occurrencesOf(id: string, after: string, first: number) {
  const res = await client.execute(OCCURRENCES, { id, after, first });
  expect(res.errors).toBeUndefined();
  return res.data!.campaignTemplate!.schedule!;
}

const ats = (occurrences: { at: string }[]) => occurrences.map((o) => o.at);

describe("createCampaignTemplate and campaignTemplate", () => {
  it("creates a template without a schedule and reads it back by its global id", async () => {
    const template = await createTemplate("Quarterly access review");
    expect(template).toMatchObject({ __typename: "CampaignTemplate", name: "Quarterly access review", version: 1, schedule: null });
    const res = await client.execute(READ_TEMPLATE, { id: template.id }, { authorities: [] });
    expect(res.data?.campaignTemplate).toMatchObject({ id: template.id, name: "Quarterly access review", version: 1, schedule: null });
  });

  it("refuses a blank name and a name over 1024 characters, and accepts 1024", async () => {
    for (const [name, message] of [
      ["   ", '"name" is required'],
      ["", '"name" is required'],
      ["x".repeat(1025), '"name" cannot exceed 1024 characters'],
    ]) {
      const res = await client.execute(CREATE_TEMPLATE, { input: { name } });
      expect(expectTypename(res.data?.createCampaignTemplate, "ValidationError")).toMatchObject({
        status: 400,
        code: "BAD_USER_INPUT",
        message,
        fieldErrors: [{ path: ["input", "name"], message }],
      });
    }
    expect((await createTemplate("y".repeat(1024))).name).toHaveLength(1024);
  });

  it("reads a template with its schedule and occurrences in one Prisma query (a statement per table)", async () => {
    const template = await createTemplate();
    await setOk(template.id, { type: "DAILY", hours: list(["8"]) });
    const query = graphql(
      `query CampaignReadOnce($id: ID!) { campaignTemplate(id: $id) { name schedule { hours { values } upcomingOccurrences(first: 2) { at } } } }`,
    );
    const { result, queries } = await countQueries(() => client.execute(query, { id: template.id }));
    expect(result.data?.campaignTemplate?.schedule).toEqual({
      hours: { values: ["8"] },
      upcomingOccurrences: [{ at: "2026-03-01T08:00:00Z" }, { at: "2026-03-02T08:00:00Z" }],
    });
    expect(queries).toBe(2);
  });

  it("answers null for an unknown or malformed id, and for the id of another type", async () => {
    const job = await client.execute(
      graphql(`mutation CampaignOtherType {
        createJobSchedule(input: { name: "Nightly", specification: "0 1 * * *", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }
      }`),
    );
    const unknown = Buffer.from("CampaignTemplate:00000000-0000-0000-0000-000000000000").toString("base64");
    for (const id of [unknown, "%%%", "", expectTypename(job.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id]) {
      const res = await client.execute(READ_TEMPLATE, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.campaignTemplate).toBeNull();
    }
  });
});

describe("seed 000 examples: set, read back, next occurrences", () => {
  it("WEEKLY on Sundays, every three hours from 8AM, in New York (across the spring-forward week)", async () => {
    const template = await createTemplate();
    const input: ScheduleInput = { type: "WEEKLY", days: list(["1"]), hours: list(["8"], 3), timeZoneId: "America/New_York" };
    const schedule = await setOk(template.id, input);
    expect(schedule).toMatchObject({
      __typename: "CampaignTemplateSchedule",
      type: "WEEKLY",
      months: null,
      days: { type: "LIST", values: ["1"], interval: null },
      hours: { type: "LIST", values: ["8"], interval: 3 },
      expiration: null,
      timeZoneId: "America/New_York",
      timeZone: "America/New_York",
      version: 1,
      campaignTemplate: { id: template.id, version: 2 },
    });
    const read = await client.execute(READ_TEMPLATE, { id: template.id });
    expect(read.data?.campaignTemplate?.schedule).toEqual(schedule);

    const { upcomingOccurrences, nextOccurrence } = await occurrencesOf(template.id, NOW, 8);
    // 8, 11, 14, 17, 20, 23 local on Sunday 1 March (EST, -05:00), then Sunday 8 March (EDT, -04:00).
    expect(upcomingOccurrences).toEqual([
      { at: "2026-03-01T13:00:00Z", localDateTime: "2026-03-01T08:00:00-05:00", shifted: false },
      { at: "2026-03-01T16:00:00Z", localDateTime: "2026-03-01T11:00:00-05:00", shifted: false },
      { at: "2026-03-01T19:00:00Z", localDateTime: "2026-03-01T14:00:00-05:00", shifted: false },
      { at: "2026-03-01T22:00:00Z", localDateTime: "2026-03-01T17:00:00-05:00", shifted: false },
      { at: "2026-03-02T01:00:00Z", localDateTime: "2026-03-01T20:00:00-05:00", shifted: false },
      { at: "2026-03-02T04:00:00Z", localDateTime: "2026-03-01T23:00:00-05:00", shifted: false },
      { at: "2026-03-08T12:00:00Z", localDateTime: "2026-03-08T08:00:00-04:00", shifted: false },
      { at: "2026-03-08T15:00:00Z", localDateTime: "2026-03-08T11:00:00-04:00", shifted: false },
    ]);
    expect(nextOccurrence).toEqual(upcomingOccurrences[0]);
  });

  it("MONTHLY on the second to last day (L-1) at 5AM, noon and 5PM, in UTC by default", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "MONTHLY", days: list(["L-1"]), hours: list(["5", "12", "17"]) });
    expect(schedule).toMatchObject({
      type: "MONTHLY",
      days: { type: "LIST", values: ["L-1"], interval: null },
      hours: { type: "LIST", values: ["5", "12", "17"], interval: null },
      timeZoneId: "UTC",
    });
    const { upcomingOccurrences } = await occurrencesOf(template.id, "2026-02-01T00:00:00Z", 7);
    // February 2026 has 28 days (L-1 = 27th), March 31 (30th), April 30 (29th).
    expect(ats(upcomingOccurrences)).toEqual([
      "2026-02-27T05:00:00Z",
      "2026-02-27T12:00:00Z",
      "2026-02-27T17:00:00Z",
      "2026-03-30T05:00:00Z",
      "2026-03-30T12:00:00Z",
      "2026-03-30T17:00:00Z",
      "2026-04-29T05:00:00Z",
    ]);
    expect(upcomingOccurrences[0].localDateTime).toBe("2026-02-27T05:00:00+00:00");
  });

  it('MONTHLY from the 20th to the last day (RANGE 20..L) at midnight, timeZoneId "CST" stored as America/Chicago', async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "MONTHLY", days: range("20", "L"), hours: list(["0"]), timeZoneId: "CST" });
    expect(schedule).toMatchObject({
      days: { type: "RANGE", values: ["20", "L"], interval: null },
      timeZoneId: "America/Chicago",
      timeZone: "America/Chicago",
    });
    const read = await client.execute(READ_TEMPLATE, { id: template.id });
    expect(read.data?.campaignTemplate?.schedule?.timeZoneId).toBe("America/Chicago");
    const { upcomingOccurrences } = await occurrencesOf(template.id, "2026-02-25T00:00:00Z", 6);
    // Midnight CST (-06:00) through 28 February, then CDT (-05:00) from 20 March.
    expect(upcomingOccurrences.map((o) => [o.at, o.localDateTime])).toEqual([
      ["2026-02-25T06:00:00Z", "2026-02-25T00:00:00-06:00"],
      ["2026-02-26T06:00:00Z", "2026-02-26T00:00:00-06:00"],
      ["2026-02-27T06:00:00Z", "2026-02-27T00:00:00-06:00"],
      ["2026-02-28T06:00:00Z", "2026-02-28T00:00:00-06:00"],
      ["2026-03-20T05:00:00Z", "2026-03-20T00:00:00-05:00"],
      ["2026-03-21T05:00:00Z", "2026-03-21T00:00:00-05:00"],
    ]);
  });

  it("ANNUALLY every March 2nd (--03-02) during hours RANGE 9..5, which wraps past midnight", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "ANNUALLY", days: list(["--03-02"]), hours: range("9", "5") });
    expect(schedule).toMatchObject({
      type: "ANNUALLY",
      months: null,
      days: { values: ["--03-02"] },
      hours: { type: "RANGE", values: ["9", "5"], interval: null },
    });
    const { upcomingOccurrences } = await occurrencesOf(template.id, NOW, 8);
    // 9–23 and 0–5: on 2 March that is 00..05 then 09, 10, ...
    expect(ats(upcomingOccurrences)).toEqual([
      "2026-03-02T00:00:00Z",
      "2026-03-02T01:00:00Z",
      "2026-03-02T02:00:00Z",
      "2026-03-02T03:00:00Z",
      "2026-03-02T04:00:00Z",
      "2026-03-02T05:00:00Z",
      "2026-03-02T09:00:00Z",
      "2026-03-02T10:00:00Z",
    ]);
    const afterLast = await occurrencesOf(template.id, "2026-03-02T23:00:00Z", 1);
    expect(afterLast.nextOccurrence?.at).toBe("2027-03-02T00:00:00Z");
  });

  it("CALENDAR on 2021-03-02: accepted, fired then, never after 2026", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "CALENDAR", days: list(["2021-03-02"]), hours: list(["8"]) });
    expect(schedule).toMatchObject({ type: "CALENDAR", days: { type: "LIST", values: ["2021-03-02"], interval: null } });
    const now = await occurrencesOf(template.id, NOW, 10);
    expect(now).toEqual({ upcomingOccurrences: [], nextOccurrence: null });
    const then = await occurrencesOf(template.id, "2021-03-01T00:00:00Z", 10);
    expect(ats(then.upcomingOccurrences)).toEqual(["2021-03-02T08:00:00Z"]);
  });

  it("ANNUALLY quarterly: months LIST [1] interval 3 (January, April, July, October) on the 1st at midnight", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "ANNUALLY", months: list(["1"], 3), days: list(["1"]), hours: list(["0"]) });
    expect(schedule.months).toEqual({ type: "LIST", values: ["1"], interval: 3 });
    const { upcomingOccurrences } = await occurrencesOf(template.id, NOW, 5);
    expect(ats(upcomingOccurrences)).toEqual([
      "2026-04-01T00:00:00Z",
      "2026-07-01T00:00:00Z",
      "2026-10-01T00:00:00Z",
      "2027-01-01T00:00:00Z",
      "2027-04-01T00:00:00Z",
    ]);
  });

  it("ANNUALLY every two months between July and December: months RANGE 7..12 interval 2 (July, September, November)", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "ANNUALLY", months: range("7", "12", 2), days: list(["15"]), hours: list(["12"]) });
    expect(schedule.months).toEqual({ type: "RANGE", values: ["7", "12"], interval: 2 });
    const { upcomingOccurrences } = await occurrencesOf(template.id, NOW, 4);
    expect(ats(upcomingOccurrences)).toEqual([
      "2026-07-15T12:00:00Z",
      "2026-09-15T12:00:00Z",
      "2026-11-15T12:00:00Z",
      "2027-07-15T12:00:00Z",
    ]);
  });

  it("ANNUALLY on February and March (months LIST [2, 3]), last day of the month: February 29th in a leap year", async () => {
    const template = await createTemplate();
    await setOk(template.id, { type: "ANNUALLY", months: list(["2", "3"]), days: list(["L"]), hours: list(["0"]) });
    const { upcomingOccurrences } = await occurrencesOf(template.id, NOW, 4);
    expect(ats(upcomingOccurrences)).toEqual([
      "2026-03-31T00:00:00Z",
      "2027-02-28T00:00:00Z",
      "2027-03-31T00:00:00Z",
      "2028-02-29T00:00:00Z",
    ]);
  });

  it("DAILY with hours RANGE 9..5 interval 2 keeps stepping through the wrap: 9, 11, ..., 23, 1, 3, 5", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "DAILY", hours: range("9", "5", 2) });
    expect(schedule).toMatchObject({ type: "DAILY", days: null, months: null, hours: { type: "RANGE", values: ["9", "5"], interval: 2 } });
    const { upcomingOccurrences } = await occurrencesOf(template.id, NOW, 12);
    expect(ats(upcomingOccurrences).map((at) => at.slice(0, 13))).toEqual([
      "2026-03-01T01",
      "2026-03-01T03",
      "2026-03-01T05",
      "2026-03-01T09",
      "2026-03-01T11",
      "2026-03-01T13",
      "2026-03-01T15",
      "2026-03-01T17",
      "2026-03-01T19",
      "2026-03-01T21",
      "2026-03-01T23",
      "2026-03-02T01",
    ]);
  });

  it("moves 2AM forward out of the spring-forward gap (shifted) and stops at the expiration, inclusive", async () => {
    const template = await createTemplate();
    await setOk(template.id, {
      type: "WEEKLY",
      days: list(["1"]),
      hours: list(["2"]),
      timeZoneId: "America/New_York",
      expiration: "2026-03-15T06:00:00Z",
    });
    const { upcomingOccurrences } = await occurrencesOf(template.id, "2026-03-07T00:00:00Z", 10);
    expect(upcomingOccurrences).toEqual([
      { at: "2026-03-08T07:00:00Z", localDateTime: "2026-03-08T03:00:00-04:00", shifted: true },
      { at: "2026-03-15T06:00:00Z", localDateTime: "2026-03-15T02:00:00-04:00", shifted: false },
    ]);
    const read = await client.execute(READ_TEMPLATE, { id: template.id });
    expect(read.data?.campaignTemplate?.schedule?.expiration).toBe("2026-03-15T06:00:00Z");
  });

  it("accepts CERT_ADMIN as well as ORG_ADMIN", async () => {
    const template = await createTemplate("Certified", ["CERT_ADMIN"]);
    const res = await client.execute(
      SET,
      { id: template.id, input: { type: "DAILY", hours: list(["8"]) } },
      { authorities: ["CERT_ADMIN"] },
    );
    expectTypename(res.data?.setCampaignTemplateSchedule, "MutationSetCampaignTemplateScheduleSuccess");
    const del = await client.execute(DELETE, { id: template.id }, { authorities: ["CERT_ADMIN"] });
    expectTypename(del.data?.deleteCampaignTemplateSchedule, "MutationDeleteCampaignTemplateScheduleSuccess");
  });
});

describe("validation (400): every problem, each with its path under input", () => {
  const hours = list(["8"]);
  const DAY_OF_MONTH = "Day of the month must be between 1 and 31, L (last day) or L-n with n between 1 and 30";
  const WEEKDAY = "Day of the week must be between 1 (Sunday) and 7 (Saturday)";
  const CALENDAR_DATE = "A calendar date must be a real date written YYYY-MM-DD";
  const DATE_OF_YEAR = "A date without year must be written --MM-DD and exist in some year (--02-29 is allowed)";
  const cases: [string, ScheduleInput, { path: string[]; message: string }[]][] = [
    [
      "months on a MONTHLY schedule",
      { type: "MONTHLY", months: list(["1"]), days: list(["1"]), hours },
      [{ path: ["input", "months"], message: "Months can only be given for an ANNUALLY schedule" }],
    ],
    [
      "months on a WEEKLY schedule",
      { type: "WEEKLY", months: list(["1"]), days: list(["1"]), hours },
      [{ path: ["input", "months"], message: "Months can only be given for an ANNUALLY schedule" }],
    ],
    [
      "days missing on WEEKLY",
      { type: "WEEKLY", hours },
      [{ path: ["input", "days"], message: "Days are required for a WEEKLY schedule" }],
    ],
    [
      "days missing on CALENDAR",
      { type: "CALENDAR", days: null, hours },
      [{ path: ["input", "days"], message: "Days are required for a CALENDAR schedule" }],
    ],
    [
      "days on DAILY",
      { type: "DAILY", days: list(["1"]), hours },
      [{ path: ["input", "days"], message: "A DAILY schedule takes hours only, not days" }],
    ],
    [
      "hours missing",
      { type: "MONTHLY", days: list(["1"]) },
      [{ path: ["input", "hours"], message: "Hours are required for every schedule type" }],
    ],
    ["hours null", { type: "DAILY", hours: null }, [{ path: ["input", "hours"], message: "Hours are required for every schedule type" }]],
    [
      "a RANGE of three values",
      { type: "DAILY", hours: { type: "RANGE", values: ["1", "5", "9"] } },
      [{ path: ["input", "hours", "values"], message: "A RANGE takes exactly two values: start and end" }],
    ],
    [
      "a RANGE of one value",
      { type: "MONTHLY", days: { type: "RANGE", values: ["1"] }, hours },
      [{ path: ["input", "days", "values"], message: "A RANGE takes exactly two values: start and end" }],
    ],
    [
      "an empty LIST",
      { type: "DAILY", hours: list([]) },
      [{ path: ["input", "hours", "values"], message: "At least one value is required" }],
    ],
    [
      "a RANGE on CALENDAR",
      { type: "CALENDAR", days: range("2026-04-01", "2026-04-05"), hours },
      [{ path: ["input", "days", "type"], message: "A CALENDAR schedule takes YYYY-MM-DD dates as a LIST; RANGE is not allowed" }],
    ],
    [
      "a RANGE of --MM-DD days",
      { type: "ANNUALLY", days: range("--03-01", "--03-05"), hours },
      [
        {
          path: ["input", "days", "type"],
          message: "An ANNUALLY schedule without months takes --MM-DD dates as a LIST; RANGE is not allowed",
        },
      ],
    ],
    [
      "an interval on dates",
      { type: "CALENDAR", days: list(["2026-04-01"], 2), hours },
      [{ path: ["input", "days", "interval"], message: "An interval cannot be used with dates" }],
    ],
    [
      "interval 0",
      { type: "DAILY", hours: list(["8"], 0) },
      [{ path: ["input", "hours", "interval"], message: "The interval must be a whole number, 1 or more" }],
    ],
    [
      "a negative interval",
      { type: "ANNUALLY", months: range("1", "6", -2), days: list(["1"]), hours },
      [{ path: ["input", "months", "interval"], message: "The interval must be a whole number, 1 or more" }],
    ],
    [
      "an interval on a LIST of two",
      { type: "DAILY", hours: list(["8", "9"], 3) },
      [{ path: ["input", "hours", "interval"], message: "A LIST with an interval takes exactly one value, the one to start from" }],
    ],
    [
      "hours out of 0-23",
      { type: "DAILY", hours: list(["24", "-1", "noon"]) },
      ["0", "1", "2"].map((i) => ({ path: ["input", "hours", "values", i], message: "Hour must be between 0 and 23" })),
    ],
    [
      "weekdays out of 1-7",
      { type: "WEEKLY", days: list(["0", "8"]), hours },
      ["0", "1"].map((i) => ({ path: ["input", "days", "values", i], message: WEEKDAY })),
    ],
    [
      "month days out of 1-31 / L / L-n",
      { type: "MONTHLY", days: list(["0", "32", "L-31", "L-0", "X"]), hours },
      ["0", "1", "2", "3", "4"].map((i) => ({ path: ["input", "days", "values", i], message: DAY_OF_MONTH })),
    ],
    [
      "month days of an ANNUALLY schedule with months",
      { type: "ANNUALLY", months: list(["2"]), days: list(["--02-03"]), hours },
      [{ path: ["input", "days", "values", "0"], message: DAY_OF_MONTH }],
    ],
    [
      "months out of 1-12",
      { type: "ANNUALLY", months: list(["0", "13"]), days: list(["1"]), hours },
      ["0", "1"].map((i) => ({ path: ["input", "months", "values", i], message: "Month must be between 1 and 12" })),
    ],
    [
      "malformed calendar dates",
      { type: "CALENDAR", days: list(["2021-02-30", "2021-3-2", "--03-02"]), hours },
      ["0", "1", "2"].map((i) => ({ path: ["input", "days", "values", i], message: CALENDAR_DATE })),
    ],
    [
      "malformed dates without year",
      { type: "ANNUALLY", days: list(["--02-30", "03-02", "2021-03-02"]), hours },
      ["0", "1", "2"].map((i) => ({ path: ["input", "days", "values", i], message: DATE_OF_YEAR })),
    ],
    [
      "a duplicate hour",
      { type: "DAILY", hours: list(["5", "12", "5"]) },
      [{ path: ["input", "hours", "values", "2"], message: "The value 5 is listed more than once" }],
    ],
    [
      "a duplicate date",
      { type: "CALENDAR", days: list(["2026-04-01", "2026-04-01"]), hours },
      [{ path: ["input", "days", "values", "1"], message: "The value 2026-04-01 is listed more than once" }],
    ],
    [
      "an expiration in the past",
      { type: "DAILY", hours, expiration: "2026-02-28T23:59:59Z" },
      [{ path: ["input", "expiration"], message: "The expiration must be in the future" }],
    ],
    [
      "an unknown time zone",
      { type: "DAILY", hours, timeZoneId: "Mars/Olympus_Mons" },
      [
        {
          path: ["input", "timeZoneId"],
          message: "Unknown time zone: Mars/Olympus_Mons (use an IANA id such as Europe/London or an offset such as UTC+05:30)",
        },
      ],
    ],
  ];

  it.each(cases)("refuses %s", async (_name, input, fieldErrors) => {
    const template = await createTemplate();
    const result = expectTypename(await set(template.id, input), "ValidationError");
    expect(result).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    expect(result.fieldErrors).toEqual(fieldErrors);
    if (fieldErrors.length === 1) expect(result.message).toBe(fieldErrors[0].message);
    const read = await client.execute(READ_TEMPLATE, { id: template.id });
    expect(read.data?.campaignTemplate).toMatchObject({ version: 1, schedule: null });
  });

  it("reports several problems of one request together", async () => {
    const template = await createTemplate();
    const result = expectTypename(
      await set(template.id, {
        type: "WEEKLY",
        months: list(["1"]),
        hours: { type: "RANGE", values: ["25"] },
        expiration: "2020-01-01T00:00:00Z",
        timeZoneId: "Nowhere/Special",
      }),
      "ValidationError",
    );
    expect(result.message).toMatch(/^6 problems with the input/);
    expect(result.fieldErrors).toHaveLength(6);
    expect(result.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: ["input", "months"], message: "Months can only be given for an ANNUALLY schedule" },
        { path: ["input", "days"], message: "Days are required for a WEEKLY schedule" },
        { path: ["input", "hours", "values"], message: "A RANGE takes exactly two values: start and end" },
        { path: ["input", "hours", "values", "0"], message: "Hour must be between 0 and 23" },
        { path: ["input", "expiration"], message: "The expiration must be in the future" },
        { path: ["input", "timeZoneId"], message: expect.stringContaining("Unknown time zone: Nowhere/Special") },
      ]),
    );
  });

  it("checks the input before the template (400 before 404) without reading the database", async () => {
    const unknown = Buffer.from("CampaignTemplate:00000000-0000-0000-0000-000000000000").toString("base64");
    const { result, queries } = await countQueries(() =>
      client.execute(SET, { id: unknown, input: { type: "WEEKLY", hours: list(["8"]) } }),
    );
    expect(expectTypename(result.data?.setCampaignTemplateSchedule, "ValidationError").fieldErrors).toEqual([
      { path: ["input", "days"], message: "Days are required for a WEEKLY schedule" },
    ]);
    expect(queries).toBe(0);
  });

  it("accepts an expiration just after now", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "DAILY", hours: list(["8"]), expiration: "2026-03-01T00:00:01Z" });
    expect(schedule.expiration).toBe("2026-03-01T00:00:01Z");
  });

  it("refuses an expiration past 9999-12-31T23:59:59.999Z in UTC as a BAD_USER_INPUT (400), storing nothing, and keeps the last instant", async () => {
    const template = await createTemplate();
    const res = await client.execute(SET, {
      id: template.id,
      input: { type: "DAILY", hours: list(["8"]), expiration: "9999-12-31T23:59:59-01:00" },
    });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/9999-12-31T23:59:59-01:00 lies outside 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z/);
    expect((await client.execute(READ_TEMPLATE, { id: template.id })).data?.campaignTemplate?.schedule).toBeNull();
    const last = await setOk(template.id, { type: "DAILY", hours: list(["8"]), expiration: "9999-12-31T23:59:59.999Z" });
    expect(last.expiration).toBe("9999-12-31T23:59:59.999Z");
  });
});

describe("authorization (401, 403)", () => {
  const input: ScheduleInput = { type: "DAILY", hours: list(["8"]) };

  it("refuses every write without a token (401 UNAUTHENTICATED)", async () => {
    const template = await createTemplate();
    for (const send of [
      (options: ExecuteOptions) => client.execute(CREATE_TEMPLATE, { input: { name: "x" } }, options),
      (options: ExecuteOptions) => client.execute(SET, { id: template.id, input }, options),
      (options: ExecuteOptions) => client.execute(DELETE, { id: template.id }, options),
      (options: ExecuteOptions) => client.execute(READ_TEMPLATE, { id: template.id }, options),
    ]) {
      const res = await send({ authorities: null });
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("refuses every write to a token with only SCHEDULE_ADMIN (403 FORBIDDEN), and leaves the template alone", async () => {
    const template = await createTemplate();
    await setOk(template.id, input);
    for (const [send, field] of [
      [(options: ExecuteOptions) => client.execute(CREATE_TEMPLATE, { input: { name: "x" } }, options), "createCampaignTemplate"],
      [(options: ExecuteOptions) => client.execute(SET, { id: template.id, input }, options), "setCampaignTemplateSchedule"],
      [(options: ExecuteOptions) => client.execute(DELETE, { id: template.id }, options), "deleteCampaignTemplateSchedule"],
    ] as const) {
      const res = await send({ authorities: ["SCHEDULE_ADMIN"] });
      expect(res.status).toBe(403);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect((res.data as Record<string, unknown> | null | undefined)?.[field] ?? null).toBeNull();
    }
    const read = await client.execute(READ_TEMPLATE, { id: template.id }, { authorities: ["SCHEDULE_ADMIN"] });
    expect(read.data?.campaignTemplate).toMatchObject({ version: 2, schedule: { version: 1 } });
  });
});

describe("not found (404)", () => {
  const unknown = Buffer.from("CampaignTemplate:00000000-0000-0000-0000-000000000000").toString("base64");
  const input: ScheduleInput = { type: "DAILY", hours: list(["8"]) };

  it("answers NotFoundError for an unknown, a malformed and another type's id", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, input);
    for (const id of [unknown, "%%%", "not-base64", schedule.id]) {
      const res = await set(id, input);
      expect(expectTypename(res, "NotFoundError")).toMatchObject({
        status: 404,
        code: "NOT_FOUND",
        message: "Campaign template cannot be found",
      });
      const del = await client.execute(DELETE, { id });
      expect(expectTypename(del.data?.deleteCampaignTemplateSchedule, "NotFoundError")).toMatchObject({
        status: 404,
        message: "Campaign template cannot be found",
      });
    }
  });

  it("answers 404 before 409: an unknown template with an expectedVersion", async () => {
    expect(expectTypename(await set(unknown, input, 7), "NotFoundError").message).toBe("Campaign template cannot be found");
  });

  it('answers "Schedule configuration cannot be found" when deleting a schedule that is not there', async () => {
    const template = await createTemplate();
    const res = await client.execute(DELETE, { id: template.id });
    expect(expectTypename(res.data?.deleteCampaignTemplateSchedule, "NotFoundError")).toMatchObject({
      status: 404,
      message: "Schedule configuration cannot be found",
    });
    const read = await client.execute(READ_TEMPLATE, { id: template.id });
    expect(read.data?.campaignTemplate?.version).toBe(1);
  });
});

describe("overwrite, versions, conflicts and deletion", () => {
  const SCHEDULES = graphql(
    `query CampaignList { schedules(kind: CAMPAIGN_TEMPLATE, first: 100) { edges { node { __typename ... on CampaignTemplateSchedule { id version type campaignTemplate { id } } } } } }`,
  );

  it("overwrites: one schedule, same id, version raised, template version raised, old selectors gone", async () => {
    const template = await createTemplate("Overwritten");
    const first = await setOk(template.id, {
      type: "ANNUALLY",
      months: list(["1"], 3),
      days: list(["1"]),
      hours: list(["8"]),
      timeZoneId: "Europe/London",
      expiration: "2027-01-01T00:00:00Z",
    });
    const second = await setOk(template.id, { type: "WEEKLY", days: list(["2", "6"]), hours: range("9", "17") });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      version: 2,
      type: "WEEKLY",
      months: null,
      days: { type: "LIST", values: ["2", "6"], interval: null },
      hours: { type: "RANGE", values: ["9", "17"], interval: null },
      expiration: null,
      timeZoneId: "UTC",
      createdAt: first.createdAt,
      campaignTemplate: { id: template.id, version: 3 },
    });
    const third = await setOk(template.id, { type: "DAILY", hours: list(["1"]) });
    expect(third).toMatchObject({ id: first.id, version: 3, days: null, campaignTemplate: { version: 4 } });

    const res = await client.execute(SCHEDULES);
    const mine = res.data!.schedules.edges.filter(
      (e) => expectTypename(e.node, "CampaignTemplateSchedule").campaignTemplate.id === template.id,
    );
    expect(mine).toEqual([
      { node: { __typename: "CampaignTemplateSchedule", id: first.id, version: 3, type: "DAILY", campaignTemplate: { id: template.id } } },
    ]);
  });

  it("finds the schedule by schedule(id) and node(id), and lists it under schedules(kind: CAMPAIGN_TEMPLATE)", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "MONTHLY", days: list(["L-1"]), hours: list(["5", "12", "17"]) });
    const res = await client.execute(
      graphql(`query CampaignByIdAndNode($id: ID!, $template: ID!) {
        schedule(id: $id) { __typename ... on CampaignTemplateSchedule { id type timeZoneId } }
        node(id: $id) { __typename id ... on Recurring { timeZone nextOccurrence { at } } }
        template: node(id: $template) { __typename id ... on CampaignTemplate { schedule { id } } }
      }`),
      { id: schedule.id, template: template.id },
      { authorities: [] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      schedule: { __typename: "CampaignTemplateSchedule", id: schedule.id, type: "MONTHLY", timeZoneId: "UTC" },
      node: { __typename: "CampaignTemplateSchedule", id: schedule.id, timeZone: "UTC", nextOccurrence: { at: "2026-03-30T05:00:00Z" } },
      template: { __typename: "CampaignTemplate", id: template.id, schedule: { id: schedule.id } },
    });
    const list_ = await client.execute(SCHEDULES);
    expect(list_.data!.schedules.edges.map((e) => expectTypename(e.node, "CampaignTemplateSchedule").id)).toContain(schedule.id);
    expect(list_.data!.schedules.edges.every((e) => e.node.__typename === "CampaignTemplateSchedule")).toBe(true);
  });

  it('refuses a stale expectedVersion with ConflictError "Write Conflict" (409) and keeps the other write', async () => {
    const template = await createTemplate();
    await setOk(template.id, { type: "DAILY", hours: list(["1"]) });
    const ok = await setOk(template.id, { type: "DAILY", hours: list(["2"]) }, 1);
    expect(ok.version).toBe(2);
    const stale = await set(template.id, { type: "DAILY", hours: list(["3"]) }, 1);
    expect(expectTypename(stale, "ConflictError")).toMatchObject({ status: 409, code: "CONFLICT", message: "Write Conflict" });
    const read = await client.execute(READ_TEMPLATE, { id: template.id });
    expect(read.data?.campaignTemplate).toMatchObject({ version: 3, schedule: { version: 2, hours: { values: ["2"] } } });
  });

  it("refuses an expectedVersion when the template has no schedule yet (409)", async () => {
    const template = await createTemplate();
    const res = await set(template.id, { type: "DAILY", hours: list(["1"]) }, 1);
    expect(expectTypename(res, "ConflictError").message).toBe("Write Conflict");
    const read = await client.execute(READ_TEMPLATE, { id: template.id });
    expect(read.data?.campaignTemplate).toMatchObject({ version: 1, schedule: null });
  });

  it("lets exactly one of two racing writers with the same expectedVersion win", async () => {
    const template = await createTemplate();
    await setOk(template.id, { type: "DAILY", hours: list(["1"]) });
    const results = await Promise.all(["2", "3"].map((h) => set(template.id, { type: "DAILY", hours: list([h]) }, 1)));
    expect(results.map((r) => r?.__typename).sort()).toEqual(["ConflictError", "MutationSetCampaignTemplateScheduleSuccess"]);
  });

  it("keeps one schedule when two writers without expectedVersion race", async () => {
    const template = await createTemplate();
    const results = await Promise.all(["2", "3", "4"].map((h) => setOk(template.id, { type: "DAILY", hours: list([h]) })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3]);
  });

  it("deletes: the template answers without a schedule, the schedule is gone, a new one gets a new id", async () => {
    const template = await createTemplate();
    const schedule = await setOk(template.id, { type: "DAILY", hours: list(["8"]) });
    const del = await client.execute(DELETE, { id: template.id });
    expect(expectTypename(del.data?.deleteCampaignTemplateSchedule, "MutationDeleteCampaignTemplateScheduleSuccess").data).toEqual({
      __typename: "CampaignTemplate",
      id: template.id,
      version: 3,
      schedule: null,
    });
    const read = await client.execute(
      graphql(
        `query CampaignAfterDelete($id: ID!, $s: ID!) { campaignTemplate(id: $id) { schedule { id } } schedule(id: $s) { __typename } node(id: $s) { id } }`,
      ),
      { id: template.id, s: schedule.id },
    );
    expect(read.data).toEqual({ campaignTemplate: { schedule: null }, schedule: null, node: null });
    const again = await client.execute(DELETE, { id: template.id });
    expect(expectTypename(again.data?.deleteCampaignTemplateSchedule, "NotFoundError").message).toBe(
      "Schedule configuration cannot be found",
    );
    const fresh = await setOk(template.id, { type: "DAILY", hours: list(["9"]) });
    expect(fresh.id).not.toBe(schedule.id);
    expect(fresh.version).toBe(1);
  });
});
