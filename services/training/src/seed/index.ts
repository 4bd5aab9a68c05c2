import type { DataSource } from "typeorm";
import { Role, SimulatedClock, beijingDate, type AuthUser } from "@prp/kit";
import { AttemptItem, Course, Question } from "../entities";
import { LatePolicy, QuizSelection, ResearchStatus, ScenarioKind, SessionMode } from "../domain/enums";
import { seededRandom } from "../domain/draw";
import { normaliseAnswer } from "../domain/scoring";
import type { UseCaseDeps } from "../app/deps";
import type { PeopleDirectory } from "../app/people";
import { createCourse, recordAttendance, scheduleSession } from "../app/courses";
import { importQuestions } from "../app/questions";
import { createQuiz, startAttempt, submitAttempt } from "../app/quizzes";
import { addRound, closeRound, createCompetition, scoreParticipant } from "../app/drills";
import { createResearchProject, updateResearchProject } from "../app/research";
import { directoryPeople } from "../infra/directory-client";
import { QUESTION_HEADERS, QUESTION_ROWS } from "./question-bank";
import { fetchSeedPeople, type SeedPeopleSource, type SeedPerson } from "./directory-people";

const SYSTEM: AuthUser = {
  id: "system",
  username: "system",
  displayName: "系统（初始题库）",
  roles: [Role.ADMIN],
  departmentId: null,
  townIds: [],
};
const DAY = 86_400_000;

const actorOf = (p: SeedPerson): AuthUser => ({
  id: p.id,
  username: p.username,
  displayName: p.displayName,
  roles: p.roles as Role[],
  departmentId: p.departmentId,
  townIds: [],
});

/**
 * First start: the question bank (always: it is the platform's own content, written from the
 * rules); with demo data on and no course yet, a year's training replayed through the use cases
 * on a simulated clock: courses, sessions with attendance, a quiz with attempts, a research
 * project and a scored drill.
 */
export async function seedTraining(
  db: DataSource,
  log: (line: string) => void,
  opts: { demoData: boolean },
  source: SeedPeopleSource = fetchSeedPeople,
  people: PeopleDirectory = directoryPeople,
): Promise<void> {
  if ((await db.getRepository(Question).count()) === 0) {
    const r = await importQuestions(
      { db, actor: SYSTEM, clock: new SimulatedClock(new Date()) },
      [QUESTION_HEADERS, ...QUESTION_ROWS],
      "初始题库",
    );
    if (r.problems.length)
      throw new Error(`初始题库有误：${r.problems.map((p) => `第 ${p.row} 行 ${p.message}`).join("；")}`);
    log(`题库：已导入 ${r.imported.length} 道试题`);
  }
  if (!opts.demoData || (await db.getRepository(Course).count()) > 0) return;
  const staff = await source(log);
  if (!staff) return;
  await seedDemoTraining(db, staff, people, log);
}

