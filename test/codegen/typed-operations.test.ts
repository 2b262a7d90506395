/**
 * The example operations as a frontend uses them: each generated TypedDocumentNode is printed and sent
 * through yoga.fetch, and its result union is narrowed by `__typename` with the generated types, so
 * `tsc --noEmit` checks the narrowing (an exhaustive switch stops compiling when a union gains a member).
 */
import { Kind, buildSchema, isAbstractType, parse } from "graphql";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { beforeAll, describe, expect, it } from "vitest";
import { createClient, expectTypename, pinnedClock } from "../helpers/graphql";
import {
  CampaignTemplateDocument,
  CreateCampaignTemplateDocument,
  CreateIssuingScheduleDocument,
  CreateJobScheduleDocument,
  CreateProductDocument,
  DeleteCampaignTemplateScheduleDocument,
  DeleteIssuingScheduleDocument,
  DeleteJobScheduleDocument,
  NodeDocument,
  PreviewOccurrencesDocument,
  ProductDocument,
  RotateCalendarFeedTokenDocument,
  ScheduleDocument,
  SchedulesDocument,
  SetCampaignTemplateScheduleDocument,
  UpdateIssuingScheduleDocument,
  UpdateJobScheduleDocument,
  type CreateIssuingScheduleMutation,
  type JobScheduleInput,
  type ScheduleQuery,
  type SchedulesQuery,
} from "./generated/graphql";
import { possibleTypes } from "./generated/possible-types";

const client = createClient({ clock: pinnedClock("2026-03-01T12:00:00Z") });

/** What a GraphQL client does with a typed document: send its text, get typed data back. */
async function run<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await client.execute(document, variables);
  expect(response.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as TResult;
}

/** A union member by its __typename, typed as that member (a frontend's type guard). */
const as = expectTypename;

/**
 * How a form shows any answer of createIssuingSchedule: every member handled, checked by tsc. Mutation
 * fields are nullable: null comes with an error saying why (a path through `data`: written, not read).
 */
function describeCreateIssuing(result: CreateIssuingScheduleMutation["createIssuingSchedule"]): string {
  if (result == null) return "no result: see the errors";
  switch (result.__typename) {
    case "MutationCreateIssuingScheduleSuccess":
      return `created ${result.data.scheduleType} ${result.data.scheduleReference}`;
    case "ValidationError":
      return `${result.status}: ${result.fieldErrors.map((e) => `${e.path.join(".")}: ${e.message}`).join("; ")}`;
    case "NotFoundError":
    case "PreconditionFailedError":
    case "ConflictError":
      return `${result.status} ${result.code}: ${result.message}`;
    default: {
      const unhandled: never = result;
      return unhandled;
    }
  }
}

/** A list item's title, whatever the kind of schedule (the Schedule union). */
function titleOf(node: SchedulesQuery["schedules"]["edges"][number]["node"]): string {
  switch (node.__typename) {
    case "CampaignTemplateSchedule":
      return `campaign ${node.type}`;
    case "IssuingSchedule":
      return `issuing ${node.scheduleType}`;
    case "JobSchedule":
      return `job ${node.name}`;
    default: {
      const unhandled: never = node;
      return unhandled;
    }
  }
}

const NIGHTLY_BILLING: JobScheduleInput = {
  name: "Nightly billing run",
  specification: "30 2 * * *",
  location: "America/New_York",
  job: { jobType: "BILLING_RUN" },
};

