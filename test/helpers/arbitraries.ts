/**
 * fast-check arbitraries of hostile and ordinary inputs for the GraphQL API: strings (unicode, lone
 * surrogates, NUL, lengths around every limit), numbers (negative, out of the 32-bit Int range,
 * non-integers), ISO instants and local dates (valid, invalid, far past and future), zones (IANA,
 * aliases, offsets, garbage), cron texts, selectors, and the nested inputs of every mutation.
 *
 * Every arbitrary mixes values the service accepts with values it must refuse, so that fuzzing reaches
 * both the success and the typed-error paths. `undefined` members leave a field out of the JSON.
 */
import fc from "fast-check";

const maybe = <T>(arb: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | undefined | null> =>
  fc.oneof({ arbitrary: arb, weight: freq }, { arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: fc.constant(null), weight: 1 });

// ---- strings ----

/** Lengths just around the service's limits (3, 256, 850, 1024, 2048). */
const LIMIT_LENGTHS = [0, 1, 2, 3, 255, 256, 257, 849, 850, 851, 1023, 1024, 1025, 2047, 2048, 2049];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const oddChar = fc.constantFrom(
  "\u0000",
  "\u0008",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\uffff",
  "'",
  '"',
  "\\",
  "%",
  "_",
  "`",
  ";",
  "--",
  "\n",
  "\t",
  " ",
);

/** Any text: empty, unicode (emoji, combining marks, RTL), control characters, lone surrogates, SQL-ish. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 2 },
  {
    arbitrary: fc.array(fc.oneof(oddChar, loneSurrogate, fc.string({ maxLength: 3 })), { maxLength: 12 }).map((a) => a.join("")),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      "",
      " ",
      "   ",
      "null",
      "undefined",
      "NaN",
      "0",
      "-1",
      "' OR 1=1 --",
      "Robert'); DROP TABLE JobSchedule;--",
      "%s%n",
      "${x}",
      "<script>",
      "../../etc/passwd",
    ),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(fc.constantFrom(...LIMIT_LENGTHS), fc.constantFrom("x", "é", "😀", " ", "\u0000")).map(([n, c]) => c.repeat(n)),
    weight: 1,
  },
);

/** A string that is usually a reasonable name (3 to 40 characters), sometimes anything at all. */
export const nameLike: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: "grapheme", minLength: 3, maxLength: 30 }), weight: 3 },
  { arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._-]{2,20}$/), weight: 3 },
  { arbitrary: anyString, weight: 2 },
);

// ---- numbers ----

/** Int arguments: small (around 0 and the ranges 1-31, 1-999, 1-1000), 32-bit extremes, and values GraphQL Int refuses. */
export const anyInt: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 40 }), weight: 6 },
  { arbitrary: fc.constantFrom(0, 998, 999, 1000, 1001, 10_000, -2147483648, 2147483647), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  // outside GraphQL's Int: a request error (400), never a 500
  { arbitrary: fc.constantFrom(2147483648, -2147483649, 2 ** 53, -(2 ** 53), 1e300, 1.5, -0.5, 0.1), weight: 1 },
  { arbitrary: fc.double({ noNaN: true }), weight: 1 },
);

/** A `first` argument: mostly modest (so requests stay under the cost limit), sometimes hostile. */
export const firstArg: fc.Arbitrary<number | undefined | null> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 50 }), weight: 6 },
  { arbitrary: anyInt, weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

// ---- dates ----

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Real instants from year 1 to 9999, written as the API writes them. */
const validInstant = fc
  .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
/** Instants near now (2020-2035), where most occurrences are. */
const nearInstant = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
const offsetInstant = fc
  .tuple(nearInstant, fc.constantFrom("+05:30", "-12:00", "+14:00", "+00:00", "-00:00", "+23:59", "+24:00", "+5", "Z"))
  .map(([iso, offset]) => iso.replace(/\.\d{3}Z$/, offset));

/** DateTime argument values: valid instants (with Z or an offset), far past/future, and invalid texts. */
export const anyInstant: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nearInstant, weight: 5 },
  { arbitrary: offsetInstant, weight: 2 },
  { arbitrary: validInstant, weight: 2 },
  {
    arbitrary: fc.constantFrom(
      "-271821-04-20T00:00:00Z",
      "+275760-09-13T00:00:00Z",
      "+275760-09-13T00:00:00.001Z",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999Z",
      "1970-01-01T00:00:00Z",
      "2026-02-30T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-03-08T02:30:00", // no zone designator
      "2026-03-08",
      "2026-03-08T25:00:00Z",
      "2026-03-08T02:30:00[America/New_York]",
      "now",
      "",
      "1e20",
    ),
    weight: 2,
  },
  { arbitrary: anyString, weight: 1 },
);

