/**
 * GET /schedules/{id}/calendar.ics: parsed back with ical.js (an independent RFC 5545 reader that
 * converts local times through the feed's own VTIMEZONEs) and compared, event by event, with
 * upcomingOccurrences for the same schedule and clock. Plus feed tokens: rotation, refusal, authority.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { prisma } from "../../src/db";
import { hashFeedToken } from "../../src/services/calendar-feed";
import { createSchedulesYoga } from "../../src/yoga";
import { TEST_AUTH, createClient, expectTypename, pinnedClock, tokenFor, type Client } from "../helpers/graphql";
import { graphql } from "./gql";
import type { CampaignTemplateScheduleInput } from "./gql/graphql";

const NOW = "2026-03-01T00:00:00Z";

function setup(now: string) {
  const clock = pinnedClock(now);
  const client = createClient({ clock });
  const yoga = createSchedulesYoga({ auth: TEST_AUTH, clock });
  return {
    client,
    /** GETs a path of the service (bearer token of `authorities` unless null, or raw headers). */
    async get(path: string, options: { authorities?: string[] | null; headers?: Record<string, string> } = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.authorities !== null && !("authorization" in headers)) {
        headers.authorization = `Bearer ${await tokenFor(options.authorities ?? [])}`;
      }
      const response = await yoga.fetch(`http://localhost${path}`, { headers });
      return { status: response.status, headers: response.headers, body: await response.text() };
    },
  };
}

const { client, get } = setup(NOW);

const feedPath = (id: string, query = "") => `/schedules/${encodeURIComponent(id)}/calendar.ics${query}`;

const ROTATE_TOKEN = graphql(`mutation FeedRotateToken($id: ID!) {
  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token } } }
}`);

async function createJob(c: Client, name: string, specification: string, location: string): Promise<string> {
  const res = await c.execute(
    graphql(
      `mutation FeedCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }`,
    ),
    { input: { name, specification, location, job: { jobType: "BILLING_RUN" } } },
  );
  return expectTypename(res.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data.id;
}

const CREATE_TEMPLATE = graphql(`mutation FeedCreateTemplate($name: String!) {
  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }
}`);
const SET_CAMPAIGN_SCHEDULE = graphql(`mutation FeedSetCampaignSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {
  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } }
}`);

/** A campaign template with the schedule `input`; answers the schedule's id. */
async function createCampaign(c: Client, name: string, input: CampaignTemplateScheduleInput): Promise<string> {
  const template = await c.execute(CREATE_TEMPLATE, { name });
  const res = await c.execute(SET_CAMPAIGN_SCHEDULE, {
    id: expectTypename(template.data?.createCampaignTemplate, "MutationCreateCampaignTemplateSuccess").data.id,
    input,
  });
  return expectTypename(res.data?.setCampaignTemplateSchedule, "MutationSetCampaignTemplateScheduleSuccess").data.id;
}

async function createCampaignSchedule(c: Client, name: string): Promise<string> {
  return createCampaign(c, name, {
    type: "WEEKLY",
    days: { type: "LIST", values: ["2", "5"] },
    hours: { type: "LIST", values: ["2", "9"] },
    timeZoneId: "Europe/Berlin",
  });
}

async function createIssuingSchedule(c: Client, reference: string, friendlyName: string): Promise<string> {
  const product = await c.execute(
    graphql(
      `mutation FeedCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: "The Weekly", type: DIGITAL }) { __typename } }`,
    ),
    { reference },
  );
  expectTypename(product.data?.createProduct, "MutationCreateProductSuccess");
  const res = await c.execute(
    graphql(`mutation FeedCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {
      createIssuingSchedule(productReference: $reference, input: $input) { __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } }
    }`),
    {
      reference,
      input: {
        friendlyName,
        entitlementFormat: "PDF",
        scheduleType: "MONTHLY",
        monthlySchedule: { issuingDay: 31, issuingTime: "06:00" },
        timeZone: "Australia/Sydney",
      },
    },
  );
  return expectTypename(res.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess").data.id;
}

interface Occ {
  at: string;
  localDateTime: string;
  shifted: boolean;
}

async function upcoming(c: Client, id: string, first: number): Promise<{ timeZone: string; upcomingOccurrences: Occ[] }> {
  const res = await c.execute(
    graphql(
      `query FeedUpcoming($id: ID!, $first: Int) { schedule(id: $id) { ... on Recurring { timeZone upcomingOccurrences(first: $first) { at localDateTime shifted } } } }`,
    ),
    { id, first },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.schedule!;
}

interface ParsedEvent {
  uid: string;
  summary: string;
  /** The instant ical.js computes, through the TZID's VTIMEZONE when there is one. */
  at: string;
  /** The DTSTART's TZID parameter, or null for a UTC time. */
  tzid: string | null;
  /** The local date-time as written, with the offset ical.js derives for it: 2026-03-08T03:30:00-04:00. */
  local: string;
}

function offsetText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const abs = Math.abs(minutes);
  return (minutes < 0 ? "-" : "+") + String(Math.floor(abs / 60)).padStart(2, "0") + ":" + String(abs % 60).padStart(2, "0");
}

// NAME (RFC 7986) and non-standard properties such as X-WR-CALNAME are TEXT (RFC 5545 3.8.8.2: the
// default value type of an x-prop is TEXT); ical.js would otherwise keep their escapes as written.
for (const property of ["name", "x-wr-calname", "x-wr-caldesc"]) ICAL.design.icalendar.property[property] = { defaultType: "text" };

/** Parses a feed with ical.js, registering its VTIMEZONEs (ical.js knows no zones of its own). */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const events: ParsedEvent[] = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    const tzid = vevent.getFirstProperty("dtstart")!.getParameter("tzid");
    return {
      uid: event.uid,
      summary: event.summary,
      at: start.toJSDate().toISOString().replace(".000Z", "Z"),
      tzid: typeof tzid === "string" ? tzid : null,
      local: start.toString().slice(0, 19) + offsetText(start.utcOffset()),
    };
  });
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    timezone: calendar.getFirstPropertyValue("x-wr-timezone"),
    vtimezones: calendar.getAllSubcomponents("vtimezone").map((tz) => tz.getFirstPropertyValue("tzid")),
    events,
  };
}