describe("products and issuing schedules", () => {
  beforeAll(async () => {
    for (const [reference, type] of [
      ["MAG-1", "DIGITAL"],
      ["SVC-1", "SERVICE"],
    ] as const) {
      const created = as(
        (await run(CreateProductDocument, { input: { reference, name: `Product ${reference}`, type } })).createProduct,
        "MutationCreateProductSuccess",
      );
      expect(created.data).toMatchObject({ reference, type, version: 1 });
    }
  });

  it("createProduct: a taken reference is a ConflictError, a blank one a ValidationError", async () => {
    const taken = (await run(CreateProductDocument, { input: { reference: "MAG-1", name: "Again", type: "DIGITAL" } })).createProduct;
    expect(as(taken, "ConflictError")).toMatchObject({
      status: 409,
      code: "CONFLICT",
      message: "A product exists with the provided reference. A product reference must be unique",
    });
    const blank = as(
      (await run(CreateProductDocument, { input: { reference: " ", name: "", type: "PHYSICAL" } })).createProduct,
      "ValidationError",
    );
    expect(blank.status).toBe(400);
    expect(blank.fieldErrors).toEqual([
      { path: ["input", "reference"], message: "A product reference is required" },
      { path: ["input", "name"], message: "A product name is required" },
    ]);
  });

  it("createIssuingSchedule: the created schedule's occurrences, with the DST gap shifted", async () => {
    const result = (
      await run(CreateIssuingScheduleDocument, {
        productReference: "MAG-1",
        input: {
          scheduleType: "daily",
          dailySchedule: { issuingTime: "02:30" },
          timeZone: "America/New_York",
          friendlyName: "Morning edition",
          entitlementFormat: "PDF",
          nonIssuingDates: ["2026-03-09"],
        },
        after: "2026-03-06T12:00:00Z",
      })
    ).createIssuingSchedule;
    expect(describeCreateIssuing(result)).toMatch(/^created DAILY /);
    const schedule = as(result, "MutationCreateIssuingScheduleSuccess").data;
    expect(schedule).toMatchObject({
      scheduleType: "DAILY",
      dailySchedule: { issuingTime: "02:30" },
      annualSchedule: null,
      nonIssuingDates: ["2026-03-09"],
    });
    expect(schedule.upcomingOccurrences).toEqual([
      { at: "2026-03-07T07:30:00Z", localDateTime: "2026-03-07T02:30:00-05:00", shifted: false },
      { at: "2026-03-08T07:30:00Z", localDateTime: "2026-03-08T03:30:00-04:00", shifted: true },
      { at: "2026-03-10T06:30:00Z", localDateTime: "2026-03-10T02:30:00-04:00", shifted: false },
    ]);
  });

  it("createIssuingSchedule: ValidationError lists every problem, NotFoundError and PreconditionFailedError follow it", async () => {
    const invalid = (
      await run(CreateIssuingScheduleDocument, {
        productReference: "NO-SUCH-PRODUCT",
        input: { scheduleType: "monthly", monthlySchedule: { issuingDay: 32, issuingTime: "09:00" }, friendlyName: "x".repeat(257) },
      })
    ).createIssuingSchedule;
    const validation = as(invalid, "ValidationError");
    expect(validation.fieldErrors.map((e) => e.message)).toEqual(
      expect.arrayContaining(["Issuing day cannot exceed 31", "A friendly name cannot exceed 256 characters"]),
    );

    const unknown = (
      await run(CreateIssuingScheduleDocument, { productReference: "NO-SUCH-PRODUCT", input: { scheduleType: "none", friendlyName: "n" } })
    ).createIssuingSchedule;
    expect(describeCreateIssuing(unknown)).toBe("404 NOT_FOUND: Product cannot be found");

    const service = (
      await run(CreateIssuingScheduleDocument, { productReference: "SVC-1", input: { scheduleType: "none", friendlyName: "n" } })
    ).createIssuingSchedule;
    expect(as(service, "PreconditionFailedError").message).toBe(
      "To configure an issuing schedule, your product must be of type physical or digital",
    );
  });

  it("product, updateIssuingSchedule (stale expectedVersion: Write Conflict) and deleteIssuingSchedule", async () => {
    const created = as(
      (
        await run(CreateIssuingScheduleDocument, {
          productReference: "MAG-1",
          input: {
            scheduleType: "monthly",
            monthlySchedule: { issuingDay: 31, issuingTime: "06:00" },
            friendlyName: "Monthly digest",
            entitlementFormat: "EPUB",
          },
        })
      ).createIssuingSchedule,
      "MutationCreateIssuingScheduleSuccess",
    ).data;

    const product = (await run(ProductDocument, { reference: "MAG-1", after: "2026-03-15T00:00:00Z", start: "2026-03-15T00:00:00Z" }))
      .product;
    expect(product?.__typename).toBe("Product");
    const digest = product!.schedules.find((s) => s.scheduleReference === created.scheduleReference)!;
    // day 31 clamps to April's last day
    expect(digest.upcomingOccurrences.map((o) => o.at)).toEqual(["2026-03-31T06:00:00Z", "2026-04-30T06:00:00Z", "2026-05-31T06:00:00Z"]);
    expect(digest.issuesForEntitlement.map((o) => o.at)).toEqual(["2026-03-31T06:00:00Z", "2026-04-30T06:00:00Z", "2026-05-31T06:00:00Z"]);

    const update = { productReference: "MAG-1", scheduleReference: created.scheduleReference };
    const input = {
      scheduleType: "annual",
      annualSchedule: { issuingMonth: "February", issuingDay: 29, issuingTime: "08:00" },
      friendlyName: "Leap digest",
      entitlementFormat: "EPUB",
    };
    const updated = as(
      (await run(UpdateIssuingScheduleDocument, { ...update, input, expectedVersion: 1 })).updateIssuingSchedule,
      "MutationUpdateIssuingScheduleSuccess",
    ).data;
    expect(updated).toMatchObject({
      scheduleReference: created.scheduleReference,
      scheduleType: "ANNUAL",
      version: 2,
      monthlySchedule: null,
    });
    const stale = as(
      (await run(UpdateIssuingScheduleDocument, { ...update, input, expectedVersion: 1 })).updateIssuingSchedule,
      "ConflictError",
    );
    expect(stale).toMatchObject({ status: 409, message: "Write Conflict" });

    const deleted = as(
      (await run(DeleteIssuingScheduleDocument, update)).deleteIssuingSchedule,
      "MutationDeleteIssuingScheduleSuccess",
    ).data;
    expect(deleted.schedules.map((s) => s.scheduleReference)).not.toContain(created.scheduleReference);
    const again = as((await run(DeleteIssuingScheduleDocument, update)).deleteIssuingSchedule, "NotFoundError");
    expect(again).toMatchObject({ status: 404, message: "Schedule configuration cannot be found" });
  });
});

