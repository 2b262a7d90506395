/** The benchmark cases, shared by engine.bench.ts and engine-ratios.ts. */
import { Cron } from "croner";
import { CronExpressionParser } from "cron-parser";
import { occurrences, parseCampaignSpec, parseIssuingSpec, parseJobSpec } from "../../src/recurrence/index";
import type { Calendar } from "../../src/recurrence/index";

export const START = new Date("2026-03-27T00:00:00Z");
export const FAR = new Date("2200-03-27T00:00:00Z");
export const COUNT = 1000;

export const CRON_CASES = [
  { name: "0 9 * * 1-5 America/New_York", spec: "0 9 * * 1-5", zone: "America/New_York" },
  { name: "*/5 * * * * Europe/London", spec: "*/5 * * * *", zone: "Europe/London" },
] as const;

function unwrap(p: { ok: true; value: Calendar } | { ok: false; problems: unknown }): Calendar {
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.value;
}

export const jobCalendar = (spec: string, zone: string) => unwrap(parseJobSpec({ specification: spec, location: zone }));

export const campaignCalendar = unwrap(
  parseCampaignSpec({
    type: "WEEKLY",
    days: { type: "RANGE", values: ["2", "6"] },
    hours: { type: "LIST", values: ["8"], interval: 3 },
    timeZoneId: "America/New_York",
  }),
);

export const issuingCalendar = unwrap(
  parseIssuingSpec({
    scheduleType: "CUSTOM",
    customSchedule: { issuingUnit: 2, frequency: "WEEKLY", startDate: "2026-01-05", issuingTime: "08:00" },
    timeZone: "America/New_York",
  }),
);

export function ours(calendar: Calendar, after = START, first = COUNT) {
  return occurrences(calendar, { after, first });
}

/** Parse and iterate, as a caller with only the text does. */
export function oursFromSpec(spec: string, zone: string) {
  return occurrences(jobCalendar(spec, zone), { after: START, first: COUNT });
}

export function croner(spec: string, zone: string) {
  return new Cron(spec, { timezone: zone }).nextRuns(COUNT, START);
}

export function cronParser(spec: string, zone: string) {
  const it = CronExpressionParser.parse(spec, { currentDate: START, tz: zone });
  const out: Date[] = [];
  for (let i = 0; i < COUNT; i++) out.push(it.next().toDate());
  return out;
}
