/** Prints the schema, sorted, to schema.graphql (`npm run schema:print`). A test fails when it drifts. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printedSchema } from "../src/schema/print";

writeFileSync(join(import.meta.dirname, "../schema.graphql"), printedSchema());