describe("campaign templates", () => {
  it("create, set a schedule, read it, delete it; unknown templates are NotFoundErrors", async () => {
    const invalid = as((await run(CreateCampaignTemplateDocument, { input: { name: " " } })).createCampaignTemplate, "ValidationError");
    expect(invalid.fieldErrors).toEqual([{ path: ["input", "name"], message: '"name" is required' }]);

    const template = as(
      (await run(CreateCampaignTemplateDocument, { input: { name: "Quarterly access review" } })).createCampaignTemplate,
      "MutationCreateCampaignTemplateSuccess",
    ).data;
    expect(template).toMatchObject({ name: "Quarterly access review", version: 1, schedule: null });

    const set = (
      await run(SetCampaignTemplateScheduleDocument, {
        campaignTemplateId: template.id,
        input: { type: "WEEKLY", days: { type: "LIST", values: ["2"] }, hours: { type: "LIST", values: ["9"] }, timeZoneId: "CST" },
        after: "2026-03-01T12:00:00Z",
      })
    ).setCampaignTemplateSchedule;
    const schedule = as(set, "MutationSetCampaignTemplateScheduleSuccess").data;
    expect(schedule).toMatchObject({
      type: "WEEKLY",
      timeZoneId: "America/Chicago",
      version: 1,
      campaignTemplate: { id: template.id, version: 2 },
    });
    // Mondays (2) at 09:00 Chicago: CST before 2026-03-08, CDT after
    expect(schedule.upcomingOccurrences.map((o) => o.localDateTime)).toEqual([
      "2026-03-02T09:00:00-06:00",
      "2026-03-09T09:00:00-05:00",
      "2026-03-16T09:00:00-05:00",
    ]);

    const read = (await run(CampaignTemplateDocument, { id: template.id, after: "2026-03-01T12:00:00Z" })).campaignTemplate;
    expect(read?.schedule?.hours).toEqual({ type: "LIST", values: ["9"], interval: null });

    const badHours = as(
      (
        await run(SetCampaignTemplateScheduleDocument, {
          campaignTemplateId: template.id,
          input: { type: "DAILY", hours: { type: "LIST", values: ["24"] } },
        })
      ).setCampaignTemplateSchedule,
      "ValidationError",
    );
    expect(badHours.fieldErrors[0].path.slice(0, 2)).toEqual(["input", "hours"]);

    const removed = as(
      (await run(DeleteCampaignTemplateScheduleDocument, { campaignTemplateId: template.id })).deleteCampaignTemplateSchedule,
      "MutationDeleteCampaignTemplateScheduleSuccess",
    ).data;
    expect(removed).toMatchObject({ id: template.id, version: 3, schedule: null });
    const none = as(
      (await run(DeleteCampaignTemplateScheduleDocument, { campaignTemplateId: template.id })).deleteCampaignTemplateSchedule,
      "NotFoundError",
    );
    expect(none.message).toBe("Schedule configuration cannot be found");

    const unknownId = Buffer.from("CampaignTemplate:no-such-id").toString("base64");
    const unknown = (
      await run(SetCampaignTemplateScheduleDocument, {
        campaignTemplateId: unknownId,
        input: { type: "DAILY", hours: { type: "LIST", values: ["9"] } },
      })
    ).setCampaignTemplateSchedule;
    expect(as(unknown, "NotFoundError")).toMatchObject({ status: 404, code: "NOT_FOUND", message: "Campaign template cannot be found" });
    expect((await run(CampaignTemplateDocument, { id: unknownId })).campaignTemplate).toBeNull();
  });
});