export async function seedDemoTraining(
  db: DataSource,
  staff: SeedPerson[],
  people: PeopleDirectory,
  log: (line: string) => void,
): Promise<void> {
  const byName = (u: string) => staff.find((p) => p.username === u);
  const organiser = byName("officer") ?? staff.find((p) => p.roles.includes(Role.PETITION_OFFICER));
  const leaders = staff.filter((p) => p.roles.includes(Role.LEADER));
  if (!organiser || leaders.length < 2) {
    log("演示数据：缺少信访室干部或两名委领导，不生成培训演示数据");
    return;
  }
  const clock = new SimulatedClock(new Date(Date.now() - 100 * DAY));
  const as = (p: SeedPerson): UseCaseDeps => ({ db, actor: actorOf(p), clock });
  const org = as(organiser);
  const today = () => beijingDate(clock.now());
  const departments = [...new Set(staff.map((p) => p.departmentId).filter((d): d is string => !!d))];

  const courses = [
    await createCourse(org, {
      title: "《信访工作条例》解读",
      regulation: "信访工作条例",
      hours: 3,
      description: "条例的总体要求、信访事项的提出与受理、办理期限、复查复核。",
      materials: [
        { title: "《信访工作条例》全文及释义", format: "PDF", pages: 48 },
        { title: "条例解读课件", format: "PPT", pages: 36 },
      ],
    }),
    await createCourse(org, {
      title: "《纪检监察机关处理检举控告工作规则》精讲",
      regulation: "纪检监察机关处理检举控告工作规则",
      hours: 3,
      description: "受理范围、移送时限、线索处置方式、实名举报的告知与反馈。",
      materials: [
        { title: "规则全文", format: "PDF", pages: 22 },
        { title: "期限一览表", format: "DOC", pages: 2 },
      ],
    }),
    await createCourse(org, {
      title: "检举控告检查督办工作",
      regulation: "关于加强和规范检举控告检查督办工作的意见",
      hours: 2,
      materials: [{ title: "意见全文及典型案例", format: "PDF", pages: 30 }],
    }),
    await createCourse(org, {
      title: "信访举报工作平台操作",
      regulation: "信访举报工作平台操作规范",
      hours: 1.5,
      description: "登记、签收、研判、分办、统计的平台操作。",
      materials: [
        { title: "平台操作手册", format: "PDF", pages: 60 },
        { title: "操作演示视频", format: "视频", reference: "培训资料库 2026-01" },
      ],
    }),
  ];

  // four sessions over the months, each attended by most (not all) of its audience
  const plan: Array<{ course: Course; mode: SessionMode; trainer: SeedPerson; days: number; share: number }> = [
    { course: courses[0], mode: SessionMode.LECTURE, trainer: leaders[0], days: 0, share: 0.8 },
    { course: courses[1], mode: SessionMode.LECTURE, trainer: organiser, days: 20, share: 0.7 },
    { course: courses[3], mode: SessionMode.EXCHANGE, trainer: organiser, days: 40, share: 0.5 },
    { course: courses[2], mode: SessionMode.TEST, trainer: leaders[1], days: 60, share: 0.6 },
  ];
  let attendanceCount = 0;
  const random = seededRandom(2026);
  for (const p of plan) {
    clock.set(new Date(Date.now() - (100 - p.days) * DAY));
    const session = await scheduleSession(org, people, {
      courseId: p.course.id,
      date: today(),
      mode: p.mode,
      trainerId: p.trainer.id,
      audienceDepartmentIds: departments,
      location: "市纪委监委三楼会议室",
    });
    const present = staff
      .filter((s) => s.id !== p.trainer.id && s.username !== "admin" && random() < p.share)
      .map((s) => s.id);
    if (present.length) attendanceCount += (await recordAttendance(org, people, session.id, present)).length;
  }

  // a knowledge test of ten questions on deadlines, taken by a few colleagues
  clock.set(new Date(Date.now() - 35 * DAY));
  const quiz = await createQuiz(org, {
    title: "信访举报业务知识测试（期限专题）",
    selection: QuizSelection.RANDOM_BY_TAG,
    tags: ["期限"],
    questionCount: 10,
    timeLimitSeconds: 1800,
    passMark: 60,
    latePolicy: LatePolicy.REFUSE,
  });
  const bank = await db.getRepository(Question).find();
  const takers = staff.filter((s) => ["officer2", "handler", "analyst", "liaison"].includes(s.username));
  for (const [i, t] of takers.entries()) {
    const deps = as(t);
    const attempt = await startAttempt(deps, quiz.id, seededRandom(100 + i));
    clock.advance(12 * 60_000);
    const items = await db
      .getRepository(AttemptItem)
      .find({ where: { attemptId: attempt.id }, order: { position: "ASC" } });
    // each answers most questions right, a few wrong (the wrong ones differ by person)
    const answers = items.map(({ questionId }, n) => {
      const q = bank.find((b) => b.id === questionId)!;
      const right = normaliseAnswer(q.kind, q.answer);
      const wrong = q.options.map((o) => o.key).find((k) => k !== right) ?? right;
      return { questionId, answer: (n + i) % 4 === 0 ? wrong : right };
    });
    await submitAttempt(deps, attempt.id, answers);
    clock.advance(3 * 60_000);
  }

  // research project with its findings and the rules it led to
  clock.set(new Date(Date.now() - 80 * DAY));
  const members = staff.filter((s) => ["officer2", "analyst"].includes(s.username)).map((s) => s.id);
  const project = await createResearchProject(org, people, {
    title: "信访举报“贴牌”举报识别与处置研究",
    topic: "模板化、批量化举报的特征、识别方法和分类处置",
    leadId: organiser.id,
    memberIds: members,
  });
  clock.set(new Date(Date.now() - 25 * DAY));
  await updateResearchProject(org, people, project.id, {
    status: ResearchStatus.CONCLUDED,
    findings:
      "近一年贴牌举报约占网络举报的一成，多集中在征地拆迁和村级选举期间；文字相似度达到六成以上的基本可认定为同一模板。",
    improvements: [
      {
        description: "登记时自动比对文字相似度，提示可能的贴牌举报",
        adopted: true,
        rule: "信访举报研判工作细则（修订）",
      },
      {
        description: "对贴牌举报集中的领域开展专项分析并向分管领导报告",
        adopted: true,
        rule: "信访举报专项分析报告制度",
      },
      { description: "建立举报人信用评价", adopted: false, rule: null },
    ],
  });

  // a reception drill with three judges and two rounds
  const participants = staff.filter((s) => ["officer2", "trainee", "handler", "liaison"].includes(s.username));
  const judges = [leaders[0], leaders[1], organiser];
  if (participants.length >= 2) {
    clock.set(new Date(Date.now() - 15 * DAY));
    const drill = await createCompetition(org, people, {
      title: "信访接待擂台赛",
      date: today(),
      judgeIds: judges.map((j) => j.id),
      participantIds: participants.map((p) => p.id),
      weights: { WARM_RECEPTION: 20, PATIENT_LISTENING: 25, CAREFUL_RECORDING: 25, PROPER_HANDLING: 30 },
    });
    const scripts = [
      {
        title: "第一轮：模拟来访",
        kind: ScenarioKind.VISIT,
        script: "一位情绪激动的村民来访，反映村干部在低保评定中优亲厚友，要求立即处理，并拒绝登记身份信息。",
      },
      {
        title: "第二轮：模拟来电",
        kind: ScenarioKind.PHONE,
        script: "来电人反映某局工作人员办事拖延、索要好处，但对具体时间地点说不清楚，多次打断接听人。",
      },
    ];
    for (const [r, s] of scripts.entries()) {
      const round = await addRound(org, {
        competitionId: drill.id,
        title: s.title,
        scenarioKind: s.kind,
        script: s.script,
      });
      for (const [j, judge] of judges.entries())
        for (const [p, participant] of participants.entries()) {
          const base = 92 - p * 4 - r * 2 + j;
          await scoreParticipant(as(judge), {
            roundId: round.id,
            participantId: participant.id,
            scores: {
              WARM_RECEPTION: base,
              PATIENT_LISTENING: base - 2,
              CAREFUL_RECORDING: base - 1,
              PROPER_HANDLING: base - 3,
            },
          });
        }
      clock.advance(3600_000);
      await closeRound(org, round.id);
    }
  }
  log(
    `演示数据：培训课程 ${courses.length} 门、培训 ${plan.length} 场（出勤 ${attendanceCount} 人次）、知识测试 1 场（${takers.length} 人交卷）、课题调研 1 项、擂台赛 1 场`,
  );
}
