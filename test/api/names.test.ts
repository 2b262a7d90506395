/**
 * Names and references of every kind: one rule for the characters they may hold (no control
 * characters, line breaks or bidirectional overrides; references also no invisible format characters)
 * and one normalized form (NFC and trimmed for names, NFKC and trimmed for references) that is stored,
 * answered and compared for uniqueness.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { createClient, expectTypename, pinnedClock } from "../helpers/graphql";
import { graphql } from "./gql";

const client = createClient({ clock: pinnedClock("2026-01-15T12:00:00Z") });

graphql(`fragment NamesTestErrors on Error { __typename message code status ... on ValidationError { fieldErrors { path message } } }`);
const CREATE_PRODUCT = graphql(`mutation NamesCreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ...NamesTestErrors }
}`);
const CREATE_ISSUING = graphql(`mutation NamesCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {
  createIssuingSchedule(productReference: $ref, input: $input) {
    __typename ... on MutationCreateIssuingScheduleSuccess { data { friendlyName entitlementFormat product { reference } } } ...NamesTestErrors
  }
}`);
const CREATE_JOB = graphql(`mutation NamesCreateJob($input: JobScheduleInput!) {
  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { name externalRef } } ...NamesTestErrors }
}`);
const CREATE_TEMPLATE = graphql(`mutation NamesCreateTemplate($input: CreateCampaignTemplateInput!) {
  createCampaignTemplate(input: $input) { __typename ... on MutationCreateCampaignTemplateSuccess { data { name } } ...NamesTestErrors }
}`);
const READ_PRODUCT = graphql(
  `query NamesReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName entitlementFormat } } }`,
);

/** What any of the writes below answers. */
type Written =
  | ResultOf<typeof CREATE_PRODUCT>["createProduct"]
  | ResultOf<typeof CREATE_ISSUING>["createIssuingSchedule"]
  | ResultOf<typeof CREATE_JOB>["createJobSchedule"]
  | ResultOf<typeof CREATE_TEMPLATE>["createCampaignTemplate"];

const unique = () => randomUUID().slice(0, 8).toUpperCase();

async function digitalProduct(): Promise<string> {
  const reference = `D-${unique()}`;
  const res = await client.execute(CREATE_PRODUCT, { input: { reference, name: "Digital", type: "DIGITAL" } });
  expectTypename(res.data?.createProduct, "MutationCreateProductSuccess");
  return reference;
}

/** Every field a user names something with: how to write `text` into it, and where its error lies. */
const FIELDS: { field: string; label: string; write: (text: string) => Promise<Written | undefined> }[] = [
  {
    field: "product reference",
    label: "A product reference",
    write: async (text) =>
      (await client.execute(CREATE_PRODUCT, { input: { reference: text, name: "n", type: "DIGITAL" } })).data?.createProduct,
  },
  {
    field: "product name",
    label: "A product name",
    write: async (text) =>
      (await client.execute(CREATE_PRODUCT, { input: { reference: `R-${unique()}`, name: text, type: "DIGITAL" } })).data?.createProduct,
  },
  {
    field: "job schedule name",
    label: '"name"',
    write: async (text) =>
      (await client.execute(CREATE_JOB, { input: { name: text, specification: "@daily", job: { jobType: "IMPORT" } } })).data
        ?.createJobSchedule,
  },
  {
    field: "job schedule externalRef",
    label: '"externalRef"',
    write: async (text) =>
      (
        await client.execute(CREATE_JOB, {
          input: { name: "Import", specification: "@daily", externalRef: text, job: { jobType: "IMPORT" } },
        })
      ).data?.createJobSchedule,
  },
  {
    field: "campaign template name",
    label: '"name"',
    write: async (text) => (await client.execute(CREATE_TEMPLATE, { input: { name: text } })).data?.createCampaignTemplate,
  },
  {
    field: "issuing friendlyName",
    label: "A friendly name",
    write: async (text) =>
      (
        await client.execute(CREATE_ISSUING, {
          ref: await digitalProduct(),
          input: { friendlyName: text, entitlementFormat: "PDF", scheduleType: "none" },
        })
      ).data?.createIssuingSchedule,
  },
  {
    field: "issuing entitlementFormat",
    label: "An entitlement format",
    write: async (text) =>
      (
        await client.execute(CREATE_ISSUING, {
          ref: await digitalProduct(),
          input: { friendlyName: "Print", entitlementFormat: text, scheduleType: "none" },
        })
      ).data?.createIssuingSchedule,
  },
];

