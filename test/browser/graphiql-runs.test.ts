/**
 * Issue 14's "Done when", in a real browser: `npm start`'s server (tsx src/server.ts, its dispatcher on)
 * with one job schedule `* * * * *` makes a RECORDED run every minute, `runEvents` in GraphiQL shows
 * each arrive in the response pane, and a `runs` query lists them.
 *
 * A minute passes in one real second: the server runs on a simulated clock (CLOCK_START, CLOCK_RATE=60,
 * src/clock.ts). Everything is done as a user would: the operations are typed into GraphiQL's editor and
 * run with ▶; what is asserted is what the response pane shows. Screenshots go to test-output/.
 *
 * Skipped where /usr/bin/chromium is missing (a developer machine); `.ci/run` installs it.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, ROOT, hasChromium, launchChromium, startServer, type RunningServer } from "../helpers/browser";

const OUTPUT_DIR = join(ROOT, "test-output");

/** The simulated clock: it reads CLOCK_START when the server starts and then runs 60 times as fast. */
const CLOCK_START = "2026-06-01T09:00:30Z";
const CLOCK_RATE = 60;
const MINUTE = 60_000;

const SKIPPED = hasChromium ? "" : ` [SKIPPED: no Chromium at ${CHROMIUM}; install Debian's chromium package (.ci/run does) to run it]`;
if (!hasChromium) console.warn(`test/browser/graphiql-runs.test.ts${SKIPPED}`);

const CREATE = `mutation EveryMinute {
  createJobSchedule(input: {
    name: "Every minute"
    specification: "* * * * *"
    location: "Europe/Paris"
    job: { jobType: BILLING_RUN }
  }) {
    __typename
    ... on MutationCreateJobScheduleSuccess { data { id scheduledFor { at } } }
    ... on ValidationError { message }
  }
}`;

const SUBSCRIBE = "subscription { runEvents { id state origin occurrence { at localDateTime } } }";

function runsQuery(scheduleId: string): string {
  return `query RecordedRuns {
  runs(scheduleId: "${scheduleId}", state: RECORDED, first: 100) {
    edges { node { id state origin createdAt occurrence { at } } }
  }
}`;
}

interface ShownEvent {
  id: string;
  state: string;
  origin: string;
  at: string;
  localDateTime: string;
}

/** The distinct runEvents results the response pane has shown so far, in the order it showed them. */
async function shownEvents(page: Page): Promise<ShownEvent[]> {
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  const events = new Map<string, ShownEvent>();
  for (const text of seen) {
    const match =
      /"runEvents": \{ "id": "([^"]+)", "state": "([A-Z_]+)", "origin": "([A-Z_]+)", "occurrence": \{ "at": "([^"]+)", "localDateTime": "([^"]+)" \} \}/.exec(
        text,
      );
    // Monaco wraps a line longer than the pane, even inside a string: an id's pieces are joined again.
    const id = match?.[1]?.replace(/ /g, "");
    if (match && id && !events.has(id))
      events.set(id, { id, state: match[2]!, origin: match[3]!, at: match[4]!, localDateTime: match[5]! });
  }
  return [...events.values()];
}

/** The visible text of an element, with Monaco's non-breaking spaces and line breaks folded to one space. */
async function textOf(page: Page, selector: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, one line of Monaco's per line (textContent runs them together)
  const text = await page.locator(selector).first().innerText();
  return text.replace(/\s+/g, " ");
}

/**
 * Replaces the query editor's text as a user pasting it would: the text on the clipboard, then select
 * all and paste (typing it would have Monaco close brackets and indent lines a second time).
 */
async function setQuery(page: Page, text: string, title: string): Promise<void> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  // Monaco shows what it holds: the first line of the text is there.
  await expect
    .poll(() => textOf(page, ".graphiql-query-editor"), { timeout: 5_000 })
    .toContain(text.split("\n")[0]!.replace(/\s+/g, " ").slice(0, 40));
  // GraphiQL reads the operation's name off the text a moment later (▶ before that would send the
  // previous text's name: "Cannot infer operation EveryMinute"); the tab's title shows it has.
  // biome-ignore lint/performance/useDomNodeTextContent: the title as shown
  await expect.poll(() => page.locator(".graphiql-tab-active").innerText(), { timeout: 5_000 }).toBe(title);
}

