import type { Browser, Page } from "playwright-core";
import type { TestPlatform } from "../support/platform";
import {
  describeInBrowser,
  startPortal,
  untilSettled,
  englishLeaks,
  notification,
  openSession,
  screenshot,
  visibleText,
  watchProblems,
} from "./support/browser";

/**
 * The leader's workspace in a real browser on the demo data: the dashboard's figures, the
 * screening queue, claiming a candidate (seen in 我的包案 with its reminders), recording a case
 * analysis, and a second leader, whose page still shows the case, told who was first; the field
 * work (a town meeting, a case visit, a reception the office schedules and the public sees, a
 * campaign from start to closure); the administrator's colour-label thresholds. No console
 * errors, failed requests or English on any page.
 */
describeInBrowser("leader workspace in Chromium", () => {
  let p: TestPlatform;
  let browser: Browser;
  let base: string;

  const QUEUE = `{ screeningQueue(limit: 25) { total items { serial case { id } } } }`;
  const WHOLE_QUEUE = `{ screeningQueue(limit: 100) { total items { case { id } } } }`;
  const OWNED = `{ myOwnedCases(limit: 100) { total items { id serial status analysisSessions { id } case { id } } } }`;

  /** Asks until the demo cases are screened and the demo leaders' claims are done and settled. */
  async function demoReady(): Promise<void> {
    const leader = p.client(await p.login("leader"));
    const leader2 = p.client(await p.login("leader2"));
    await untilSettled(
      () => Promise.all([leader.request<any>(QUEUE), leader.request<any>(OWNED), leader2.request<any>(OWNED)]),
      ([q, a, b]) => q.screeningQueue.total > 0 && a.myOwnedCases.total + b.myOwnedCases.total > 0,
      "the demo screening and claims",
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

  it("the leader's dashboard shows the graph's leadershipDashboard figures, as figures and as a table", async () => {
    const leader = p.client(await p.login("leader"));
    const { page, context, problems } = await session("leader");
    await page.getByTestId("leader-dashboard").waitFor();
    await page.locator('[data-testid="leader-figure-active"] h4').filter({ hasText: /\d/ }).waitFor();
    const { leadershipDashboard: graph } = await leader.request<any>(`{ leadershipDashboard {
      active dueThisWeek overdueCases candidates candidatesInLinkedTowns concluded released transferred } }`);
    const shown: Record<string, number> = {};
    for (const key of ["active", "dueThisWeek", "overdueCases", "candidates"])
      shown[key] = Number(await page.locator(`[data-testid="leader-figure-${key}"] h4`).innerText());
    expect(shown).toEqual({
      active: graph.active,
      dueThisWeek: graph.dueThisWeek,
      overdueCases: graph.overdueCases,
      candidates: graph.candidates,
    });
    expect(graph.candidates).toBeGreaterThan(0);
    // the table alternative: every figure, under its Chinese name
    const chart = page.getByTestId("chart-leader");
    await chart.getByRole("button", { name: "表格" }).click();
    const rows = await chart
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from((tr as any).querySelectorAll("td")).map((td: any) => td.textContent)),
      );
    expect(Object.fromEntries(rows)).toEqual({
      包案中: String(graph.active),
      五个工作日内到期: String(graph.dueThisWeek),
      有逾期事项的包案: String(graph.overdueCases),
      "包案候选（全市）": String(graph.candidates),
      其中本人包联镇街: String(graph.candidatesInLinkedTowns),
      已办结: String(graph.concluded),
      已退出: String(graph.released),
      已改由其他领导包案: String(graph.transferred),
    });
    await context.close();
    expect(problems).toEqual([]);
  });

  it("a leader claims a candidate and sees it in 我的包案; a second leader is told who was first", async () => {
    const leader = p.client(await p.login("leader"));
    const leader2 = p.client(await p.login("leader2"));
    const { me } = await leader.request<any>(`{ me { displayName } }`);
    // a candidate on the first leader's first page; each leader sees the own linked towns first,
    // so the second leader opens the whole queue (at most 100) on one page, by address
    const candidate = (await leader.request<any>(QUEUE)).screeningQueue.items[0];
    expect(candidate).toBeDefined();
    const theirs = (await leader2.request<any>(WHOLE_QUEUE)).screeningQueue;
    expect(theirs.total).toBeLessThanOrEqual(100);
    expect(theirs.items.map((c: any) => c.case.id)).toContain(candidate.case.id);

    // the second leader opens the queue first: the page still offers the case after the first claims it
    const second = await session("leader2");
    await second.page.goto(`${base}/#/screeningQueue?page=1&perPage=100`);
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

  /** The nth select of the open dialog (MUI's selects are comboboxes), then the option named. */
  async function pick(page: Page, nth: number, option?: string | RegExp): Promise<string> {
    await page.getByRole("dialog").getByRole("combobox").nth(nth).click();
    const choice = option ? page.getByRole("option", { name: option }) : page.getByRole("option").first();
    await choice.waitFor();
    const text = (await choice.innerText()).trim();
    await choice.click();
    return text;
  }

  const stamp = () => String(Date.now()).slice(-6); // digits: Latin letters in the data would look like UI leaks

  it("a leader records a linked-town meeting and a case visit and sees them listed", async () => {
    const leader = p.client(await p.login("leader"));
    const { me } = await leader.request<any>(`{ me { id linkedTowns { id name } } }`);
    expect(me.linkedTowns.length).toBeGreaterThan(0);
    const { page, context, problems } = await session("leader");
    await page.goto(`${base}/#/townMeetings`);
    await page.getByTestId("record-meeting").click();
    const town = await pick(page, 0);
    expect(me.linkedTowns.map((t: any) => t.name)).toContain(town);
    const topic = `农村集体“三资”管理专题（${stamp()}）`;
    await page.getByRole("textbox", { name: "议题" }).fill(`${topic}\n近期重复举报件的化解`);
    await page.getByRole("textbox", { name: "会议决定事项" }).fill("镇纪委一周内完成排查，月底前向委领导报告。");
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已记录会议");
    await page.getByRole("row").filter({ hasText: topic }).filter({ hasText: town }).waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "leader-town-meetings");
    const { townMeetings } = await leader.request<any>(
      `query($id: ID) { townMeetings(leaderId: $id) { topics town { name } } }`,
      { id: me.id },
    );
    expect(townMeetings.find((m: any) => m.topics[0] === topic)).toMatchObject({ town: { name: town } });

    // 带案下访: a case the leader owns or screened, picked from the list
    await page.goto(`${base}/#/caseVisits`);
    await page.getByTestId("record-visit").click();
    await pick(page, 0, town);
    await page
      .getByRole("dialog")
      .getByRole("combobox", { name: /带下去的案件/ })
      .click();
    const option = page.getByRole("option").first();
    const serial = (await option.innerText()).trim().split(" ")[0];
    await option.click();
    const outcome = `与镇党委书记当面研究化解方案（${stamp()}）`;
    await page.getByRole("textbox", { name: "下访结果" }).fill(outcome);
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已记录带案下访");
    await page.getByRole("row").filter({ hasText: outcome }).filter({ hasText: serial }).waitFor();
    const { caseVisits } = await leader.request<any>(
      `query($id: ID) { caseVisits(leaderId: $id) { outcome cases { serial } } }`,
      { id: me.id },
    );
    expect(caseVisits.find((v: any) => v.outcome === outcome)?.cases.map((c: any) => c.serial)).toEqual([serial]);

    for (const hash of ["/townMeetings", "/caseVisits"]) {
      const leaks = englishLeaks(await visibleText(page, base, hash), ["leader"]);
      expect({ hash, leaks }).toEqual({ hash, leaks: [] });
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it("the petition office schedules a leader's reception and sees it in the published schedule", async () => {
    const leader = p.client(await p.login("leader"));
    const { me } = await leader.request<any>(`{ me { id displayName post } }`);
    const { page, context, problems } = await session("officer");
    await page.goto(`${base}/#/receptions`);
    await page.getByTestId("schedule-reception").click();
    await pick(page, 0, new RegExp(me.displayName));
    const place = `市纪委监委信访接待室（${stamp()}）`;
    await page.getByRole("textbox", { name: "接访地点" }).fill(place);
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已安排公开接访");
    const row = page.getByRole("row").filter({ hasText: place });
    await row.getByText("已排期").waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "leader-receptions");

    // what the public sees: the slot with the leader's name and post, nothing internal
    await page.locator('[data-menu="receptionSchedule"]').click();
    const published = page.getByTestId("published-schedule").getByRole("row").filter({ hasText: place });
    await published.waitFor();
    expect(await published.innerText()).toContain(me.displayName);
    await page.waitForLoadState("networkidle");
    await screenshot(page, "leader-published-schedule");
    const from = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 8 * 3600_000 + 90 * 86400_000).toISOString().slice(0, 10);
    const { receptionSchedule } = await p
      .client(await p.login("officer"))
      .request<any>(
        `query($from: String!, $to: String!) { receptionSchedule(from: $from, to: $to) { place leaderName } }`,
        {
          from,
          to,
        },
      );
    expect(receptionSchedule.filter((r: any) => r.place === place)).toEqual([{ place, leaderName: me.displayName }]);

    // and the public itself, without signing in: the sign-in page links to the same schedule
    const anonymous = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const anonymousProblems = watchProblems(anonymous);
    const publicPage = await anonymous.newPage();
    await publicPage.goto(`${base}/#/login`);
    await publicPage.getByTestId("public-schedule-link").click();
    const publicRow = publicPage.getByTestId("public-schedule").getByRole("row").filter({ hasText: place });
    await publicRow.waitFor({ timeout: 60_000 });
    expect(await publicRow.innerText()).toContain(me.displayName);
    await publicPage.waitForLoadState("networkidle");
    await screenshot(publicPage, "public-reception-schedule");
    expect(englishLeaks(await publicPage.locator("body").innerText())).toEqual([]);
    await anonymous.close();
    expect(anonymousProblems).toEqual([]);

    // cancelled after confirmation: gone from the published schedule
    await page.goto(`${base}/#/receptions`);
    await row.getByRole("button", { name: "取消接访" }).click();
    await page.getByText("取消后该场接访不再对外公布").waitFor();
    await page.getByRole("textbox", { name: "取消原因" }).fill("领导临时参加上级会议，改期另行公布");
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已取消公开接访");
    await row.getByText("已取消").waitFor();
    await page.goto(`${base}/#/receptionSchedule`);
    await page
      .getByTestId("published-schedule")
      .getByText(/群众看到的安排/)
      .waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("published-schedule").innerText()).not.toContain(place);

    for (const hash of ["/receptions", "/receptionSchedule"]) {
      const leaks = englishLeaks(await visibleText(page, base, hash), ["officer"]);
      expect({ hash, leaks }).toEqual({ hash, leaks: [] });
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it("a leader starts a campaign, notes progress, records a rule and closes it", async () => {
    const leader = p.client(await p.login("leader"));
    const { page, context, problems } = await session("leader");
    await page.goto(`${base}/#/campaigns`);
    await page.getByTestId("start-campaign").click();
    const topic = `群众身边不正之风和腐败问题专项整治（${stamp()}）`;
    await page.getByRole("textbox", { name: "整治主题" }).fill(topic);
    await page.getByRole("textbox", { name: "整治范围" }).fill("全市农村集体“三资”管理，重点是工程项目和惠民补贴");
    const unit = await pick(page, 0);
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已启动专项整治");
    const row = page.getByRole("row").filter({ hasText: topic });
    await row.getByText("整治中").waitFor();
    await row.getByText(topic).click();
    await page.waitForURL(/#\/campaigns\/[^/]+\/show/);
    const id = decodeURIComponent(page.url().match(/#\/campaigns\/([^/]+)\/show/)![1]);

    await page.getByTestId("note-progress").click();
    const note = `已完成第一轮排查，发现问题线索 ${stamp()} 条`;
    await page.getByRole("textbox", { name: "进展情况" }).fill(note);
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已记录整治进展");
    await page.getByTestId("campaign-progress").getByText(note).waitFor();

    await page.getByTestId("record-rule").click();
    await page.getByRole("textbox", { name: "制度名称" }).fill("农村集体资金使用审批管理办法");
    await page.getByRole("textbox", { name: "印发单位" }).fill("中共莱西市委办公室");
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已登记制度");
    await page.getByTestId("campaign-rules").getByText("农村集体资金使用审批管理办法").waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "leader-campaign");

    await page.getByTestId("close-campaign").click();
    await page.getByText("结束后不能再记录进展和制度").waitFor();
    const results = "立案查处 3 件，建立制度 1 项，追缴资金 12 万元。";
    await page.getByRole("textbox", { name: "整治成效" }).fill(results);
    await page.getByRole("button", { name: "确认" }).click();
    expect(await notification(page)).toBe("已结束专项整治");
    await page.getByTestId("campaign-results").getByText(results).waitFor();
    // a closed campaign takes no more work: its buttons are gone
    await page.getByTestId("note-progress").waitFor({ state: "detached" });

    const { campaign } = await leader.request<any>(
      `query($id: ID!) { campaign(id: $id) { topic status results leadUnit { name } progress { text } rules { title issuingUnit } } }`,
      { id },
    );
    expect(campaign).toEqual({
      topic,
      status: "CLOSED",
      results,
      leadUnit: { name: unit },
      progress: [{ text: note }],
      rules: [{ title: "农村集体资金使用审批管理办法", issuingUnit: "中共莱西市委办公室" }],
    });
    for (const hash of ["/campaigns", `/campaigns/${encodeURIComponent(id)}/show`]) {
      const leaks = englishLeaks(await visibleText(page, base, hash), ["leader"]);
      expect({ hash, leaks }).toEqual({ hash, leaks: [] });
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  // last: new thresholds change the colour labels the screening above relies on
  it("the administrator edits the colour-label thresholds; a falling entry is refused in Chinese", async () => {
    const admin = p.client(await p.login("admin"));
    const { page, context, problems } = await session("admin");
    await page.locator('[data-menu="colourLabelThresholds"]').click();
    const collective = page.getByTestId("thresholds-COLLECTIVE");
    await collective.waitFor();
    expect(await page.getByTestId("thresholds-state").innerText()).toContain("默认规则");
    // yellow no higher than green: what the server would refuse, said before sending
    await page.getByLabel("集体举报黄色").fill("5");
    await page.getByTestId("save-thresholds").click();
    await page.getByTestId("threshold-problems").getByText("集体举报：黄色阈值（5）须高于绿色阈值（5）").waitFor();
    expect((await admin.request<any>(`{ colourLabelThresholds { isDefault } }`)).colourLabelThresholds.isDefault).toBe(
      true,
    );

    await page.getByLabel("集体举报黄色").fill("12");
    await page.getByLabel("集体举报红色").fill("60");
    await page.getByTestId("save-thresholds").click();
    expect(await notification(page)).toBe("已保存色标阈值");
    await page
      .getByTestId("thresholds-state")
      .getByText(/最近由/)
      .waitFor();
    await page.getByTestId("threshold-problems").waitFor({ state: "detached" });
    await page.waitForLoadState("networkidle");
    await screenshot(page, "admin-colour-label-thresholds");
    const { colourLabelThresholds } = await admin.request<any>(
      `{ colourLabelThresholds { isDefault rules { category green yellow orange red } } }`,
    );
    expect(colourLabelThresholds.isDefault).toBe(false);
    expect(colourLabelThresholds.rules.find((r: any) => r.category === "COLLECTIVE")).toEqual({
      category: "COLLECTIVE",
      green: 5,
      yellow: 12,
      orange: 20,
      red: 60,
    });
    const leaks = englishLeaks(await visibleText(page, base, "/colourLabelThresholds"), ["admin"]);
    expect(leaks).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  });
});
