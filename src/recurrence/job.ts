/** Job schedules: a cron `specification` read in the zone `location`. */
import type { JobSpecInput, Parsed, Problem } from "./types";
import type { Calendar } from "./calendar";
import { cronCalendar, parseCron } from "./cron";
import { resolveTimeZoneField } from "./zone";

/** A job spec's calendar, or every problem. It has no rule about "now": the same for reads and writes. */
export function parseJobSpec(input: JobSpecInput): Parsed<Calendar> {
  const problems: Problem[] = [];
  const cron = parseCron(input.specification ?? "");
  if (!cron.ok) problems.push(cron.problem);
  const zone = resolveTimeZoneField("location", input.location, problems);
  if (!cron.ok || zone === null) return { ok: false, problems };
  return { ok: true, value: cronCalendar(cron.fields, zone) };
}
