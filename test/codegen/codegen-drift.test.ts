/**
 * The committed generated code is what `npm run codegen` makes from schema.graphql and the operations
 * (test/codegen/operations and the API tests' `graphql()` documents): runs the codegen in memory
 * (nothing written) and compares file by file, in every folder the config writes to.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../codegen";

const ROOT = resolve(import.meta.dirname, "../..");
/** The folders the codegen writes into (an output ending in "/" is a folder, any other a file in one). */
const FOLDERS = [
  ...new Set(Object.keys(config.generates).map((output) => relative(ROOT, resolve(ROOT, output.endsWith("/") ? output : dirname(output))))),
];

describe("generated client code", () => {
  it("is what `npm run codegen` makes now (run it and commit the result if this fails)", async () => {
    const outputs = (await generate({ ...config, cwd: ROOT }, false)) as { filename: string; content: string }[];
    const generated = Object.fromEntries(outputs.map((o) => [relative(ROOT, resolve(ROOT, o.filename)), o.content]));
    const committed = Object.fromEntries(
      FOLDERS.flatMap((folder) => readdirSync(join(ROOT, folder)).map((name) => join(folder, name))).map((path) => [
        path,
        readFileSync(join(ROOT, path), "utf8"),
      ]),
    );
    expect(Object.keys(committed).sort()).toEqual(Object.keys(generated).sort());
    for (const [path, content] of Object.entries(generated)) {
      expect(committed[path], `${path} is stale: run npm run codegen`).toBe(content);
    }
  });
});
