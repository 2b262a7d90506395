/** Every reference answer of test/recurrence/oracle/ (computed by independent implementations; see its README). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { occurrences, parseCampaignSpec, parseIssuingSpec, parseJobSpec } from "../../src/recurrence/index";
import type { Occurrence } from "../../src/recurrence/index";

const oracleDir = path.resolve(__dirname, "oracle");
const load = (name: string) => JSON.parse(readFileSync(path.join(oracleDir, name), "utf8"));

interface CronCase {
  specification: string;
  timeZone: string;
  after: string;
  first: number;
  expected: string[];
  notes?: string[];
}
interface ScheduleCase {
  id: string;
  kind: "campaignTemplate" | "issuing";
  spec: any;
  after: string;
  first: number;
  expected: { at: string; localDateTime: string; shifted: boolean }[];
  why: string;
}

const cronCases: CronCase[] = load("cron-cases.json");
const scheduleCases: ScheduleCase[] = load("schedule-cases.json");

const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");
const plain = (o: Occurrence) => ({ at: iso(o.at), localDateTime: o.localDateTime, shifted: o.shifted });

describe("cron oracle", () => {
  it("has cases", () => expect(cronCases.length).toBeGreaterThan(20));
  cronCases.forEach((c, i) => {
    it(`#${i} ${c.specification} in ${c.timeZone} after ${c.after}`, () => {
      const parsed = parseJobSpec({ specification: c.specification, location: c.timeZone });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const got = occurrences(parsed.value, { after: new Date(c.after), first: c.first });
      expect(got.map((o) => iso(o.at))).toEqual(c.expected);
      // localDateTime must name the same instant as `at`, with a numeric offset.
      for (const o of got) {
        expect(o.localDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(new Date(o.localDateTime).getTime()).toBe(o.at.getTime());
      }
    });
  });
});

describe("schedule oracle", () => {
  it("has cases", () => expect(scheduleCases.length).toBeGreaterThan(30));
  for (const c of scheduleCases) {
    it(`${c.id}: ${c.why}`, () => {
      const parsed = c.kind === "campaignTemplate" ? parseCampaignSpec(c.spec) : parseIssuingSpec(c.spec);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const got = occurrences(parsed.value, { after: new Date(c.after), first: c.first });
      expect(got.map(plain)).toEqual(c.expected);
    });
  }
});
