/**
 * Where SQLite and PostgreSQL differ by nature, the service answers alike: text PostgreSQL cannot
 * store, uniqueness of text that differs in case only (SQLite's `=` is binary, PostgreSQL's follows a
 * collation: the test server's is ICU en-US), racing writers of one unique value. Runs on both engines.
 */
import { describe, expect, it } from "vitest";
import { createClient, expectTypename } from "../helpers/graphql";
import { graphql } from "./gql";

const client = createClient();

const CREATE_PRODUCT = graphql(`mutation ParityCreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ... on Error { message status } } }`);
const READ_PRODUCT = graphql(
  `query ParityReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName } } }`,
);
const CREATE_ISSUING = graphql(`mutation ParityCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {
  createIssuingSchedule(productReference: $ref, input: $input) { __typename ... on Error { message status } } }`);
const CREATE_JOB = graphql(`mutation ParityCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }`);

const FORMATS = ["PDF", "EPUB", "MOBI", "HTML", "MP3", "MP4", "ZIP", "XML"];
const daily = (friendlyName: string, entitlementFormat: string) => ({
  friendlyName,
  entitlementFormat,
  scheduleType: "daily",
  dailySchedule: { issuingTime: "06:00" },
});

describe("text and uniqueness on either engine", () => {
  it("refuses U+0000 in any stored text with 400 BAD_USER_INPUT naming the field, and stores nothing", async () => {
    const product = await client.execute(CREATE_PRODUCT, { input: { reference: "NUL-1", name: "a\u0000b", type: "DIGITAL" } });
    expect(product.status).toBe(400);
    expect(product.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: ["variables", "input", "name"], message: "Text must not contain U+0000 (NUL)" }],
    });
    expect((await client.execute(READ_PRODUCT, { ref: "NUL-1" })).data?.product).toBeNull();

    const job = await client.execute(CREATE_JOB, { input: { name: "\u0000", specification: "0 0 * * *", job: { jobType: "IMPORT" } } });
    expect(job.status).toBe(400);
    expect(job.errors?.[0].extensions?.fieldErrors).toEqual([
      { path: ["variables", "input", "name"], message: "Text must not contain U+0000 (NUL)" },
    ]);
  });

  it("keeps text that differs in case only apart, and compares references byte for byte", async () => {
    for (const reference of ["Case-Ref", "case-ref", "CASE-REF", "Straße", "STRASSE"]) {
      const res = await client.execute(CREATE_PRODUCT, { input: { reference, name: reference, type: "DIGITAL" } });
      expectTypename(res.data?.createProduct, "MutationCreateProductSuccess");
    }
    const again = await client.execute(CREATE_PRODUCT, { input: { reference: "case-ref", name: "again", type: "DIGITAL" } });
    expect(expectTypename(again.data?.createProduct, "ConflictError")).toMatchObject({ status: 409 });
    expect((await client.execute(READ_PRODUCT, { ref: "CASE-REF" })).data?.product).toMatchObject({
      reference: "CASE-REF",
      name: "CASE-REF",
    });

    for (const [i, friendlyName] of ["Morning", "morning"].entries()) {
      const res = await client.execute(CREATE_ISSUING, { ref: "Case-Ref", input: daily(friendlyName, FORMATS[i]) });
      expect(res.data?.createIssuingSchedule, JSON.stringify(res.data)).toMatchObject({
        __typename: "MutationCreateIssuingScheduleSuccess",
      });
    }
    const product = await client.execute(READ_PRODUCT, { ref: "Case-Ref" });
    expect(product.data?.product?.schedules.map((s) => s.friendlyName).sort()).toEqual(["Morning", "morning"]);
  });

  it("answers racing writers of one friendly name with one success and the friendly-name conflict for the rest", async () => {
    await client.execute(CREATE_PRODUCT, { input: { reference: "RACE-1", name: "race", type: "DIGITAL" } });
    const results = await Promise.all(
      FORMATS.map((format) => client.execute(CREATE_ISSUING, { ref: "RACE-1", input: daily("Same", format) })),
    );
    const answers = results.map((r) => r.data?.createIssuingSchedule);
    expect(answers.filter((a) => a?.__typename === "MutationCreateIssuingScheduleSuccess")).toHaveLength(1);
    const conflicts = answers.filter((a) => a?.__typename === "ConflictError");
    expect(conflicts).toHaveLength(7);
    for (const conflict of conflicts) expect(conflict).toMatchObject({ status: 409, message: expect.stringMatching(/friendly name/i) });
  });
});
