import { In } from "typeorm";
import {
  badInput,
  conflict,
  forbidden,
  inTransaction,
  mustFind,
  newId,
  refuseIf,
  snapshot,
  writeAudit,
} from "@prp/kit";
import { AttemptItem, Question, Quiz, QuizAttempt } from "../entities";
import { AttemptStatus, LatePolicy, QuizSelection } from "../domain/enums";
import { drawQuestions, eligibleQuestions } from "../domain/draw";
import { normaliseTags } from "../domain/questions";
import { normaliseAnswer, scoreAttempt } from "../domain/scoring";
import { attemptDeadline, submissionTiming } from "../domain/time-limit";
import { mostMissed, type MissedQuestion } from "../domain/missed";
import type { UseCaseDeps } from "./deps";

export interface QuizDraft {
  title: string;
  selection: QuizSelection;
  /** FIXED: the questions in order. */
  questionIds?: string[] | null;
  /** RANDOM_BY_TAG: draw from questions with any of these tags (none: the whole bank). */
  tags?: string[] | null;
  /** RANDOM_BY_TAG: how many to draw. */
  questionCount?: number | null;
  timeLimitSeconds: number;
  passMark: number;
  latePolicy: LatePolicy;
}

async function activeBank(deps: Pick<UseCaseDeps, "db">): Promise<Array<{ id: string; tags: string[] }>> {
  return deps.db.getRepository(Question).find({ select: { id: true, tags: true }, where: { active: true } });
}

export async function createQuiz(deps: UseCaseDeps, d: QuizDraft): Promise<Quiz> {
  const problems: string[] = [];
  if (!d.title.trim()) problems.push("测试名称不能为空");
  if (!(Number.isInteger(d.passMark) && d.passMark >= 0 && d.passMark <= 100)) problems.push("及格线应为 0–100 的整数");
  if (!(Number.isInteger(d.timeLimitSeconds) && d.timeLimitSeconds >= 2 && d.timeLimitSeconds <= 24 * 3600))
    problems.push("答题时限应在 2 秒到 24 小时之间");
  const questionIds = [...new Set(d.questionIds ?? [])];
  const tags = normaliseTags(d.tags ?? []);
  let count = 0;
  if (d.selection === QuizSelection.FIXED) {
    if (!questionIds.length) problems.push("固定试题的测试须选择试题");
    if ((d.questionIds ?? []).length !== questionIds.length) problems.push("同一道题不能选两次");
    count = questionIds.length;
  } else {
    count = d.questionCount ?? 0;
    if (!(Number.isInteger(count) && count >= 1 && count <= 200)) problems.push("抽题数量应为 1–200");
  }
  refuseIf(problems);
  if (d.selection === QuizSelection.FIXED) {
    const found = await deps.db.getRepository(Question).findBy({ id: In(questionIds), active: true });
    const missing = questionIds.filter((id) => !found.some((q) => q.id === id));
    if (missing.length) throw badInput(`以下试题不存在或已停用：${missing.join(", ")}`);
  } else {
    const available = eligibleQuestions(await activeBank(deps), tags).length;
    if (available < count) throw badInput(`符合标签的可用试题只有 ${available} 道，不足 ${count} 道`);
  }
  return inTransaction(deps.db, async (em) => {
    const quiz = em.create(Quiz, {
      id: newId(),
      title: d.title.trim(),
      selection: d.selection,
      questionIds: d.selection === QuizSelection.FIXED ? questionIds : [],
      tags: d.selection === QuizSelection.FIXED ? [] : tags,
      questionCount: count,
      timeLimitSeconds: d.timeLimitSeconds,
      passMark: d.passMark,
      latePolicy: d.latePolicy,
      open: true,
      createdAt: deps.clock.now(),
    });
    await em.insert(Quiz, quiz);
    await writeAudit(em, deps.actor, {
      action: "quiz.create",
      entity: "Quiz",
      entityId: quiz.id,
      after: snapshot(quiz),
    });
    return quiz;
  });
}

export async function setQuizOpen(deps: UseCaseDeps, quizId: string, open: boolean): Promise<Quiz> {
  return inTransaction(deps.db, async (em) => {
    const quiz = await mustFind(em, Quiz, quizId, "知识测试");
    if (quiz.open === open) return quiz;
    await em.update(Quiz, { id: quizId }, { open });
    await writeAudit(em, deps.actor, {
      action: open ? "quiz.open" : "quiz.close",
      entity: "Quiz",
      entityId: quizId,
      before: { open: quiz.open },
      after: { open },
    });
    quiz.open = open;
    return quiz;
  });
}