describe("runs in GraphiQL (headless Chromium, a simulated minute per real second)", () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    [server, browser] = await Promise.all([startServer({ env: { CLOCK_START, CLOCK_RATE: String(CLOCK_RATE) } }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.skipIf(!hasChromium)(
    `a job schedule "* * * * *" makes a RECORDED run every minute; runEvents shows each arrive; runs lists them${SKIPPED}`,
    async () => {
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const context = await browser!.newContext({ viewport: { width: 1400, height: 1000 } });
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server!.origin });
      const page = await context.newPage();
      const execute = page.locator(".graphiql-execute-button");
      try {
        await page.goto(`${server!.origin}/graphql`, { waitUntil: "load", timeout: 20_000 });
        await execute.waitFor({ state: "visible", timeout: 20_000 });
        await page.locator(".graphiql-query-editor").getByText("mutation CreateBillingRun").first().waitFor({ timeout: 10_000 });

        // 1. Create the schedule.
        await setQuery(page, CREATE, "EveryMinute");
        const answered = page.waitForResponse(
          (response) =>
            response.url() === `${server!.origin}/graphql` &&
            (response.request().postData() ?? "").includes('"operationName":"EveryMinute"'),
          { timeout: 10_000 },
        );
        await execute.click();
        const { data } = await (await answered).json();
        expect(data.createJobSchedule.__typename).toBe("MutationCreateJobScheduleSuccess");
        const { id: scheduleId, scheduledFor } = data.createJobSchedule.data as { id: string; scheduledFor: { at: string } };
        const firstOccurrence = scheduledFor.at;
        expect(firstOccurrence).toMatch(/^2026-06-01T09:\d\d:00Z$/);
        await expect
          .poll(() => textOf(page, ".graphiql-response"), { timeout: 10_000 })
          .toContain('"__typename": "MutationCreateJobScheduleSuccess"');

        // 2. Subscribe. GraphiQL shows a subscription's latest event: record every text the pane shows.
        await page.evaluate(() => {
          const seen: string[] = [];
          (window as unknown as { seen: string[] }).seen = seen;
          const pane = document.querySelector<HTMLElement>(".graphiql-response")!;
          new MutationObserver(() => {
            // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, one line of Monaco's per line (textContent runs them together)
            const text = pane.innerText.replace(/\s+/g, " ");
            if (seen.at(-1) !== text) seen.push(text);
          }).observe(pane, { subtree: true, childList: true, characterData: true });
        });
        await setQuery(page, SUBSCRIBE, "<untitled>");
        const subscribed = page.waitForResponse(
          (response) =>
            response.url().startsWith(`${server!.origin}/graphql`) &&
            response.request().method() === "GET" &&
            response.url().includes("runEvents"),
          { timeout: 10_000 },
        );
        await execute.click();
        // It goes over Server-Sent Events, authenticated by the prefilled header.
        const stream = await subscribed;
        expect({
          status: stream.status(),
          type: (await stream.allHeaders())["content-type"],
          accept: stream.request().headers().accept,
          authorization: stream.request().headers().authorization,
        }).toEqual({
          status: 200,
          type: expect.stringContaining("text/event-stream"),
          accept: expect.stringContaining("text/event-stream"),
          authorization: `Bearer ${server!.adminToken}`,
        });
        // At least three (two would do; the third shows the second was not the last).
        await expect.poll(async () => (await shownEvents(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
        await page.screenshot({ path: join(OUTPUT_DIR, "graphiql-run-events.png"), fullPage: true });
        const arrived = await shownEvents(page);
        // One RECORDED run per simulated minute, each on its whole minute, one minute after the last,
        // in the schedule's zone (Paris, UTC+2 in June); the first no earlier than the schedule's first occurrence.
        expect(
          arrived.every((run) => run.state === "RECORDED" && run.origin === "SCHEDULED"),
          JSON.stringify(arrived),
        ).toBe(true);
        const instants = arrived.map((run) => Date.parse(run.at));
        expect(instants.every((at) => at % MINUTE === 0)).toBe(true);
        expect(instants.slice(1).map((at, i) => at - instants[i]!)).toEqual(instants.slice(1).map(() => MINUTE));
        expect(instants[0]!).toBeGreaterThanOrEqual(Date.parse(firstOccurrence));
        for (const run of arrived) {
          expect(run.localDateTime).toBe(`${new Date(Date.parse(run.at) + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`);
        }

        // 3. Stop the subscription (▶ became ■): the stream closes. Then list the schedule's runs.
        const closed = new Promise<void>((resolve) => {
          const done = (request: Request) => request === stream.request() && resolve();
          page.on("requestfinished", done);
          page.on("requestfailed", done);
        });
        await page.getByRole("button", { name: /^Stop query/ }).click();
        await page.getByRole("button", { name: /^Execute query/ }).waitFor({ timeout: 5_000 });
        await closed;
        await setQuery(page, runsQuery(scheduleId), "RecordedRuns");
        const listed = page.waitForResponse(
          (response) =>
            response.url() === `${server!.origin}/graphql` &&
            (response.request().postData() ?? "").includes('"operationName":"RecordedRuns"'),
          { timeout: 10_000 },
        );
        await execute.click();
        const body = await (await listed).json();
        expect(body.errors).toBeUndefined();
        const runs: { id: string; state: string; origin: string; createdAt: string; occurrence: { at: string } }[] =
          body.data.runs.edges.map((edge: { node: unknown }) => edge.node);
        // Every run that arrived is listed; newest first, one per minute from the first occurrence on, none
        // missing, none made before its instant.
        const ids = runs.map((run) => run.id);
        for (const run of arrived) expect(ids).toContain(run.id);
        expect(runs.every((run) => run.state === "RECORDED" && run.origin === "SCHEDULED")).toBe(true);
        const listedAt = runs.map((run) => Date.parse(run.occurrence.at)).reverse();
        expect(listedAt[0]).toBe(Date.parse(firstOccurrence));
        expect(listedAt.slice(1).map((at, i) => at - listedAt[i]!)).toEqual(listedAt.slice(1).map(() => MINUTE));
        for (const run of runs) expect(Date.parse(run.createdAt)).toBeGreaterThanOrEqual(Date.parse(run.occurrence.at));

        // What the user sees: the newest run at the top of the response pane.
        await expect
          .poll(() => textOf(page, ".graphiql-response"), { timeout: 10_000 })
          .toContain(`"state": "RECORDED", "origin": "SCHEDULED", "createdAt": "${runs[0]!.createdAt}"`);
        expect(await textOf(page, ".graphiql-response")).toContain(
          `"createdAt": "${runs[0]!.createdAt}", "occurrence": { "at": "${runs[0]!.occurrence.at}" }`,
        );
        await page.screenshot({ path: join(OUTPUT_DIR, "graphiql-runs.png"), fullPage: true });
      } catch (error) {
        await page.screenshot({ path: join(OUTPUT_DIR, "graphiql-runs-failure.png"), fullPage: true }).catch(() => undefined);
        throw new Error(`${(error as Error).message}\n--- server output ---\n${server!.output()}`, { cause: error });
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
