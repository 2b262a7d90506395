/**
 * Codegen pointed at the running service (`/graphql`, introspection needs no token) with the settings
 * the README gives makes the same types as codegen from schema.graphql, @oneOf inputs included.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, migrate, startChildServer, type ChildServer } from "../helpers/child-server";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The loader options the README puts beside the service's URL. */
function readmeOptions(): Record<string, unknown> {
  const match = /"http:\/\/localhost:4000\/graphql": (\{[^}\n]*\})/.exec(README);
  if (!match) throw new Error("the README shows no codegen settings for http://localhost:4000/graphql");
  return JSON.parse(match[1]);
}

async function typesFrom(schema: string | Record<string, Record<string, unknown>>): Promise<string> {
  const [output] = (await generate(
    { schema: [schema], silent: true, generates: { "types.ts": { plugins: ["typescript"] } }, cwd: ROOT },
    false,
  )) as { content: string }[];
  return output.content;
}

let dir: string;
let server: ChildServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "schedules-codegen-"));
  const dbFile = join(dir, "schedules.db");
  migrate(dbFile);
  server = await startChildServer({ dbFile, secret: "codegen-test-secret-of-at-least-32-bytes" });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("codegen from the running service", () => {
  it("with the README's settings, makes what schema.graphql makes: ScheduleSpecInput stays one-of", async () => {
    const fromFile = await typesFrom("./schema.graphql");
    const fromService = await typesFrom({ [server.url]: readmeOptions() });
    expect(fromService).toMatch(
      /export type ScheduleSpecInput =\s*\n\s*\/\*\*[^\n]*\*\/\s*\n\s*\{ campaignTemplate: CampaignTemplateScheduleInput; issuing\?: never; job\?: never; \}/,
    );
    // The same types; of the doc comments, introspection loses only the DateTime scalar's (as the README says).
    const lines = (code: string) => code.split("\n");
    expect(lines(fromService)).toEqual(lines(fromFile).filter((line) => !/^\s*\/\*\* An ISO-8601 instant\./.test(line)));
  });

  it("without them, loses @oneOf (why the README names them)", async () => {
    const plain = await typesFrom({ [server.url]: {} });
    expect(plain).toMatch(/export type ScheduleSpecInput = \{\s*\n[^}]*campaignTemplate\?: InputMaybe<CampaignTemplateScheduleInput>;/);
  });
});