/**
 * Starts the actor's attempt: the questions are drawn now and stored with the attempt, so the
 * same attempt always shows the same questions. One attempt per person and quiz: asking again
 * returns the attempt already started (safe to retry).
 */
export async function startAttempt(
  deps: UseCaseDeps,
  quizId: string,
  random: () => number = Math.random,
): Promise<QuizAttempt> {
  return inTransaction(deps.db, async (em) => {
    const quiz = await mustFind(em, Quiz, quizId, "知识测试");
    const existing = await em.findOneBy(QuizAttempt, { quizId, userId: deps.actor.id });
    if (existing) return existing;
    if (!quiz.open) throw conflict(`“${quiz.title}”已停止答题`);
    let questionIds: string[];
    if (quiz.selection === QuizSelection.FIXED) {
      const active = new Set((await em.findBy(Question, { id: In(quiz.questionIds), active: true })).map((q) => q.id));
      questionIds = quiz.questionIds.filter((id) => active.has(id));
      if (!questionIds.length) throw conflict("本测试的试题均已停用，请联系培训组织者");
    } else {
      const bank = await em.find(Question, { select: { id: true, tags: true }, where: { active: true } });
      try {
        questionIds = drawQuestions(bank, quiz.tags, quiz.questionCount, random).map((q) => q.id);
      } catch {
        throw conflict("题库中符合条件的试题不足，暂时无法开始，请联系培训组织者");
      }
    }
    const startedAt = deps.clock.now();
    const attempt = em.create(QuizAttempt, {
      id: newId(),
      quizId,
      userId: deps.actor.id,
      departmentId: deps.actor.departmentId,
      status: AttemptStatus.IN_PROGRESS,
      startedAt,
      deadlineAt: attemptDeadline(startedAt, quiz.timeLimitSeconds),
      submittedAt: null,
      late: false,
      correctCount: null,
      questionCount: questionIds.length,
      scoreTenths: null,
      passed: null,
    });
    await em.insert(QuizAttempt, attempt);
    await em.insert(
      AttemptItem,
      questionIds.map((questionId, position) => ({
        id: newId(),
        attemptId: attempt.id,
        position: position + 1,
        questionId,
        given: null,
        correct: null,
      })),
    );
    await writeAudit(em, deps.actor, {
      action: "attempt.start",
      entity: "QuizAttempt",
      entityId: attempt.id,
      after: { quizId, questionIds },
    });
    return attempt;
  });
}

export interface GivenAnswer {
  questionId: string;
  answer: string;
}

/**
 * Hands the attempt in, once. Scored here, never on the client. After the time limit the quiz's
 * policy decides: REFUSE closes the attempt unscored (EXPIRED) and the caller is told so;
 * SCORE_ANSWERED scores what was answered and marks the attempt late.
 */