/** Local dates YYYY-MM-DD: real ones near now and far away, impossible ones, and other texts. */
const anyLocalDate: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nearInstant.map((iso) => iso.slice(0, 10)), weight: 5 },
  { arbitrary: validInstant.map((iso) => iso.slice(0, 10)), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      "2026-02-29",
      "2028-02-29",
      "2026-1-1",
      "26-01-01",
      "2026/01/01",
      "--02-29",
      "+2026-01-01",
      "2026-01-01T00:00",
    ),
    weight: 1,
  },
  { arbitrary: anyString, weight: 1 },
);

/** Local date-times YYYY-MM-DDTHH:mm (irregular schedules), including DST gaps and bad times. */
const anyLocalDateTime: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .tuple(anyLocalDate, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
      .map(([d, h, m]) => `${d}T${pad(h)}:${pad(m)}`),
    weight: 3,
  },
  { arbitrary: fc.constantFrom("2026-03-08T02:30", "2026-03-29T01:30", "2026-11-01T01:30", "2026-07-01T12:00:00"), weight: 1 },
  { arbitrary: anyLocalDate, weight: 2 },
);

/** Local times HH:mm, valid or not. */
const anyTime: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
    weight: 5,
  },
  { arbitrary: fc.constantFrom("24:00", "23:60", "9:00", "09:00:00", "9am", "-1:00", "00:00", "02:30", "", "  ", "１２:００"), weight: 2 },
  { arbitrary: anyString, weight: 1 },
);

// ---- zones ----

const VALID_ZONES = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "America/Santiago",
  "Africa/Casablanca",
  "Etc/GMT+12",
  "Etc/GMT-14",
];

/** Zones: IANA ids, aliases (java SHORT_IDS), fixed offsets, wrong case, and garbage. */
export const anyZone: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...VALID_ZONES), weight: 5 },
  {
    arbitrary: fc.constantFrom("CST", "PST", "EST", "MST", "HST", "IST", "JST", "ECT", "GMT", "Z", "utc", "US/Eastern", "Asia/Calcutta"),
    weight: 2,
  },
  { arbitrary: fc.constantFrom("UTC+05:30", "UTC-12:00", "UTC+14:00", "UTC+24:00", "+05:30", "GMT+1", "UTC+5", "UTC+99:99"), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      "europe/london",
      "Mars/Olympus_Mons",
      "America/",
      "/",
      "Etc/GMT+13",
      "Local",
      "SystemV/EST5",
      "Europe/London\u0000",
    ),
    weight: 1,
  },
  { arbitrary: anyString, weight: 1 },
);

// ---- cron ----

const cronAtom = fc.oneof(
  fc.constantFrom(
    "*",
    "?",
    "L",
    "W",
    "LW",
    "5L",
    "15W",
    "1#2",
    "MON#5",
    "JAN",
    "dec",
    "SUN",
    "fri",
    "0",
    "59",
    "60",
    "23",
    "24",
    "31",
    "32",
    "7",
    "-1",
  ),
  fc.integer({ min: 0, max: 70 }).map(String),
);
const cronField = fc.oneof(
  { arbitrary: cronAtom, weight: 4 },
  { arbitrary: fc.tuple(cronAtom, cronAtom).map(([a, b]) => `${a}-${b}`), weight: 2 },
  { arbitrary: fc.tuple(cronAtom, fc.integer({ min: -1, max: 100 })).map(([a, n]) => `${a}/${n}`), weight: 2 },
  { arbitrary: fc.tuple(cronAtom, cronAtom, fc.integer({ min: 0, max: 9 })).map(([a, b, n]) => `${a}-${b}/${n}`), weight: 1 },
  { arbitrary: fc.array(cronAtom, { minLength: 2, maxLength: 5 }).map((a) => a.join(",")), weight: 2 },
);

