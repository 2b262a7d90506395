/**
 * GraphiQL in a real browser: a real server process (tsx src/server.ts, JWT_SECRET unset, so it prints
 * an admin token and prefills GraphiQL's headers with it), Debian's headless Chromium driven by
 * playwright-core, and no internet. Opens /graphql, runs the example operation it opens with, sees the
 * result in the response pane, and keeps a screenshot in test-output/graphiql.png.
 *
 * Skipped where /usr/bin/chromium is missing (a developer machine); `.ci/run` installs it.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
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

  beforeAll(async () => {
    if (!hasChromium) return;
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.skipIf(!hasChromium)(
    `opens with the example operation and the admin token, runs it, and shows the result${SKIPPED}`,
    async () => {
      const { origin, adminToken } = server!;
      mkdirSync(OUTPUT_DIR, { recursive: true });
      const page = await browser!.newPage({ viewport: { width: 1400, height: 1300 } });
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      try {
        await page.goto(`${origin}/graphql`, { waitUntil: "load", timeout: 20_000 });
        // GraphiQL has rendered its editors once the execute button is there.
        const execute = page.locator(".graphiql-execute-button");
        await execute.waitFor({ state: "visible", timeout: 20_000 });
        await page.locator(".graphiql-query-editor").getByText("mutation CreateBillingRun").first().waitFor({ timeout: 10_000 });

        // Run the example: with two operations in the editor, the button offers a menu of them.
        const graphqlResponse = page.waitForResponse(
          (response) => response.url() === `${origin}/graphql` && response.request().method() === "POST" && (response.request().postData() ?? "").includes('"operationName":"CreateBillingRun"'),
          { timeout: 15_000 },
        );
        await execute.click();
        const menuItem = page.getByRole("menuitem", { name: "CreateBillingRun" });
        if (await menuItem.isVisible({ timeout: 2_000 }).catch(() => false)) await menuItem.click();

        // What went over the wire: the prefilled admin token, and a successful result.
        const response = await graphqlResponse;
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
});
