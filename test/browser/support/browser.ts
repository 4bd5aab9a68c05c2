import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { ADMIN_PASSWORD, DEMO_PASSWORD, startTestPlatform, type TestPlatform } from "../../support/platform";

/**
 * The one place that decides whether the browser tests run: they need Debian's Chromium at
 * /usr/bin/chromium (CI installs it). Without it they are reported as skipped with the reason
 * printed, never silently passed; in CI (CI=true) a missing Chromium is a failure instead.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumPresent = existsSync(CHROMIUM_PATH);

export const describeInBrowser: jest.Describe = (() => {
  if (chromiumPresent) return describe;
  if (process.env.CI) {
    throw new Error(
      `browser tests: ${CHROMIUM_PATH} is missing, but CI must run them (apt-get install -y chromium fonts-noto-cjk)`,
    );
  }
  console.warn(
    `[browser tests] NOT RUN: ${CHROMIUM_PATH} not found. Install Debian's chromium (and fonts-noto-cjk) to run them.`,
  );
  return describe.skip;
})();

/** Flags for a headless Chromium that talks to nobody but loopback. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export const SCREENSHOT_DIR = join(__dirname, "..", "screenshots");

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Every console error, uncaught exception and failed request (network failure or HTTP ≥ 400)
 * of a browser context; tests assert it stays empty.
 */
export function watchProblems(context: BrowserContext): string[] {
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error on ${page.url()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`uncaught on ${page.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  context.on("requestfailed", (r) => {
    // a navigation away cancels pending requests: that is not a failure of the platform
    if (r.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`);
  });
  context.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

/** Signs in through the portal's login page and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByText("您好").first().waitFor({ timeout: 90_000 });
}

/** Latin words in visible text that are not data codes (all capitals) — i.e. English UI leaks. */
export function englishLeaks(text: string, allowed: readonly string[] = []): string[] {
  const words = text.match(/[A-Za-z][A-Za-z'’]+(?:\s+[A-Za-z][A-Za-z'’]+)*/g) ?? [];
  return [...new Set(words)].filter((w) => !/^[A-Z0-9-]+$/.test(w) && !allowed.includes(w));
}

/** A fresh tab session for one user (Chinese, Beijing time); tests assert `problems` stays empty. */
export async function openSession(
  browser: Browser,
  baseUrl: string,
  username: string,
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1440, height: 1000 },
  });
  const problems = watchProblems(context);
  const page = await context.newPage();
  // the machine running the tests may be busy: wait generously, fail on what appears
  page.setDefaultTimeout(60_000);
  await signIn(page, baseUrl, username, username === "admin" ? ADMIN_PASSWORD : DEMO_PASSWORD);
  return { page, context, problems };
}

/** The text of the next notification (success or the server's refusal), then closes it. */
export async function notification(page: Page): Promise<string> {
  const snack = page.locator(".MuiSnackbarContent-message").last();
  await snack.waitFor({ timeout: 60_000 });
  const text = (await snack.innerText()).trim();
  await page.keyboard.press("Escape");
  await snack.waitFor({ state: "detached", timeout: 15_000 }).catch(() => undefined);
  return text;
}

/** Visible text of a page once it has settled, for the English-leak scan. */
export async function visibleText(page: Page, baseUrl: string, hash: string): Promise<string> {
  await page.goto(`${baseUrl}/#${hash}`);
  await page.waitForLoadState("networkidle");
  await page.locator(".RaLayout-content").first().waitFor();
  await page.waitForTimeout(300);
  return page.locator("body").innerText();
}

/**
 * The platform as `npm start` runs it (demo data included), serving the built portal, and a
 * browser: what a browser test's beforeAll starts (its afterAll closes the browser, stops p).
 */
export async function startPortal(): Promise<{ p: TestPlatform; base: string; browser: Browser }> {
  if (!existsSync(join(__dirname, "..", "..", "..", "admin", "dist", "index.html")))
    throw new Error("admin/dist is not built: run `npm run build` first");
  const p = await startTestPlatform();
  return { p, base: p.url.replace(/\/graphql$/, ""), browser: await launchBrowser() };
}

/**
 * Asks until the answer is ready and the same three times in a row, a second apart: the demo
 * data that follows from events (cases opened, candidates screened, claims) has settled.
 */
export async function untilSettled<T>(
  ask: () => Promise<T>,
  ready: (answer: T) => boolean,
  what: string,
  withinMs = 180_000,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  let last = "";
  let same = 0;
  for (;;) {
    const answer = await ask();
    const now = JSON.stringify(answer);
    same = ready(answer) && now === last ? same + 1 : 0;
    if (same >= 3) return;
    last = now;
    if (Date.now() > deadline)
      throw new Error(`${what} did not settle within ${Math.round(withinMs / 60_000)} minutes`);
    await new Promise((ok) => setTimeout(ok, 1000));
  }
}
