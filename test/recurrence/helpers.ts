/** Small helpers shared by the recurrence tests. */
import { expect } from "vitest";
import type { Calendar, Occurrence, Parsed } from "../../src/recurrence/index";
import { occurrences } from "../../src/recurrence/index";

export function ok<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error("expected a valid spec, got " + JSON.stringify(parsed.problems));
  return parsed.value;
}

export function problemsOf<T>(parsed: Parsed<T>) {
  if (parsed.ok) throw new Error("expected problems, got a valid spec");
  return parsed.problems;
}

export const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");

/** Instants (ISO, `Z`) of the first n occurrences after `after`. */
export function instants(calendar: Calendar, after: string, first: number, until?: string): string[] {
  return occurrences(calendar, { after: new Date(after), first, until: until ? new Date(until) : null }).map((o) => iso(o.at));
}

/** Local date-times of the first n occurrences after `after`. */
export function locals(calendar: Calendar, after: string, first: number): string[] {
  return occurrences(calendar, { after: new Date(after), first }).map((o) => o.localDateTime);
}

export function plain(o: Occurrence) {
  return { at: iso(o.at), localDateTime: o.localDateTime, shifted: o.shifted };
}

export function expectConsistent(list: Occurrence[]) {
  for (const o of list) {
    expect(o.localDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Date(o.localDateTime).getTime()).toBe(o.at.getTime());
  }
}