export async function submitAttempt(
  deps: UseCaseDeps,
  attemptId: string,
  answers: GivenAnswer[],
): Promise<QuizAttempt> {
  const outcome = await inTransaction(deps.db, async (em) => {
    const attempt = await mustFind(em, QuizAttempt, attemptId, "答题记录");
    if (attempt.userId !== deps.actor.id) throw forbidden("只能提交本人的答卷");
    if (attempt.status !== AttemptStatus.IN_PROGRESS)
      throw conflict(
        attempt.status === AttemptStatus.EXPIRED ? "本次答题已因超时结束，不能再提交" : "已经交卷，不能重复提交",
      );
    const quiz = await mustFind(em, Quiz, attempt.quizId, "知识测试");
    const items = await em.find(AttemptItem, { where: { attemptId }, order: { position: "ASC" } });
    const byQuestion = new Map(answers.map((a) => [a.questionId, a.answer]));
    const stray = [...byQuestion.keys()].filter((id) => !items.some((i) => i.questionId === id));
    if (stray.length) throw badInput(`答案中有不属于本次答题的试题：${stray.join(", ")}`);
    if (byQuestion.size !== answers.length) throw badInput("同一道题只能作答一次");
    const now = deps.clock.now();
    const late = submissionTiming(attempt.startedAt, quiz.timeLimitSeconds, now) === "LATE";
    const before = snapshot(attempt);
    if (late && quiz.latePolicy === LatePolicy.REFUSE) {
      attempt.status = AttemptStatus.EXPIRED;
      attempt.late = true;
      attempt.submittedAt = now;
      attempt.correctCount = 0;
      attempt.scoreTenths = 0;
      attempt.passed = false;
      await em.save(QuizAttempt, attempt);
      await writeAudit(em, deps.actor, {
        action: "attempt.refuse-late",
        entity: "QuizAttempt",
        entityId: attempt.id,
        before,
        after: snapshot(attempt),
      });
      return { attempt, refused: true };
    }
    const questions = await em.findBy(Question, { id: In(items.map((i) => i.questionId)) });
    const qById = new Map(questions.map((q) => [q.id, q]));
    const scored = items.map((i) => {
      const q = qById.get(i.questionId)!;
      const raw = byQuestion.get(i.questionId);
      return {
        item: i,
        kind: q.kind,
        answer: q.answer,
        given: raw === undefined ? null : normaliseAnswer(q.kind, raw) || null,
      };
    });
    const score = scoreAttempt(scored, quiz.passMark);
    for (const s of scored) {
      s.item.given = s.given;
      s.item.correct = s.given !== null && s.given === normaliseAnswer(s.kind, s.answer);
      await em.update(AttemptItem, { id: s.item.id }, { given: s.item.given, correct: s.item.correct });
    }
    Object.assign(attempt, {
      status: AttemptStatus.SUBMITTED,
      submittedAt: now,
      late,
      correctCount: score.correct,
      scoreTenths: Math.round(score.percent * 10),
      passed: score.passed,
    });
    await em.save(QuizAttempt, attempt);
    await writeAudit(em, deps.actor, {
      action: "attempt.submit",
      entity: "QuizAttempt",
      entityId: attempt.id,
      before,
      after: snapshot(attempt),
    });
    return { attempt, refused: false };
  });
  if (outcome.refused) {
    throw conflict("已超过答题时限，按本测试规定超时提交不予受理，本次成绩记为 0 分", {
      attemptId: outcome.attempt.id,
    });
  }
  return outcome.attempt;
}

/** Submitted (or expired) attempts of a quiz, best score first. */
export async function finishedAttempts(deps: Pick<UseCaseDeps, "db">, quizId: string): Promise<QuizAttempt[]> {
  return deps.db.getRepository(QuizAttempt).find({
    where: { quizId, status: In([AttemptStatus.SUBMITTED, AttemptStatus.EXPIRED]) },
    order: { scoreTenths: "DESC", submittedAt: "ASC" },
  });
}

export interface DepartmentResult {
  departmentId: string | null;
  attempts: number;
  averageScore: number;
  passed: number;
  passRate: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function resultsByDepartment(attempts: QuizAttempt[]): DepartmentResult[] {
  const groups = new Map<string, QuizAttempt[]>();
  for (const a of attempts) {
    const k = a.departmentId ?? "";
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(a);
  }
  return [...groups]
    .map(([k, list]) => {
      const passed = list.filter((a) => a.passed).length;
      return {
        departmentId: k || null,
        attempts: list.length,
        averageScore: round1(list.reduce((s, a) => s + (a.scoreTenths ?? 0), 0) / list.length / 10),
        passed,
        passRate: round3(passed / list.length),
      };
    })
    .sort((a, b) => b.averageScore - a.averageScore);
}

/** The questions most often answered wrongly in a quiz's submitted attempts (one query). */
export async function mostMissedQuestions(
  deps: Pick<UseCaseDeps, "db">,
  quizId: string,
  limit: number,
): Promise<MissedQuestion[]> {
  const rows = await deps.db
    .getRepository(AttemptItem)
    .createQueryBuilder("i")
    .select(["i.questionId", "i.correct"])
    .innerJoin(QuizAttempt, "a", "a.id = i.attemptId")
    .where("a.quizId = :quizId AND a.status = :status", { quizId, status: AttemptStatus.SUBMITTED })
    .getMany();
  return mostMissed(
    rows.map((r) => ({ questionId: r.questionId, correct: !!r.correct })),
    limit,
  );
}