/** Cron specifications: five fields from a cron alphabet (plus too few or too many), macros, and any text. */
export const anyCron: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.array(cronField, { minLength: 5, maxLength: 5 }).map((f) => f.join(" ")), weight: 6 },
  { arbitrary: fc.array(cronField, { minLength: 0, maxLength: 8 }).map((f) => f.join(" ")), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      "@yearly",
      "@annually",
      "@monthly",
      "@weekly",
      "@daily",
      "@midnight",
      "@hourly",
      "@reboot",
      "@every 5m",
      "@DAILY",
      "@",
    ),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      "* * * * *",
      "0 0 29 2 *",
      "0 0 31 2 *",
      "0 0 30 2 1",
      "30 2 * * *",
      "0 0 1 1 *",
      "*/1 */1 */1 */1 */1",
      "0 0 * * 0,7",
      " 0  0 * * * ",
      "0\t0 * * *",
    ),
    weight: 2,
  },
  { arbitrary: anyString, weight: 1 },
);

// ---- selectors ----

const selectorValue = fc.oneof(
  { arbitrary: fc.integer({ min: -2, max: 33 }).map(String), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      "L",
      "L-1",
      "L-5",
      "L-30",
      "L-31",
      "L-",
      "l",
      "--02-29",
      "--12-31",
      "--13-01",
      "--02-30",
      "0x10",
      "08",
      " 8",
      "1.0",
      "+3",
    ),
    weight: 2,
  },
  { arbitrary: anyLocalDate, weight: 2 },
  { arbitrary: anyString, weight: 1 },
);

export interface SelectorInput {
  type: "LIST" | "RANGE";
  values: string[];
  interval?: number | null;
}

/** LIST or RANGE with random values and intervals (GraphQL refuses a bad `type` before the service sees it). */
const anySelector: fc.Arbitrary<SelectorInput> = fc.record(
  {
    type: fc.constantFrom("LIST" as const, "RANGE" as const),
    values: fc.array(selectorValue, { minLength: 0, maxLength: 6 }),
    interval: maybe(anyInt, 1),
  },
  { requiredKeys: ["type", "values"] },
) as fc.Arbitrary<SelectorInput>;

// ---- inputs of every mutation ----

export const JOB_TYPES = ["BILLING_RUN", "IMPORT", "PAYMENT_RUN", "TAX_RUN"] as const;

/** JobScheduleInput; with a small weight, a job type GraphQL refuses (a 400 request error). */
export const jobScheduleInput = fc.record(
  {
    name: nameLike,
    specification: anyCron,
    location: maybe(anyZone),
    externalRef: maybe(anyString),
    job: fc
      .oneof(
        { arbitrary: fc.constantFrom(...JOB_TYPES), weight: 20 },
        { arbitrary: fc.constantFrom("LAUNDRY", "billing_run", ""), weight: 1 },
      )
      .map((jobType) => ({ jobType })),
  },
  { requiredKeys: ["name", "specification", "job"] },
);

const CAMPAIGN_TYPES = ["ANNUALLY", "CALENDAR", "DAILY", "MONTHLY", "WEEKLY"] as const;

/** CampaignTemplateScheduleInput: every combination of months/days/hours selectors, zones and expirations. */
export const campaignScheduleInput = fc.record(
  {
    type: fc.constantFrom(...CAMPAIGN_TYPES),
    months: maybe(anySelector, 1),
    days: maybe(anySelector, 2),
    hours: maybe(anySelector, 6),
    expiration: maybe(anyInstant, 1),
    timeZoneId: maybe(anyZone),
  },
  { requiredKeys: ["type"] },
);

export const PRODUCT_TYPES = ["PHYSICAL", "DIGITAL", "SERVICE"] as const;

