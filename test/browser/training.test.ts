import type { Browser, BrowserContext, Page } from "playwright-core";
import { failure, ADMIN_PASSWORD, DEMO_PASSWORD, type TestPlatform } from "../support/platform";
import { describeInBrowser, englishLeaks, screenshot, signIn, startPortal, watchProblems } from "./support/browser";

/**
 * The training screens (学以致用) in a real browser on the demo data: a trainee takes the demo
 * quiz with its countdown and sees the score, answers and explanations; an officer records
 * attendance; a judge scores a drill round; the pages stay Chinese and each role sees only
 * what it may do.
 */
describeInBrowser("training screens in Chromium", () => {
  let p: TestPlatform;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ p, base, browser } = await startPortal());
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await p?.stop();
  });

  async function session(username: string): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
    const context = await browser.newContext({
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
      viewport: { width: 1440, height: 1000 },
    });
    const problems = watchProblems(context);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await signIn(page, base, username, username === "admin" ? ADMIN_PASSWORD : DEMO_PASSWORD);
    return { page, context, problems };
  }

  async function notification(page: Page): Promise<string> {
    const snack = page.locator(".MuiSnackbarContent-message").last();
    await snack.waitFor({ timeout: 60_000 });
    const text = (await snack.innerText()).trim();
    await page.keyboard.press("Escape");
    await snack.waitFor({ state: "detached", timeout: 15_000 }).catch(() => undefined);
    return text;
  }

  const menuOf = (page: Page) =>
    page
      .locator("[data-menu]")
      .evaluateAll((els) =>
        els.map((e) => (e as unknown as { getAttribute(name: string): string | null }).getAttribute("data-menu")),
      );

  it("a trainee takes the quiz with the countdown, submits once and sees the score, answers and explanations", async () => {
    const { page, context, problems } = await session("trainee");
    // a trainee's menu: learning, no organising (no question bank, no coverage)
    await page.locator("[data-menu]").first().waitFor();
    expect(await menuOf(page)).toEqual([
      "quizzes",
      "trainingRecord",
      "courses",
      "trainingSessions",
      "researchProjects",
      "drillCompetitions",
    ]);

    await page.locator('[data-menu="quizzes"]').click();
    await page.getByText("信访举报业务知识测试（期限专题）").waitFor();
    // no organiser buttons for a trainee
    expect(await page.getByRole("button", { name: "停止答题" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "新建" }).count()).toBe(0);
    await page.getByRole("link", { name: "答题" }).first().click();

    const timer = page.getByTestId("quiz-timer");
    await timer.waitFor();
    const firstReading = await timer.innerText();
    expect(firstReading).toMatch(/^剩余时间 (29|30):\d\d$/);
    // it counts down
    await page.waitForFunction(
      (before) => (globalThis as any).document.querySelector('[data-testid="quiz-timer"]')?.textContent !== before,
      firstReading,
      { timeout: 10_000 },
    );
    await screenshot(page, "training-quiz-taking");

    // the questions as the trainee got them (no answers before submission), and the bank's answers
    const traineeToken = await p.login("trainee");
    const trainee = p.client(traineeToken);
    const { myQuizAttempts } = await trainee.request<any>(
      `{ myQuizAttempts { id status questions { position questionId kind } } }`,
    );
    const attempt = myQuizAttempts[0];
    expect(attempt.status).toBe("IN_PROGRESS");
    expect(attempt.questions.length).toBe(10);
    const early = await failure(
      trainee.request(`query($id: ID!) { quizAttempt(id: $id) { questions { answer explanation } } }`, {
        id: attempt.id,
      }),
    );
    expect(early.code).toBe("FORBIDDEN");
    const { questions: bank } = await p
      .client(await p.login("officer"))
      .request<any>(`{ questions(limit: 100) { items { id kind answer options { key } } } }`);
    const answerOf = new Map<string, any>(bank.items.map((q: any) => [q.id, q]));

    // all right except question 1, which gets a wrong option
    for (const q of attempt.questions) {
      const item = page.getByTestId(`question-${q.position}`);
      const truth = answerOf.get(q.questionId);
      let keys: string[] = truth.answer.split(",");
      if (q.position === 1) {
        keys =
          q.kind === "TRUE_FALSE"
            ? [truth.answer === "TRUE" ? "FALSE" : "TRUE"]
            : [truth.options.map((o: any) => o.key).find((k: string) => !keys.includes(k))];
      }
      for (const key of keys) {
        const label = q.kind === "TRUE_FALSE" ? (key === "TRUE" ? "正确" : "错误") : new RegExp(`^${key}．`);
        await item.getByLabel(label).check();
      }
    }
    await page.getByText("已答 10 / 10 题").waitFor();
    await page.getByTestId("quiz-submit").click();
    await page.getByText("交卷后不能修改答案").waitFor();
    await page.getByTestId("quiz-confirm").click();
    expect(await notification(page)).toBe("已交卷，得分 90");

    const result = page.getByTestId("quiz-result");
    await result.waitFor();
    expect(await page.getByTestId("quiz-score").innerText()).toMatch(/^90\s*分$/);
    await page.getByText("答对 9 / 10 题").waitFor();
    expect(await result.getByText("答错", { exact: true }).count()).toBe(1);
    expect(await result.getByText("答对", { exact: true }).count()).toBe(9);
    // explanations shown after submission
    expect(await result.getByText(/^解析：/).count()).toBe(10);
    expect(await timer.count()).toBe(0);
    expect(englishLeaks(await page.locator("body").innerText())).toEqual([]);
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await page.waitForTimeout(500);
    await screenshot(page, "training-quiz");

    // scored on the server; a second submission is refused
    const after = await trainee.request<any>(`{ myQuizAttempts { id status score correctCount passed } }`);
    expect(after.myQuizAttempts[0]).toMatchObject({
      id: attempt.id,
      status: "SUBMITTED",
      score: 90,
      correctCount: 9,
      passed: true,
    });
    // coming back shows the result again, not a new attempt
    await page.goto(`${base}/#/trainingRecord`);
    await page.getByTestId("training-record").getByText("信访举报业务知识测试（期限专题）").click();
    await page.getByTestId("quiz-result").waitFor();
    await context.close();
    expect(problems).toEqual([]);
  });

  it("an officer records attendance at a session", async () => {
    const token = await p.login("officer");
    const api = p.client(token);
    const { trainingSessions } = await api.request<any>(
      `{ trainingSessions(limit: 1) { items { id course { title } attendance { user { id } } } } }`,
    );
    const target = trainingSessions.items[0];
    const { users } = await api.request<any>(
      `{ users(active: true, limit: 100) { items { id displayName username } } }`,
    );
    const present = new Set(target.attendance.map((a: any) => a.user.id));
    const absent = users.items.find((u: any) => !present.has(u.id) && u.username !== "admin");
    expect(absent).toBeDefined();

    const { page, context, problems } = await session("officer");
    await page.locator('[data-menu="trainingSessions"]').click();
    await page.getByText(target.course.title).first().click();
    await page.getByTestId("attendance").waitFor();
    const picker = page.getByTestId("record-attendance");
    await picker.getByLabel("选择出勤人员").fill(absent.displayName);
    await page.getByRole("option", { name: new RegExp(`^${absent.displayName}`) }).click();
    await picker.getByRole("button", { name: "登记出勤" }).click();
    expect(await notification(page)).toBe("已登记 1 人出勤");
    await page.getByTestId("attendance").getByText(absent.displayName).waitFor();
    expect(englishLeaks(await page.locator("body").innerText())).toEqual([]);

    const { trainingSession } = await api.request<any>(
      `query($id: ID!) { trainingSession(id: $id) { attendance { user { id } } } }`,
      { id: target.id },
    );
    expect(trainingSession.attendance.map((a: any) => a.user.id)).toContain(absent.id);
    expect(trainingSession.attendance.length).toBe(present.size + 1);

    // the coverage page answers with the same counts as the graph
    const year = new Date().getFullYear();
    const { trainingCoverage } = await api.request<any>(
      `query($y: Int!) { trainingCoverage(year: $y) { staff trained } }`,
      {
        y: year,
      },
    );
    await page.locator('[data-menu="trainingCoverage"]').click();
    await page.getByText(`本年度在职 ${trainingCoverage.staff} 人，已参训 ${trainingCoverage.trained} 人`).waitFor();
    await context.close();
    expect(problems).toEqual([]);
  });

  it("an officer imports questions from a spreadsheet: a bad row is reported by row and nothing is imported", async () => {
    const stamp = String(Date.now());
    const header = "题型,题干,选项A,选项B,选项C,选项D,答案,解析,法规,条款,标签";
    const good = `单选,网络举报应当在几个工作日内受理（导入测试 ${stamp}）？,3个工作日,5个工作日,10个工作日,15个工作日,C,导入测试解析,本市信访举报工作规程,第一条,导入测试`;
    const bad = `猜谜,这一行的题型无法识别（导入测试 ${stamp}）,甲,乙,,,A,解析,本市信访举报工作规程,,导入测试`;
    const { page, context, problems } = await session("officer");
    await page.locator('[data-menu="questions"]').click();
    await page.getByRole("link", { name: "导入试题" }).click();
    const upload = (name: string, rows: string[]) =>
      page.getByTestId("import-file").setInputFiles({
        name,
        mimeType: "text/csv",
        buffer: Buffer.from([header, ...rows].join("\n"), "utf8"),
      });
    await upload("试题.csv", [good, bad]);
    await page.getByRole("button", { name: "开始导入" }).click();
    const report = page.getByTestId("import-problems");
    await report.waitFor();
    await report.getByText("第 3 行").waitFor();
    expect(await report.innerText()).toContain("题型“猜谜”无法识别");
    await report.getByText("未导入任何试题").waitFor();
    // the chosen file's name is data, not interface text
    expect(englishLeaks(await page.locator("body").innerText(), ["csv"])).toEqual([]);
    await screenshot(page, "training-import-report");
    const api = p.client(await p.login("officer"));
    const count = async () =>
      (await api.request<any>(`{ questions(tag: "导入测试", limit: 100) { total } }`)).questions.total as number;
    expect(await count()).toBe(0);

    await upload("试题-已修改.csv", [good]);
    await page.getByRole("button", { name: "开始导入" }).click();
    await page.getByTestId("import-accepted").getByText("已导入 1 道试题").waitFor();
    expect(await count()).toBe(1);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("a judge scores a drill round and sees only their own scores until it closes", async () => {
    const officer = p.client(await p.login("officer"));
    const { drillCompetitions } = await officer.request<any>(
      `{ drillCompetitions { id title judges { username } participants { id displayName } } }`,
    );
    const drill = drillCompetitions[0];
    expect(drill.judges.map((j: any) => j.username)).toContain("leader");
    const { addDrillRound: round } = await officer.request<any>(
      `mutation($input: RoundInput!) { addDrillRound(input: $input) { id title } }`,
      {
        input: {
          competitionId: drill.id,
          title: "加赛：模拟来电",
          scenarioKind: "PHONE",
          script: "来电人反映社区干部在低保审核中收受好处，要求匿名，情绪急躁。",
        },
      },
    );

    const { page, context, problems } = await session("leader");
    await page.locator('[data-menu="drillCompetitions"]').click();
    await page.getByText(drill.title).first().click();
    const form = page.getByTestId("judge-form");
    await form.waitFor();
    const who = drill.participants[0].displayName as string;
    const row = form.getByTestId(`score-${who}`);
    await row.getByLabel(`${who}热情接待`).fill("90");
    await row.getByLabel(`${who}耐心倾听`).fill("85");
    await row.getByLabel(`${who}认真记录`).fill("88");
    await row.getByLabel(`${who}妥善处理`).fill("80");
    await row.getByRole("button", { name: "评分" }).click();
    expect(await notification(page)).toBe(`已为${who}评分`);
    await form.getByTestId(`score-${who}`).getByRole("button", { name: "修改评分" }).waitFor();
    expect(englishLeaks(await page.locator("body").innerText())).toEqual([]);
    await screenshot(page, "training-drill-judge");

    const leader = p.client(await p.login("leader"));
    const { drillCompetition } = await leader.request<any>(
      `query($id: ID!) { drillCompetition(id: $id) { rounds { id status scores { warmReception properHandling judge { username } participant { displayName } } } } }`,
      { id: drill.id },
    );
    const scored = drillCompetition.rounds.find((r: any) => r.id === round.id);
    expect(scored.status).toBe("OPEN");
    expect(scored.scores).toEqual([
      { warmReception: 90, properHandling: 80, judge: { username: "leader" }, participant: { displayName: who } },
    ]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("no English leaks into the training pages, and organisers' pages are not offered to trainees", async () => {
    const pages: Record<string, string[]> = {
      trainee: [
        "/quizzes",
        "/trainingRecord",
        "/courses",
        "/trainingSessions",
        "/researchProjects",
        "/drillCompetitions",
      ],
      officer: [
        "/quizzes",
        "/quizzes/create",
        "/courses",
        "/courses/create",
        "/trainingSessions/create",
        "/trainingCoverage",
        "/questions",
        "/questions/create",
        "/questions/import",
        "/researchProjects",
        "/drillCompetitions",
        "/drillCompetitions/create",
      ],
    };
    for (const [user, hashes] of Object.entries(pages)) {
      const { page, context, problems } = await session(user);
      for (const hash of hashes) {
        await page.goto(`${base}/#${hash}`);
        await page.waitForLoadState("networkidle");
        await page.locator(".RaLayout-content").first().waitFor();
        await page.waitForTimeout(300);
        const leaks = englishLeaks(await page.locator("body").innerText(), [user]);
        expect({ user, hash, leaks }).toEqual({ user, hash, leaks: [] });
      }
      if (user === "officer") {
        // the quiz's results: per person, per department and the most-missed questions
        await page.goto(`${base}/#/quizzes`);
        await page.getByText("信访举报业务知识测试（期限专题）").click();
        await page.getByTestId("results-most-missed").waitFor();
        await page.getByTestId("results-by-department").waitFor();
        expect(englishLeaks(await page.locator("body").innerText(), [user])).toEqual([]);
        await screenshot(page, "training-quiz-results");
      }
      await context.close();
      expect(problems).toEqual([]);
    }
  });
});
