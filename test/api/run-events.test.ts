/**
 * runEvents over Server-Sent Events (shared/API.md "Runs"), against real server processes: a run made
 * by runNow or by the dispatcher reaches every subscriber within 250 ms of its createdAt, filtered by
 * scheduleId when asked; a subscription without a valid token is refused (401) before any streaming.
 * On SQLite within one process; on PostgreSQL across two instances of one database: the subscriber's
 * instance has no dispatcher (DISPATCH=off) and every run is made by the other one.
 *
 * Both processes get the same simulated clock (CLOCK_START, CLOCK_ANCHOR_MS, rate 1): it reads a
 * minute's boundary a few seconds after they start, so the dispatcher makes a minutely run then.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childToken, post, startChildServer, type ChildServer } from "../helpers/child-server";
import { freshDatabaseUrl, testEngine } from "../helpers/databases";
import { expectTypename } from "../helpers/graphql";
import { graphql } from "./gql";
import type { RunEventsSubscription } from "./gql/graphql";
import { RUNS_PAGE, RUN_NOW, makeJob, type Execute } from "./runs-fixtures";

const SECRET = "run-events-secret-of-at-least-32-bytes";
/** What the contract allows between a run's createdAt and its event reaching a subscriber (the median must keep it). */
const BUDGET_MS = 250;
/**
 * What any one event may take on a loaded 2-core machine running the whole suite (a single slow event
 * there is the machine, a median over the budget is the service).
 */
const LOADED_MACHINE_MS = 1000;
const latenesses: number[] = [];
/** Records an event's lateness and checks it against the loaded-machine bound. */
function expectTimely(ms: number): void {
  latenesses.push(ms);
  expect(ms).toBeLessThanOrEqual(LOADED_MACHINE_MS);
}

const RUN_EVENTS = graphql(`subscription RunEvents($scheduleId: ID) {
  runEvents(scheduleId: $scheduleId) {
    id origin state createdAt occurrence { at }
    schedule { __typename ... on JobSchedule { id } }
  }
}`);

interface Received<T> {
  /** The real instant (epoch ms) the event was read. */
  at: number;
  data: T;
}

/** A subscription over SSE: the events read so far, and a way to wait for one. */
interface Stream<T> {
  status: number;
  contentType: string | null;
  events: Received<T>[];
  /** Waits (polling what was read) for an event matching `match`. */
  next(match: (data: T) => boolean, timeoutMs?: number): Promise<Received<T>>;
  close(): void;
}

