/**
 * Campaign template selectors `{ type: LIST | RANGE, values, interval }` (SEMANTICS.md "Campaign
 * template schedules"): validation with a path per problem, and expansion over a cyclic domain.
 */
import type { Problem, SelectorInput } from "./types";

/** One value of a domain after parsing: a number, or `L-n` (n = 0 for `L`), or an encoded date. */
export type SelectorValue = { kind: "number"; n: number } | { kind: "last"; n: number };

export interface ValueDomain<V> {
  /** Parses one value, or returns the problem's message. */
  parse(text: string): V | string;
  /** A key equal for equal values, to find duplicates. */
  key(value: V): string;
}

export interface CheckedSelector<V> {
  type: "LIST" | "RANGE";
  values: V[];
  interval: number | null;
}

export interface SelectorRules {
  /** Whether RANGE is allowed; otherwise the message. */
  rangeNotAllowed?: string;
  /** Whether an interval is allowed; otherwise the message. */
  intervalNotAllowed?: string;
}

/** Validates a selector; pushes every problem (paths start with `field`) and returns it if clean. */
export function checkSelector<V>(
  field: string,
  input: SelectorInput,
  domain: ValueDomain<V>,
  rules: SelectorRules,
  problems: Problem[],
): CheckedSelector<V> | null {
  const before = problems.length;
  const values: V[] = [];
  const type = input.type;
  if (type !== "LIST" && type !== "RANGE") {
    problems.push({ path: [field, "type"], message: "Selector type must be LIST or RANGE" });
  } else if (type === "RANGE" && rules.rangeNotAllowed) {
    problems.push({ path: [field, "type"], message: rules.rangeNotAllowed });
  }
  const list = input.values ?? [];
  if (list.length === 0) {
    problems.push({ path: [field, "values"], message: "At least one value is required" });
  } else if (type === "RANGE" && list.length !== 2) {
    problems.push({ path: [field, "values"], message: "A RANGE takes exactly two values: start and end" });
  }
  const seen = new Set<string>();
  list.forEach((sent, i) => {
    const text = String(sent).trim();
    const parsed = domain.parse(text);
    if (typeof parsed === "string") {
      problems.push({ path: [field, "values", String(i)], message: parsed });
      return;
    }
    const key = domain.key(parsed);
    // A RANGE whose start is its end selects that one value; only a LIST can repeat itself.
    if (seen.has(key) && type !== "RANGE") {
      problems.push({ path: [field, "values", String(i)], message: `The value ${text} is listed more than once` });
      return;
    }
    seen.add(key);
    values.push(parsed);
  });
  const interval = input.interval ?? null;
  if (interval !== null) {
    if (rules.intervalNotAllowed) {
      problems.push({ path: [field, "interval"], message: rules.intervalNotAllowed });
    } else if (!Number.isInteger(interval) || interval < 1) {
      problems.push({ path: [field, "interval"], message: "The interval must be a whole number, 1 or more" });
    } else if (type === "LIST" && list.length > 1) {
      problems.push({
        path: [field, "interval"],
        message: "A LIST with an interval takes exactly one value, the one to start from",
      });
    }
  }
  if (problems.length > before) return null;
  return { type, values, interval };
}

/**
 * Expands a numeric selector over the cyclic domain lo..hi: LIST values; LIST v with interval n →
 * v, v+n, … ≤ hi; RANGE s..e (wrapping past hi when s > e), stepping by the interval (default 1)
 * through the wrap.
 */
export function expandNumeric(selector: CheckedSelector<number>, lo: number, hi: number): number[] {
  const out = new Set<number>();
  const n = selector.interval;
  if (selector.type === "LIST") {
    if (n === null) for (const v of selector.values) out.add(v);
    else for (let v = selector.values[0]; v <= hi; v += n) out.add(v);
  } else {
    const [s, e] = selector.values;
    for (const v of stepCyclic(s, e, n ?? 1, lo, hi)) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

/** s, s+step, … through the cyclic domain lo..hi up to e (wrapping when s > e). */
export function stepCyclic(s: number, e: number, step: number, lo: number, hi: number): number[] {
  const size = hi - lo + 1;
  const distance = s <= e ? e - s : e - s + size;
  const out: number[] = [];
  for (let k = 0; k * step <= distance; k++) out.push(lo + ((s - lo + k * step) % size));
  return out;
}

export function integerIn(lo: number, hi: number, message: string): ValueDomain<number> {
  return {
    parse: (text) => {
      if (!/^\d{1,3}$/.test(text)) return message;
      const n = parseInt(text, 10);
      return n >= lo && n <= hi ? n : message;
    },
    key: (n) => String(n),
  };
}