describe("job schedules and the queries over every kind", () => {
  it("createJobSchedule: the next runs across New York's spring-forward, then node, schedule, schedules", async () => {
    const job = as(
      (await run(CreateJobScheduleDocument, { input: NIGHTLY_BILLING, after: "2026-03-06T00:00:00Z" })).createJobSchedule,
      "MutationCreateJobScheduleSuccess",
    ).data;
    expect(job).toMatchObject({ location: "America/New_York", job: { jobType: "BILLING_RUN" }, version: 1 });
    expect(job.scheduledFor).toMatchObject({ at: "2026-03-02T07:30:00Z", localDateTime: "2026-03-02T02:30:00-05:00" });
    expect(job.upcomingOccurrences.map(({ localDateTime, shifted }) => [localDateTime, shifted])).toEqual([
      ["2026-03-06T02:30:00-05:00", false],
      ["2026-03-07T02:30:00-05:00", false],
      ["2026-03-08T03:30:00-04:00", true],
      ["2026-03-09T02:30:00-04:00", false],
    ]);

    const node = (await run(NodeDocument, { id: job.id })).node;
    if (node?.__typename !== "JobSchedule") throw new Error(`expected a JobSchedule, got ${JSON.stringify(node)}`);
    expect(node.nextOccurrence?.at).toBe("2026-03-02T07:30:00Z");

    const schedule: ScheduleQuery["schedule"] = (await run(ScheduleDocument, { id: job.id, after: "2026-11-01T00:00:00Z" })).schedule;
    const read = as(schedule, "JobSchedule");
    expect(read.specification).toBe("30 2 * * *");
    expect(read.upcomingOccurrences.map((o) => o.localDateTime)).toEqual([
      "2026-11-01T02:30:00-05:00",
      "2026-11-02T02:30:00-05:00",
      "2026-11-03T02:30:00-05:00",
    ]);

    // a calendar feed of the schedule: the URL carries the new feed token
    const feed = as(
      (await run(RotateCalendarFeedTokenDocument, { scheduleId: job.id })).rotateCalendarFeedToken,
      "MutationRotateCalendarFeedTokenSuccess",
    ).data;
    expect(feed.url).toBe(`http://localhost/schedules/${encodeURIComponent(job.id)}/calendar.ics?token=${encodeURIComponent(feed.token)}`);
    const unknownFeed = (
      await run(RotateCalendarFeedTokenDocument, { scheduleId: Buffer.from("JobSchedule:no-such-id").toString("base64") })
    ).rotateCalendarFeedToken;
    expect(as(unknownFeed, "NotFoundError")).toMatchObject({ status: 404, message: "Schedule cannot be found" });

    const page = (await run(SchedulesDocument, { kind: "JOB", first: 100 })).schedules;
    expect(page.edges.map((e) => titleOf(e.node))).toContain("job Nightly billing run");
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it("createJobSchedule ValidationError, updateJobSchedule, deleteJobSchedule and its NotFoundError", async () => {
    const bad = as(
      (await run(CreateJobScheduleDocument, { input: { ...NIGHTLY_BILLING, name: "ab", specification: "5-1 * * * *" } })).createJobSchedule,
      "ValidationError",
    );
    expect(bad.fieldErrors.map((e) => e.path.join("."))).toEqual(expect.arrayContaining(["input.name", "input.specification"]));

    const job = as(
      (await run(CreateJobScheduleDocument, { input: { ...NIGHTLY_BILLING, name: "Tax run", job: { jobType: "TAX_RUN" } } }))
        .createJobSchedule,
      "MutationCreateJobScheduleSuccess",
    ).data;
    const updated = as(
      (
        await run(UpdateJobScheduleDocument, {
          id: job.id,
          input: { ...NIGHTLY_BILLING, name: "Tax run", specification: "@monthly", location: "Europe/London", job: { jobType: "TAX_RUN" } },
          expectedVersion: 1,
        })
      ).updateJobSchedule,
      "MutationUpdateJobScheduleSuccess",
    ).data;
    expect(updated).toMatchObject({
      version: 2,
      specification: "@monthly",
      scheduledFor: { at: "2026-03-31T23:00:00Z", localDateTime: "2026-04-01T00:00:00+01:00" },
    });

    expect(as((await run(DeleteJobScheduleDocument, { id: job.id })).deleteJobSchedule, "MutationDeleteJobScheduleSuccess").data).toBe(
      job.id,
    );
    const gone = as((await run(DeleteJobScheduleDocument, { id: job.id })).deleteJobSchedule, "NotFoundError");
    expect(gone).toMatchObject({ status: 404, message: "Schedule cannot be found" });
    expect((await run(ScheduleDocument, { id: job.id })).schedule).toBeNull();
  });

  it("previewOccurrences: an unsaved spec's occurrences, or a ValidationError", async () => {
    const overlap = as(
      (
        await run(PreviewOccurrencesDocument, {
          spec: { job: { specification: "*/30 * * * *", location: "America/New_York" } },
          after: "2025-11-02T05:10:00Z",
          first: 4,
        })
      ).previewOccurrences,
      "QueryPreviewOccurrencesSuccess",
    );
    // every hour: both passes of the repeated 01:00-02:00
    expect(overlap.data.map((o) => o.localDateTime)).toEqual([
      "2025-11-02T01:30:00-04:00",
      "2025-11-02T01:00:00-05:00",
      "2025-11-02T01:30:00-05:00",
      "2025-11-02T02:00:00-05:00",
    ]);

    const bad = as(
      (await run(PreviewOccurrencesDocument, { spec: { job: { specification: "61 * * * *" } }, first: 3 })).previewOccurrences,
      "ValidationError",
    );
    expect(bad.fieldErrors.map((e) => e.path.join("."))).toEqual(["spec.job.specification"]);
  });
});

describe("the example operations", () => {
  it("cover every query and mutation of schema.graphql", () => {
    const schema = buildSchema(readFileSync(join(import.meta.dirname, "../../schema.graphql"), "utf8"));
    const used = new Set<string>();
    for (const file of ["queries.graphql", "mutations.graphql"]) {
      for (const definition of parse(readFileSync(join(import.meta.dirname, "operations", file), "utf8")).definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        for (const selection of definition.selectionSet.selections) {
          if (selection.kind === Kind.FIELD) used.add(`${definition.operation}.${selection.name.value}`);
        }
      }
    }
    const roots = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `query.${name}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `mutation.${name}`),
    ];
    expect([...used].sort()).toEqual(roots.sort());
  });
});

describe("the possible-types map", () => {
  const schema = buildSchema(readFileSync(join(import.meta.dirname, "../../schema.graphql"), "utf8"));
  const abstract = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith("__") && isAbstractType(type));

  it("covers every union and interface of schema.graphql with exactly its members", () => {
    const expected = Object.fromEntries(
      abstract.map((type) => [
        type.name,
        schema
          .getPossibleTypes(type as Parameters<typeof schema.getPossibleTypes>[0])
          .map((t) => t.name)
          .sort(),
      ]),
    );
    expect(possibleTypes).toEqual(expected);
  });

  it("names the unions and interfaces clients switch on", () => {
    const names = Object.keys(possibleTypes);
    expect(names).toEqual(expect.arrayContaining(["Schedule", "Recurring", "Node", "Error", "Versioned", "QueryPreviewOccurrencesResult"]));
    const mutationResults = Object.keys(schema.getMutationType()!.getFields()).map(
      (name) => `Mutation${name[0].toUpperCase()}${name.slice(1)}Result`,
    );
    expect(names).toEqual(expect.arrayContaining(mutationResults));
    expect(possibleTypes.Error).toEqual(["ConflictError", "NotFoundError", "PreconditionFailedError", "ValidationError"]);
  });
});