async function subscribe<TResult, TVariables>(
  url: string,
  token: string | null,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<Stream<TResult>> {
  const controller = new AbortController();
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
    signal: controller.signal,
  });
  const events: Received<TResult>[] = [];
  const errors: unknown[] = [];
  if (res.body && res.headers.get("content-type")?.startsWith("text/event-stream")) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = block.split("\n");
            const event = lines
              .find((line) => line.startsWith("event:"))
              ?.slice(6)
              .trim();
            const data = lines
              .filter((line) => line.startsWith("data:"))
              .map((line) => line.slice(5).trim())
              .join("\n");
            if (event === "next" && data) {
              const body = JSON.parse(data) as { data?: TResult; errors?: unknown[] };
              if (body.data) events.push({ at: Date.now(), data: body.data });
              if (body.errors) errors.push(...body.errors);
            }
            end = buffer.indexOf("\n\n");
          }
        }
      } catch {
        // closed
      }
    })();
  }
  return {
    status: res.status,
    contentType: res.headers.get("content-type"),
    events,
    async next(match, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find((event) => match(event.data));
        if (found) return found;
        if (errors.length > 0) throw new Error(`the subscription answered errors: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error(`no such event within ${timeoutMs} ms; got ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close: () => controller.abort(),
  };
}

function executeOn(server: ChildServer, token: string): Execute {
  return (async (document: TypedDocumentNode<unknown, unknown>, variables?: unknown) => {
    const res = await post(server.url, token, document, variables as never);
    return res.body;
  }) as Execute;
}

// The simulated clock: it reads START at the real instant ANCHOR, a minute boundary LEAD_MS later.
const LEAD_MS = 15_000;
const ANCHOR = Date.now();
const START = Date.parse("2026-03-08T06:59:00Z") + 60_000 - LEAD_MS;
const BOUNDARY = Date.parse("2026-03-08T07:00:00Z");
/** The real instant at which the simulated clock reads `simulated`. */
const realAt = (simulated: string) => ANCHOR + (Date.parse(simulated) - START);
const clockEnv = { CLOCK_START: new Date(START).toISOString(), CLOCK_RATE: "1", CLOCK_ANCHOR_MS: String(ANCHOR) };

let subscriber: ChildServer;
let maker: ChildServer;
const servers: ChildServer[] = [];
let token: string;

beforeAll(async () => {
  token = await childToken(SECRET, ["ORG_ADMIN"]);
  const databaseUrl = await freshDatabaseUrl("_events_");
  if (testEngine() === "postgres") {
    // two instances of one database: runs are made by the second only
    const [one, two] = await Promise.all([
      startChildServer({ databaseUrl, secret: SECRET, env: { ...clockEnv, DISPATCH: "off" } }),
      startChildServer({ databaseUrl, secret: SECRET, env: clockEnv }),
    ]);
    servers.push(one, two);
    [subscriber, maker] = [one, two];
  } else {
    const one = await startChildServer({ databaseUrl, secret: SECRET, env: clockEnv });
    servers.push(one);
    [subscriber, maker] = [one, one];
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

describe(`runEvents (${testEngine() === "postgres" ? "PostgreSQL, across two instances" : "SQLite, one process"})`, () => {
  it("refuses a subscription without a valid token with 401, before streaming", async () => {
    for (const bearer of [null, "not-a-token", await childToken("another-secret-of-at-least-32-bytes!!")]) {
      const res = await fetch(subscriber.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "text/event-stream",
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify({ query: print(RUN_EVENTS), variables: {} }),
        signal: AbortSignal.timeout(5_000),
      });
      expect(res.status).toBe(401);
      // the answer is the error, and it ends: no stream stays open
      const body = await res.text();
      expect(body).toContain("UNAUTHENTICATED");
      expect(body).not.toContain('runEvents":{');
    }
  });

  it("sends every run to every subscriber within 250 ms of its createdAt, filtered by scheduleId", async () => {
    const execute = executeOn(maker, token);
    // a minutely job, and another one, made before the simulated clock reaches the minute
    const watched = await makeJob(execute, { specification: "* * * * *" });
    const other = await makeJob(execute, { specification: "* * * * *" });
    // Both instances have served requests before (a process's very first database reads are slower):
    // the maker made a run, the subscriber read the runs.
    const warm = await execute(RUN_NOW, { id: other.id });
    expectTypename(warm.data?.runNow, "MutationRunNowSuccess");
    expect((await post(subscriber.url, token, RUNS_PAGE, { first: 5 })).body.data?.runs.edges).toHaveLength(1);

    const all = await subscribe(subscriber.url, token, RUN_EVENTS, {});
    const mine = await subscribe(subscriber.url, token, RUN_EVENTS, { scheduleId: watched.id });
    // the watched job's id under another kind's type names no schedule: nothing comes
    const [, raw] = Buffer.from(watched.id, "base64").toString("utf8").split(":");
    const wrongKind = await subscribe(subscriber.url, token, RUN_EVENTS, {
      scheduleId: Buffer.from(`IssuingSchedule:${raw}`).toString("base64"),
    });
    expect([all.status, mine.status, wrongKind.status]).toEqual([200, 200, 200]);
    expect(all.contentType).toMatch(/^text\/event-stream/);
    expect(Date.now()).toBeLessThan(realAt("2026-03-08T07:00:00Z") - 1000);

    const lateness = (event: Received<RunEventsSubscription>) => event.at - realAt(event.data.runEvents.createdAt);
    const isRun = (id: string) => (data: RunEventsSubscription) => data.runEvents.id === id;

    // runNow on the other instance (PostgreSQL) or this one (SQLite)
    const runNow = async (id: string) => {
      const res = await execute(RUN_NOW, { id });
      return expectTypename(res.data?.runNow, "MutationRunNowSuccess").data;
    };
    // An SSE answer starts before the subscription listens: runs of the watched schedule are made
    // until both streams have shown one, and only the runs after that are timed.
    const probes: string[] = [];
    for (let i = 0; ; i++) {
      const probe = await runNow(watched.id);
      probes.push(probe.id);
      try {
        await all.next(isRun(probe.id), 1000);
        await mine.next(isRun(probe.id), 1000);
        break;
      } catch (error) {
        if (i >= 4) throw error;
      }
    }
    const manualWatched = await runNow(watched.id);
    const manualOther = await runNow(other.id);
    for (const run of [manualWatched, manualOther]) {
      const event = await all.next(isRun(run.id));
      expect(event.data.runEvents).toMatchObject({ id: run.id, origin: "MANUAL", state: "RECORDED", createdAt: run.createdAt });
      expectTimely(lateness(event));
    }
    const filtered = await mine.next(isRun(manualWatched.id));
    expectTimely(lateness(filtered));

    // the dispatcher's runs at 07:00 (simulated): both reach `all`, only the watched one reaches `mine`
    const scheduled = await all.next(
      (data) =>
        data.runEvents.origin === "SCHEDULED" &&
        data.runEvents.schedule?.__typename === "JobSchedule" &&
        data.runEvents.schedule.id === watched.id,
      LEAD_MS + 10_000,
    );
    const scheduledOther = await all.next(
      (data) =>
        data.runEvents.origin === "SCHEDULED" &&
        data.runEvents.schedule?.__typename === "JobSchedule" &&
        data.runEvents.schedule.id === other.id,
    );
    for (const event of [scheduled, scheduledOther]) {
      expect(event.data.runEvents.occurrence.at).toBe(new Date(BOUNDARY).toISOString().replace(".000Z", "Z"));
      expect(event.data.runEvents.state).toBe("RECORDED");
      // made at (never before) its instant, and announced within the budget
      expect(Date.parse(event.data.runEvents.createdAt)).toBeGreaterThanOrEqual(BOUNDARY);
      expectTimely(lateness(event));
    }
    const scheduledMine = await mine.next(isRun(scheduled.data.runEvents.id));
    expectTimely(lateness(scheduledMine));

    // the filtered stream saw the watched schedule's runs only
    expect(
      mine.events.every(
        (event) => event.data.runEvents.schedule?.__typename === "JobSchedule" && event.data.runEvents.schedule.id === watched.id,
      ),
    ).toBe(true);
    const expected = [...probes, manualWatched.id, scheduled.data.runEvents.id];
    expect(mine.events.map((event) => event.data.runEvents.id).filter((id) => !expected.includes(id))).toEqual([]);
    // … while `all` saw the other schedule's runs too
    expect(all.events.map((event) => event.data.runEvents.id)).toEqual(
      expect.arrayContaining([manualOther.id, scheduledOther.data.runEvents.id]),
    );
    // and no event came twice
    const ids = all.events.map((event) => event.data.runEvents.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(wrongKind.events).toEqual([]);
    const sorted = [...latenesses].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`runEvents lateness (ms, createdAt to the subscriber): ${sorted.join(", ")}; median ${median}`);
    expect(median).toBeLessThanOrEqual(BUDGET_MS);
    all.close();
    mine.close();
    wrongKind.close();
  }, 60_000);
});
