/**
 * Edits (SEMANTICS.md "Runs"): a write that changes the spec changes the runs still to come, not those
 * already made, and makes none for the new spec's occurrences that lay before the write. A real server
 * with a simulated clock (20 simulated minutes per real second) and its dispatcher makes the runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childToken, post, startChildServer, type ChildServer } from "../helpers/child-server";
import { freshDatabaseUrl } from "../helpers/databases";
import { expectTypename } from "../helpers/graphql";
import { graphql } from "./gql";
import { RUN_NOW, allRuns, makeJob, type Execute, type RunFields } from "./runs-fixtures";

const SECRET = "runs-edits-secret-of-at-least-32-bytes";
const RATE = 1200;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.parse("2026-03-10T00:00:00Z");
const ANCHOR = Date.now();
/** What the servers' clock reads now. */
const simulatedNow = () => START + (Date.now() - ANCHOR) * RATE;
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

const UPDATE = graphql(`mutation RunsEditsUpdate($id: ID!, $input: JobScheduleInput!) {
  updateJobSchedule(id: $id, input: $input) { __typename ... on MutationUpdateJobScheduleSuccess { data { id specification } } }
}`);

let server: ChildServer;
let execute: Execute;

beforeAll(async () => {
  server = await startChildServer({
    databaseUrl: await freshDatabaseUrl("_edits_"),
    secret: SECRET,
    env: { CLOCK_START: new Date(START).toISOString(), CLOCK_RATE: String(RATE), CLOCK_ANCHOR_MS: String(ANCHOR) },
  });
  const token = await childToken(SECRET, ["SCHEDULE_ADMIN"]);
  execute = (async (document: never, variables?: never) => (await post(server.url, token, document, variables)).body) as Execute;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms; last ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a schedule changed by a write", () => {
  it("runs on its old spec up to the write and on the new one from then on, without runs for the new spec's past occurrences", async () => {
    const input = { name: "edited", specification: "0 * * * *", location: "UTC", job: { jobType: "IMPORT" as const } };
    const job = await makeJob(execute, input);
    const scheduled = (runs: RunFields[]) => runs.filter((run) => run.origin !== "MANUAL").reverse();
    // two hourly runs on the old spec
    await until(
      "two hourly runs",
      () => allRuns(execute, { scheduleId: job.id }),
      (runs) => scheduled(runs).length >= 2,
    );
    // the write lands at hh:35 or later (simulated), so the new spec (every 10 minutes) had occurrences
    // at hh:10 … hh:30 since the last hourly run
    await until(
      "hh:35",
      async () => new Date(simulatedNow()).getUTCMinutes(),
      (minute) => minute >= 35 && minute < 50,
    );

    const runNow = async () => expectTypename((await execute(RUN_NOW, { id: job.id })).data?.runNow, "MutationRunNowSuccess").data;
    const before = Date.parse((await runNow()).occurrence.at);
    const updated = await execute(UPDATE, { id: job.id, input: { ...input, specification: "*/10 * * * *" } });
    expect(expectTypename(updated.data?.updateJobSchedule, "MutationUpdateJobScheduleSuccess").data.specification).toBe("*/10 * * * *");
    const after = Date.parse((await runNow()).occurrence.at);
    expect(after - before).toBeLessThan(20 * MINUTE);

    // an hour and more on the new spec
    const runs = scheduled(
      await until(
        "an hour of new runs",
        () => allRuns(execute, { scheduleId: job.id }),
        (all) => scheduled(all).filter((run) => Date.parse(run.occurrence.at) > after).length >= 7,
      ),
    );
    const instants = runs.map((run) => Date.parse(run.occurrence.at));
    const created = START; // the schedule was made after START: its first run is on the hour after
    const old = instants.filter((at) => at <= before);
    const fresh = instants.filter((at) => at > after);
    // up to the write: every hour, nothing else (none at hh:10 … hh:30 of the new spec)
    expect(old.length).toBeGreaterThanOrEqual(2);
    expect(old.map(iso)).toEqual(old.map((_, i) => iso(old[0] + i * HOUR)));
    expect(old[0]).toBeGreaterThan(created);
    // between the two manual runs (a few simulated minutes), at most one run, on either spec
    expect(instants.filter((at) => at > before && at <= after).every((at) => (at / MINUTE) % 10 === 0)).toBe(true);
    // from the write on: every 10 minutes, without gaps or doubles
    const firstNew = Math.floor(after / (10 * MINUTE)) * 10 * MINUTE + 10 * MINUTE;
    expect(fresh.map(iso)).toEqual(fresh.map((_, i) => iso(firstNew + i * 10 * MINUTE)));
    expect(new Set(instants).size).toBe(instants.length);
    expect(runs.every((run) => run.state === "RECORDED")).toBe(true);
  }, 60_000);
});