const scheduleTypeText = fc.oneof(
  { arbitrary: fc.constantFrom("none", "daily", "monthly", "annual", "irregular", "custom"), weight: 4 },
  { arbitrary: fc.constantFrom("NONE", "Daily", "MONTHLY", "Annual", "IRREGULAR", "CUSTOM"), weight: 2 },
  { arbitrary: fc.constantFrom("weekly", "annually", "", " daily", "dai\u0000ly"), weight: 1 },
  { arbitrary: anyString, weight: 1 },
);
const monthName = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "January",
      "February",
      "march",
      "APRIL",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ),
    weight: 4,
  },
  { arbitrary: fc.constantFrom("Jan", "Febuary", "13", "", "Smarch"), weight: 1 },
  { arbitrary: anyString, weight: 1 },
);
const frequencyText = fc.oneof(
  { arbitrary: fc.constantFrom("daily", "weekly", "monthly", "annual", "DAILY", "Weekly", "MONTHLY", "ANNUAL"), weight: 4 },
  { arbitrary: fc.constantFrom("yearly", "hourly", "", "fortnightly"), weight: 1 },
  { arbitrary: anyString, weight: 1 },
);

/** IssuingScheduleInput with every nested sub-schedule possible at once (matching scheduleType or not). */
export const issuingScheduleInput = fc.record(
  {
    friendlyName: maybe(nameLike, 8),
    entitlementFormat: maybe(fc.oneof(fc.constantFrom("PDF", "EPUB", "HTML", "MP3"), nameLike), 4),
    scheduleType: maybe(scheduleTypeText, 10),
    dailySchedule: maybe(fc.record({ issuingTime: maybe(anyTime, 6) }, { requiredKeys: [] }), 1),
    monthlySchedule: maybe(fc.record({ issuingDay: maybe(anyInt, 6), issuingTime: maybe(anyTime, 6) }, { requiredKeys: [] }), 1),
    annualSchedule: maybe(
      fc.record({ issuingDay: maybe(anyInt, 6), issuingMonth: maybe(monthName, 6), issuingTime: maybe(anyTime, 6) }, { requiredKeys: [] }),
      1,
    ),
    customSchedule: maybe(
      fc.record(
        {
          issuingUnit: maybe(anyInt, 6),
          frequency: maybe(frequencyText, 6),
          startDate: maybe(anyLocalDate, 6),
          issuingTime: maybe(anyTime, 6),
        },
        { requiredKeys: [] },
      ),
      1,
    ),
    irregularSchedule: maybe(fc.array(anyLocalDateTime, { maxLength: 5 }), 1),
    nonIssuingDates: maybe(fc.array(anyLocalDate, { maxLength: 4 }), 1),
    issuePriorToStart: maybe(fc.boolean(), 1),
    entitlementEnds: maybe(fc.record({ afterIssues: maybe(anyInt, 2), onDate: maybe(anyLocalDate, 2) }, { requiredKeys: [] }), 1),
    timeZone: maybe(anyZone, 2),
  },
  { requiredKeys: [] },
);

/** An issuing input shaped to be valid more often: the sub-schedule that matches its type. */
export const plausibleIssuingScheduleInput = fc
  .tuple(
    fc.constantFrom("none", "daily", "monthly", "annual", "irregular", "custom"),
    anyTime,
    fc.integer({ min: 1, max: 31 }),
    monthName,
    fc.integer({ min: 1, max: 30 }),
    frequencyText,
    anyLocalDate,
    fc.array(anyLocalDateTime, { minLength: 1, maxLength: 4 }),
    issuingScheduleInput,
  )
  .chain(([scheduleType, issuingTime, issuingDay, issuingMonth, issuingUnit, frequency, startDate, dates, rest]) =>
    fc
      .tuple(fc.stringMatching(/^[a-z]{3,8}-[0-9]{1,4}$/), fc.constantFrom("PDF", "EPUB", "HTML", "MP3", "AZW3", "MOBI", "CBZ"))
      .map(([friendlyName, format]) => {
        const base = {
          ...rest,
          friendlyName: rest.friendlyName === undefined ? undefined : friendlyName,
          entitlementFormat: rest.entitlementFormat === null ? null : `${format}-${friendlyName}`,
          scheduleType,
          dailySchedule: undefined,
          monthlySchedule: undefined,
          annualSchedule: undefined,
          customSchedule: undefined,
          irregularSchedule: undefined,
        };
        switch (scheduleType) {
          case "daily":
            return { ...base, dailySchedule: { issuingTime } };
          case "monthly":
            return { ...base, monthlySchedule: { issuingDay, issuingTime } };
          case "annual":
            return { ...base, annualSchedule: { issuingDay, issuingMonth, issuingTime } };
          case "custom":
            return { ...base, customSchedule: { issuingUnit, frequency, startDate, issuingTime } };
          case "irregular":
            return { ...base, irregularSchedule: dates };
          default:
            return base;
        }
      }),
  );

