/**
 * `npm run seed`: fills the database (DATABASE_URL, default file:./data/schedules.db; migrated first,
 * as the server does at start, also while a server runs on it) with a realistic demo to explore in GraphiQL: products of each
 * type with each issuing schedule type, campaign templates with each schedule type and job schedules of
 * each job type, in several time zones.
 *
 * Everything goes through the GraphQL API (yoga.fetch with an admin token), so the demo obeys every
 * rule a client does. Idempotent: products are found by reference, issuing schedules by friendly name,
 * campaign templates and job schedules by name; what exists is skipped.
 */
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { AUTHORITIES, issueToken } from "../src/auth";
import type { Clock } from "../src/recurrence/types";
import { createSchedulesYoga } from "../src/yoga";

// ---- the demo ----

type IssuingInput = Record<string, unknown> & { friendlyName: string; scheduleType: string };

export interface DemoProduct {
  reference: string;
  name: string;
  type: "PHYSICAL" | "DIGITAL" | "SERVICE";
  schedules: IssuingInput[];
}

export interface DemoCampaignTemplate {
  name: string;
  schedule: Record<string, unknown>;
}

export interface DemoJob {
  name: string;
  specification: string;
  location: string;
  externalRef?: string;
  job: { jobType: "BILLING_RUN" | "TAX_RUN" | "PAYMENT_RUN" | "IMPORT" };
}

const list = (...values: string[]) => ({ type: "LIST", values });

/** The demo, with its future dates (irregular issues, calendar campaigns) counted from `now`. */
export function demo(now: Date): { products: DemoProduct[]; campaignTemplates: DemoCampaignTemplate[]; jobs: DemoJob[] } {
  const next = now.getUTCFullYear() + 1;
  return {
    products: [
      {
        reference: "DAILY-BRIEF",
        name: "The Daily Brief (newsletter)",
        type: "DIGITAL",
        schedules: [
          {
            friendlyName: "Morning edition",
            entitlementFormat: "EMAIL",
            scheduleType: "DAILY",
            dailySchedule: { issuingTime: "06:00" },
            timeZone: "America/New_York",
            nonIssuingDates: [`${next}-01-01`, `${next}-07-04`, `${next}-12-25`],
            issuePriorToStart: true,
          },
          {
            friendlyName: "Special reports",
            entitlementFormat: "PDF",
            scheduleType: "IRREGULAR",
            irregularSchedule: [`${next}-03-15`, `${next}-06-30T18:00`, `${next}-11-03T07:30`],
            timeZone: "America/New_York",
          },
          {
            friendlyName: "Archive access",
            entitlementFormat: "ARCHIVE",
            scheduleType: "NONE",
          },
        ],
      },
      {
        reference: "GARDEN-MONTHLY",
        name: "Garden Monthly (print magazine)",
        type: "PHYSICAL",
        schedules: [
          {
            friendlyName: "Print run",
            scheduleType: "MONTHLY",
            monthlySchedule: { issuingDay: 31, issuingTime: "08:00" },
            timeZone: "Europe/London",
            nonIssuingDates: [`${next}-08-31`],
            entitlementEnds: { afterIssues: 12 },
          },
        ],
      },
      {
        reference: "SOUTHERN-ALMANAC",
        name: "Southern Almanac (yearbook)",
        type: "PHYSICAL",
        schedules: [
          {
            friendlyName: "Yearly edition",
            scheduleType: "ANNUAL",
            annualSchedule: { issuingMonth: "November", issuingDay: 15, issuingTime: "09:00" },
            timeZone: "Australia/Sydney",
          },
        ],
      },
      {
        reference: "MARKET-WATCH",
        name: "Market Watch (analyst notes)",
        type: "DIGITAL",
        schedules: [
          {
            friendlyName: "Fortnightly outlook",
            entitlementFormat: "WEB",
            scheduleType: "CUSTOM",
            customSchedule: { issuingUnit: 2, frequency: "WEEKLY", startDate: `${next}-01-05`, issuingTime: "17:30" },
            timeZone: "Asia/Kolkata",
            nonIssuingDates: [`${next}-03-02`],
            entitlementEnds: { onDate: `${next + 1}-12-31` },
          },
          {
            friendlyName: "Quarterly deep dive",
            entitlementFormat: "PDF",
            scheduleType: "CUSTOM",
            customSchedule: { issuingUnit: 3, frequency: "MONTHLY", startDate: `${next}-01-31`, issuingTime: "09:00" },
            timeZone: "UTC",
          },
        ],
      },
      {
        reference: "FARM-REPORT",
        name: "Farm Report (print bulletin)",
        type: "PHYSICAL",
        schedules: [
          {
            friendlyName: "Harvest bulletins",
            scheduleType: "IRREGULAR",
            irregularSchedule: [`${next}-04-01`, `${next}-07-01`, `${next}-10-01`],
            timeZone: "CST",
          },
        ],
      },
      { reference: "SUPPORT-PLUS", name: "Support Plus (service plan)", type: "SERVICE", schedules: [] },
    ],
    campaignTemplates: [
      {
        name: "Privileged access check (three times a day)",
        schedule: { type: "DAILY", hours: { type: "RANGE", values: ["9", "17"], interval: 4 }, timeZoneId: "Asia/Kolkata" },
      },
      {
        name: "Weekly contractor access review",
        schedule: { type: "WEEKLY", days: list("2"), hours: list("9"), timeZoneId: "CST" },
      },
      {
        name: "Month-end finance certification",
        schedule: { type: "MONTHLY", days: list("L"), hours: list("17"), timeZoneId: "Europe/London" },
      },
      {
        name: "Quarterly SOX review",
        schedule: {
          type: "ANNUALLY",
          months: { type: "LIST", values: ["1"], interval: 3 },
          days: list("1"),
          hours: list("8"),
          timeZoneId: "America/New_York",
        },
      },
      {
        name: "Annual policy attestation",
        schedule: { type: "ANNUALLY", days: list("--03-02", "--09-01"), hours: list("10"), timeZoneId: "Australia/Sydney" },
      },
      {
        name: "External audit calendar",
        schedule: { type: "CALENDAR", days: list(`${next}-02-16`, `${next}-05-18`, `${next}-11-16`), hours: list("9"), timeZoneId: "UTC" },
      },
    ],
    jobs: [
      {
        name: "Nightly billing run",
        specification: "30 2 * * *",
        location: "America/New_York",
        externalRef: "billing-us",
        job: { jobType: "BILLING_RUN" },
      },
      {
        name: "Quarterly VAT return",
        specification: "0 6 1 JAN,APR,JUL,OCT *",
        location: "Europe/London",
        externalRef: "vat-uk",
        job: { jobType: "TAX_RUN" },
      },
      {
        name: "Weekday supplier payments",
        specification: "0 17 * * MON-FRI",
        location: "Australia/Sydney",
        job: { jobType: "PAYMENT_RUN" },
      },
      { name: "Hourly catalogue import", specification: "15 * * * *", location: "Asia/Kolkata", job: { jobType: "IMPORT" } },
      { name: "Daily ledger export", specification: "@daily", location: "UTC", job: { jobType: "IMPORT" } },
      { name: "Payroll run", specification: "0 9 28 * *", location: "CST", job: { jobType: "PAYMENT_RUN" } },
    ],
  };
}

