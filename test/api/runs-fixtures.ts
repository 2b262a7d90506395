/**
 * Schedules of every kind for the runs tests, made through the API (an in-process client or a child
 * server), and the documents the runs tests share.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expectTypename, type Client } from "../helpers/graphql";
import { graphql } from "./gql";
import type {
  CampaignTemplateScheduleInput,
  IssuingScheduleInput,
  JobScheduleInput,
  RunState,
  RunsFixturePageQuery,
  RunsFixtureRunFragment,
} from "./gql/graphql";

export type Kind = "JOB" | "CAMPAIGN_TEMPLATE" | "ISSUING";
export const KINDS: readonly Kind[] = ["JOB", "CAMPAIGN_TEMPLATE", "ISSUING"];

/** A schedule made for a test: its global id, and what deletes it. */
export interface MadeSchedule {
  kind: Kind;
  id: string;
  typename: "JobSchedule" | "CampaignTemplateSchedule" | "IssuingSchedule";
  /** The authorities its own writes (and its runs' mutations) need besides ORG_ADMIN. */
  writer: "SCHEDULE_ADMIN" | "CERT_ADMIN";
  /** The authority of the other kinds' writes: not enough for this one. */
  otherWriter: "SCHEDULE_ADMIN" | "CERT_ADMIN";
  remove(): Promise<void>;
}

/** Runs one typed document: the in-process client, or a child server's `post` wrapped alike. */
export type Execute = <TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: NoInfer<TVariables>,
) => Promise<{ data?: TResult | null; errors?: unknown[] }>;

export function executeWith(client: Client): Execute {
  return (document, variables) => client.execute(document, variables);
}

const CREATE_JOB = graphql(`mutation RunsFixtureCreateJob($input: JobScheduleInput!) {
  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } }
}`);
const DELETE_JOB = graphql(`mutation RunsFixtureDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }`);
const CREATE_TEMPLATE = graphql(`mutation RunsFixtureCreateTemplate($name: String!) {
  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }
}`);
const SET_CAMPAIGN = graphql(`mutation RunsFixtureSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {
  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {
    __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message }
  }
}`);
const DELETE_CAMPAIGN = graphql(
  `mutation RunsFixtureDeleteCampaign($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }`,
);
const CREATE_PRODUCT = graphql(`mutation RunsFixtureCreateProduct($reference: String!) {
  createProduct(input: { reference: $reference, name: "Runs weekly", type: DIGITAL }) { __typename }
}`);
const CREATE_ISSUING = graphql(`mutation RunsFixtureCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {
  createIssuingSchedule(productReference: $reference, input: $input) {
    __typename ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference } } ... on Error { message }
  }
}`);
const DELETE_ISSUING = graphql(`mutation RunsFixtureDeleteIssuing($product: String!, $schedule: String!) {
  deleteIssuingSchedule(productReference: $product, scheduleReference: $schedule) { __typename }
}`);

