/**
 * GraphiQL in a real browser: a real server process (tsx src/server.ts, JWT_SECRET unset, so it prints
 * an admin token and prefills GraphiQL's headers with it), Debian's headless Chromium driven by
 * playwright-core, and no internet. Opens /graphql, runs the example operation it opens with, sees the
 * result in the response pane, and keeps a screenshot in test-output/graphiql.png. Then opens the page
 * again with the same browser profile (GraphiQL keeps its tabs in localStorage): it must open on the
 * example again, not on an empty tab.
 *
 * Skipped where /usr/bin/chromium is missing (a developer machine); `.ci/run` installs it.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, ROOT, hasChromium, launchChromium, startServer, type RunningServer } from "../helpers/browser";

const OUTPUT_DIR = join(ROOT, "test-output");
const SCREENSHOT = join(OUTPUT_DIR, "graphiql.png");

const SKIPPED = hasChromium ? "" : ` [SKIPPED: no Chromium at ${CHROMIUM}; install Debian's chromium package (.ci/run does) to run it]`;
if (!hasChromium) console.warn(`test/browser/graphiql.test.ts${SKIPPED}`);

/** The visible text of an element, with Monaco's non-breaking spaces and line breaks folded to one space. */
async function textOf(page: Page, selector: string): Promise<string> {
  const text = await page.locator(selector).first().innerText();
  return text.replace(/\s+/g, " ");
}

describe("GraphiQL in headless Chromium", () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  /** One browser profile for both visits: the same localStorage. */
  let profile: BrowserContext | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    profile = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
  });

  afterAll(async () => {
    await profile?.close();
    await browser?.close();
    await server?.stop();
  });

  /** Opens /graphql and waits until GraphiQL has rendered its editors and restored its tabs. */
  async function open(page: Page) {
    await page.goto(`${server!.origin}/graphql`, { waitUntil: "load", timeout: 20_000 });
    await page.locator(".graphiql-execute-button").waitFor({ state: "visible", timeout: 20_000 });
    await page.locator(".graphiql-tab-active").waitFor({ timeout: 10_000 });
  }

  /** Presses ▶ on the example (picking CreateBillingRun from the menu) and answers the response. */
  async function run(page: Page) {
    const { origin } = server!;
    const execute = page.locator(".graphiql-execute-button");
    await page.locator(".graphiql-query-editor").getByText("mutation CreateBillingRun").first().waitFor({ timeout: 10_000 });

    // Run the example: with two operations in the editor, the button offers a menu of them.
    const graphqlResponse = page.waitForResponse(
      (response) =>
        response.url() === `${origin}/graphql` &&
        response.request().method() === "POST" &&
        (response.request().postData() ?? "").includes('"operationName":"CreateBillingRun"'),
      { timeout: 15_000 },
    );
    await execute.click();
    const menuItem = page.getByRole("menuitem", { name: "CreateBillingRun" });
    if (await menuItem.isVisible({ timeout: 2_000 }).catch(() => false)) await menuItem.click();
    return graphqlResponse;
  }

  it.skipIf(!hasChromium)(
    `opens with the example operation and the admin token, runs it, and shows the result${SKIPPED}`,
    async () => {
      const { origin, adminToken } = server!;
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const page = await profile!.newPage();
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      try {
        await open(page);
        const response = await run(page);

        // What went over the wire: the prefilled admin token, and a successful result.
        expect(response.request().headers().authorization).toBe(`Bearer ${adminToken}`);
        expect(response.status()).toBe(200);
        const body = await response.json();
        expect(body.errors).toBeUndefined();
        expect(body.data.createJobSchedule.__typename).toBe("MutationCreateJobScheduleSuccess");
        expect(body.data.createJobSchedule.data.upcomingOccurrences[2]).toEqual({
          at: "2026-03-08T07:30:00Z",
          localDateTime: "2026-03-08T03:30:00-04:00",
          shifted: true,
        });

        // What the user sees: the result in the response pane.
        await expect
          .poll(() => textOf(page, ".graphiql-response"), { timeout: 10_000 })
          .toContain('"__typename": "MutationCreateJobScheduleSuccess"');
        const shown = await textOf(page, ".graphiql-response");
        expect(shown).toContain('"localDateTime": "2026-03-08T03:30:00-04:00", "shifted": true');
        expect(shown).toContain('"name": "Nightly billing run"');

        // The page is self-contained: nothing was fetched from anywhere but this server.
        const foreign = requested.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
        expect(foreign).toEqual([]);

        await page.screenshot({ path: SCREENSHOT, fullPage: true });
      } catch (error) {
        await page.screenshot({ path: join(OUTPUT_DIR, "graphiql-failure.png"), fullPage: true }).catch(() => undefined);
        throw new Error(`${(error as Error).message}\n--- server output ---\n${server!.output()}`, { cause: error });
      } finally {
        await page.close();
      }
    },
    40_000,
  );

  it.skipIf(!hasChromium)(
    `opened again with the same profile, shows the example as the active tab (not an empty one) and runs it${SKIPPED}`,
    async () => {
      const { adminToken } = server!;
      const page = await profile!.newPage();
      try {
        await open(page);
        // The first visit's tab is the active one again; no `<untitled>` tab was added.
        expect({
          tabs: await page.locator(".graphiql-tab").allInnerTexts(),
          active: await page.locator(".graphiql-tab-active").innerText(),
        }).toEqual({ tabs: ["CreateBillingRun"], active: "CreateBillingRun" });
        expect(await textOf(page, ".graphiql-query-editor")).toContain("mutation CreateBillingRun");

        const response = await run(page);
        expect(response.request().headers().authorization).toBe(`Bearer ${adminToken}`);
        expect((await response.json()).data.createJobSchedule.__typename).toBe("MutationCreateJobScheduleSuccess");
        await expect
          .poll(() => textOf(page, ".graphiql-response"), { timeout: 10_000 })
          .toContain('"__typename": "MutationCreateJobScheduleSuccess"');
        expect(await textOf(page, ".graphiql-response")).not.toContain("Syntax Error");
      } catch (error) {
        await page.screenshot({ path: join(OUTPUT_DIR, "graphiql-second-visit-failure.png"), fullPage: true }).catch(() => undefined);
        throw new Error(`${(error as Error).message}\n--- server output ---\n${server!.output()}`, { cause: error });
      } finally {
        await page.close();
      }
    },
    40_000,
  );
});