/** The feed event for each occurrence: same instant, and the same local time in the schedule's zone. */
function expectSameOccurrences(events: ParsedEvent[], occurrences: Occ[], zoneTzid: string | null) {
  expect(events.map((e) => e.at)).toEqual(occurrences.map((o) => o.at));
  events.forEach((event, i) => {
    const occurrence = occurrences[i];
    if (event.tzid !== null) {
      // A local time in the schedule's zone: exactly the local date-time and offset of the API.
      expect(event.tzid).toBe(zoneTzid);
      expect(event.local).toBe(occurrence.localDateTime);
    } else {
      // Written in UTC: the schedule is in UTC, or the local time is ambiguous (fall-back hour).
      expect(event.local.endsWith("+00:00")).toBe(true);
    }
  });
}

describe("calendar feed: events agree with upcomingOccurrences", () => {
  it("a job schedule in New York, through the spring-forward gap (02:30 → 03:30, shifted)", async () => {
    const id = await createJob(client, "Nightly billing, New York", "30 2 * * *", "America/New_York");
    const res = await get(feedPath(id));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(res.body).toMatch(/\r\nVERSION:2\.0\r\n/);

    const feed = parseFeed(res.body);
    const api = await upcoming(client, id, 50);
    expect(api.timeZone).toBe("America/New_York");
    expect(feed.events).toHaveLength(50);
    expectSameOccurrences(feed.events, api.upcomingOccurrences, "America/New_York");
    expect(feed.events.every((e) => e.tzid === "America/New_York")).toBe(true);
    expect(feed.name).toBe("Nightly billing, New York");
    expect(feed.timezone).toBe("America/New_York");
    expect(feed.vtimezones).toEqual(["America/New_York"]);
    expect(new Set(feed.events.map((e) => e.summary))).toEqual(new Set(["Nightly billing, New York"]));

    // The gap night: the API says 03:30 EDT, shifted; the feed's event is at that instant and local time.
    const gapIndex = api.upcomingOccurrences.findIndex((o) => o.shifted);
    expect(api.upcomingOccurrences[gapIndex]).toEqual({
      at: "2026-03-08T07:30:00Z",
      localDateTime: "2026-03-08T03:30:00-04:00",
      shifted: true,
    });
    expect(feed.events[gapIndex]).toMatchObject({
      at: "2026-03-08T07:30:00Z",
      local: "2026-03-08T03:30:00-04:00",
      tzid: "America/New_York",
    });
    expect(res.body).toContain("DTSTART;TZID=America/New_York:20260308T033000\r\n");
    // Before and after the change the offset differs, and ical.js derived each from the VTIMEZONE.
    expect(feed.events[gapIndex - 1].local).toBe("2026-03-07T02:30:00-05:00");
    expect(feed.events[gapIndex + 1].local).toBe("2026-03-09T02:30:00-04:00");

    // UIDs: schedule id + instant, unique, and the same in the next fetch (clients update, not duplicate).
    expect(feed.events[0].uid).toBe(`${id}-20260301T073000Z@schedule-service`);
    expect(new Set(feed.events.map((e) => e.uid)).size).toBe(50);
    expect(parseFeed((await get(feedPath(id))).body).events.map((e) => e.uid)).toEqual(feed.events.map((e) => e.uid));
  });

  it("a campaign template schedule (Berlin), named after its template", async () => {
    const id = await createCampaignSchedule(client, "Quarterly access review");
    const res = await get(feedPath(id, "?count=120"));
    expect(res.status).toBe(200);
    const feed = parseFeed(res.body);
    const api = await upcoming(client, id, 120);
    expect(api.timeZone).toBe("Europe/Berlin");
    expect(feed.events).toHaveLength(120);
    expectSameOccurrences(feed.events, api.upcomingOccurrences, "Europe/Berlin");
    // Mondays and Thursdays at 02:00 and 09:00, across Berlin's change to summer time on 2026-03-29.
    expect(new Set(feed.events.map((e) => e.local.slice(19)))).toEqual(new Set(["+01:00", "+02:00"]));
    expect(feed.name).toBe("Quarterly access review");
    expect(feed.events[0].summary).toBe("Quarterly access review");
  });

  it("an issuing schedule (Sydney, day 31 clamped), named by its friendly name", async () => {
    const id = await createIssuingSchedule(client, "WEEKLY-1", "Month-end edition");
    const res = await get(feedPath(id, "?count=30"));
    expect(res.status).toBe(200);
    const feed = parseFeed(res.body);
    const api = await upcoming(client, id, 30);
    expect(feed.events).toHaveLength(30);
    expectSameOccurrences(feed.events, api.upcomingOccurrences, "Australia/Sydney");
    expect(feed.events.every((e) => e.tzid === "Australia/Sydney")).toBe(true);
    expect(feed.name).toBe("Month-end edition");
    expect(feed.events[0].summary).toBe("Month-end edition");
    expect(res.body).toContain("Product: The Weekly");
  });

  it("fixed offsets: whole hours as Etc/GMT zones, others and UTC in UTC", async () => {
    const minus5 = await createJob(client, "Fixed minus five", "0 9 * * *", "-05:00");
    const plus530 = await createJob(client, "Fixed plus five thirty", "0 9 * * *", "+05:30");
    const utc = await createJob(client, "In UTC", "0 9 * * *", "UTC");

    const a = parseFeed((await get(feedPath(minus5, "?count=10"))).body);
    expectSameOccurrences(a.events, (await upcoming(client, minus5, 10)).upcomingOccurrences, "Etc/GMT+5");
    expect(a.events.every((e) => e.tzid === "Etc/GMT+5")).toBe(true);

    for (const id of [plus530, utc]) {
      const feed = parseFeed((await get(feedPath(id, "?count=10"))).body);
      expectSameOccurrences(feed.events, (await upcoming(client, id, 10)).upcomingOccurrences, null);
      expect(feed.events.every((e) => e.tzid === null)).toBe(true);
      expect(feed.vtimezones).toEqual([]);
    }
  });

  it("the fall-back night: both passes of an hourly schedule's repeated 01:30 are written in UTC", async () => {
    const autumn = setup("2026-10-31T20:00:00Z");
    const id = await createJob(autumn.client, "Hourly sync", "30 * * * *", "America/New_York");
    const res = await autumn.get(feedPath(id, "?count=24"));
    const feed = parseFeed(res.body);
    const api = await upcoming(autumn.client, id, 24);
    expectSameOccurrences(feed.events, api.upcomingOccurrences, "America/New_York");
    const repeated = api.upcomingOccurrences.filter((o) => o.localDateTime.startsWith("2026-11-01T01:30"));
    expect(repeated.map((o) => o.at)).toEqual(["2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"]);
    const written = feed.events.filter((e) => repeated.some((o) => o.at === e.at));
    expect(written.map((e) => e.tzid)).toEqual([null, null]);
    expect(res.body).toContain("DTSTART:20261101T053000Z\r\n");
    expect(res.body).toContain("DTSTART:20261101T063000Z\r\n");
    // Every other event keeps its local time.
    expect(feed.events.filter((e) => e.tzid === null)).toHaveLength(2);
  });
});

