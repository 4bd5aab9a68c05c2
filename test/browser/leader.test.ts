import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { startTestPlatform, type TestPlatform } from "../support/platform";
import {
  describeInBrowser,
  englishLeaks,
  launchBrowser,
  notification,
  openSession,
  screenshot,
  visibleText,
} from "./support/browser";

/**
 * The leader's workspace in a real browser on the demo data: the screening queue, claiming a
 * candidate (seen in 我的包案 with its reminders), recording a case analysis, and a second
 * leader, whose page still shows the case, told who was first. No console errors, failed
 * requests or English on any page.
 */
describeInBrowser("leader workspace in Chromium", () => {
  let p: TestPlatform;
  let browser: Browser;
  let base: string;

  const QUEUE = `{ screeningQueue(limit: 25) { total items { serial case { id } } } }`;
  const OWNED = `{ myOwnedCases(limit: 100) { total items { id serial status analysisSessions { id } case { id } } } }`;

  /** Asks until the demo cases are screened and the demo leaders' claims are done and settled. */
  async function demoReady(): Promise<void> {
    const leader = p.client(await p.login("leader"));
    const leader2 = p.client(await p.login("leader2"));
    const deadline = Date.now() + 180_000;
    let last = "";
    let same = 0;
    for (;;) {
      const [q, a, b] = await Promise.all([
        leader.request<any>(QUEUE),
        leader.request<any>(OWNED),
        leader2.request<any>(OWNED),
      ]);
      const now = JSON.stringify([q, a, b]);
      const ready = q.screeningQueue.total > 0 && a.myOwnedCases.total + b.myOwnedCases.total > 0;
      same = ready && now === last ? same + 1 : 0;
      if (same >= 3) return;
      last = now;
      if (Date.now() > deadline) throw new Error("the demo screening and claims did not settle within three minutes");
      await new Promise((ok) => setTimeout(ok, 1000));
    }
  }

  beforeAll(async () => {
    if (!existsSync(join(__dirname, "..", "..", "admin", "dist", "index.html")))
      throw new Error("admin/dist is not built: run `npm run build` first");
    p = await startTestPlatform();
    base = p.url.replace(/\/graphql$/, "");
    browser = await launchBrowser();
    await demoReady();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await p?.stop();
  });

  const session = (username: string) => openSession(browser, base, username);

  it("a leader claims a candidate and sees it in 我的包案; a second leader is told who was first", async () => {
    const leader = p.client(await p.login("leader"));
    const leader2 = p.client(await p.login("leader2"));
    const { me } = await leader.request<any>(`{ me { displayName } }`);
    // a candidate on the first page of both leaders (each sees the own linked towns first)
    const mine = (await leader.request<any>(QUEUE)).screeningQueue.items;
    const theirs = new Set((await leader2.request<any>(QUEUE)).screeningQueue.items.map((c: any) => c.case.id));
    const candidate = mine.find((c: any) => theirs.has(c.case.id));
    expect(candidate).toBeDefined();

    // the second leader opens the queue first: the page still offers the case after the first claims it
    const second = await session("leader2");
    await second.page.locator('[data-menu="screeningQueue"]').click();
    await second.page.getByTestId(`claim-${candidate.serial}`).waitFor();

    const first = await session("leader");
    const { page } = first;
    await page.locator('[data-menu="screeningQueue"]').click();
    await page.waitForURL(/#\/screeningQueue/);
    await page.getByTestId(`claim-${candidate.serial}`).click();
    await page.getByText("认领后由您包案").waitFor();
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已认领包案");
    // claimed cases leave the queue
    await page.getByTestId(`claim-${candidate.serial}`).waitFor({ state: "detached" });

    // 我的包案: the case with its state, and the owner's work on it
    // by address: the menu item may be below the fold of the sidebar
    await page.goto(`${base}/#/myOwnedCases`);
    await page.getByTestId("ownership-reminders").waitFor();
    await page.getByTestId(`analysis-${candidate.serial}`).click();
    await page.getByRole("textbox", { name: "参加人员" }).fill(`${me.displayName}、承办室负责人、信访室负责人`);
    await page.getByRole("textbox", { name: "研判意见" }).fill("反映问题具体，线索可查，需同步做好证据固定。");
    await page.getByRole("textbox", { name: "主攻方向" }).fill("围绕资金往来和审批环节开展核查");
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已记录案情研判");
    await page
      .getByRole("row")
      .filter({ hasText: candidate.serial })
      .getByText(/1 次，最近/)
      .waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "leader-workspace");

    const owned = (await leader.request<any>(OWNED)).myOwnedCases.items.find(
      (o: any) => o.case.id === candidate.case.id,
    );
    expect(owned).toMatchObject({ status: "ACTIVE", serial: candidate.serial });
    expect(owned.analysisSessions).toHaveLength(1);

    // the second leader, too late: the server's CONFLICT names the owner
    await second.page.getByTestId(`claim-${candidate.serial}`).click();
    await second.page.getByRole("button", { name: "确认" }).click();
    const refusal = await notification(second.page);
    expect(refusal).toContain(me.displayName);
    expect(refusal).toContain("不能重复包案");
    const notMine = (await leader2.request<any>(OWNED)).myOwnedCases.items.some(
      (o: any) => o.case.id === candidate.case.id,
    );
    expect(notMine).toBe(false);

    for (const hash of ["/screeningQueue", "/myOwnedCases"]) {
      const leaks = englishLeaks(await visibleText(page, base, hash), ["leader"]);
      expect({ hash, leaks }).toEqual({ hash, leaks: [] });
    }
    await first.context.close();
    await second.context.close();
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });
});
