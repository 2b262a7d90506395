/**
 * A database written before the schedule registry (one table per kind, feed tokens keyed by kind and
 * id, the zone column named location / timeZoneId / timeZone) is migrated at start and read back through
 * the API: the same global ids, fields, order and feed tokens; a token of no schedule is dropped.
 */
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseFile, databaseUrl } from "../../src/config";
import { prepareDatabase, prisma } from "../../src/db";
import { MIGRATIONS_DIRS, applyMigrations, applyPostgresMigrations, migrationsOnDisk } from "../../src/migrations";
import { createSchedulesYoga } from "../../src/yoga";
import { testEngine } from "../helpers/databases";
import { TEST_AUTH, createClient, pinnedClock } from "../helpers/graphql";
import { graphql } from "./gql";

const REGISTRY_MIGRATION = "20261210000000_schedule_registry";
const clock = pinnedClock("2027-01-01T00:00:00Z");
const client = createClient({ clock });
const yoga = createSchedulesYoga({ auth: TEST_AUTH, clock });

const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString("base64");
const hash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
/** Prisma's text form of a DateTime on SQLite (PostgreSQL reads it as a timestamp). */
const stamp = (iso: string) => new Date(iso).toISOString().replace("Z", "+00:00");

const JOB = "00000000-0000-4000-8000-000000000001";
const TEMPLATE = "00000000-0000-4000-8000-000000000002";
const CAMPAIGN = "00000000-0000-4000-8000-000000000003";
const PRODUCT = "00000000-0000-4000-8000-000000000004";
const ISSUING = "00000000-0000-4000-8000-000000000005";

type Insert = (sql: string, ...values: unknown[]) => Promise<unknown>;

/** Rows of every kind, and feed tokens, as the layout before the registry held them. */
async function insertOldRows(insert: Insert): Promise<void> {
  await insert(
    `INSERT INTO "JobSchedule" ("id","name","specification","location","jobType","externalRef","version","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?,?,?)`,
    JOB,
    "Nightly billing",
    "30 2 * * *",
    "America/New_York",
    "BILLING_RUN",
    "ERP-7",
    3,
    stamp("2026-11-01T10:00:00Z"),
    stamp("2026-11-05T10:00:00Z"),
  );
  await insert(
    `INSERT INTO "CampaignTemplate" ("id","name","version","createdAt","updatedAt") VALUES (?,?,?,?,?)`,
    TEMPLATE,
    "Access review",
    2,
    stamp("2026-11-02T10:00:00Z"),
    stamp("2026-11-02T10:00:00Z"),
  );
  await insert(
    `INSERT INTO "CampaignTemplateSchedule" ("id","campaignTemplateId","type","months","days","hours","expiration","timeZoneId","version","createdAt","updatedAt")
     VALUES (?,?,?,NULL,?,?,NULL,?,?,?,?)`,
    CAMPAIGN,
    TEMPLATE,
    "WEEKLY",
    JSON.stringify({ type: "LIST", values: ["2"] }),
    JSON.stringify({ type: "LIST", values: ["9"] }),
    "America/Chicago",
    1,
    stamp("2026-11-03T10:00:00Z"),
    stamp("2026-11-03T10:00:00Z"),
  );
  await insert(
    `INSERT INTO "Product" ("id","reference","name","type","version","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?)`,
    PRODUCT,
    "GARDEN",
    "Garden Monthly",
    "PHYSICAL",
    2,
    stamp("2026-11-04T10:00:00Z"),
    stamp("2026-11-04T10:00:00Z"),
  );
  await insert(
    `INSERT INTO "IssuingSchedule" ("id","scheduleReference","productId","entitlementFormat","friendlyName","scheduleType","physicalSlot","rule","nonIssuingDates",
       "issuePriorToStart","entitlementEnds","timeZone","version","createdAt","updatedAt") VALUES (?,?,?,NULL,?,?,1,?,?,false,NULL,?,1,?,?)`,
    ISSUING,
    "print-run",
    PRODUCT,
    "Print run",
    "MONTHLY",
    JSON.stringify({ monthlySchedule: { issuingDay: 31, issuingTime: "08:00" } }),
    "[]",
    "Europe/London",
    // the same instant as the job: the list orders by createdAt, then id
    stamp("2026-11-01T10:00:00Z"),
    stamp("2026-11-04T10:00:00Z"),
  );
  const token = (kind: string, id: string, secret: string) =>
    insert(
      `INSERT INTO "CalendarFeedToken" ("scheduleKind","scheduleId","tokenHash","createdAt") VALUES (?,?,?,?)`,
      kind,
      id,
      hash(secret),
      stamp("2026-11-06T10:00:00Z"),
    );
  await token("JOB", JOB, "job-feed-token");
  await token("ISSUING", ISSUING, "issuing-feed-token");
  await token("CAMPAIGN_TEMPLATE", CAMPAIGN, "campaign-feed-token");
  // names no schedule: a schedule of another kind, one deleted long ago
  await token("CAMPAIGN_TEMPLATE", JOB, "wrong-kind-token");
  await token("JOB", "00000000-0000-4000-8000-00000000dead", "orphan-token");
}

