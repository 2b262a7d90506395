/** Agreement with cron-parser 5.10 (which STACK.md found to follow SEMANTICS.md's DST rules). */
import { describe, expect, it } from "vitest";
import { CronExpressionParser } from "cron-parser";
import { occurrences, parseJobSpec } from "../../src/recurrence/index";
import { ok } from "./helpers";

const cases: [string, string, string][] = [
  ["0 9 * * 1-5", "America/New_York", "2026-03-27T00:00:00Z"],
  ["*/5 * * * *", "Europe/London", "2026-03-27T00:00:00Z"],
  ["15 10 * JAN,JUL MON-FRI", "Europe/Paris", "2026-01-01T00:00:00Z"],
  ["0 0 L * *", "Australia/Sydney", "2026-01-01T00:00:00Z"],
  ["30 4 1,15 * 5", "Asia/Kolkata", "2026-01-01T00:00:00Z"],
  ["0 */3 * * *", "America/New_York", "2026-01-01T00:00:00Z"],
];

describe("agreement with cron-parser over 1000 occurrences", () => {
  for (const [spec, zone, start] of cases) {
    it(`${spec} in ${zone}`, () => {
      const ours = occurrences(ok(parseJobSpec({ specification: spec, location: zone })), { after: new Date(start), first: 1000 });
      const it = CronExpressionParser.parse(spec, { currentDate: new Date(start), tz: zone });
      const theirs: number[] = [];
      for (let i = 0; i < 1000; i++) theirs.push(it.next().toDate().getTime());
      expect(ours.map((o) => o.at.getTime())).toEqual(theirs);
    });
  }
});
