/**
 * A CPU profile of the list-with-occurrences read (not part of `npm test`):
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/profile-read.ts
 *
 * Stores 50 schedules (20 job, 15 campaign template, 15 issuing, as bench:service does) in a fresh,
 * migrated SQLite file through yoga.fetch (test/helpers/graphql.ts createClient), then runs
 * `schedules(first: 50) { ... upcomingOccurrences(first: 10) }` (PROFILE_QUERY=list: without the
 * occurrences) for PROFILE_SECONDS (default 5) and prints requests per second. Set NODE_ENV=production
 * as the server runs (graphql-js checks more otherwise). Read the profile with profile-summary.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateFile } from "../helpers/migrations";

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const ZONES = ["UTC", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
const CRONS = ["*/15 * * * *", "0 2 * * *", "30 2 * * *", "0 9 * * MON-FRI", "0 0 1 * *", "@daily", "0 */3 * * *"];
const LIST = `{ schedules(first: 50) { edges { node { __typename ... on Recurring { timeZone } } } } }`;
const LIST_OCC = `{ schedules(first: 50) { edges { node { __typename ... on Recurring { timeZone upcomingOccurrences(first: 10) { at localDateTime shifted } } } } } }`;

const dir = mkdtempSync(join(tmpdir(), "schedules-profile-"));
const file = join(dir, "schedules.db");
migrateFile(file);
process.env.DATABASE_URL = `file:${file}`;
const { createClient } = await import("../helpers/graphql");
const client = createClient();

async function must(query: string, variables: Record<string, unknown>): Promise<any> {
  const result = await client.execute(query, variables);
  const data = Object.values(result.data ?? {})[0] as { __typename?: string } | undefined;
  if (!data?.__typename?.endsWith("Success")) throw new Error(`seeding failed: ${JSON.stringify(result)}`);
  return data;
}

for (let i = 0; i < 20; i++) {
  await must(`mutation($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }`, {
    input: {
      name: `profile job ${i}`,
      specification: CRONS[i % CRONS.length],
      location: ZONES[i % ZONES.length],
      job: { jobType: "BILLING_RUN" },
    },
  });
}
for (let i = 0; i < 15; i++) {
  const template = await must(
    `mutation($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } } }`,
    { input: { name: `profile template ${i}` } },
  );
  await must(
    `mutation($id: ID!, $input: CampaignTemplateScheduleInput!) { setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename } }`,
    {
      id: template.data.id,
      input: {
        type: "WEEKLY",
        days: { type: "RANGE", values: ["2", "6"] },
        hours: { type: "LIST", values: ["8"], interval: 3 },
        timeZoneId: ZONES[i % ZONES.length],
      },
    },
  );
}
for (let i = 0; i < 15; i++) {
  await must(`mutation($input: CreateProductInput!) { createProduct(input: $input) { __typename } }`, {
    input: { reference: `PROFILE-${i}`, name: `Profile ${i}`, type: "DIGITAL" },
  });
  await must(
    `mutation($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) { __typename } }`,
    {
      ref: `PROFILE-${i}`,
      input: {
        friendlyName: `profile issue ${i}`,
        entitlementFormat: `PDF-${i}`,
        scheduleType: "monthly",
        monthlySchedule: { issuingDay: 31, issuingTime: "08:00" },
        timeZone: ZONES[i % ZONES.length],
      },
    },
  );
}

async function run(query: string, seconds: number): Promise<number> {
  let requests = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const result = await client.execute(query);
    if (result.errors || (result.data as { schedules: { edges: unknown[] } }).schedules.edges.length !== 50)
      throw new Error(JSON.stringify(result));
    requests++;
  }
  return requests / seconds;
}

if (process.env.PROFILE_QUERY === "both") {
  // Short interleaved rounds, so that a noisy neighbour slows both alike: the median ratio is the figure.
  const ratios: number[] = [];
  let list = 0;
  let occ = 0;
  for (let round = 0; round < 20; round++) {
    const l = await run(LIST, SECONDS / 40);
    const o = await run(LIST_OCC, SECONDS / 40);
    list += l;
    occ += o;
    ratios.push(o / l);
  }
  ratios.sort((a, b) => a - b);
  console.log(
    `through yoga.fetch: list ${(list / 20).toFixed(0)} req/s, list+occ ${(occ / 20).toFixed(0)} req/s; list+occ / list median ${ratios[10].toFixed(2)} (quartiles ${ratios[5].toFixed(2)}-${ratios[15].toFixed(2)})`,
  );
} else {
  const query = process.env.PROFILE_QUERY === "list" ? LIST : LIST_OCC;
  console.log(
    `${query === LIST ? "list" : "list+occ"} through yoga.fetch: ${(await run(query, SECONDS)).toFixed(1)} req/s over ${SECONDS} s`,
  );
}
rmSync(dir, { recursive: true, force: true });
process.exit(0);
