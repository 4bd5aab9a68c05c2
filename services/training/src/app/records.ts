import { In } from "typeorm";
import { Attendance, DrillCompetition, DrillRound, DrillScore, QuizAttempt, TrainingSession } from "../entities";
import { AttemptStatus, RoundStatus } from "../domain/enums";
import type { UseCaseDeps } from "./deps";
import { standingsOfRound } from "./drills";

export interface DrillResult {
  competition: DrillCompetition;
  round: DrillRound;
  score: number;
  rank: number;
  participants: number;
}

export interface TrainingRecordData {
  userId: string;
  sessions: TrainingSession[];
  hours: number;
  quizResults: QuizAttempt[];
  drillResults: DrillResult[];
}

/**
 * The training records of many people at once (for `User.trainingRecord` over a list of users):
 * a fixed number of IN (…) queries whatever the number of people. Drill results count closed rounds only.
 */
export async function trainingRecords(
  deps: Pick<UseCaseDeps, "db">,
  userIds: readonly string[],
): Promise<TrainingRecordData[]> {
  const db = deps.db;
  const ids = [...new Set(userIds)];
  const attendance = await db.getRepository(Attendance).findBy({ userId: In(ids) });
  const sessions = attendance.length
    ? await db
        .getRepository(TrainingSession)
        .find({ where: { id: In([...new Set(attendance.map((a) => a.sessionId))]) }, order: { date: "ASC" } })
    : [];
  const attempts = await db.getRepository(QuizAttempt).find({
    where: { userId: In(ids), status: In([AttemptStatus.SUBMITTED, AttemptStatus.EXPIRED]) },
    order: { submittedAt: "ASC" },
  });
  const own = await db
    .getRepository(DrillScore)
    .find({ select: { roundId: true, participantId: true }, where: { participantId: In(ids) } });
  const rounds = own.length
    ? await db
        .getRepository(DrillRound)
        .findBy({ id: In([...new Set(own.map((s) => s.roundId))]), status: RoundStatus.CLOSED })
    : [];
  const roundScores = rounds.length
    ? await db.getRepository(DrillScore).findBy({ roundId: In(rounds.map((r) => r.id)) })
    : [];
  const competitions = rounds.length
    ? await db.getRepository(DrillCompetition).findBy({ id: In([...new Set(rounds.map((r) => r.competitionId))]) })
    : [];
  const standings = new Map(
    rounds.map((r) => [
      r.id,
      standingsOfRound(
        competitions.find((c) => c.id === r.competitionId)!,
        roundScores.filter((s) => s.roundId === r.id),
      ),
    ]),
  );

  return userIds.map((userId) => {
    const mine = new Set(attendance.filter((a) => a.userId === userId).map((a) => a.sessionId));
    const attended = sessions.filter((s) => mine.has(s.id));
    const drillResults: DrillResult[] = [];
    for (const r of rounds) {
      const list = standings.get(r.id)!;
      const s = list.find((x) => x.participantId === userId);
      if (s)
        drillResults.push({
          competition: competitions.find((c) => c.id === r.competitionId)!,
          round: r,
          score: s.score,
          rank: s.rank,
          participants: list.length,
        });
    }
    drillResults.sort(
      (a, b) => a.competition.date.localeCompare(b.competition.date) || a.round.number - b.round.number,
    );
    return {
      userId,
      sessions: attended,
      hours: Math.round((attended.reduce((sum, s) => sum + s.minutes, 0) / 60) * 100) / 100,
      quizResults: attempts.filter((a) => a.userId === userId),
      drillResults,
    };
  });
}
