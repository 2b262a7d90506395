/** What the README quotes from the code is what the code says. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ISSUING_SCHEDULE_MESSAGES } from "../../src/domain/issuing-schedule";
import { EXAMPLE_OPERATION } from "../../src/graphiql";

const ROOT = join(import.meta.dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };

describe("README.md", () => {
  it("shows GraphiQL's opening document word for word", () => {
    expect(README).toContain("```graphql\n" + EXAMPLE_OPERATION + "```\n");
  });

  it("names seed 004's 412 'custom dates' message and why nothing answers it", () => {
    const line = README.split("\n\n").find((paragraph) => paragraph.includes(ISSUING_SCHEDULE_MESSAGES.customDatesMismatch));
    expect(line).toBeDefined();
    expect(line).toMatch(/Nothing\s+answers it/);
  });

  it("states the Node version package.json requires", () => {
    const [, version] = /^>=(\d+\.\d+)$/.exec(PACKAGE.engines.node)!;
    expect(README).toContain(`Needs **Node ${version} or later**`);
  });
});
