import type { Browser } from "playwright-core";
import { startTestPlatform, DEMO_PASSWORD, type TestPlatform } from "../support/platform";
import { describeInBrowser, launchBrowser, screenshot, signIn, watchProblems } from "./support/browser";

/**
 * One subgraph stopped: the portal still shows what the others answer, and says which part
 * is unavailable. The directory (towns) is stopped while an officer has the report list open;
 * the list comes from intake and its town names from the directory.
 */
describeInBrowser("portal with a subgraph down", () => {
  let p: TestPlatform;
  let browser: Browser;

  beforeAll(async () => {
    p = await startTestPlatform();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await p?.stop();
  });

  it("shows the reports without their towns and names the part that is down", async () => {
    const base = p.url.replace(/\/graphql$/, "");
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 1000 } });
    const problems = watchProblems(context);
    const page = await context.newPage();
    await signIn(page, base, "officer", DEMO_PASSWORD);
    const serials = page.locator("td").filter({ hasText: /^\d{4}-\d{6}$/ });

    // the officer is at work when the directory goes down: intake has checked the session with
    // the directory once (a token never checked while the directory is down is refused)
    await page.goto(`${base}/#/reports`);
    await serials.first().waitFor({ timeout: 30_000 });
    await p.platform.stopSubgraph("directory");
    await page.reload();
    // the intake part is there: serials of the register
    await serials.first().waitFor({ timeout: 30_000 });
    // and the user is told which part is missing
    await page.getByText("“机构与人员”暂时不可用").first().waitFor();
    await screenshot(page, "partial-failure-reports");
    // the menu still works
    await page.locator('[data-menu="unsignedReports"]').click();
    await page.waitForURL(/unsignedReports/);
    await context.close();
    expect(problems).toEqual([]);
  });
});