/** The onsets (DTSTART and RDATE lines) of a feed's VTIMEZONEs. */
function vtimezoneOnsets(body: string): string[] {
  const zones = body.match(/BEGIN:VTIMEZONE\r\n[\s\S]*?END:VTIMEZONE\r\n/g) ?? [];
  return zones.flatMap((zone) => zone.split("\r\n").filter((line) => /^(DTSTART|RDATE)[:;]/.test(line)));
}

async function createCalendarCampaign(c: Client, name: string, days: string[], hours: string[], timeZoneId: string): Promise<string> {
  return createCampaign(c, name, {
    type: "CALENDAR",
    days: { type: "LIST", values: days },
    hours: { type: "LIST", values: hours },
    timeZoneId,
  });
}

describe("calendar feed: the VTIMEZONE costs what the events need", () => {
  it("a CALENDAR schedule 8,000 years wide: quick, and its VTIMEZONE lists a few onsets, not every DST change until 9999", async () => {
    const days = ["2027-01-01", "2027-03-28", "2027-10-31", "9999-12-31"];
    const id = await createCalendarCampaign(client, "Far apart", days, ["2", "9"], "Europe/Berlin");
    const started = performance.now();
    const res = await get(feedPath(id));
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    // It took 8 to 11 s, walking the zone week by week over the whole span (and blocking every other request).
    expect(elapsed).toBeLessThan(2_000);

    const feed = parseFeed(res.body);
    const api = await upcoming(client, id, 50);
    expect(api.upcomingOccurrences).toHaveLength(8);
    // ical.js converts each local DTSTART through the feed's VTIMEZONE: the gap (02:00 → 03:00 CEST,
    // shifted) and the last day of year 9999 included; the repeated 02:00 of 2027-10-31 is in UTC.
    expectSameOccurrences(feed.events, api.upcomingOccurrences, "Europe/Berlin");
    expect(api.upcomingOccurrences.find((o) => o.shifted)?.localDateTime).toBe("2027-03-28T03:00:00+02:00");
    expect(feed.events.find((e) => e.at === "9999-12-31T08:00:00Z")?.local).toBe("9999-12-31T09:00:00+01:00");
    // One onset for each stretch of events, plus the transitions inside it (was about 16,000).
    expect(vtimezoneOnsets(res.body).length).toBeLessThanOrEqual(2 * days.length);
    expect(res.body.length).toBeLessThan(10_000);
  });

  it("monthly and weekly schedules in zones with unusual rules agree with the API through ical.js", async () => {
    // Half-hour DST, Ramadan suspensions, DST abolished, negative DST, southern hemisphere, +13:45.
    const zones = [
      "Australia/Lord_Howe",
      "Africa/Casablanca",
      "Asia/Tehran",
      "Europe/Dublin",
      "America/Santiago",
      "Pacific/Chatham",
      "Asia/Gaza",
      "America/Godthab",
    ];
    for (const zone of zones) {
      for (const [specification, count] of [
        ["30 2 1 * *", 120],
        ["15 1 * * 0", 150],
      ] as const) {
        const id = await createJob(client, `Unusual ${zone} ${specification}`, specification, zone);
        const res = await get(feedPath(id, `?count=${count}`));
        const api = await upcoming(client, id, count);
        const feed = parseFeed(res.body);
        expect(feed.events, `${zone} ${specification}`).toHaveLength(count);
        expectSameOccurrences(feed.events, api.upcomingOccurrences, api.timeZone);
      }
    }
  });

  it("@yearly, 1,000 New Year midnights in New York, converted right through a VTIMEZONE of one onset", async () => {
    const id = await createJob(client, "Every New Year", "0 0 1 1 *", "America/New_York");
    const res = await get(feedPath(id, "?count=1000"));
    expect(res.status).toBe(200);
    const feed = parseFeed(res.body);
    const api = await upcoming(client, id, 1000);
    expect(feed.events).toHaveLength(1000);
    expectSameOccurrences(feed.events, api.upcomingOccurrences, "America/New_York");
    expect(feed.events.every((e) => e.tzid === "America/New_York")).toBe(true);
    expect(feed.events.at(-1)?.local).toBe("3026-01-01T00:00:00-05:00");
    // New Year's Day is in EST every year: one onset says so (there were 2,001, every change until 3026).
    expect(vtimezoneOnsets(res.body)).toEqual(["DTSTART:20261225T000000"]);
  });
});

