/**
 * Products and the writes of their issuing schedules (seeds 004 create, 001 update): every message of
 * the seeds as a typed result with its status, the order 400 → 404 → 412 → 409, uniqueness under
 * concurrency, versions and the shape create, update and read share.
 */
import { describe, expect, it } from "vitest";
import { createClient, expectTypename, pinnedClock, READER } from "../helpers/graphql";
import { graphql } from "./gql";
import type { IssuingScheduleInput } from "./gql/graphql";

const client = createClient({ clock: pinnedClock("2026-01-15T12:00:00Z") });

graphql(`fragment ProductTestScheduleFields on IssuingSchedule {
  id scheduleReference entitlementFormat friendlyName scheduleType
  dailySchedule { issuingTime }
  monthlySchedule { issuingDay issuingTime }
  annualSchedule { issuingMonth issuingDay issuingTime }
  customSchedule { issuingUnit frequency startDate issuingTime }
  irregularSchedule nonIssuingDates issuePriorToStart
  entitlementEnds { afterIssues onDate }
  timeZone version
}`);

const CREATE_PRODUCT = graphql(`mutation ProductCreate($input: CreateProductInput!) {
  createProduct(input: $input) {
    __typename
    ... on MutationCreateProductSuccess { data { id reference name type version schedules { id } } }
    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }
  }
}`);
const CREATE = graphql(`mutation ProductCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {
  createIssuingSchedule(productReference: $ref, input: $input) {
    __typename
    ... on MutationCreateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }
    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }
  }
}`);
const UPDATE = graphql(`mutation ProductUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {
  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {
    __typename
    ... on MutationUpdateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }
    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }
  }
}`);
const DELETE = graphql(`mutation ProductDeleteIssuing($ref: String!, $sref: String!) {
  deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {
    __typename
    ... on MutationDeleteIssuingScheduleSuccess { data { reference schedules { scheduleReference } } }
    ... on Error { message code status }
  }
}`);
const READ = graphql(
  `query ProductRead($ref: String!) { product(reference: $ref) { reference type schedules { ...ProductTestScheduleFields } } }`,
);

let counter = 0;
async function newProduct(type: "PHYSICAL" | "DIGITAL" | "SERVICE"): Promise<string> {
  const reference = `P-${type}-${++counter}`;
  const res = await client.execute(CREATE_PRODUCT, { input: { reference, name: `Product ${counter}`, type } });
  expectTypename(res.data?.createProduct, "MutationCreateProductSuccess");
  return reference;
}

async function create(ref: string, input: IssuingScheduleInput) {
  const res = await client.execute(CREATE, { ref, input });
  expect(res.errors).toBeUndefined();
  return res.data?.createIssuingSchedule;
}

async function update(ref: string, sref: string, input: IssuingScheduleInput, expectedVersion?: number) {
  const res = await client.execute(UPDATE, { ref, sref, input, expectedVersion });
  expect(res.errors).toBeUndefined();
  return res.data?.updateIssuingSchedule;
}

const daily = (friendlyName: string, extra: IssuingScheduleInput = {}): IssuingScheduleInput => ({
  friendlyName,
  scheduleType: "daily",
  dailySchedule: { issuingTime: "06:00" },
  ...extra,
});

/** What the documents above select of a ValidationError. */
type ValidationErrorSelection = {
  __typename: "ValidationError";
  code: string;
  status: number;
  fieldErrors: { path: string[]; message: string }[];
};

function expectError<T extends { __typename: string }, N extends T["__typename"]>(
  result: T | null | undefined,
  typename: N,
  status: number,
  message: string,
) {
  const error = expectTypename(result, typename);
  expect(error).toMatchObject({ status, message });
  return error;
}

function expectValidation(
  result: { __typename: string } | ValidationErrorSelection | null | undefined,
  problems: { path: string[]; message: string }[],
) {
  const error = expectTypename(result, "ValidationError");
  expect(error.status).toBe(400);
  expect(error.code).toBe("BAD_USER_INPUT");
  expect(error.fieldErrors).toEqual(expect.arrayContaining(problems));
  expect(error.fieldErrors).toHaveLength(problems.length);
}

