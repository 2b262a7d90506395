/**
 * Refuses text that is not well-formed Unicode (a lone UTF-16 surrogate such as "\ud800"). JSON and
 * GraphQL's String let it through, but it cannot be stored: answer 400 before anything runs.
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** The path of the first string under `value` that is not well-formed, or null. */
function malformedTextAt(value: unknown, path: string[]): string[] | null {
  if (typeof value === "string") return value.isWellFormed() ? null : path;
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
      const path = malformedTextAt(params.query ?? "", ["query"]) ?? malformedTextAt(params.variables ?? {}, ["variables"]);
      if (!path) return;
      setResult({
        errors: [
          new GraphQLError(`Text must be well-formed Unicode; ${path.join(".")} holds a lone surrogate`, {
            extensions: { code: "BAD_USER_INPUT", fieldErrors: [{ path, message: "Text must be well-formed Unicode" }], http: { status: 400 } },
          }),
        ],
      });
    },
  };
}
