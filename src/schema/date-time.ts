/** The DateTime scalar: ISO-8601 instants with a zone designator in; UTC with `Z` out. */
import { GraphQLError, Kind } from "graphql";
import { DateTime } from "luxon";
import { builder } from "../builder";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

/** A real instant, or a 400: a wrong shape, or a date the calendar lacks (February 30th is not March 2nd). */
function parseInstant(value: unknown): Date {
  if (typeof value !== "string" || !ISO_INSTANT.test(value)) {
    throw badInput("DateTime must be an ISO-8601 instant with a zone, e.g. 2026-03-08T07:00:00Z");
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw badInput(`DateTime ${value} is not a real instant (${parsed.invalidExplanation ?? parsed.invalidReason})`);
  return parsed.toJSDate();
}

builder.scalarType("DateTime", {
  description: "An ISO-8601 instant. Input needs a zone designator (Z or ±HH:MM); output is always UTC with Z.",
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString().replace(".000Z", "Z"),
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput("DateTime must be a string");
    return parseInstant(ast.value);
  },
});