describe("createProduct and product(reference)", () => {
  it("creates a product and reads it back by reference", async () => {
    const res = await client.execute(CREATE_PRODUCT, { input: { reference: "MAG-1", name: "Magazine", type: "DIGITAL" } });
    const product = expectTypename(res.data?.createProduct, "MutationCreateProductSuccess").data;
    expect(product).toMatchObject({ reference: "MAG-1", name: "Magazine", type: "DIGITAL", version: 1, schedules: [] });
    const read = await client.execute(READ, { ref: "MAG-1" }, { authorities: READER });
    expect(read.data?.product).toEqual({ reference: "MAG-1", type: "DIGITAL", schedules: [] });
  });

  it("answers null for an unknown reference", async () => {
    const read = await client.execute(READ, { ref: "nope" });
    expect(read.data?.product).toBeNull();
  });

  it("rejects blank and too long references and names together", async () => {
    const res = await client.execute(CREATE_PRODUCT, { input: { reference: " ", name: "x".repeat(257), type: "PHYSICAL" } });
    expectValidation(res.data?.createProduct, [
      { path: ["input", "reference"], message: "A product reference is required" },
      { path: ["input", "name"], message: "A product name cannot exceed 256 characters" },
    ]);
    const res2 = await client.execute(CREATE_PRODUCT, { input: { reference: "r".repeat(257), name: "", type: "PHYSICAL" } });
    expectValidation(res2.data?.createProduct, [
      { path: ["input", "reference"], message: "A product reference cannot exceed 256 characters" },
      { path: ["input", "name"], message: "A product name is required" },
    ]);
  });

  it("answers a taken reference with a ConflictError (unique index)", async () => {
    const input = { reference: "DUP-1", name: "A", type: "PHYSICAL" } as const;
    const results = await Promise.all(Array.from({ length: 5 }, () => client.execute(CREATE_PRODUCT, { input })));
    const typenames = results.map((r) => r.data?.createProduct?.__typename).sort();
    expect(typenames).toEqual(["ConflictError", "ConflictError", "ConflictError", "ConflictError", "MutationCreateProductSuccess"]);
    const conflict = results.find((r) => r.data?.createProduct?.__typename === "ConflictError")?.data?.createProduct;
    expect(conflict).toMatchObject({
      status: 409,
      message: "A product exists with the provided reference. A product reference must be unique",
    });
  });
});

