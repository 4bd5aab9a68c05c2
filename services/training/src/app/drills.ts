import { In } from "typeorm";
import {
  badInput,
  conflict,
  forbidden,
  inTransaction,
  isDateOnly,
  mustFind,
  newId,
  refuseIf,
  snapshot,
  writeAudit,
} from "@prp/kit";
import { DrillCompetition, DrillRound, DrillScore } from "../entities";
import { RoundStatus, ScenarioKind } from "../domain/enums";
import {
  DEFAULT_WEIGHTS,
  competitionStandings,
  roundStandings,
  scoreProblems,
  weightProblems,
  type CriterionScores,
  type CriterionWeights,
  type Standing,
} from "../domain/drill-scoring";
import { canOversee, type UseCaseDeps } from "./deps";
import { requireStaff, type PeopleDirectory } from "./people";

export interface CompetitionDraft {
  title: string;
  date: string;
  weights?: CriterionWeights | null;
  judgeIds: string[];
  participantIds: string[];
}

export async function createCompetition(
  deps: UseCaseDeps,
  people: PeopleDirectory,
  d: CompetitionDraft,
): Promise<DrillCompetition> {
  const weights = d.weights ?? DEFAULT_WEIGHTS;
  const judges = [...new Set(d.judgeIds)];
  const participants = [...new Set(d.participantIds)];
  const problems = [...weightProblems(weights)];
  if (!d.title.trim()) problems.push("比赛名称不能为空");
  if (!isDateOnly(d.date)) problems.push("比赛日期应为有效的 YYYY-MM-DD");
  if (!judges.length) problems.push("须至少有一名评委");
  if (participants.length < 2) problems.push("须至少有两名参赛人员");
  if (judges.some((j) => participants.includes(j))) problems.push("评委不能同时参赛");
  refuseIf(problems);
  await requireStaff(people, [...judges, ...participants], "评委或参赛人员");
  return inTransaction(deps.db, async (em) => {
    const c = em.create(DrillCompetition, {
      id: newId(),
      title: d.title.trim(),
      date: d.date,
      weights,
      judgeIds: judges,
      participantIds: participants,
      createdAt: deps.clock.now(),
    });
    await em.insert(DrillCompetition, c);
    await writeAudit(em, deps.actor, {
      action: "drill.create",
      entity: "DrillCompetition",
      entityId: c.id,
      after: snapshot(c),
    });
    return c;
  });
}

export interface RoundDraft {
  competitionId: string;
  title: string;
  scenarioKind: ScenarioKind;
  script: string;
}

export async function addRound(deps: UseCaseDeps, d: RoundDraft): Promise<DrillRound> {
  refuseIf([...(!d.title.trim() ? ["轮次名称不能为空"] : []), ...(!d.script.trim() ? ["须填写情景脚本"] : [])]);
  return inTransaction(deps.db, async (em) => {
    const c = await mustFind(em, DrillCompetition, d.competitionId, "擂台赛");
    const count = await em.countBy(DrillRound, { competitionId: c.id });
    const r = em.create(DrillRound, {
      id: newId(),
      competitionId: c.id,
      number: count + 1,
      title: d.title.trim(),
      scenarioKind: d.scenarioKind,
      script: d.script.trim(),
      status: RoundStatus.OPEN,
      closedAt: null,
    });
    await em.insert(DrillRound, r);
    await writeAudit(em, deps.actor, {
      action: "drill.round.add",
      entity: "DrillRound",
      entityId: r.id,
      after: snapshot(r),
    });
    return r;
  });
}

export interface ScoreDraft {
  roundId: string;
  participantId: string;
  scores: CriterionScores;
  comment?: string | null;
}

/**
 * A judge named on the competition scores a participant in an open round; scoring the same
 * participant again corrects the judge's own score (safe to retry).
 */
