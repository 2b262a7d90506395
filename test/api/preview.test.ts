/** previewOccurrences: occurrences of unsaved specs of every kind, and typed errors while typing. */
import { describe, expect, it } from "vitest";
import { createClient, expectTypename, illTyped, pinnedClock } from "../helpers/graphql";
import { graphql } from "./gql";
import type { CampaignTemplateScheduleInput, PreviewQuery, PreviewQueryVariables } from "./gql/graphql";

const client = createClient({ clock: pinnedClock("2026-01-10T00:00:00Z") });

const PREVIEW = graphql(`query Preview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {
  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {
    __typename
    ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } }
    ... on ValidationError { message status fieldErrors { path message } }
  }
}`);

async function preview(variables: PreviewQueryVariables) {
  const res = await client.execute(PREVIEW, variables, { authorities: [] });
  expect(res.errors).toBeUndefined();
  return res.data?.previewOccurrences;
}

describe("previewOccurrences", () => {
  it("previews a cron spec across the New York spring-forward gap", async () => {
    const result = await preview({
      spec: { job: { specification: "30 2 * * *", location: "America/New_York" } },
      after: "2026-03-07T13:00:00Z",
      first: 2,
    });
    expect(expectTypename(result, "QueryPreviewOccurrencesSuccess").data).toEqual([
      { at: "2026-03-08T07:30:00Z", localDateTime: "2026-03-08T03:30:00-04:00", shifted: true },
      { at: "2026-03-09T06:30:00Z", localDateTime: "2026-03-09T02:30:00-04:00", shifted: false },
    ]);
  });

  it("previews a campaign template schedule: every three hours from 8AM on Mondays", async () => {
    const result = await preview({
      spec: {
        campaignTemplate: {
          type: "WEEKLY",
          days: { type: "LIST", values: ["2"] },
          hours: { type: "LIST", values: ["8"], interval: 3 },
          timeZoneId: "America/New_York",
        },
      },
      after: "2026-01-12T15:00:00Z",
      first: 3,
    });
    // Monday 2026-01-12 in New York (UTC-5): 11:00 local is 16:00Z, then 14:00 and 17:00 local
    expect(expectTypename(result, "QueryPreviewOccurrencesSuccess").data.map((o) => o.localDateTime)).toEqual([
      "2026-01-12T11:00:00-05:00",
      "2026-01-12T14:00:00-05:00",
      "2026-01-12T17:00:00-05:00",
    ]);
  });

  it("previews an issuing schedule without a friendly name: monthly on the 31st, clamped", async () => {
    const result = await preview({
      spec: { issuing: { scheduleType: "monthly", monthlySchedule: { issuingDay: 31, issuingTime: "09:00" } } },
      after: "2026-01-31T09:00:00Z",
      until: "2026-04-30T09:00:00Z",
    });
    expect(expectTypename(result, "QueryPreviewOccurrencesSuccess").data.map((o) => o.at)).toEqual([
      "2026-02-28T09:00:00Z",
      "2026-03-31T09:00:00Z",
      "2026-04-30T09:00:00Z",
    ]);
  });

  it("defaults after to now (the pinned clock)", async () => {
    const result = await preview({ spec: { job: { specification: "0 0 * * *" } }, first: 1 });
    expect(expectTypename(result, "QueryPreviewOccurrencesSuccess").data[0].at).toBe("2026-01-11T00:00:00Z");
  });

  it("lists every problem of a bad spec, under the kind's path", async () => {
    const result = await preview({ spec: { job: { specification: "61 * * * *", location: "Nowhere/Land" } }, first: 5 });
    const error = expectTypename(result, "ValidationError");
    expect(error.status).toBe(400);
    expect(error.fieldErrors.map((e) => e.path)).toEqual([
      ["spec", "job", "specification"],
      ["spec", "job", "location"],
    ]);
  });

  it("answers first outside 1 to 1000 as a ValidationError listed with the spec's problems, and never computes a negative page", async () => {
    for (const first of [0, 1001, -1000000]) {
      const res = await client.execute(PREVIEW, { spec: { job: { specification: "61 * * * *" } }, first });
      expect(res.status).toBe(200);
      const error = expectTypename(res.data?.previewOccurrences, "ValidationError");
      expect(error.fieldErrors).toEqual([
        { path: ["first"], message: "first must be between 1 and 1000" },
        { path: ["spec", "job", "specification"], message: expect.any(String) },
      ]);
    }
  });

  it("uses the seed's messages for an issuing spec", async () => {
    const result = await preview({
      spec: { issuing: { scheduleType: "monthly", monthlySchedule: { issuingDay: 32, issuingTime: "9am" } } },
    });
    const error = expectTypename(result, "ValidationError");
    expect(error.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: ["spec", "issuing", "monthlySchedule", "issuingDay"], message: "Issuing day cannot exceed 31" },
        {
          path: ["spec", "issuing", "monthlySchedule", "issuingTime"],
          message: "Issuing time must be between 00:00 - 23:59 and specified as hours and minutes only",
        },
      ]),
    );
  });

  it("refuses two kinds at once as a request error (@oneOf), not a 500", async () => {
    const res = await client.execute(PREVIEW, {
      spec: illTyped({ job: { specification: "* * * * *" }, issuing: { scheduleType: "none" } }),
    });
    expect(res.errors?.[0].message).toMatch(/exactly one/i);
    expect(res.status).not.toBe(500);
  });

  describe("answers from the spec and the window only, whatever today is (the clock says 2026-01-10)", () => {
    const atOf = (result: PreviewQuery["previewOccurrences"] | undefined) =>
      expectTypename(result, "QueryPreviewOccurrencesSuccess").data.map((o) => o.at);
    const daily9: CampaignTemplateScheduleInput = { type: "DAILY", hours: { type: "LIST", values: ["9"] } };

    it("lists a campaign spec's occurrences up to an expiration that lies before today", async () => {
      const result = await preview({
        spec: { campaignTemplate: { ...daily9, expiration: "2026-01-03T09:00:00Z" } },
        after: "2026-01-01T00:00:00Z",
      });
      expect(atOf(result)).toEqual(["2026-01-01T09:00:00Z", "2026-01-02T09:00:00Z", "2026-01-03T09:00:00Z"]);
    });

    it("answers [] for an expiration behind after, and behind the default after (now)", async () => {
      expect(
        atOf(
          await preview({ spec: { campaignTemplate: { ...daily9, expiration: "2026-01-03T09:00:00Z" } }, after: "2026-01-05T00:00:00Z" }),
        ),
      ).toEqual([]);
      expect(atOf(await preview({ spec: { campaignTemplate: { ...daily9, expiration: "2026-01-03T09:00:00Z" } } }))).toEqual([]);
    });

    it("lists CALENDAR dates before today", async () => {
      const result = await preview({
        spec: {
          campaignTemplate: {
            type: "CALENDAR",
            days: { type: "LIST", values: ["2026-01-02", "2026-01-04"] },
            hours: { type: "LIST", values: ["9"] },
          },
        },
        after: "2026-01-01T00:00:00Z",
      });
      expect(atOf(result)).toEqual(["2026-01-02T09:00:00Z", "2026-01-04T09:00:00Z"]);
    });

    it("lists irregular issuing dates before today", async () => {
      const result = await preview({
        spec: { issuing: { scheduleType: "irregular", irregularSchedule: ["2026-01-02", "2026-01-05T10:00"], timeZone: "Europe/London" } },
        after: "2026-01-01T00:00:00Z",
      });
      expect(atOf(result)).toEqual(["2026-01-02T00:00:00Z", "2026-01-05T10:00:00Z"]);
    });

    it("gives one answer for one spec and window under two clocks", async () => {
      const later = createClient({ clock: pinnedClock("2031-06-01T00:00:00Z") });
      const variables: PreviewQueryVariables = {
        spec: { campaignTemplate: { ...daily9, expiration: "2027-01-03T09:00:00Z" } },
        after: "2027-01-01T00:00:00Z",
      };
      const [a, b] = await Promise.all([
        client.execute(PREVIEW, variables, { authorities: [] }),
        later.execute(PREVIEW, variables, { authorities: [] }),
      ]);
      expect(atOf(a.data?.previewOccurrences)).toEqual(["2027-01-01T09:00:00Z", "2027-01-02T09:00:00Z", "2027-01-03T09:00:00Z"]);
      expect(b.data).toEqual(a.data);
    });
  });

  it("answers [] for a spec that never fires", async () => {
    const result = await preview({
      spec: {
        campaignTemplate: {
          type: "ANNUALLY",
          months: { type: "LIST", values: ["2"] },
          days: { type: "LIST", values: ["31"] },
          hours: { type: "LIST", values: ["9"] },
        },
      },
      first: 1000,
    });
    expect(expectTypename(result, "QueryPreviewOccurrencesSuccess").data).toEqual([]);
  });

  it.each(["2026-02-30T00:00:00Z", "2026-04-31T00:00:00Z", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T23:60:00Z"])(
    "refuses the impossible instant %s with a 400, instead of rolling it over",
    async (after) => {
      const res = await client.execute(PREVIEW, { spec: { job: { specification: "0 0 * * *" } }, after, first: 1 });
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.data ?? null).toBeNull();
    },
  );

  it.each([
    ["an offset of +99:00", "2027-01-01T00:00:00+99:00", /offset/],
    ["an offset past +18:00", "2027-01-01T00:00:00+18:01", /offset/],
    ["an offset past -18:00", "2027-01-01T00:00:00-18:30", /offset/],
    ["offset minutes past 59", "2027-01-01T00:00:00+05:60", /offset/],
    ["hour 24", "2027-01-01T24:00:00Z", /hours run 00 to 23/],
    ["an instant past 9999 in UTC", "9999-12-31T23:59:59-01:00", /outside 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z/],
    ["an instant before 0000 in UTC", "0000-01-01T00:30:00+01:00", /outside 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z/],
  ])("refuses %s as a BAD_USER_INPUT (400)", async (_label, after, message) => {
    const res = await client.execute(PREVIEW, { spec: { job: { specification: "0 0 * * *" } }, after, first: 1 });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(message);
    expect(res.data ?? null).toBeNull();
  });

  it.each([
    ["2027-01-01T00:00:00+18:00", "2027-01-01T00:00:00Z"],
    ["2027-01-01T00:00:00-18:00", "2027-01-02T00:00:00Z"],
    ["2027-01-01T23:59:59.999+00:00", "2027-01-02T00:00:00Z"],
    ["0000-01-01T00:00:00Z", "0000-01-02T00:00:00Z"],
  ])("accepts %s, at the edge of what DateTime carries", async (after, first) => {
    const result = await preview({ spec: { job: { specification: "0 0 * * *" } }, after, first: 1 });
    expect(expectTypename(result, "QueryPreviewOccurrencesSuccess").data.map((o) => o.at)).toEqual([first]);
  });

  it("answers [] after the last instant DateTime carries", async () => {
    const result = await preview({ spec: { job: { specification: "* * * * *" } }, after: "9999-12-31T23:59:59.999Z" });
    expect(expectTypename(result, "QueryPreviewOccurrencesSuccess").data).toEqual([]);
  });

  it("lists a 999-year custom schedule up to year 9999, not into an invalid date", async () => {
    const result = await preview({
      spec: {
        issuing: {
          scheduleType: "custom",
          customSchedule: { issuingUnit: 999, frequency: "annual", startDate: "2027-01-01", issuingTime: "00:00" },
        },
      },
      first: 300,
    });
    const data = expectTypename(result, "QueryPreviewOccurrencesSuccess").data;
    expect(data.map((o) => o.at.slice(0, 4))).toEqual(["2027", "3026", "4025", "5024", "6023", "7022", "8021", "9020"]);
  });
});
