/**
 * Refuses text that cannot be stored and variables nested deeper than any input of the schema could
 * be: text that is not well-formed Unicode (a lone UTF-16 surrogate such as "\ud800") or that holds
 * U+0000 (NUL). JSON and GraphQL's String let both through, but neither can be stored (PostgreSQL's text
 * refuses NUL; SQLite would keep it), and a value nested thousands of levels deep would overflow the
 * stack of whatever walks it next. All answer 400 before anything runs, alike on both engines.
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { MAX_VALUE_NESTING } from "./limits";

type Finding = { kind: "malformed" | "nul" | "deep"; path: string[] };

/**
 * The first string under `value` that is not well-formed, or the first value nested deeper than
 * MAX_VALUE_NESTING, with its path. Iterative: the depth of `value` never reaches the call stack.
 */
function inspectValue(value: unknown, root: string): Finding | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [root] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      if (!current.isWellFormed()) return { kind: "malformed", path };
      if (current.includes("\u0000")) return { kind: "nul", path };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (path.length > MAX_VALUE_NESTING) return { kind: "deep", path: path.slice(0, MAX_VALUE_NESTING + 1) };
    const entries = Array.isArray(current) ? current.map((item, index) => [String(index), item] as const) : Object.entries(current);
    // Pushed in reverse so that the first problem in document order is the one found.
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], path: [...path, entries[i][0]] });
  }
  return null;
}

function badInput(message: string, path: string[], problem: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "BAD_USER_INPUT", fieldErrors: [{ path, message: problem }], ...extensions, http: { status: 400 } },
  });
}

export function wellFormedTextPlugin(): Plugin {
  return {
    onParams({ params, setResult }) {
      const found = inspectValue(params.query ?? "", "query") ?? inspectValue(params.variables ?? {}, "variables");
      if (!found) return;
      const where = found.path.join(".");
      setResult({
        errors: [
          found.kind === "malformed"
            ? badInput(`Text must be well-formed Unicode; ${where} holds a lone surrogate`, found.path, "Text must be well-formed Unicode")
            : found.kind === "nul"
              ? badInput(
                  `Text must not contain U+0000 (NUL); ${where} holds a NUL character`,
                  found.path,
                  "Text must not contain U+0000 (NUL)",
                )
              : badInput(
                  `Variables may nest at most ${MAX_VALUE_NESTING} levels deep; ${where} is deeper`,
                  found.path,
                  `At most ${MAX_VALUE_NESTING} levels deep`,
                  {
                    limit: MAX_VALUE_NESTING,
                  },
                ),
        ],
      });
    },
  };
}