export async function scoreParticipant(deps: UseCaseDeps, d: ScoreDraft): Promise<DrillScore> {
  refuseIf(scoreProblems(d.scores));
  return inTransaction(deps.db, async (em) => {
    const round = await mustFind(em, DrillRound, d.roundId, "比赛轮次");
    const c = await mustFind(em, DrillCompetition, round.competitionId, "擂台赛");
    if (!c.judgeIds.includes(deps.actor.id)) throw forbidden("只有本场擂台赛的评委可以评分");
    if (!c.participantIds.includes(d.participantId)) throw badInput("该人员不是本场擂台赛的参赛人员");
    if (round.status !== RoundStatus.OPEN) throw conflict(`第 ${round.number} 轮已结束，不能再评分`);
    const values = {
      warmReception: d.scores.WARM_RECEPTION,
      patientListening: d.scores.PATIENT_LISTENING,
      carefulRecording: d.scores.CAREFUL_RECORDING,
      properHandling: d.scores.PROPER_HANDLING,
      comment: d.comment?.trim() || null,
      scoredAt: deps.clock.now(),
    };
    const existing = await em.findOneBy(DrillScore, {
      roundId: round.id,
      judgeId: deps.actor.id,
      participantId: d.participantId,
    });
    if (existing) {
      const before = snapshot(existing);
      Object.assign(existing, values);
      await em.save(DrillScore, existing);
      await writeAudit(em, deps.actor, {
        action: "drill.score.correct",
        entity: "DrillScore",
        entityId: existing.id,
        before,
        after: snapshot(existing),
      });
      return existing;
    }
    const s = em.create(DrillScore, {
      id: newId(),
      roundId: round.id,
      competitionId: c.id,
      judgeId: deps.actor.id,
      participantId: d.participantId,
      ...values,
    });
    await em.insert(DrillScore, s);
    await writeAudit(em, deps.actor, {
      action: "drill.score",
      entity: "DrillScore",
      entityId: s.id,
      after: snapshot(s),
    });
    return s;
  });
}

/** Closes a round: scores become final and visible to all, and the round counts in the ranking. */
export async function closeRound(deps: UseCaseDeps, roundId: string): Promise<DrillRound> {
  return inTransaction(deps.db, async (em) => {
    const round = await mustFind(em, DrillRound, roundId, "比赛轮次");
    if (round.status === RoundStatus.CLOSED) return round;
    const c = await mustFind(em, DrillCompetition, round.competitionId, "擂台赛");
    const scores = await em.findBy(DrillScore, { roundId });
    const missing = c.judgeIds.flatMap((j) =>
      c.participantIds.filter((p) => !scores.some((s) => s.judgeId === j && s.participantId === p)).map(() => j),
    );
    if (missing.length)
      throw conflict(`还有 ${missing.length} 项评分未完成（每位评委须为每位参赛人员评分），暂不能结束本轮`);
    const before = snapshot(round);
    round.status = RoundStatus.CLOSED;
    round.closedAt = deps.clock.now();
    await em.save(DrillRound, round);
    await writeAudit(em, deps.actor, {
      action: "drill.round.close",
      entity: "DrillRound",
      entityId: round.id,
      before,
      after: snapshot(round),
    });
    return round;
  });
}

/**
 * The scores this actor may see in a round: everyone's once it is closed. While it is open a
 * judge of the competition sees only their own (whatever other role they hold), organisers and
 * leaders who are not judging see all, and anyone else sees none.
 */
export function visibleScores(
  actor: UseCaseDeps["actor"],
  competition: DrillCompetition,
  round: DrillRound,
  scores: DrillScore[],
): DrillScore[] {
  if (round.status === RoundStatus.CLOSED) return scores;
  if (competition.judgeIds.includes(actor.id) || !canOversee(actor))
    return scores.filter((s) => s.judgeId === actor.id);
  return scores;
}

export const criterionScores = (s: DrillScore): CriterionScores => ({
  WARM_RECEPTION: s.warmReception,
  PATIENT_LISTENING: s.patientListening,
  CAREFUL_RECORDING: s.carefulRecording,
  PROPER_HANDLING: s.properHandling,
});

export function standingsOfRound(c: DrillCompetition, scores: DrillScore[]): Standing[] {
  return roundStandings(
    scores.map((s) => ({ judgeId: s.judgeId, participantId: s.participantId, scores: criterionScores(s) })),
    c.weights,
  );
}

/** The competition's ranking over its closed rounds (open rounds do not count yet). */
export async function competitionRanking(deps: Pick<UseCaseDeps, "db">, c: DrillCompetition): Promise<Standing[]> {
  const closed = await deps.db.getRepository(DrillRound).findBy({ competitionId: c.id, status: RoundStatus.CLOSED });
  if (!closed.length) return [];
  const scores = await deps.db.getRepository(DrillScore).findBy({ roundId: In(closed.map((r) => r.id)) });
  return competitionStandings(
    closed.map((r) =>
      standingsOfRound(
        c,
        scores.filter((s) => s.roundId === r.id),
      ),
    ),
  );
}
