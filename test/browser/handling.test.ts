import type { Browser } from "playwright-core";
import { failure, type TestPlatform } from "../support/platform";
import {
  describeInBrowser,
  startPortal,
  untilSettled,
  englishLeaks,
  notification,
  openSession,
  screenshot,
  visibleText,
} from "./support/browser";

/**
 * The handling screens in a real browser on the demo data: a handler's cases and the 室组地
 * joint board, a liaison user's feedback on a transfer, and logout ending the session on the
 * server. Every page without console errors, failed requests or English.
 */
describeInBrowser("handling screens in Chromium", () => {
  let p: TestPlatform;
  let browser: Browser;
  let base: string;

  /** Asks until the demo handling (opened from intake's events) is there and has settled. */
  async function demoReady(): Promise<void> {
    const client = p.client(await p.login("handler"));
    await untilSettled(
      () =>
        client.request<any>(
          `{ cases(limit: 1) { total } joint: cases(mode: JOINT, limit: 40) { total items { tasks { id status } } } }`,
        ),
      (r) => r.cases.total > 0 && r.joint.total > 0,
      "the demo handling",
    );
  }

  beforeAll(async () => {
    ({ p, base, browser } = await startPortal());
    await demoReady();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await p?.stop();
  });

  const session = (username: string) => openSession(browser, base, username);

  it("a handler sees the unit's cases with state, next step and due dates, and the joint board", async () => {
    const client = p.client(await p.login("handler"));
    const { cases } = await client.request<any>(`{ cases(limit: 25) { total items { id serial status } } }`);
    // the board: every task of the joint cases the handler's unit leads or takes part in
    const joint = await client.request<any>(
      `{ cases(mode: JOINT, limit: 40) { items { tasks { id overdue status } } } }`,
    );
    const jointTasks = joint.cases.items.flatMap((c: any) => c.tasks);
    expect(jointTasks.length).toBeGreaterThan(0);
    const { page, context, problems } = await session("handler");

    await page.locator('[data-menu="cases"]').click();
    await page.waitForURL(/#\/cases/);
    // the first page of the handler's cases, each with its next step
    await page.getByText(cases.items[0].serial, { exact: true }).first().waitFor();
    const steps = await page.locator("[data-next]").count();
    expect(steps).toBe(Math.min(cases.total, 25));
    await screenshot(page, "handler-cases");

    // one case: progress, the reporter contacts and the notice documents
    await page.getByText(cases.items[0].serial, { exact: true }).first().click();
    await page.getByTestId("progress").waitFor();
    await page.getByTestId("contacts").waitFor();
    await screenshot(page, "case-show");

    await page.locator('[data-menu="jointTasks"]').click();
    await page.getByTestId("joint-board").waitFor();
    await page.getByTestId("task-card").first().waitFor();
    expect(await page.getByTestId("task-card").count()).toBe(jointTasks.length);
    // overdue tasks are marked, exactly those the graph calls overdue
    expect(await page.locator('[data-testid="task-card"][data-overdue="true"]').count()).toBe(
      jointTasks.filter((t: any) => t.overdue).length,
    );
    for (const status of ["OPEN", "IN_PROGRESS", "DONE"])
      expect(await page.getByTestId(`column-${status}`).getByTestId("task-card").count()).toBe(
        jointTasks.filter((t: any) => t.status === status).length,
      );
    await page.getByText("牵头单位").first().waitFor();
    await screenshot(page, "joint-board");

    // no English on any handling page
    const caseId = cases.items[0].id;
    for (const hash of [
      "/cases",
      "/jointTasks",
      "/regional",
      "/transfers",
      "/labelledCases",
      `/cases/${caseId}/show`,
    ]) {
      const leaks = englishLeaks(await visibleText(page, base, hash), ["handler"]);
      expect({ hash, leaks }).toEqual({ hash, leaks: [] });
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it("the officer's pages of handling, the labels and the monthly dispatch are in Chinese", async () => {
    const { page, context, problems } = await session("officer");
    for (const hash of ["/labelledCases", "/dispatch", "/transfers"]) {
      const leaks = englishLeaks(await visibleText(page, base, hash), ["officer"]);
      expect({ hash, leaks }).toEqual({ hash, leaks: [] });
      if (hash === "/dispatch") {
        await page.getByTestId("dispatch").getByText("调度案件").first().waitFor();
        await screenshot(page, "dispatch");
      }
      if (hash === "/labelledCases") {
        await page.locator("[data-colour]").first().waitFor();
        await screenshot(page, "labelled-cases");
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it("the liaison user records the department's feedback on a transfer", async () => {
    const client = p.client(await p.login("liaison"));
    const { transfers } = await client.request<any>(
      `{ transfers(limit: 100) { items { id serial status feedback { content } copyTo { name } } } }`,
    );
    const open = transfers.items.find((t: any) => t.status === "OPEN" && !t.feedback);
    expect(open).toBeDefined();
    const { page, context, problems } = await session("liaison");
    await page.locator('[data-menu="transfers"]').click();
    await page.getByTestId(`feedback-${open.serial}`).click();
    const text = `已约谈相关科室负责人并责令整改，整改情况已书面报告（浏览器测试 ${Date.now()}）`;
    await page.getByRole("textbox", { name: "办理情况" }).fill(text);
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("反馈已提交");
    const leaks = englishLeaks(await visibleText(page, base, `/transfers/${open.id}/show`), ["liaison"]);
    expect(leaks).toEqual([]);
    await page.getByTestId("transfer-feedback").getByText(text).waitFor();
    if (open.copyTo) await page.getByTestId("transfer-copy-to").getByText(open.copyTo.name).waitFor();
    await screenshot(page, "transfer-feedback");

    const { transfer } = await client.request<any>(`query($id: ID!) { transfer(id: $id) { feedback { content } } }`, {
      id: open.id,
    });
    expect(transfer.feedback.content).toBe(text);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("logout ends the session on the server: the old token is refused", async () => {
    const { page, context, problems } = await session("handler");
    const token = await page.evaluate(
      () => JSON.parse((globalThis as any).sessionStorage.getItem("prp.session") ?? "{}").token as string,
    );
    expect(token).toBeTruthy();
    await p.client(token).request(`{ me { username } }`);
    await page.locator('button[aria-label="个人"]').click();
    await page.getByText("退出登录").click();
    await page.locator('input[name="username"]').waitFor();
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem("prp.session"))).toBeNull();
    // every service re-checks a token's session every few seconds: refused within them
    const until = Date.now() + 30_000;
    let code = "";
    while (Date.now() < until) {
      code = await p
        .client(token)
        .request(`{ me { username } }`)
        .then(() => "OK")
        .catch(async () => (await failure(p.client(token).request(`{ me { username } }`))).code);
      if (code !== "OK") break;
      await new Promise((ok) => setTimeout(ok, 500));
    }
    expect(code).toBe("UNAUTHENTICATED");
    await context.close();
    expect(problems).toEqual([]);
  });
});
