/**
 * Refuses text that is not well-formed Unicode (a lone UTF-16 surrogate such as "\ud800") or that holds
 * U+0000 (NUL). JSON and GraphQL's String let both through, but neither can be stored (PostgreSQL's text
 * refuses NUL; SQLite would keep it), so both engines answer 400 alike before anything runs.
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** What is wrong with a string that cannot be stored, or null. */
function problemOf(text: string): string | null {
  if (!text.isWellFormed()) return "Text must be well-formed Unicode";
  if (text.includes("\u0000")) return "Text must not contain U+0000 (NUL)";
  return null;
}

/** The path of the first string under `value` that cannot be stored, and why, or null. */
function malformedTextAt(value: unknown, path: string[]): { path: string[]; message: string } | null {
  if (typeof value === "string") {
    const message = problemOf(value);
    return message ? { path, message } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = malformedTextAt(item, [...path, String(index)]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = malformedTextAt(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function wellFormedTextPlugin(): Plugin {
  return {
    onParams({ params, setResult }) {
      const found = malformedTextAt(params.query ?? "", ["query"]) ?? malformedTextAt(params.variables ?? {}, ["variables"]);
      if (!found) return;
      const { path, message } = found;
      const what = message.includes("NUL") ? "a NUL character" : "a lone surrogate";
      setResult({
        errors: [
          new GraphQLError(`${message}; ${path.join(".")} holds ${what}`, {
            extensions: { code: "BAD_USER_INPUT", fieldErrors: [{ path, message }], http: { status: 400 } },
          }),
        ],
      });
    },
  };
}