describe("calendar feed: names are text, never lines", () => {
  it("a name with CR LF, semicolons, commas, backslashes and control characters adds no event and round-trips", async () => {
    const id = await createJob(client, "Will be renamed", "0 9 * * *", "Europe/London");
    // Stored directly: writes refuse control characters, but rows written before that rule may hold them.
    const evil = "evil\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT\r\nX-A:";
    const name = `${evil}; a, b \\ c\nd\re\u0001f\u0007g ${"ü".repeat(60)}`;
    const rowId = Buffer.from(id, "base64").toString("utf8").split(":")[1];
    await prisma.jobSchedule.update({ where: { id: rowId }, data: { name } });

    const res = await get(feedPath(id, "?count=3"));
    expect(res.status).toBe(200);
    // Every content line is at most 75 octets (RFC 5545 3.1), folded lines start with a space.
    const lines = res.body.split("\r\n");
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    expect(res.body.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(lines.filter((line) => /^BEGIN:VEVENT$/.test(line))).toHaveLength(3);

    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      "2026-03-01T09:00:00.000Z",
      "2026-03-02T09:00:00.000Z",
      "2026-03-03T09:00:00.000Z",
    ]);
    // Control characters other than line breaks have no place in iCalendar text: each becomes U+FFFD.
    const shown = name.replace(/\r\n|\r/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "\ufffd");
    expect(events.map((e) => e.summary)).toEqual([shown, shown, shown]);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(shown);
    expect(calendar.getFirstPropertyValue("name")).toBe(shown);
    expect(calendar.getFirstPropertyValue("x-wr-caldesc")).toBe(`Job schedule "${shown}", times in Europe/London`);
    expect(calendar.getAllProperties().map((p) => p.name)).not.toContain("x-a");
  });
});