const beforeRegistry = <T extends { name: string }>(migrations: T[]) =>
  migrations.filter((migration) => migration.name < REGISTRY_MIGRATION);

/** This file's database, rebuilt in the layout before the registry (no query of the service has opened it yet). */
async function writeOldLayout(): Promise<void> {
  if (testEngine() === "sqlite") {
    const file = databaseFile(databaseUrl());
    rmSync(file, { force: true });
    const db = new Database(file);
    try {
      applyMigrations(db, beforeRegistry(migrationsOnDisk()));
      await insertOldRows(async (sql, ...values) => db.prepare(sql).run(...values));
    } finally {
      db.close();
    }
    return;
  }
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: 1 });
  try {
    await pool.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    await applyPostgresMigrations(pool, beforeRegistry(migrationsOnDisk(MIGRATIONS_DIRS.postgres)));
    await insertOldRows((sql, ...values) => {
      let n = 0;
      return pool.query(
        sql.replace(/\?/g, () => `$${++n}`),
        values,
      );
    });
  } finally {
    await pool.end();
  }
}

beforeAll(async () => {
  await writeOldLayout();
  const { applied } = await prepareDatabase();
  // the registry migration and every one after it
  const dir = testEngine() === "sqlite" ? MIGRATIONS_DIRS.sqlite : MIGRATIONS_DIRS.postgres;
  const pending = migrationsOnDisk(dir)
    .map((migration) => migration.name)
    .filter((name) => name >= REGISTRY_MIGRATION);
  expect(applied).toEqual(pending);
  expect(applied[0]).toBe(REGISTRY_MIGRATION);
});

async function feed(typename: string, id: string, token: string): Promise<number> {
  const path = `/schedules/${encodeURIComponent(globalId(typename, id))}/calendar.ics?count=2&token=${token}`;
  return (await yoga.fetch(`http://localhost${path}`)).status;
}

const EVERY_SCHEDULE = graphql(`query UpgradeEverySchedule {
  schedules(first: 10) { edges { node {
    __typename
    ... on Node { id }
    ... on Versioned { version createdAt updatedAt }
    ... on Recurring { timeZone nextOccurrence(after: "2027-01-01T00:00:00Z") { localDateTime } }
    ... on JobSchedule { name specification location externalRef job { jobType } }
    ... on CampaignTemplateSchedule { type timeZoneId days { values } campaignTemplate { name version } }
    ... on IssuingSchedule { friendlyName scheduleType scheduleReference monthlySchedule { issuingDay } product { reference type } }
  } } }
}`);
const BY_ID = graphql(`query UpgradeById($id: ID!) { node(id: $id) { __typename id } schedule(id: $id) { __typename } }`);
const OF_KIND = graphql(`query UpgradeIssuingOnly { schedules(kind: ISSUING) { edges { node { __typename } } } }`);
const UPDATE_JOB = graphql(`mutation UpgradeUpdateJob($id: ID!) {
  updateJobSchedule(id: $id, expectedVersion: 3, input: { name: "Nightly billing", specification: "0 3 * * *", location: "UTC", job: { jobType: TAX_RUN } }) {
    __typename ... on MutationUpdateJobScheduleSuccess { data { version location } }
  }
}`);
const DELETE_JOB = graphql(`mutation UpgradeDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }`);

