/** The SDL clients generate code from: sorted, so that the file changes only when the schema does. */
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./index";

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