describe("calendar feed: access", () => {
  it("answers 401 without a token or with an invalid one, 404 for unknown or deleted schedules", async () => {
    const id = await createJob(client, "To be deleted", "0 6 * * *", "Europe/London");
    expect((await get(feedPath(id), { authorities: null })).status).toBe(401);
    const invalid = await get(feedPath(id), { headers: { authorization: "Bearer not-a-jwt" } });
    expect(invalid.status).toBe(401);
    expect(invalid.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await get(feedPath(id, "?token=guess"), { authorities: null })).status).toBe(401);

    const unknownJob = Buffer.from("JobSchedule:00000000-0000-0000-0000-000000000000").toString("base64");
    expect((await get(feedPath(unknownJob))).status).toBe(404);
    expect((await get(feedPath("not-an-id"))).status).toBe(404);
    expect((await get(feedPath(Buffer.from("Product:1").toString("base64")))).status).toBe(404);
    // Unknown, but no credentials: still 401 (no probing for ids).
    expect((await get(feedPath(unknownJob), { authorities: null })).status).toBe(401);

    const rotated = await client.execute(ROTATE_TOKEN, { id });
    const token = expectTypename(rotated.data?.rotateCalendarFeedToken, "MutationRotateCalendarFeedTokenSuccess").data.token;
    expect((await get(feedPath(id, `?token=${token}`), { authorities: null })).status).toBe(200);

    const deleted = await client.execute(graphql(`mutation FeedDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }`), { id });
    expectTypename(deleted.data?.deleteJobSchedule, "MutationDeleteJobScheduleSuccess");
    const gone = await get(feedPath(id));
    expect(gone.status).toBe(404);
    expect(gone.body).toBe("Schedule cannot be found\n");
    // the feed token went with the schedule: it opens nothing any more
    expect((await get(feedPath(id, `?token=${token}`), { authorities: null })).status).toBe(401);
    expect(await prisma.calendarFeedToken.count({ where: { tokenHash: hashFeedToken(token) } })).toBe(0);
  });

  it("drops the feed token of a deleted campaign template schedule and issuing schedule too", async () => {
    const rotate = async (id: string) =>
      expectTypename((await client.execute(ROTATE_TOKEN, { id })).data?.rotateCalendarFeedToken, "MutationRotateCalendarFeedTokenSuccess")
        .data.token;
    const campaignId = await createCampaignSchedule(client, "Feed to drop");
    const campaignToken = await rotate(campaignId);
    const template = await client.execute(
      graphql(
        `query FeedTemplateOf($id: ID!) { node(id: $id) { __typename ... on CampaignTemplateSchedule { campaignTemplate { id } } } }`,
      ),
      { id: campaignId },
    );
    const dropped = await client.execute(
      graphql(`mutation FeedDeleteCampaignSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }`),
      { id: expectTypename(template.data?.node, "CampaignTemplateSchedule").campaignTemplate.id },
    );
    expectTypename(dropped.data?.deleteCampaignTemplateSchedule, "MutationDeleteCampaignTemplateScheduleSuccess");

    const issuingId = await createIssuingSchedule(client, "FEED-DROP", "Dropped");
    const issuingToken = await rotate(issuingId);
    const issuing = await client.execute(
      graphql(`query FeedScheduleReferenceOf($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference } } }`),
      { id: issuingId },
    );
    const removed = await client.execute(
      graphql(
        `mutation FeedDeleteIssuing($s: String!) { deleteIssuingSchedule(productReference: "FEED-DROP", scheduleReference: $s) { __typename } }`,
      ),
      { s: expectTypename(issuing.data?.node, "IssuingSchedule").scheduleReference },
    );
    expectTypename(removed.data?.deleteIssuingSchedule, "MutationDeleteIssuingScheduleSuccess");

    for (const token of [campaignToken, issuingToken]) {
      expect(await prisma.calendarFeedToken.count({ where: { tokenHash: hashFeedToken(token) } })).toBe(0);
    }
  });

  it("checks count: 1 to 1000", async () => {
    const id = await createJob(client, "Counted", "*/5 * * * *", "UTC");
    expect(parseFeed((await get(feedPath(id, "?count=1"))).body).events).toHaveLength(1);
    const max = parseFeed((await get(feedPath(id, "?count=1000"))).body);
    expect(max.events).toHaveLength(1000);
    expectSameOccurrences(max.events, (await upcoming(client, id, 1000)).upcomingOccurrences, null);
    for (const bad of ["0", "1001", "ten", "-1", "2.5", ""]) {
      const res = await get(feedPath(id, `?count=${bad}`));
      expect(res.status, bad).toBe(400);
      expect(res.body).toBe("count must be between 1 and 1000\n");
    }
  });

  it("rejects methods other than GET and HEAD", async () => {
    const id = await createJob(client, "Posted", "0 6 * * *", "UTC");
    const yoga = createSchedulesYoga({ auth: TEST_AUTH, clock: pinnedClock(NOW) });
    const auth = { authorization: `Bearer ${await tokenFor([])}` };
    const post = await yoga.fetch(`http://localhost${feedPath(id)}`, { method: "POST", headers: auth });
    expect(post.status).toBe(405);
    const head = await yoga.fetch(`http://localhost${feedPath(id)}`, { method: "HEAD", headers: auth });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  });
});