describe("authentication and authority", () => {
  it("answers 401 without a token", async () => {
    const ref = await newProduct("PHYSICAL");
    const res = await client.execute(CREATE, { ref, input: daily("x") }, { authorities: null });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const read = await client.execute(READ, { ref }, { authorities: null });
    expect(read.status).toBe(401);
  });

  it("answers 403 without ORG_ADMIN or SCHEDULE_ADMIN, and lets SCHEDULE_ADMIN write", async () => {
    const ref = await newProduct("PHYSICAL");
    for (const authorities of [READER, ["CERT_ADMIN"]]) {
      const res = await client.execute(CREATE, { ref, input: daily("x") }, { authorities });
      expect(res.status).toBe(403);
      expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    const denied = await client.execute(
      CREATE_PRODUCT,
      { input: { reference: "NO", name: "no", type: "PHYSICAL" } },
      { authorities: READER },
    );
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const ok = await client.execute(CREATE, { ref, input: daily("x") }, { authorities: ["SCHEDULE_ADMIN"] });
    expectTypename(ok.data?.createIssuingSchedule, "MutationCreateIssuingScheduleSuccess");
  });
});

describe("create, update and read", () => {
  it("return the same shape; update keeps the scheduleReference and raises the version", async () => {
    const ref = await newProduct("DIGITAL");
    const input = {
      entitlementFormat: "PDF",
      friendlyName: "Monthly PDF",
      scheduleType: "Monthly",
      monthlySchedule: { issuingDay: 31, issuingTime: "09:15" },
      nonIssuingDates: ["2026-12-31"],
      issuePriorToStart: true,
      entitlementEnds: { afterIssues: 12 },
      timeZone: "europe/london",
    };
    const created = expectTypename(await create(ref, input), "MutationCreateIssuingScheduleSuccess").data;
    expect(created).toMatchObject({
      entitlementFormat: "PDF",
      friendlyName: "Monthly PDF",
      scheduleType: "MONTHLY",
      dailySchedule: null,
      monthlySchedule: { issuingDay: 31, issuingTime: "09:15" },
      annualSchedule: null,
      customSchedule: null,
      irregularSchedule: null,
      nonIssuingDates: ["2026-12-31"],
      issuePriorToStart: true,
      entitlementEnds: { afterIssues: 12, onDate: null },
      timeZone: "Europe/London",
      version: 1,
    });
    expect(created.scheduleReference).toMatch(/^[0-9a-f-]{36}$/);

    let read = await client.execute(READ, { ref });
    expect(read.data?.product?.schedules).toEqual([created]);

    const changed = {
      entitlementFormat: "EPUB",
      friendlyName: "Annual EPUB",
      scheduleType: "ANNUAL",
      annualSchedule: { issuingMonth: "february", issuingDay: 29, issuingTime: "07:00" },
      entitlementEnds: { onDate: "2030-02-28" },
    };
    const updated = expectTypename(await update(ref, created.scheduleReference, changed, 1), "MutationUpdateIssuingScheduleSuccess").data;
    expect(updated).toMatchObject({
      id: created.id,
      scheduleReference: created.scheduleReference,
      entitlementFormat: "EPUB",
      friendlyName: "Annual EPUB",
      scheduleType: "ANNUAL",
      monthlySchedule: null,
      annualSchedule: { issuingMonth: "February", issuingDay: 29, issuingTime: "07:00" },
      nonIssuingDates: [],
      issuePriorToStart: false,
      entitlementEnds: { afterIssues: null, onDate: "2030-02-28" },
      timeZone: "UTC",
      version: 2,
    });
    read = await client.execute(READ, { ref });
    expect(read.data?.product?.schedules).toEqual([updated]);

    const again = expectTypename(await update(ref, created.scheduleReference, changed), "MutationUpdateIssuingScheduleSuccess").data;
    expect(again.version).toBe(3);
  });

  it("returns each sub-schedule shape back: custom, irregular, daily and none", async () => {
    const ref = await newProduct("DIGITAL");
    const custom = expectTypename(
      await create(ref, {
        entitlementFormat: "C",
        friendlyName: "custom",
        scheduleType: "custom",
        customSchedule: { issuingUnit: 2, frequency: "weekly", startDate: "2026-01-05", issuingTime: "08:00" },
      }),
      "MutationCreateIssuingScheduleSuccess",
    ).data;
    expect(custom.customSchedule).toEqual({ issuingUnit: 2, frequency: "WEEKLY", startDate: "2026-01-05", issuingTime: "08:00" });
    const irregular = expectTypename(
      await create(ref, {
        entitlementFormat: "I",
        friendlyName: "irregular",
        scheduleType: "IRREGULAR",
        irregularSchedule: ["2026-02-01", "2026-03-15T09:30"],
      }),
      "MutationCreateIssuingScheduleSuccess",
    ).data;
    expect(irregular).toMatchObject({
      scheduleType: "IRREGULAR",
      irregularSchedule: ["2026-02-01", "2026-03-15T09:30"],
      entitlementEnds: null,
    });
    const none = expectTypename(
      await create(ref, { entitlementFormat: "N", friendlyName: "none", scheduleType: "none" }),
      "MutationCreateIssuingScheduleSuccess",
    ).data;
    expect(none).toMatchObject({ scheduleType: "NONE", dailySchedule: null, irregularSchedule: null, issuePriorToStart: false });
    const read = await client.execute(READ, { ref });
    expect(read.data?.product?.schedules).toEqual([custom, irregular, none]);
  });

  it("deletes a schedule and answers the product", async () => {
    const ref = await newProduct("PHYSICAL");
    const created = expectTypename(await create(ref, daily("paper")), "MutationCreateIssuingScheduleSuccess").data;
    const res = await client.execute(DELETE, { ref, sref: created.scheduleReference });
    expect(expectTypename(res.data?.deleteIssuingSchedule, "MutationDeleteIssuingScheduleSuccess").data).toEqual({
      reference: ref,
      schedules: [],
    });
    const again = await client.execute(DELETE, { ref, sref: created.scheduleReference });
    expectError(again.data?.deleteIssuingSchedule, "NotFoundError", 404, "Schedule configuration cannot be found");
    // the physical slot is free again
    expectTypename(await create(ref, daily("paper 2")), "MutationCreateIssuingScheduleSuccess");
  });
});

describe("400 ValidationError: every message of seed 004 with its path", () => {
  const cases: [string, IssuingScheduleInput, string[], string][] = [
    [
      "blank entitlement format",
      daily("n", { entitlementFormat: "  " }),
      ["input", "entitlementFormat"],
      "An entitlement format must be provided",
    ],
    [
      "too long entitlement format",
      daily("n", { entitlementFormat: "f".repeat(851) }),
      ["input", "entitlementFormat"],
      "An entitlement format cannot exceed 850 characters",
    ],
    [
      "missing friendly name",
      { scheduleType: "none" },
      ["input", "friendlyName"],
      "A friendly name is required to identify the purpose of the entitlement",
    ],
    [
      "blank friendly name",
      daily(" "),
      ["input", "friendlyName"],
      "A friendly name is required to identify the purpose of the entitlement",
    ],
    ["too long friendly name", daily("n".repeat(257)), ["input", "friendlyName"], "A friendly name cannot exceed 256 characters"],
    [
      "unknown schedule type",
      { friendlyName: "n", scheduleType: "weekly" },
      ["input", "scheduleType"],
      "Invalid schedule frequency provided. Please provide one of the following values: none, daily, monthly, annual, irregular or custom",
    ],
    [
      "missing schedule type",
      { friendlyName: "n" },
      ["input", "scheduleType"],
      "Invalid schedule frequency provided. Please provide one of the following values: none, daily, monthly, annual, irregular or custom",
    ],
    [
      "issuing day 32",
      { friendlyName: "n", scheduleType: "monthly", monthlySchedule: { issuingDay: 32, issuingTime: "06:00" } },
      ["input", "monthlySchedule", "issuingDay"],
      "Issuing day cannot exceed 31",
    ],
    [
      "issuing day 0",
      { friendlyName: "n", scheduleType: "monthly", monthlySchedule: { issuingDay: 0, issuingTime: "06:00" } },
      ["input", "monthlySchedule", "issuingDay"],
      "Issuing day must be 1 or more",
    ],
    [
      "issuing time 24:00",
      { friendlyName: "n", scheduleType: "daily", dailySchedule: { issuingTime: "24:00" } },
      ["input", "dailySchedule", "issuingTime"],
      "Issuing time must be between 00:00 - 23:59 and specified as hours and minutes only",
    ],
    [
      "issuing time with seconds",
      { friendlyName: "n", scheduleType: "daily", dailySchedule: { issuingTime: "06:00:00" } },
      ["input", "dailySchedule", "issuingTime"],
      "Issuing time must be between 00:00 - 23:59 and specified as hours and minutes only",
    ],
    [
      "abbreviated month",
      { friendlyName: "n", scheduleType: "annual", annualSchedule: { issuingMonth: "Jan", issuingDay: 1, issuingTime: "06:00" } },
      ["input", "annualSchedule", "issuingMonth"],
      "Invalid month provided. Please provide the full string value e.g. January",
    ],
    [
      "February 30",
      { friendlyName: "n", scheduleType: "annual", annualSchedule: { issuingMonth: "February", issuingDay: 30, issuingTime: "06:00" } },
      ["input", "annualSchedule", "issuingDay"],
      "The date provided is invalid",
    ],
    [
      "issuing unit 1000",
      {
        friendlyName: "n",
        scheduleType: "custom",
        customSchedule: { issuingUnit: 1000, frequency: "daily", startDate: "2026-02-01", issuingTime: "06:00" },
      },
      ["input", "customSchedule", "issuingUnit"],
      "Invalid IssuingUnit provided. Please provide a value between 1 - 999",
    ],
    [
      "hourly frequency",
      {
        friendlyName: "n",
        scheduleType: "custom",
        customSchedule: { issuingUnit: 1, frequency: "hourly", startDate: "2026-02-01", issuingTime: "06:00" },
      },
      ["input", "customSchedule", "frequency"],
      "Invalid frequency provided. Please provide daily, weekly, monthly or annual",
    ],
    [
      "bad start date",
      {
        friendlyName: "n",
        scheduleType: "custom",
        customSchedule: { issuingUnit: 1, frequency: "daily", startDate: "2026/02/01", issuingTime: "06:00" },
      },
      ["input", "customSchedule", "startDate"],
      "Invalid start date provided",
    ],
    [
      "bad non-issuing date",
      daily("n", { nonIssuingDates: ["2026-01-20", "2026-13-01"] }),
      ["input", "nonIssuingDates", "1"],
      "Invalid date format non-issuing dates",
    ],
    [
      "impossible irregular date",
      { friendlyName: "n", scheduleType: "irregular", irregularSchedule: ["2026-02-30"] },
      ["input", "irregularSchedule", "0"],
      "The date provided is invalid",
    ],
    [
      "past irregular date",
      { friendlyName: "n", scheduleType: "irregular", irregularSchedule: ["2026-03-01", "2026-01-15T11:59"] },
      ["input", "irregularSchedule", "1"],
      "Invalid dates provided, please provide a date in the future",
    ],
    [
      "bad entitlement end date",
      daily("n", { entitlementEnds: { onDate: "2026-02-30" } }),
      ["input", "entitlementEnds", "onDate"],
      "The date provided is invalid",
    ],
    [
      "both entitlement ends",
      daily("n", { entitlementEnds: { afterIssues: 3, onDate: "2026-06-30" } }),
      ["input", "entitlementEnds"],
      "An entitlement ends either after a number of issues or on a date, not both",
    ],
    [
      "zero issues",
      daily("n", { entitlementEnds: { afterIssues: 0 } }),
      ["input", "entitlementEnds", "afterIssues"],
      "An entitlement must end after 1 or more issues",
    ],
  ];

  it.each(cases)("%s", async (_name, input, path, message) => {
    const ref = await newProduct("PHYSICAL");
    expectValidation(await create(ref, input), [{ path, message }]);
    // the update (seed 001) answers the same
    const created = expectTypename(await create(ref, daily("valid")), "MutationCreateIssuingScheduleSuccess").data;
    expectValidation(await update(ref, created.scheduleReference, input), [{ path, message }]);
  });

  it("rejects an unknown time zone on its field", async () => {
    const ref = await newProduct("PHYSICAL");
    const error = expectTypename(await create(ref, daily("n", { timeZone: "Mars/Olympus" })), "ValidationError");
    expect(error.fieldErrors).toEqual([{ path: ["input", "timeZone"], message: expect.stringContaining("Mars/Olympus") }]);
  });

  it("lists several problems of one request together", async () => {
    const ref = await newProduct("DIGITAL");
    const result = await create(ref, {
      entitlementFormat: "",
      friendlyName: "n".repeat(300),
      scheduleType: "annual",
      annualSchedule: { issuingMonth: "Febuary", issuingDay: 40, issuingTime: "7am" },
      nonIssuingDates: ["soon"],
    });
    expectValidation(result, [
      { path: ["input", "entitlementFormat"], message: "An entitlement format must be provided" },
      { path: ["input", "friendlyName"], message: "A friendly name cannot exceed 256 characters" },
      {
        path: ["input", "annualSchedule", "issuingMonth"],
        message: "Invalid month provided. Please provide the full string value e.g. January",
      },
      { path: ["input", "annualSchedule", "issuingDay"], message: "Issuing day cannot exceed 31" },
      {
        path: ["input", "annualSchedule", "issuingTime"],
        message: "Issuing time must be between 00:00 - 23:59 and specified as hours and minutes only",
      },
      { path: ["input", "nonIssuingDates", "0"], message: "Invalid date format non-issuing dates" },
    ]);
  });

  it("requires an entitlement format on a digital product (decided after reading the product)", async () => {
    const ref = await newProduct("DIGITAL");
    expectValidation(await create(ref, daily("no format")), [
      { path: ["input", "entitlementFormat"], message: "An entitlement format must be provided" },
    ]);
  });
});

describe("404 NotFoundError", () => {
  it("Product cannot be found: create, update and delete", async () => {
    expectError(await create("missing", daily("n")), "NotFoundError", 404, "Product cannot be found");
    expectError(await update("missing", "any", daily("n")), "NotFoundError", 404, "Product cannot be found");
    const res = await client.execute(DELETE, { ref: "missing", sref: "any" });
    expectError(res.data?.deleteIssuingSchedule, "NotFoundError", 404, "Product cannot be found");
  });

  it("Schedule configuration cannot be found: unknown reference, or a schedule of another product", async () => {
    const ref = await newProduct("PHYSICAL");
    const other = await newProduct("PHYSICAL");
    const created = expectTypename(await create(other, daily("theirs")), "MutationCreateIssuingScheduleSuccess").data;
    expectError(await update(ref, "unknown", daily("n")), "NotFoundError", 404, "Schedule configuration cannot be found");
    expectError(await update(ref, created.scheduleReference, daily("n")), "NotFoundError", 404, "Schedule configuration cannot be found");
    const res = await client.execute(DELETE, { ref, sref: created.scheduleReference });
    expectError(res.data?.deleteIssuingSchedule, "NotFoundError", 404, "Schedule configuration cannot be found");
  });
});

describe("412 PreconditionFailedError", () => {
  it("refuses a service product", async () => {
    const ref = await newProduct("SERVICE");
    expectError(
      await create(ref, daily("n")),
      "PreconditionFailedError",
      412,
      "To configure an issuing schedule, your product must be of type physical or digital",
    );
  });

  const mismatches: [string, IssuingScheduleInput, string][] = [
    [
      "daily",
      { scheduleType: "monthly", monthlySchedule: { issuingDay: 1, issuingTime: "06:00" }, dailySchedule: { issuingTime: "06:00" } },
      "A schedule type of daily is required to allow the passing of a daily schedule",
    ],
    [
      "monthly",
      { scheduleType: "daily", dailySchedule: { issuingTime: "06:00" }, monthlySchedule: { issuingDay: 1, issuingTime: "06:00" } },
      "A schedule type of monthly is required to allow the passing of a monthly schedule",
    ],
    [
      "annual",
      { scheduleType: "none", annualSchedule: { issuingMonth: "May", issuingDay: 1, issuingTime: "06:00" } },
      "A schedule type of annual is required to allow the passing of an annual schedule",
    ],
    [
      "custom",
      {
        scheduleType: "daily",
        dailySchedule: { issuingTime: "06:00" },
        customSchedule: { issuingUnit: 1, frequency: "daily", startDate: "2026-02-01", issuingTime: "06:00" },
      },
      "A schedule type of custom is required to allow the passing of an custom schedule",
    ],
    [
      "irregular",
      { scheduleType: "daily", dailySchedule: { issuingTime: "06:00" }, irregularSchedule: ["2026-05-01"] },
      "A schedule type of irregular is required to allow the passing of a irregular dates",
    ],
  ];

  it.each(mismatches)("a %s sub-schedule with another schedule type", async (_name, input, message) => {
    const ref = await newProduct("PHYSICAL");
    expectError(await create(ref, { friendlyName: "n", ...input }), "PreconditionFailedError", 412, message);
    const created = expectTypename(await create(ref, daily("valid")), "MutationCreateIssuingScheduleSuccess").data;
    expectError(await update(ref, created.scheduleReference, { friendlyName: "n", ...input }), "PreconditionFailedError", 412, message);
  });

  it("refuses an entitlement format on a physical product", async () => {
    const ref = await newProduct("PHYSICAL");
    expectError(
      await create(ref, daily("n", { entitlementFormat: "PDF" })),
      "PreconditionFailedError",
      412,
      "Entitlement format is not supported for physical products",
    );
  });
});

describe("409 ConflictError", () => {
  it("one physical schedule per product", async () => {
    const ref = await newProduct("PHYSICAL");
    expectTypename(await create(ref, daily("first")), "MutationCreateIssuingScheduleSuccess");
    expectError(await create(ref, daily("second")), "ConflictError", 409, "A single product can only have 1 physical schedule configured");
  });

  it("unique entitlement format and friendly name on a product, on create and update", async () => {
    const ref = await newProduct("DIGITAL");
    const a = expectTypename(await create(ref, daily("A", { entitlementFormat: "PDF" })), "MutationCreateIssuingScheduleSuccess").data;
    const b = expectTypename(await create(ref, daily("B", { entitlementFormat: "EPUB" })), "MutationCreateIssuingScheduleSuccess").data;
    const formatTaken = "A schedule exists with the provided entitlement format. An entitlement format must be unique on a product";
    const nameTaken = "A schedule exists with the provided friendly name. A friendly name must be unique on a product";
    expectError(await create(ref, daily("C", { entitlementFormat: "PDF" })), "ConflictError", 409, formatTaken);
    expectError(await create(ref, daily("A", { entitlementFormat: "MOBI" })), "ConflictError", 409, nameTaken);
    expectError(await update(ref, b.scheduleReference, daily("B", { entitlementFormat: "PDF" })), "ConflictError", 409, formatTaken);
    expectError(await update(ref, b.scheduleReference, daily("A", { entitlementFormat: "EPUB" })), "ConflictError", 409, nameTaken);
    // a schedule does not conflict with itself, and another product may reuse both
    expectTypename(
      await update(ref, a.scheduleReference, daily("A", { entitlementFormat: "PDF" })),
      "MutationUpdateIssuingScheduleSuccess",
    );
    const other = await newProduct("DIGITAL");
    expectTypename(await create(other, daily("A", { entitlementFormat: "PDF" })), "MutationCreateIssuingScheduleSuccess");
  });

  it("a stale expectedVersion is a Write Conflict", async () => {
    const ref = await newProduct("PHYSICAL");
    const created = expectTypename(await create(ref, daily("v")), "MutationCreateIssuingScheduleSuccess").data;
    expectTypename(await update(ref, created.scheduleReference, daily("v2"), 1), "MutationUpdateIssuingScheduleSuccess");
    expectError(await update(ref, created.scheduleReference, daily("v3"), 1), "ConflictError", 409, "Write Conflict");
  });

  it("twenty concurrent creates with one friendly name: one success, nineteen conflicts, one row", async () => {
    const ref = await newProduct("DIGITAL");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.execute(CREATE, { ref, input: daily("Same name", { entitlementFormat: `F${i}` }) })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const payloads = results.map((r) => r.data?.createIssuingSchedule);
    expect(payloads.filter((p) => p?.__typename === "MutationCreateIssuingScheduleSuccess")).toHaveLength(1);
    const conflicts = payloads.filter((p) => p?.__typename === "ConflictError");
    expect(conflicts).toHaveLength(19);
    for (const c of conflicts) {
      expect(c).toMatchObject({
        status: 409,
        message: "A schedule exists with the provided friendly name. A friendly name must be unique on a product",
      });
    }
    const read = await client.execute(READ, { ref });
    expect(read.data?.product?.schedules).toHaveLength(1);
  });

  it("twenty concurrent creates on a physical product: one physical schedule", async () => {
    const ref = await newProduct("PHYSICAL");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => client.execute(CREATE, { ref, input: daily(`N${i}`) })));
    const payloads = results.map((r) => r.data?.createIssuingSchedule);
    expect(payloads.filter((p) => p?.__typename === "MutationCreateIssuingScheduleSuccess")).toHaveLength(1);
    expect(
      payloads.filter((p) => p && "message" in p && p.message === "A single product can only have 1 physical schedule configured"),
    ).toHaveLength(19);
  });
});