// ---- through the API ----

export interface SeedSummary {
  created: { products: number; issuingSchedules: number; campaignTemplates: number; jobSchedules: number };
  skipped: number;
}

interface Result {
  __typename: string;
  message?: string;
  fieldErrors?: { path: string[]; message: string }[];
}

/** Fails loudly when a write did not answer its success type. */
function expectSuccess(result: Result, what: string): void {
  if (!result.__typename.endsWith("Success")) {
    const details = result.fieldErrors?.map((e) => `${e.path.join(".")}: ${e.message}`).join("; ") ?? result.message;
    throw new Error(`seed: ${what} answered ${result.__typename}: ${details}`);
  }
}

export async function seed(options: { clock?: Clock; log?: (line: string) => void } = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const secret = randomBytes(32);
  const yoga = createSchedulesYoga({ auth: { secret, generated: false }, clock: options.clock });
  const token = await issueToken(secret, {
    subject: "seed",
    authorities: [...new Set([...AUTHORITIES.campaignWrite, ...AUTHORITIES.scheduleWrite])],
    expiresIn: "10m",
  });

  async function execute<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`seed: ${body.errors?.map((e) => e.message).join("; ") ?? response.status}`);
    return body.data;
  }

  /** Names of the campaign templates that have a schedule, and of the job schedules. */
  async function existingNames(): Promise<{ templates: Set<string>; jobs: Set<string> }> {
    const templates = new Set<string>();
    const jobs = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const { schedules }: any = await execute(
        `query Existing($after: String) {
          schedules(first: 100, after: $after) {
            edges { node { __typename ... on CampaignTemplateSchedule { campaignTemplate { name } } ... on JobSchedule { name } } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { after },
      );
      for (const { node } of schedules.edges) {
        if (node.__typename === "CampaignTemplateSchedule") templates.add(node.campaignTemplate.name);
        if (node.__typename === "JobSchedule") jobs.add(node.name);
      }
      if (!schedules.pageInfo.hasNextPage) return { templates, jobs };
      after = schedules.pageInfo.endCursor;
    }
  }

  const now = options.clock?.now() ?? new Date();
  const plan = demo(now);
  const summary: SeedSummary = { created: { products: 0, issuingSchedules: 0, campaignTemplates: 0, jobSchedules: 0 }, skipped: 0 };

  for (const product of plan.products) {
    const { product: existing } = await execute<{ product: { schedules: { friendlyName: string }[] } | null }>(
      `query Product($reference: String!) { product(reference: $reference) { schedules { friendlyName } } }`,
      { reference: product.reference },
    );
    if (existing) {
      summary.skipped++;
    } else {
      const { createProduct } = await execute(
        `mutation CreateProduct($input: CreateProductInput!) {
          createProduct(input: $input) { __typename ... on Error { message } ... on ValidationError { fieldErrors { path message } } }
        }`,
        { input: { reference: product.reference, name: product.name, type: product.type } },
      );
      expectSuccess(createProduct, `createProduct ${product.reference}`);
      summary.created.products++;
      log(`product ${product.reference} (${product.type})`);
    }
    const names = new Set(existing?.schedules.map((s) => s.friendlyName));
    for (const input of product.schedules) {
      if (names.has(input.friendlyName)) {
        summary.skipped++;
        continue;
      }
      const { createIssuingSchedule } = await execute(
        `mutation CreateIssuingSchedule($productReference: String!, $input: IssuingScheduleInput!) {
          createIssuingSchedule(productReference: $productReference, input: $input) {
            __typename ... on Error { message } ... on ValidationError { fieldErrors { path message } }
          }
        }`,
        { productReference: product.reference, input },
      );
      expectSuccess(createIssuingSchedule, `createIssuingSchedule ${product.reference} "${input.friendlyName}"`);
      summary.created.issuingSchedules++;
      log(`  issuing schedule "${input.friendlyName}" (${input.scheduleType})`);
    }
  }

  const existing = await existingNames();
  for (const template of plan.campaignTemplates) {
    if (existing.templates.has(template.name)) {
      summary.skipped++;
      continue;
    }
    const { createCampaignTemplate } = await execute(
      `mutation CreateCampaignTemplate($input: CreateCampaignTemplateInput!) {
        createCampaignTemplate(input: $input) {
          __typename ... on MutationCreateCampaignTemplateSuccess { data { id } }
          ... on Error { message } ... on ValidationError { fieldErrors { path message } }
        }
      }`,
      { input: { name: template.name } },
    );
    expectSuccess(createCampaignTemplate, `createCampaignTemplate "${template.name}"`);
    const { setCampaignTemplateSchedule } = await execute(
      `mutation SetCampaignTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {
        setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {
          __typename ... on Error { message } ... on ValidationError { fieldErrors { path message } }
        }
      }`,
      { id: createCampaignTemplate.data.id, input: template.schedule },
    );
    expectSuccess(setCampaignTemplateSchedule, `setCampaignTemplateSchedule "${template.name}"`);
    summary.created.campaignTemplates++;
    log(`campaign template "${template.name}" (${String(template.schedule.type)})`);
  }

  for (const job of plan.jobs) {
    if (existing.jobs.has(job.name)) {
      summary.skipped++;
      continue;
    }
    const { createJobSchedule } = await execute(
      `mutation CreateJobSchedule($input: JobScheduleInput!) {
        createJobSchedule(input: $input) { __typename ... on Error { message } ... on ValidationError { fieldErrors { path message } } }
      }`,
      { input: job },
    );
    expectSuccess(createJobSchedule, `createJobSchedule "${job.name}"`);
    summary.created.jobSchedules++;
    log(`job schedule "${job.name}" (${job.job.jobType}, ${job.specification}, ${job.location})`);
  }

  return summary;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { database, prepareDatabase } = await import("../src/db");
  const { describeStartupError } = await import("../src/database-file");
  try {
    await prepareDatabase();
  } catch (error) {
    process.stderr.write(`Cannot seed: ${describeStartupError(error)}\n`);
    process.exit(1);
  }
  const summary = await seed({ log: (line) => process.stdout.write(`${line}\n`) });
  const { created, skipped } = summary;
  process.stdout.write(
    `\nSeeded ${database.printableUrl}: ${created.products} products, ${created.issuingSchedules} issuing schedules, ` +
      `${created.campaignTemplates} campaign templates, ${created.jobSchedules} job schedules created; ${skipped} already there.\n` +
      `Start the service with \`npm start\` and open GraphiQL to explore them (query { schedules { edges { node { __typename } } } }).\n`,
  );
  await database.close();
}