// ---- plausible inputs: valid more often than not, so fuzzing reaches the writes' success paths ----

/** Instants, nearly always valid and near now. */
export const mostlyValidInstant: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nearInstant, weight: 8 },
  { arbitrary: anyInstant, weight: 1 },
);

const validCronField = (min: number, max: number) =>
  fc.oneof(
    fc.constant("*"),
    fc.integer({ min, max }).map(String),
    fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
    fc.integer({ min: 1, max: Math.max(1, max) }).map((n) => `*/${n}`),
    fc.uniqueArray(fc.integer({ min, max }), { minLength: 2, maxLength: 4 }).map((a) => a.join(",")),
  );

/** Five valid cron fields, or a macro. */
export const validCron: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .tuple(validCronField(0, 59), validCronField(0, 23), validCronField(1, 31), validCronField(1, 12), validCronField(0, 7))
      .map((f) => f.join(" ")),
    weight: 5,
  },
  { arbitrary: fc.constantFrom("@yearly", "@monthly", "@weekly", "@daily", "@hourly", "30 2 * * *", "0 9 * JAN,JUL MON-FRI"), weight: 1 },
);

export const plausibleJobScheduleInput = fc.record(
  {
    name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._-]{2,30}$/),
    specification: validCron,
    location: fc.option(fc.constantFrom(...VALID_ZONES, "CST", "PST", "UTC+05:30"), { nil: undefined }),
    externalRef: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    job: fc.constantFrom(...JOB_TYPES).map((jobType) => ({ jobType })),
  },
  { requiredKeys: ["name", "specification", "job"] },
);

const intList = (min: number, max: number) =>
  fc.oneof(
    {
      arbitrary: fc
        .uniqueArray(fc.integer({ min, max }), { minLength: 1, maxLength: 4 })
        .map((v) => ({ type: "LIST" as const, values: v.map(String) })),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min, max }), fc.integer({ min: 1, max: 5 }))
        .map(([v, interval]) => ({ type: "LIST" as const, values: [String(v)], interval })),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min, max }), fc.integer({ min, max }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }))
        .map(([a, b, interval]) => ({ type: "RANGE" as const, values: [String(a), String(b)], ...(interval ? { interval } : {}) })),
      weight: 1,
    },
  );

/** A campaign template schedule shaped by its type (values in range, dates in the future), sometimes with one wrong part. */
export const plausibleCampaignScheduleInput = fc
  .tuple(
    fc.constantFrom(...CAMPAIGN_TYPES),
    intList(0, 23),
    intList(1, 7),
    fc.oneof(intList(1, 31), fc.constantFrom({ type: "LIST" as const, values: ["L"] }, { type: "LIST" as const, values: ["L-2", "15"] })),
    intList(1, 12),
    fc.uniqueArray(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `--${pad(m)}-${pad(d)}`),
      { minLength: 1, maxLength: 3 },
    ),
    fc.uniqueArray(
      fc
        .date({ min: new Date("2026-02-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { minLength: 1, maxLength: 3 },
    ),
    fc.option(fc.constantFrom(...VALID_ZONES, "CST", "PST", "UTC+05:30"), { nil: undefined }),
    fc.option(
      fc
        .date({ min: new Date("2026-02-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString()),
      { nil: undefined },
    ),
    fc.boolean(),
  )
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch returns for every campaign type (tsc checks it)
  .map(([type, hours, weekdays, monthDays, months, monthDates, dates, timeZoneId, expiration, annualByMonths]) => {
    const base = { type, hours, timeZoneId, expiration };
    switch (type) {
      case "DAILY":
        return base;
      case "WEEKLY":
        return { ...base, days: weekdays };
      case "MONTHLY":
        return { ...base, days: monthDays };
      case "ANNUALLY":
        return annualByMonths ? { ...base, months, days: monthDays } : { ...base, days: { type: "LIST" as const, values: monthDates } };
      case "CALENDAR":
        return { ...base, days: { type: "LIST" as const, values: dates } };
    }
  });