describe("upgrading a database to the schedule registry", () => {
  it("reads every schedule back with its global id, fields and zone, in the order it had", async () => {
    const res = await client.execute(EVERY_SCHEDULE);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.schedules.edges.map((edge) => edge.node);
    // createdAt, then id: the job and the issuing schedule share an instant, the job's id is smaller
    expect(nodes.map((node) => node.id)).toEqual([
      globalId("JobSchedule", JOB),
      globalId("IssuingSchedule", ISSUING),
      globalId("CampaignTemplateSchedule", CAMPAIGN),
    ]);
    expect(nodes[0]).toEqual({
      __typename: "JobSchedule",
      id: globalId("JobSchedule", JOB),
      version: 3,
      createdAt: "2026-11-01T10:00:00Z",
      updatedAt: "2026-11-05T10:00:00Z",
      timeZone: "America/New_York",
      nextOccurrence: { localDateTime: "2027-01-01T02:30:00-05:00" },
      name: "Nightly billing",
      specification: "30 2 * * *",
      location: "America/New_York",
      externalRef: "ERP-7",
      job: { jobType: "BILLING_RUN" },
    });
    expect(nodes[1]).toMatchObject({
      __typename: "IssuingSchedule",
      timeZone: "Europe/London",
      nextOccurrence: { localDateTime: "2027-01-31T08:00:00+00:00" },
      friendlyName: "Print run",
      scheduleType: "MONTHLY",
      scheduleReference: "print-run",
      monthlySchedule: { issuingDay: 31 },
      product: { reference: "GARDEN", type: "PHYSICAL" },
    });
    expect(nodes[2]).toMatchObject({
      __typename: "CampaignTemplateSchedule",
      timeZone: "America/Chicago",
      timeZoneId: "America/Chicago",
      type: "WEEKLY",
      days: { values: ["2"] },
      nextOccurrence: { localDateTime: "2027-01-04T09:00:00-06:00" },
      campaignTemplate: { name: "Access review", version: 2 },
    });
  });

  it("finds each by node(id:) and lists each kind on its own", async () => {
    for (const [typename, id] of [
      ["JobSchedule", JOB],
      ["IssuingSchedule", ISSUING],
      ["CampaignTemplateSchedule", CAMPAIGN],
    ]) {
      const res = await client.execute(BY_ID, { id: globalId(typename, id) });
      expect(res.data).toEqual({ node: { __typename: typename, id: globalId(typename, id) }, schedule: { __typename: typename } });
    }
    const issuing = await client.execute(OF_KIND);
    expect(issuing.data?.schedules.edges).toEqual([{ node: { __typename: "IssuingSchedule" } }]);
  });

  it("keeps each schedule's feed token; a token that named no schedule is gone", async () => {
    expect(await feed("JobSchedule", JOB, "job-feed-token")).toBe(200);
    expect(await feed("IssuingSchedule", ISSUING, "issuing-feed-token")).toBe(200);
    expect(await feed("CampaignTemplateSchedule", CAMPAIGN, "campaign-feed-token")).toBe(200);
    expect(await feed("JobSchedule", JOB, "wrong-kind-token")).toBe(401);
    expect(await prisma.calendarFeedToken.count()).toBe(3);
  });

  it("goes on writing and deleting: a deleted schedule takes its feed token with it", async () => {
    const update = await client.execute(UPDATE_JOB, { id: globalId("JobSchedule", JOB) });
    expect(update.data?.updateJobSchedule).toEqual({
      __typename: "MutationUpdateJobScheduleSuccess",
      data: { version: 4, location: "UTC" },
    });
    const removed = await client.execute(DELETE_JOB, { id: globalId("JobSchedule", JOB) });
    expect(removed.data?.deleteJobSchedule?.__typename).toBe("MutationDeleteJobScheduleSuccess");
    expect(await feed("JobSchedule", JOB, "job-feed-token")).toBe(401);
    expect(await prisma.calendarFeedToken.count()).toBe(2);
    expect(await prisma.schedule.count()).toBe(2);
  });
});