describe("the order of the answers: 400 → 404 → 412 → 409", () => {
  it("400 before 404: an invalid input for an unknown product", async () => {
    expectValidation(await create("missing", daily(" ")), [
      { path: ["input", "friendlyName"], message: "A friendly name is required to identify the purpose of the entitlement" },
    ]);
    expectTypename(await update("missing", "any", daily("n", { entitlementFormat: "" })), "ValidationError");
  });

  it("404 before 412: a mismatched sub-schedule for an unknown product or schedule", async () => {
    const input = { friendlyName: "n", scheduleType: "none", dailySchedule: { issuingTime: "06:00" } };
    expectError(await create("missing", input), "NotFoundError", 404, "Product cannot be found");
    const service = await newProduct("SERVICE");
    expectError(await update(service, "unknown", input), "NotFoundError", 404, "Schedule configuration cannot be found");
  });

  it("412 before 409: a mismatched sub-schedule reusing a taken friendly name", async () => {
    const ref = await newProduct("DIGITAL");
    expectTypename(await create(ref, daily("taken", { entitlementFormat: "PDF" })), "MutationCreateIssuingScheduleSuccess");
    const input = daily("taken", { entitlementFormat: "PDF", irregularSchedule: ["2026-05-01"] });
    expectError(
      await create(ref, input),
      "PreconditionFailedError",
      412,
      "A schedule type of irregular is required to allow the passing of a irregular dates",
    );
    const physical = await newProduct("PHYSICAL");
    expectTypename(await create(physical, daily("one")), "MutationCreateIssuingScheduleSuccess");
    expectError(
      await create(physical, daily("two", { entitlementFormat: "PDF" })),
      "PreconditionFailedError",
      412,
      "Entitlement format is not supported for physical products",
    );
  });

  it("the digital product's missing entitlement format (400) before a 412", async () => {
    const ref = await newProduct("DIGITAL");
    const input = daily("n", { monthlySchedule: { issuingDay: 1, issuingTime: "06:00" } });
    expectValidation(await create(ref, input), [
      { path: ["input", "entitlementFormat"], message: "An entitlement format must be provided" },
    ]);
  });
});