let serial = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${++serial}`;

/** A job schedule (default every hour on the hour, UTC). */
export async function makeJob(execute: Execute, input: Partial<JobScheduleInput> = {}): Promise<MadeSchedule> {
  const res = await execute(CREATE_JOB, {
    input: { name: `runs ${unique()}`, specification: "0 * * * *", location: "UTC", job: { jobType: "IMPORT" }, ...input },
  });
  const { id } = expectTypename(res.data?.createJobSchedule, "MutationCreateJobScheduleSuccess").data;
  return {
    kind: "JOB",
    id,
    typename: "JobSchedule",
    writer: "SCHEDULE_ADMIN",
    otherWriter: "CERT_ADMIN",
    async remove() {
      const del = await execute(DELETE_JOB, { id });
      expectTypename(del.data?.deleteJobSchedule, "MutationDeleteJobScheduleSuccess");
    },
  };
}

/** A campaign template schedule (default daily at 09:00 New York). */
export async function makeCampaign(execute: Execute, input: Partial<CampaignTemplateScheduleInput> = {}): Promise<MadeSchedule> {
  const template = await execute(CREATE_TEMPLATE, { name: `runs ${unique()}` });
  const templateId = expectTypename(template.data?.createCampaignTemplate, "MutationCreateCampaignTemplateSuccess").data.id;
  const res = await execute(SET_CAMPAIGN, {
    id: templateId,
    input: { type: "DAILY", hours: { type: "LIST", values: ["9"] }, timeZoneId: "America/New_York", ...input },
  });
  const { id } = expectTypename(res.data?.setCampaignTemplateSchedule, "MutationSetCampaignTemplateScheduleSuccess").data;
  return {
    kind: "CAMPAIGN_TEMPLATE",
    id,
    typename: "CampaignTemplateSchedule",
    writer: "CERT_ADMIN",
    otherWriter: "SCHEDULE_ADMIN",
    async remove() {
      const del = await execute(DELETE_CAMPAIGN, { id: templateId });
      expectTypename(del.data?.deleteCampaignTemplateSchedule, "MutationDeleteCampaignTemplateScheduleSuccess");
    },
  };
}

/** An issuing schedule (default daily at 06:00 London) of a new digital product. */
export async function makeIssuing(execute: Execute, input: Partial<IssuingScheduleInput> = {}): Promise<MadeSchedule> {
  const reference = `P-${unique()}`;
  const product = await execute(CREATE_PRODUCT, { reference });
  expectTypename(product.data?.createProduct, "MutationCreateProductSuccess");
  const res = await execute(CREATE_ISSUING, {
    reference,
    input: {
      friendlyName: "Runs issue",
      entitlementFormat: "PDF",
      scheduleType: "DAILY",
      dailySchedule: { issuingTime: "06:00" },
      timeZone: "Europe/London",
      ...input,
    },
  });
  const { id, scheduleReference } = expectTypename(res.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess").data;
  return {
    kind: "ISSUING",
    id,
    typename: "IssuingSchedule",
    writer: "SCHEDULE_ADMIN",
    otherWriter: "CERT_ADMIN",
    async remove() {
      const del = await execute(DELETE_ISSUING, { product: reference, schedule: scheduleReference });
      expectTypename(del.data?.deleteIssuingSchedule, "MutationDeleteIssuingScheduleSuccess");
    },
  };
}

export function makeSchedule(execute: Execute, kind: Kind): Promise<MadeSchedule> {
  return kind === "JOB" ? makeJob(execute) : kind === "CAMPAIGN_TEMPLATE" ? makeCampaign(execute) : makeIssuing(execute);
}

graphql(`fragment RunsFixtureRun on Run {
  id origin state skipReason createdAt deliveredAt attempts { number }
  occurrence { at localDateTime shifted }
  schedule { __typename ... on JobSchedule { id } ... on CampaignTemplateSchedule { id } ... on IssuingSchedule { id } }
}`);

/** Every run of one schedule (or of all), newest occurrence first, read page by page. */
export const RUNS_PAGE = graphql(`query RunsFixturePage($scheduleId: ID, $state: RunState, $first: Int, $after: String) {
  runs(scheduleId: $scheduleId, state: $state, first: $first, after: $after) {
    edges { cursor node { ...RunsFixtureRun } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`);

export type RunFields = RunsFixtureRunFragment;

export async function allRuns(execute: Execute, variables: { scheduleId?: string; state?: RunState } = {}): Promise<RunFields[]> {
  const runs: RunFields[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { data?: RunsFixturePageQuery | null; errors?: unknown[] } = await execute(RUNS_PAGE, { ...variables, first: 100, after });
    if (!res.data) throw new Error(`runs failed: ${JSON.stringify(res.errors)}`);
    runs.push(...res.data.runs.edges.map((edge) => edge.node));
    if (!res.data.runs.pageInfo.hasNextPage) return runs;
    after = res.data.runs.pageInfo.endCursor ?? null;
  }
}

graphql(`fragment RunsFixtureState on Recurring { paused pausedAt pauseNote }`);

export const PAUSE = graphql(`mutation RunsFixturePause($id: ID!, $note: String) {
  pauseSchedule(scheduleId: $id, note: $note) {
    __typename
    ... on MutationPauseScheduleSuccess { data {
      __typename
      ... on JobSchedule { id version ...RunsFixtureState }
      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }
      ... on IssuingSchedule { id version ...RunsFixtureState }
    } }
    ... on Error { message code status }
    ... on ValidationError { fieldErrors { path message } }
  }
}`);

export const RESUME = graphql(`mutation RunsFixtureResume($id: ID!, $catchUp: CatchUp) {
  resumeSchedule(scheduleId: $id, catchUp: $catchUp) {
    __typename
    ... on MutationResumeScheduleSuccess { data {
      __typename
      ... on JobSchedule { id version ...RunsFixtureState }
      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }
      ... on IssuingSchedule { id version ...RunsFixtureState }
    } }
    ... on Error { message code status }
  }
}`);

export const BACKFILL = graphql(`mutation RunsFixtureBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {
  backfillRuns(scheduleId: $id, after: $after, until: $until) {
    __typename
    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }
    ... on Error { message code status }
    ... on ValidationError { fieldErrors { path message } }
  }
}`);

export const RUN_NOW = graphql(`mutation RunsFixtureRunNow($id: ID!) {
  runNow(scheduleId: $id) {
    __typename
    ... on MutationRunNowSuccess { data { ...RunsFixtureRun } }
    ... on Error { message code status }
  }
}`);

/** A schedule's version and pause state, whatever its kind. */
export const SCHEDULE_STATE = graphql(`query RunsFixtureScheduleState($id: ID!) {
  node(id: $id) {
    __typename
    ... on JobSchedule { version ...RunsFixtureState }
    ... on CampaignTemplateSchedule { version ...RunsFixtureState }
    ... on IssuingSchedule { version ...RunsFixtureState }
  }
}`);

export async function scheduleState(execute: Execute, id: string) {
  const res = await execute(SCHEDULE_STATE, { id });
  const node = res.data?.node;
  if (!node || !("version" in node)) throw new Error(`no schedule ${id}: ${JSON.stringify(res)}`);
  return node;
}