describe("rotateCalendarFeedToken", () => {
  const ROTATE = graphql(`mutation FeedRotate($id: ID!) {
    rotateCalendarFeedToken(scheduleId: $id) {
      __typename
      ... on MutationRotateCalendarFeedTokenSuccess { data { url token } }
      ... on NotFoundError { message status }
    }
  }`);

  it("issues a token that subscribes without a bearer token; rotating refuses the old one", async () => {
    const id = await createJob(client, "Subscribed", "15 8 * * 1-5", "Europe/Paris");
    const first = expectTypename(
      (await client.execute(ROTATE, { id })).data?.rotateCalendarFeedToken,
      "MutationRotateCalendarFeedTokenSuccess",
    ).data;
    const url = new URL(first.url);
    expect(url.origin).toBe("http://localhost");
    expect(url.pathname).toBe(feedPath(id));
    expect(url.searchParams.get("token")).toBe(first.token);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const viaUrl = await get(url.pathname + url.search, { authorities: null });
    expect(viaUrl.status).toBe(200);
    const feed = parseFeed(viaUrl.body);
    expectSameOccurrences(feed.events, (await upcoming(client, id, 50)).upcomingOccurrences, "Europe/Paris");

    // Only the hash is stored.
    const rows = await prisma.calendarFeedToken.findMany();
    expect(rows.some((row) => row.tokenHash === hashFeedToken(first.token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(first.token);

    const second = expectTypename(
      (await client.execute(ROTATE, { id })).data?.rotateCalendarFeedToken,
      "MutationRotateCalendarFeedTokenSuccess",
    ).data;
    expect(second.token).not.toBe(first.token);
    expect((await get(feedPath(id, `?token=${first.token}`), { authorities: null })).status).toBe(401);
    expect((await get(feedPath(id, `?token=${second.token}`), { authorities: null })).status).toBe(200);

    // A token opens its own schedule's feed only.
    const other = await createJob(client, "Another", "0 12 * * *", "Europe/Paris");
    expect((await get(feedPath(other, `?token=${second.token}`), { authorities: null })).status).toBe(401);
    // A bearer token still works beside rotation.
    expect((await get(feedPath(id))).status).toBe(200);
  });

  it("works for every kind, with each kind's authorities", async () => {
    const job = await createJob(client, "Authority job", "0 6 * * *", "UTC");
    const campaign = await createCampaignSchedule(client, "Authority template");
    const issuing = await createIssuingSchedule(client, "AUTH-1", "Authority edition");

    const rotate = async (id: string, authorities: string[]) => client.execute(ROTATE, { id }, { authorities });
    for (const id of [job, campaign, issuing]) {
      expectTypename((await rotate(id, ["ORG_ADMIN"])).data?.rotateCalendarFeedToken, "MutationRotateCalendarFeedTokenSuccess");
    }
    expectTypename((await rotate(job, ["SCHEDULE_ADMIN"])).data?.rotateCalendarFeedToken, "MutationRotateCalendarFeedTokenSuccess");
    expectTypename((await rotate(issuing, ["SCHEDULE_ADMIN"])).data?.rotateCalendarFeedToken, "MutationRotateCalendarFeedTokenSuccess");
    expectTypename((await rotate(campaign, ["CERT_ADMIN"])).data?.rotateCalendarFeedToken, "MutationRotateCalendarFeedTokenSuccess");

    for (const [id, authorities] of [
      [campaign, ["SCHEDULE_ADMIN"]],
      [job, ["CERT_ADMIN"]],
      [issuing, ["CERT_ADMIN"]],
      [job, []],
    ] as const) {
      const res = await rotate(id, [...authorities]);
      expect(res.status).toBe(403);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const anonymous = await client.execute(ROTATE, { id: job }, { authorities: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers NotFoundError for an unknown schedule", async () => {
    const unknownJob = Buffer.from("JobSchedule:00000000-0000-0000-0000-000000000000").toString("base64");
    const unknownIssuing = Buffer.from("IssuingSchedule:00000000-0000-0000-0000-000000000000").toString("base64");
    for (const [id, message] of [
      [unknownJob, "Schedule cannot be found"],
      ["garbage", "Schedule cannot be found"],
      [unknownIssuing, "Schedule configuration cannot be found"],
    ]) {
      const res = await client.execute(ROTATE, { id });
      expect(expectTypename(res.data?.rotateCalendarFeedToken, "NotFoundError")).toEqual({
        __typename: "NotFoundError",
        message,
        status: 404,
      });
    }
  });
});
