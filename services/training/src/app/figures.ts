import { Between, In } from "typeorm";
import { badInput, endOfBeijingDay, isDateOnly } from "@prp/kit";
import { Attendance, DrillCompetition, DrillRound, DrillScore, QuizAttempt, TrainingSession } from "../entities";
import { AttemptStatus, RoundStatus } from "../domain/enums";
import { computeCoverage } from "../domain/coverage";
import type { UseCaseDeps } from "./deps";
import type { PeopleDirectory } from "./people";
import { standingsOfRound } from "./drills";

export interface TrainingFigures {
  sessions: number;
  hours: number;
  /** Person-sessions: one per person present at one session. */
  attendance: number;
  trainedPeople: number;
  /** Share of active staff who attended at least one session in the period. */
  coverage: number;
  averageQuizScore: number | null;
  quizAttempts: number;
  averageDrillScore: number | null;
}

export function checkPeriod(from: string, to: string): void {
  if (!isDateOnly(from) || !isDateOnly(to)) throw badInput("统计期间的日期应为有效的 YYYY-MM-DD");
  if (from > to) throw badInput("统计起始日期不能晚于截止日期");
}

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

/** Training's part of a period's statistics (`Period.training`); dates are Beijing calendar days. */
export async function periodFigures(
  deps: Pick<UseCaseDeps, "db">,
  people: PeopleDirectory,
  from: string,
  to: string,
): Promise<TrainingFigures> {
  checkPeriod(from, to);
  const start = new Date(endOfBeijingDay(from).getTime() - 86_400_000 + 1);
  const end = endOfBeijingDay(to);
  const db = deps.db;
  const sessions = await db
    .getRepository(TrainingSession)
    .find({ select: { id: true, minutes: true }, where: { date: Between(from, to) } });
  const attendance = sessions.length
    ? await db
        .getRepository(Attendance)
        .find({ select: { userId: true }, where: { sessionId: In(sessions.map((s) => s.id)) } })
    : [];
  const trained = new Set(attendance.map((a) => a.userId));
  const staff = await people.activeStaff();
  const attempts = await db.getRepository(QuizAttempt).find({
    select: { scoreTenths: true },
    where: { status: AttemptStatus.SUBMITTED, submittedAt: Between(start, end) },
  });
  const rounds = await db
    .getRepository(DrillRound)
    .findBy({ status: RoundStatus.CLOSED, closedAt: Between(start, end) });
  const drillScores: number[] = [];
  if (rounds.length) {
    const competitions = await db
      .getRepository(DrillCompetition)
      .findBy({ id: In([...new Set(rounds.map((r) => r.competitionId))]) });
    const scores = await db.getRepository(DrillScore).findBy({ roundId: In(rounds.map((r) => r.id)) });
    for (const r of rounds) {
      const c = competitions.find((x) => x.id === r.competitionId)!;
      for (const s of standingsOfRound(
        c,
        scores.filter((x) => x.roundId === r.id),
      ))
        drillScores.push(s.score);
    }
  }
  return {
    sessions: sessions.length,
    hours: Math.round((sessions.reduce((sum, s) => sum + s.minutes, 0) / 60) * 100) / 100,
    attendance: attendance.length,
    trainedPeople: trained.size,
    coverage: computeCoverage(staff, trained).share,
    averageQuizScore: mean(attempts.map((a) => (a.scoreTenths ?? 0) / 10)),
    quizAttempts: attempts.length,
    averageDrillScore: mean(drillScores),
  };
}
