/** schema.graphql is what frontend teams generate clients from: it must be the schema the code builds. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { printedSchema } from "../../src/schema/print";

describe("schema.graphql", () => {
  it("matches the schema built from the code (run `npm run schema:print` after changing it)", () => {
    const committed = readFileSync(join(import.meta.dirname, "../../schema.graphql"), "utf8");
    expect(committed).toBe(printedSchema());
  });
});
