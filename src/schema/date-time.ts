/**
 * The DateTime scalar: ISO-8601 instants with a zone designator in; UTC with `Z` out.
 *
 * Accepted: `YYYY-MM-DDTHH:mm[:ss[.fraction]]` with `Z` or `±HH:MM`, where hours run 00–23 (RFC 3339;
 * `T24:00` is refused, write the next day's `T00:00`), the offset lies within ±18:00 (java.time's
 * ZoneOffset range, and the service's own fixed-offset zones; luxon would read any), and the instant lies
 * in years 0000–9999 in UTC (the instants DateTime answers with, and the database stores). Anything
 * else is a BAD_USER_INPUT.
 */
import { GraphQLError, Kind } from "graphql";
import { DateTime } from "luxon";
import { builder } from "../builder";
import { formatInstant, isCarriedInstant } from "../recurrence";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T(\d{2}):\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const MAX_OFFSET_MINUTES = 18 * 60;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

/**
 * A real instant, or a 400: a wrong shape, a date the calendar lacks (February 30th is not March 2nd),
 * hour 24, an offset beyond ±18:00, or an instant outside years 0000–9999 in UTC.
 */
function parseInstant(value: unknown): Date {
  const shape = typeof value === "string" ? ISO_INSTANT.exec(value) : null;
  if (typeof value !== "string" || !shape) {
    throw badInput("DateTime must be an ISO-8601 instant with a zone, e.g. 2026-03-08T07:00:00Z");
  }
  const [, hour, offsetHours, offsetMinutes] = shape;
  if (hour === "24") throw badInput(`DateTime ${value} is not accepted: hours run 00 to 23 (write the next day's T00:00:00)`);
  if (offsetHours !== undefined && (+offsetMinutes > 59 || +offsetHours * 60 + +offsetMinutes > MAX_OFFSET_MINUTES)) {
    throw badInput(`DateTime ${value} has an impossible offset: offsets run from -18:00 to +18:00, minutes 00 to 59`);
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw badInput(`DateTime ${value} is not a real instant (${parsed.invalidExplanation ?? parsed.invalidReason})`);
  if (!isCarriedInstant(parsed.toMillis())) {
    throw badInput(`DateTime ${value} lies outside 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, the instants DateTime carries`);
  }
  return parsed.toJSDate();
}

builder.scalarType("DateTime", {
  description:
    "An ISO-8601 instant. Input needs a zone designator (Z or ±HH:MM, within ±18:00), hours 00-23, and must lie in years 0000-9999 in UTC; output is always UTC with Z.",
  serialize: (value) => {
    const ms = (value instanceof Date ? value : new Date(value as string)).getTime();
    // Every instant the service stores or computes lies in 0000–9999; toISOString for anything else.
    return isCarriedInstant(ms) ? formatInstant(ms) : new Date(ms).toISOString().replace(".000Z", "Z");
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput("DateTime must be a string");
    return parseInstant(ast.value);
  },
});