/** U+0000 (NUL) is refused before anything runs, in any text (engine-parity.test.ts): PostgreSQL cannot store it. */
const CONTROLS: [string, string][] = [
  ["CR", "\r"],
  ["LF", "\n"],
  ["SOH", "\u0001"],
  ["a tab", "\t"],
  ["DEL", "\u007f"],
  ["NEL (C1)", "\u0085"],
  ["a line separator", "\u2028"],
  ["a right-to-left override", "\u202e"],
  ["a left-to-right embedding", "\u202a"],
  ["a first-strong isolate", "\u2068"],
  ["a pop directional isolate", "\u2069"],
];

describe("control characters are refused in every name and reference, with one message", () => {
  for (const { field, label, write } of FIELDS) {
    it.each(CONTROLS)(`${field}: %s`, async (_name, char) => {
      const result = await write(`Abc${char}def`);
      const error = expectTypename(result, "ValidationError");
      const codePoint = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      expect(error.fieldErrors).toEqual([
        {
          path: ["input", expect.any(String)],
          message: `${label} cannot contain control characters, line breaks or bidirectional overrides (found U+${codePoint} at character 4)`,
        },
      ]);
    });
  }

  it("refuses the calendar-feed injection name, and stores nothing", async () => {
    const name = "evil\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT\r\nX-A:";
    const error = expectTypename(await FIELDS[2].write(name), "ValidationError");
    expect(error.fieldErrors).toEqual([
      {
        path: ["input", "name"],
        message: '"name" cannot contain control characters, line breaks or bidirectional overrides (found U+000D at character 5)',
      },
    ]);
    const all = await client.execute(
      graphql(`query NamesJobs { schedules(first: 100, kind: JOB) { edges { node { __typename ... on JobSchedule { name } } } } }`),
    );
    expect(all.data!.schedules.edges.map((e) => expectTypename(e.node, "JobSchedule").name)).not.toContain(name);
  });

  it("lists a control character beside the input's other problems", async () => {
    const res = await client.execute(CREATE_JOB, {
      input: { name: "Import\u0001", specification: "61 * * * *", job: { jobType: "IMPORT" } },
    });
    expect(expectTypename(res.data?.createJobSchedule, "ValidationError").fieldErrors.map((e) => e.path)).toEqual([
      ["input", "name"],
      ["input", "specification"],
    ]);
  });

  it("keeps what names need: zero-width joiners, emoji, accents, right-to-left script", async () => {
    for (const name of [
      "Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} plan",
      "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",
      "Crème brûlée",
    ]) {
      expect(expectTypename(await FIELDS[4].write(name), "MutationCreateCampaignTemplateSuccess").data.name).toBe(name);
    }
  });
});

