/** npx vitest bench --run --config vitest.bench.config.ts */
import { bench, describe } from "vitest";
import { CRON_CASES, FAR, START, campaignCalendar, croner, cronParser, issuingCalendar, jobCalendar, ours, oursFromSpec } from "./cases";

for (const c of CRON_CASES) {
  describe(`1000 occurrences of ${c.name}`, () => {
    bench("ours (parse + iterate)", () => {
      oursFromSpec(c.spec, c.zone);
    });
    bench("croner", () => {
      croner(c.spec, c.zone);
    });
    bench("cron-parser", () => {
      cronParser(c.spec, c.zone);
    });
  });
}

describe("1000 occurrences of the other kinds", () => {
  bench("campaign WEEKLY days 2..6, hours 8 every 3, New York", () => {
    ours(campaignCalendar);
  });
  bench("issuing CUSTOM every 2 weeks", () => {
    ours(issuingCalendar);
  });
});

for (const [name, calendar] of [
  ["campaign", campaignCalendar],
  ["issuing", issuingCalendar],
  ["cron */5 London", jobCalendar("*/5 * * * *", "Europe/London")],
] as const) {
  describe(`first 10 of ${name}: after 2026 vs after 2200`, () => {
    bench("after 2026", () => {
      ours(calendar, START, 10);
    });
    bench("after 2200", () => {
      ours(calendar, FAR, 10);
    });
  });
}
