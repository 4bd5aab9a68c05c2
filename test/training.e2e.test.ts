import { beijingDate } from "@prp/kit";
import { startTestPlatform, failure, type TestPlatform } from "./support/platform";
import { writeXlsx } from "../services/training/src/infra/spreadsheet";

/**
 * Training (学以致用) through the gateway: a whole knowledge test (answers refused before the
 * submission, scored on the server, submitted once), late submissions under both policies,
 * a drill with three judges and its ranking with ties, a spreadsheet import with a bad row,
 * coverage equal to the counts in the data, figures for a period and a person's record.
 *
 * The platform seeds a question bank and demo training at first start: every assertion works
 * on what this file creates, or recomputes the expected figure from the data it reads back.
 */
describe(`training through the gateway (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let p: TestPlatform;
  const token: Record<string, string> = {};
  const users: Record<string, { id: string; displayName: string; department: { id: string } | null }> = {};
  const today = beijingDate(new Date());
  const year = Number(today.slice(0, 4));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const as = <T = any>(user: string, query: string, variables: Record<string, unknown> = {}) =>
    p.client(token[user]).request<T>(query, variables);

  beforeAll(async () => {
    p = await startTestPlatform();
    for (const u of ["admin", "officer", "officer2", "leader", "leader2", "analyst", "trainee", "handler"])
      token[u] = await p.login(u);
    const r = await as("admin", `{ users(limit: 100) { items { id username displayName department { id } } } }`);
    for (const u of r.users.items) users[u.username] = u;
  });
  afterAll(async () => {
    await p?.stop();
  });

  async function bankQuestions(tag: string, n: number): Promise<any[]> {
    const r = await as(
      "officer",
      `query($t: String) { questions(tag: $t, active: true, limit: 100) { items { id kind stem answer options { key } } } }`,
      { t: tag },
    );
    return r.questions.items.slice(0, n);
  }
  const wrongAnswer = (q: any) =>
    q.kind === "TRUE_FALSE"
      ? q.answer === "TRUE"
        ? "FALSE"
        : "TRUE"
      : q.options.map((o: any) => o.key).find((k: string) => !q.answer.split(",").includes(k));

  it("seeds a question bank of at least 40 questions written from the rules", async () => {
    const r = await as(
      "leader",
      `{ questions(limit: 1) { total } q15: questions(tag: "实名举报", limit: 50) { items { stem answer explanation regulation } } }`,
    );
    expect(r.questions.total).toBeGreaterThanOrEqual(40);
    const fifteen = r.q15.items.find((q: any) => q.stem.includes("是否受理"));
    expect(fifteen.explanation).toContain("15个工作日");
  });

  it("seeds demo training through the use cases: courses, sessions with attendance, a quiz with attempts, research, a scored drill", async () => {
    const r = await as(
      "leader",
      `{
      courses(limit: 50) { total items { title hours sessions { attendanceCount } } }
      quizzes(limit: 50) { items { id title } }
      researchProjects { status improvements { adopted rule } lead { displayName } }
      drillCompetitions { title judges { id } rounds { status } ranking { rank } }
    }`,
    );
    expect(r.courses.total).toBeGreaterThanOrEqual(4);
    expect(r.courses.items.flatMap((c: any) => c.sessions).some((s: any) => s.attendanceCount > 0)).toBe(true);
    const demoQuiz = r.quizzes.items.find((q: any) => q.title.includes("期限专题"));
    expect(
      (await as("leader", `query($q: ID!) { quizResults(quizId: $q) { attempts { score } } }`, { q: demoQuiz.id }))
        .quizResults.attempts.length,
    ).toBeGreaterThan(0);
    expect(r.researchProjects[0]).toMatchObject({ status: "CONCLUDED", lead: { displayName: expect.any(String) } });
    expect(r.researchProjects[0].improvements.some((i: any) => i.adopted && i.rule)).toBe(true);
    const drill = r.drillCompetitions.find((d: any) => d.title === "信访接待擂台赛");
    expect(drill.judges).toHaveLength(3);
    expect(drill.rounds.every((x: any) => x.status === "CLOSED")).toBe(true);
    expect(drill.ranking[0].rank).toBe(1);
  });

  it("runs a whole knowledge test: no answers before submission, scored on the server, submitted once", async () => {
    const qs = await bankQuestions("期限", 3);
    expect(qs).toHaveLength(3);
    const quiz = (
      await as("officer", `mutation($i: QuizInput!) { createQuiz(input: $i) { id questionCount passMark } }`, {
        i: {
          title: `期限专项测试 ${Date.now()}`,
          selection: "FIXED",
          questionIds: qs.map((q) => q.id),
          timeLimitSeconds: 600,
          passMark: 60,
        },
      })
    ).createQuiz;
    expect(quiz.questionCount).toBe(3);

    // a trainee may not read the bank, whose questions carry their answers
    expect((await failure(as("trainee", `{ questions(limit: 1) { items { id } } }`))).code).toBe("FORBIDDEN");

    const started = (
      await as(
        "trainee",
        `mutation($q: ID!) { startQuizAttempt(quizId: $q) { id status secondsLeft questions { position questionId kind stem options { key text } given } } }`,
        { q: quiz.id },
      )
    ).startQuizAttempt;
    expect(started.status).toBe("IN_PROGRESS");
    expect(started.secondsLeft).toBeGreaterThan(590);
    expect(started.questions.map((x: any) => x.questionId)).toEqual(qs.map((q) => q.id));
    expect(started.questions.every((x: any) => x.given === null && x.options.length >= 2)).toBe(true);

    // trying to read the answers before submitting is refused
    const peek = await failure(
      as("trainee", `query($id: ID!) { quizAttempt(id: $id) { id questions { questionId answer explanation } } }`, {
        id: started.id,
      }),
    );
    expect(peek.code).toBe("FORBIDDEN");
    expect(peek.data.quizAttempt.questions.every((x: any) => x.answer === null && x.explanation === null)).toBe(true);
    expect(
      (
        await failure(
          as("trainee", `query($id: ID!) { quizAttempt(id: $id) { questions { correct basis } } }`, { id: started.id }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    // nor can another trainee-level user read someone else's attempt
    expect(
      (await failure(as("handler", `query($id: ID!) { quizAttempt(id: $id) { id } }`, { id: started.id }))).code,
    ).toBe("FORBIDDEN");

    // starting again returns the same attempt (safe to retry)
    expect(
      (await as("trainee", `mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: quiz.id }))
        .startQuizAttempt.id,
    ).toBe(started.id);

    const answers = [
      { questionId: qs[0].id, answer: qs[0].answer },
      { questionId: qs[1].id, answer: qs[1].answer },
      { questionId: qs[2].id, answer: wrongAnswer(qs[2]) },
    ];
    const submitted = (
      await as(
        "trainee",
        `mutation($a: ID!, $x: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $x) { id status score passed correctCount late questions { questionId given answer explanation correct basis } } }`,
        { a: started.id, x: answers },
      )
    ).submitQuizAttempt;
    expect(submitted).toMatchObject({ status: "SUBMITTED", score: 66.7, passed: true, correctCount: 2, late: false });
    expect(submitted.questions.map((x: any) => x.correct)).toEqual([true, true, false]);
    expect(submitted.questions.map((x: any) => x.answer)).toEqual(qs.map((q) => q.answer));
    expect(submitted.questions.every((x: any) => x.explanation.length > 0 && x.basis.length > 0)).toBe(true);

    const again = await failure(
      as("trainee", `mutation($a: ID!, $x: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $x) { id } }`, {
        a: started.id,
        x: answers.map((a) => ({ ...a, answer: qs.find((q) => q.id === a.questionId).answer })),
      }),
    );
    expect(again.code).toBe("CONFLICT");

    const results = (
      await as(
        "leader",
        `query($q: ID!) { quizResults(quizId: $q) { attempts { score user { id displayName } } byDepartment { department { id name } attempts averageScore passRate } mostMissed { questionId missed asked missRate } } }`,
        { q: quiz.id },
      )
    ).quizResults;
    expect(results.attempts).toEqual([
      { score: 66.7, user: { id: users.trainee.id, displayName: users.trainee.displayName } },
    ]);
    expect(results.byDepartment).toEqual([
      {
        department: { id: users.trainee.department!.id, name: expect.any(String) },
        attempts: 1,
        averageScore: 66.7,
        passRate: 1,
      },
    ]);
    expect(results.mostMissed).toEqual([{ questionId: qs[2].id, missed: 1, asked: 1, missRate: 1 }]);
    expect(
      (
        await failure(
          as("trainee", `query($q: ID!) { quizResults(quizId: $q) { attempts { score } } }`, { q: quiz.id }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("refuses a late submission, or scores what was answered, as the quiz says", async () => {
    const qs = await bankQuestions("受理", 2);
    const mk = async (latePolicy: string) =>
      (
        await as("officer", `mutation($i: QuizInput!) { createQuiz(input: $i) { id } }`, {
          i: {
            title: `限时测试 ${latePolicy} ${Date.now()}`,
            selection: "FIXED",
            questionIds: qs.map((q) => q.id),
            timeLimitSeconds: 2,
            passMark: 50,
            latePolicy,
          },
        })
      ).createQuiz.id;
    const refuse = await mk("REFUSE");
    const scoreAnswered = await mk("SCORE_ANSWERED");
    const a1 = (await as("trainee", `mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: refuse }))
      .startQuizAttempt.id;
    const a2 = (await as("handler", `mutation($q: ID!) { startQuizAttempt(quizId: $q) { id } }`, { q: scoreAnswered }))
      .startQuizAttempt.id;
    await sleep(3000);
    const answers = [{ questionId: qs[0].id, answer: qs[0].answer }];
    const refused = await failure(
      as("trainee", `mutation($a: ID!, $x: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $x) { id } }`, {
        a: a1,
        x: answers,
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("答题时限");
    const after = (
      await as("trainee", `query($id: ID!) { quizAttempt(id: $id) { status late score passed } }`, { id: a1 })
    ).quizAttempt;
    expect(after).toEqual({ status: "EXPIRED", late: true, score: 0, passed: false });

    const late = (
      await as(
        "handler",
        `mutation($a: ID!, $x: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $x) { status late score passed correctCount } }`,
        { a: a2, x: answers },
      )
    ).submitQuizAttempt;
    expect(late).toEqual({ status: "SUBMITTED", late: true, score: 50, passed: true, correctCount: 1 });
  });

  it("imports nothing when a row is bad, lists the row problems, and imports all once fixed", async () => {
    const before = (await as("officer", `{ questions(limit: 1) { total } }`)).questions.total;
    const tag = `导入测试${Date.now()}`;
    const header = ["题型", "题干", "选项A", "选项B", "选项C", "答案", "解析", "法规", "条款", "标签"];
    const good1 = [
      "单选",
      `${tag}：下级收到上级转送件后登记并受理或转办的时限？`,
      "3个工作日",
      "5个工作日",
      "15日",
      "B",
      "第十六条规定为5个工作日。",
      "纪检监察机关处理检举控告工作规则",
      "第十六条",
      tag,
    ];
    const good2 = [
      "判断",
      `${tag}：匿名举报也应当登记。`,
      "",
      "",
      "",
      "正确",
      "应录尽录。",
      "本市信访举报工作规程",
      "",
      tag,
    ];
    const bad = ["多选", `${tag}：坏行`, "甲", "乙", "丙", "D", "答案不在选项中", "规则", "", tag];
    const csv = [header, good1, bad, good2]
      .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(","))
      .join("\r\n");
    const IMPORT = `mutation($f: SpreadsheetFormat!, $b: String!, $n: String) { importQuestions(format: $f, fileBase64: $b, fileName: $n) { accepted importedCount questions { id stem } problems { row message } } }`;
    const refused = (await as("officer", IMPORT, { f: "CSV", b: Buffer.from(csv).toString("base64"), n: "题库.csv" }))
      .importQuestions;
    expect(refused.accepted).toBe(false);
    expect(refused.importedCount).toBe(0);
    expect(refused.problems).toEqual([{ row: 3, message: expect.stringContaining("不是本题的选项") }]);
    expect((await as("officer", `{ questions(limit: 1) { total } }`)).questions.total).toBe(before);
    expect(
      (await as("officer", `query($t: String) { questions(tag: $t) { total } }`, { t: tag })).questions.total,
    ).toBe(0);

    const xlsx = (await writeXlsx([header, good1, good2])).toString("base64");
    const ok = (await as("officer", IMPORT, { f: "XLSX", b: xlsx, n: "题库.xlsx" })).importQuestions;
    expect(ok).toMatchObject({ accepted: true, importedCount: 2, problems: [] });
    const imported = (
      await as("officer", `query($t: String) { questions(tag: $t) { total items { kind answer } } }`, { t: tag })
    ).questions;
    expect(imported.total).toBe(2);
    expect(imported.items).toEqual(
      expect.arrayContaining([
        { kind: "SINGLE_CHOICE", answer: "B" },
        { kind: "TRUE_FALSE", answer: "TRUE" },
      ]),
    );
    // the same file again: every row is already in the bank, nothing is added twice
    const retry = (await as("officer", IMPORT, { f: "XLSX", b: xlsx })).importQuestions;
    expect(retry.accepted).toBe(false);
    expect(retry.problems.map((x: any) => x.row)).toEqual([2, 3]);
    expect((await failure(as("trainee", IMPORT, { f: "XLSX", b: xlsx }))).code).toBe("FORBIDDEN");
  });

  it("scores a drill with three judges: each judge sees only their own scores until the round closes, then the ranking has ties", async () => {
    const judges = ["leader", "leader2", "officer2"];
    const participants = ["trainee", "handler", "analyst"];
    const c = (
      await as(
        "officer",
        `mutation($i: CompetitionInput!) { createDrillCompetition(input: $i) { id weights { WARM_RECEPTION PROPER_HANDLING } judges { id displayName } } }`,
        {
          i: {
            title: "接待擂台赛（测试）",
            date: today,
            judgeIds: judges.map((j) => users[j].id),
            participantIds: participants.map((x) => users[x].id),
            weights: { WARM_RECEPTION: 20, PATIENT_LISTENING: 20, CAREFUL_RECORDING: 20, PROPER_HANDLING: 40 },
          },
        },
      )
    ).createDrillCompetition;
    expect(c.judges.map((j: any) => j.displayName)).toEqual(judges.map((j) => users[j].displayName));
    const round = (
      await as("officer", `mutation($i: RoundInput!) { addDrillRound(input: $i) { id number status } }`, {
        i: {
          competitionId: c.id,
          title: "模拟来访",
          scenarioKind: "VISIT",
          script: "群众来访反映低保评定不公，情绪激动。",
        },
      })
    ).addDrillRound;
    expect(round).toMatchObject({ number: 1, status: "OPEN" });

    // trainee and handler end level (different criteria, the same weighted mean); analyst below
    const sheet: Record<string, number[]> = {
      trainee: [90, 80, 80, 85],
      handler: [80, 90, 80, 85],
      analyst: [70, 70, 70, 70],
    };
    const SCORE = `mutation($i: DrillScoreInput!) { scoreDrillParticipant(input: $i) { id } }`;
    const scoreInput = (x: string, [w, pl, cr, ph]: number[]) => ({
      roundId: round.id,
      participantId: users[x].id,
      warmReception: w,
      patientListening: pl,
      carefulRecording: cr,
      properHandling: ph,
    });
    for (const [j, judge] of judges.entries())
      for (const x of participants)
        await as(judge, SCORE, {
          i: scoreInput(
            x,
            sheet[x].map((v) => v - j),
          ),
        });

    expect((await failure(as("handler", SCORE, { i: scoreInput("trainee", [100, 100, 100, 100]) }))).code).toBe(
      "FORBIDDEN",
    );
    const ROUND = `query($c: ID!) { drillCompetition(id: $c) { rounds { status scores { judge { id } participant { id } properHandling } standings { rank score participant { id } } } ranking { rank score participant { id } } } }`;
    const open = (await as("leader", ROUND, { c: c.id })).drillCompetition;
    expect(open.rounds[0].scores).toHaveLength(3);
    expect(open.rounds[0].scores.every((s: any) => s.judge.id === users.leader.id)).toBe(true);
    expect(open.rounds[0].standings).toEqual([]);
    expect((await as("trainee", ROUND, { c: c.id })).drillCompetition.rounds[0].scores).toEqual([]);
    expect((await as("officer", ROUND, { c: c.id })).drillCompetition.rounds[0].scores).toHaveLength(9);

    expect(
      (await as("officer", `mutation($r: ID!) { closeDrillRound(roundId: $r) { status closedAt } }`, { r: round.id }))
        .closeDrillRound.status,
    ).toBe("CLOSED");
    expect((await failure(as("leader", SCORE, { i: scoreInput("analyst", [100, 100, 100, 100]) }))).code).toBe(
      "CONFLICT",
    );

    const closed = (await as("leader2", ROUND, { c: c.id })).drillCompetition;
    expect(closed.rounds[0].scores).toHaveLength(9);
    // weighted (20/20/20/40): trainee 84 − j, handler 84 − j, analyst 70 − j; mean over judges 0,1,2 → 83, 83, 69
    const ranks = closed.rounds[0].standings.map((s: any) => [s.participant.id, s.rank, s.score]);
    expect(ranks).toEqual(
      expect.arrayContaining([
        [users.trainee.id, 1, 83],
        [users.handler.id, 1, 83],
        [users.analyst.id, 3, 69],
      ]),
    );
    expect(closed.ranking.map((s: any) => s.rank).sort()).toEqual([1, 1, 3]);

    const history = (
      await as(
        "trainee",
        `query($u: ID!) { drillHistory(userId: $u) { competition { id } round { number } score rank participants } }`,
        { u: users.trainee.id },
      )
    ).drillHistory;
    expect(history).toContainEqual({
      competition: { id: c.id },
      round: { number: 1 },
      score: 83,
      rank: 1,
      participants: 3,
    });
    expect(
      (await failure(as("trainee", `query($u: ID!) { drillHistory(userId: $u) { score } }`, { u: users.handler.id })))
        .code,
    ).toBe("FORBIDDEN");
  });

  it("reports coverage equal to the counts in the data, with who is missing", async () => {
    const course = (
      await as("officer", `mutation($i: CourseInput!) { createCourse(input: $i) { id hours } }`, {
        i: {
          title: "平台操作（测试）",
          regulation: "信访举报工作平台操作规范",
          hours: 1.5,
          materials: [{ title: "操作手册", format: "PDF", pages: 20 }],
        },
      })
    ).createCourse;
    expect(course.hours).toBe(1.5);
    const session = (
      await as(
        "officer",
        `mutation($i: SessionInput!) { scheduleTrainingSession(input: $i) { id hours trainer { displayName } audience { id name } } }`,
        {
          i: {
            courseId: course.id,
            date: today,
            mode: "LECTURE",
            trainerId: users.officer.id,
            audienceDepartmentIds: [users.trainee.department!.id],
          },
        },
      )
    ).scheduleTrainingSession;
    expect(session.trainer.displayName).toBe(users.officer.displayName);
    const RECORD = `mutation($s: ID!, $u: [ID!]!) { recordAttendance(sessionId: $s, userIds: $u) { attendanceCount } }`;
    expect(
      (await as("officer", RECORD, { s: session.id, u: [users.trainee.id, users.handler.id] })).recordAttendance
        .attendanceCount,
    ).toBe(2);
    // recorded again: nothing doubles
    expect(
      (await as("officer", RECORD, { s: session.id, u: [users.trainee.id] })).recordAttendance.attendanceCount,
    ).toBe(2);
    expect((await failure(as("trainee", RECORD, { s: session.id, u: [users.trainee.id] }))).code).toBe("FORBIDDEN");

    const staff = (await as("admin", `{ users(active: true, limit: 100) { items { id department { id } } } }`)).users
      .items;
    const sessions = (
      await as(
        "leader",
        `query($f: String, $t: String) { trainingSessions(from: $f, to: $t, limit: 100) { total items { hours attendance { user { id } } } } }`,
        { f: `${year}-01-01`, t: `${year}-12-31` },
      )
    ).trainingSessions;
    const trained = new Set<string>(sessions.items.flatMap((s: any) => s.attendance.map((a: any) => a.user.id)));
    const coverage = (
      await as(
        "leader",
        `query($y: Int!) { trainingCoverage(year: $y) { staff trained share departments { department { id } staff trained missing { user { id } } } } }`,
        { y: year },
      )
    ).trainingCoverage;
    const activeTrained = staff.filter((u: any) => trained.has(u.id)).length;
    expect(coverage.staff).toBe(staff.length);
    expect(coverage.trained).toBe(activeTrained);
    expect(coverage.share).toBeCloseTo(activeTrained / staff.length, 3);
    for (const d of coverage.departments) {
      const members = staff.filter((u: any) => (u.department?.id ?? null) === (d.department?.id ?? null));
      expect(d.staff).toBe(members.length);
      expect(d.trained).toBe(members.filter((u: any) => trained.has(u.id)).length);
      expect(d.missing.map((m: any) => m.user.id).sort()).toEqual(
        members
          .filter((u: any) => !trained.has(u.id))
          .map((u: any) => u.id)
          .sort(),
      );
    }
    expect(coverage.departments.flatMap((d: any) => d.missing.map((m: any) => m.user.id))).not.toContain(
      users.trainee.id,
    );

    // Period: the same figures for the year, next to intake's
    const period = (
      await as(
        "leader",
        `query($f: String!, $t: String!) { period(from: $f, to: $t) { intake { total } training { sessions hours attendance trainedPeople coverage averageQuizScore } } }`,
        { f: `${year}-01-01`, t: `${year}-12-31` },
      )
    ).period;
    expect(period.training.sessions).toBe(sessions.total);
    expect(period.training.attendance).toBe(sessions.items.reduce((n: number, s: any) => n + s.attendance.length, 0));
    expect(period.training.hours).toBeCloseTo(
      sessions.items.reduce((n: number, s: any) => n + s.hours, 0),
      2,
    );
    expect(period.training.trainedPeople).toBe(trained.size);
    expect(period.training.coverage).toBeCloseTo(coverage.share, 3);
    expect(typeof period.intake.total).toBe("number");
    expect(
      (await failure(as("trainee", `query($y: Int!) { trainingCoverage(year: $y) { share } }`, { y: year }))).code,
    ).toBe("FORBIDDEN");
  });

  it("shows a person's training record on User: own for a trainee, anyone's for a leader", async () => {
    const mine = (
      await as(
        "trainee",
        `{ me { id trainingRecord { hours sessions { id date course { title } } quizResults { score status quiz { title } } drillResults { rank score round { number } } } } }`,
      )
    ).me;
    expect(mine.trainingRecord.sessions.some((s: any) => s.course.title === "平台操作（测试）")).toBe(true);
    expect(mine.trainingRecord.quizResults.map((q: any) => q.status).sort()).toEqual(
      expect.arrayContaining(["EXPIRED", "SUBMITTED"]),
    );
    expect(mine.trainingRecord.drillResults.some((d: any) => d.rank === 1 && d.score === 83)).toBe(true);
    const other = await failure(
      as("trainee", `query($id: ID!) { user(id: $id) { trainingRecord { hours } } }`, { id: users.handler.id }),
    );
    expect(other.code).toBe("FORBIDDEN");
    const byLeader = (
      await as(
        "leader",
        `query($id: ID!) { user(id: $id) { displayName trainingRecord { quizResults { late score } } } }`,
        { id: users.handler.id },
      )
    ).user;
    expect(byLeader.trainingRecord.quizResults).toContainEqual({ late: true, score: 50 });
  });

  it("keeps organisers' mutations to organisers and writes an audit row", async () => {
    expect(
      (
        await failure(
          as("trainee", `mutation { createCourse(input: { title: "x", regulation: "y", hours: 1 }) { id } }`),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await failure(
          as("leader", `mutation { createCourse(input: { title: "x", regulation: "y", hours: 1 }) { id } }`),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const bad = await failure(
      as("officer", `mutation { createCourse(input: { title: "", regulation: "y", hours: 1 }) { id } }`),
    );
    expect(bad.code).toBe("BAD_USER_INPUT");
    const audit = (
      await as("admin", `{ trainingAuditLog(entity: "TrainingSession", limit: 50) { items { action actorName } } }`)
    ).trainingAuditLog.items;
    expect(audit.map((a: any) => a.action)).toEqual(expect.arrayContaining(["session.schedule", "attendance.record"]));
  });
});