describe("references are identifiers: NFKC, trimmed, no invisible characters", () => {
  it("makes REF, 'REF ', full-width ＲEF one product, refuses REF + zero-width space, and finds it by any spelling", async () => {
    const base = `REF-${unique()}`;
    const first = await client.execute(CREATE_PRODUCT, { input: { reference: base, name: "First", type: "DIGITAL" } });
    expect(expectTypename(first.data?.createProduct, "MutationCreateProductSuccess").data.reference).toBe(base);

    const fullWidth = "\uFF32" + base.slice(1); // Ｒ…
    for (const spelling of [`${base} `, ` ${base}`, fullWidth, `${base}\u3000`]) {
      const res = await client.execute(CREATE_PRODUCT, { input: { reference: spelling, name: "Second", type: "DIGITAL" } });
      expect(expectTypename(res.data?.createProduct, "ConflictError").message).toBe(
        "A product exists with the provided reference. A product reference must be unique",
      );
    }

    const zeroWidth = await client.execute(CREATE_PRODUCT, { input: { reference: `${base}\u200B`, name: "Third", type: "DIGITAL" } });
    expect(expectTypename(zeroWidth.data?.createProduct, "ValidationError").fieldErrors).toEqual([
      {
        path: ["input", "reference"],
        message: `A product reference cannot contain invisible format characters such as a zero-width space (found U+200B at character ${base.length + 1})`,
      },
    ]);

    for (const spelling of [base, `${base} `, fullWidth]) {
      expect((await client.execute(READ_PRODUCT, { ref: spelling })).data?.product).toMatchObject({ reference: base, name: "First" });
    }
    const issuing = await client.execute(CREATE_ISSUING, {
      ref: ` ${fullWidth} `,
      input: { friendlyName: "Print", entitlementFormat: "PDF", scheduleType: "none" },
    });
    expect(expectTypename(issuing.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess").data.product.reference).toBe(base);
  });

  it("stores the normalized reference, so reads show what uniqueness decided on", async () => {
    const base = `\uFF21\uFF22\uFF23-${unique()}`; // ＡＢＣ-…
    const res = await client.execute(CREATE_PRODUCT, { input: { reference: `  ${base}  `, name: "Wide", type: "PHYSICAL" } });
    expect(expectTypename(res.data?.createProduct, "MutationCreateProductSuccess").data.reference).toBe(`ABC-${base.slice(4)}`);
  });

  it("counts the length of a reference as stored", async () => {
    const res = await client.execute(CREATE_PRODUCT, { input: { reference: ` ${"R".repeat(256)} `, name: "Long", type: "DIGITAL" } });
    expect(expectTypename(res.data?.createProduct, "MutationCreateProductSuccess").data.reference).toBe("R".repeat(256));
  });
});

describe("display names: NFC, trimmed", () => {
  const nfc = "Caf\u00e9";
  const nfd = "Cafe\u0301";

  it("makes NFC and NFD Café one friendly name on a product, stored in NFC", async () => {
    const ref = await digitalProduct();
    const first = await client.execute(CREATE_ISSUING, {
      ref,
      input: { friendlyName: nfd, entitlementFormat: "PDF", scheduleType: "none" },
    });
    expect(expectTypename(first.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess").data.friendlyName).toBe(nfc);
    for (const friendlyName of [nfc, ` ${nfd} `]) {
      const second = await client.execute(CREATE_ISSUING, {
        ref,
        input: { friendlyName, entitlementFormat: "EPUB", scheduleType: "none" },
      });
      expect(expectTypename(second.data?.createIssuingSchedule, "ConflictError").message).toBe(
        "A schedule exists with the provided friendly name. A friendly name must be unique on a product",
      );
    }
    expect((await client.execute(READ_PRODUCT, { ref })).data?.product?.schedules).toEqual([
      { friendlyName: nfc, entitlementFormat: "PDF" },
    ]);
  });

  it("makes 'PDF ' and 'PDF' one entitlement format on a product", async () => {
    const ref = await digitalProduct();
    expectTypename(
      (await client.execute(CREATE_ISSUING, { ref, input: { friendlyName: "One", entitlementFormat: "PDF ", scheduleType: "none" } })).data
        ?.createIssuingSchedule,
      "MutationCreateIssuingScheduleSuccess",
    );
    const second = await client.execute(CREATE_ISSUING, {
      ref,
      input: { friendlyName: "Two", entitlementFormat: " PDF", scheduleType: "none" },
    });
    expect(expectTypename(second.data?.createIssuingSchedule, "ConflictError").message).toBe(
      "A schedule exists with the provided entitlement format. An entitlement format must be unique on a product",
    );
  });

  it("stores product, job and template names NFC and trimmed; a blank after trimming is still required", async () => {
    expect(expectTypename(await FIELDS[1].write(`  ${nfd} `), "MutationCreateProductSuccess").data.name).toBe(nfc);
    expect(expectTypename(await FIELDS[2].write(` ${nfd} run `), "MutationCreateJobScheduleSuccess").data.name).toBe(`${nfc} run`);
    expect(expectTypename(await FIELDS[4].write(`${nfd}\u00a0`), "MutationCreateCampaignTemplateSuccess").data.name).toBe(nfc);
    expect(expectTypename(await FIELDS[2].write(" ab "), "ValidationError").fieldErrors).toEqual([
      { path: ["input", "name"], message: '"name" must be at least 3 characters' },
    ]);
    expect(expectTypename(await FIELDS[6].write("\u3000"), "ValidationError").fieldErrors).toEqual([
      { path: ["input", "entitlementFormat"], message: "An entitlement format must be provided" },
    ]);
  });

  it("keeps another system's externalRef exactly as sent", async () => {
    expect(expectTypename(await FIELDS[3].write(` ${nfd} `), "MutationCreateJobScheduleSuccess").data.externalRef).toBe(` ${nfd} `);
  });
});
