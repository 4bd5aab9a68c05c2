import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { forbidden, notFound, type SubgraphContext } from "@prp/kit";
import { DrillCompetition, DrillRound, DrillScore, RoundStatus } from "../entities";
import { ORGANISER_ROLES, canOversee } from "../app/deps";
import {
  addRound,
  closeRound,
  competitionRanking,
  createCompetition,
  scoreParticipant,
  standingsOfRound,
  visibleScores,
} from "../app/drills";
import { trainingRecords } from "../app/records";
import { CompetitionInput, DrillScoreInput, RoundInput } from "./drill.inputs";
import { DrillResultView, StandingView } from "./drill.types";
import { UserRef, userRef } from "./refs";
import { depsOf, people } from "./deps";
import type { Standing } from "../domain/drill-scoring";

const standingView = (s: Standing): StandingView => ({
  rank: s.rank,
  participant: userRef(s.participantId),
  score: s.score,
  count: s.judges,
});

@Resolver(() => DrillCompetition)
export class DrillCompetitionResolver {
  @Authorized()
  @Query(() => [DrillCompetition], { nullable: true, description: "擂台赛列表（新的在前）" })
  drillCompetitions(@Ctx() ctx: SubgraphContext): Promise<DrillCompetition[]> {
    return ctx.db.getRepository(DrillCompetition).find({ order: { date: "DESC" }, take: 200 });
  }

  @Authorized()
  @Query(() => DrillCompetition, { nullable: true })
  drillCompetition(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<DrillCompetition | null> {
    return ctx.loaders.one(DrillCompetition).load(id);
  }

  @Authorized()
  @Query(() => [DrillResultView], { nullable: true, description: "某人历次擂台赛成绩（本人，或培训组织者、领导）" })
  async drillHistory(@Ctx() ctx: SubgraphContext, @Arg("userId", () => ID) userId: string): Promise<DrillResultView[]> {
    if (userId !== ctx.user!.id && !canOversee(ctx.user)) throw forbidden("只能查看本人的比赛成绩");
    return (await trainingRecords(ctx, [userId]))[0].drillResults;
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => DrillCompetition, { description: "新建擂台赛（设定评委、参赛人员和评分权重）" })
  createDrillCompetition(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => CompetitionInput) input: CompetitionInput,
  ): Promise<DrillCompetition> {
    return createCompetition(depsOf(ctx), people, { ...input, weights: input.weights ? { ...input.weights } : null });
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => DrillRound, { description: "新增比赛轮次（模拟来访或来电，附情景脚本）" })
  addDrillRound(@Ctx() ctx: SubgraphContext, @Arg("input", () => RoundInput) input: RoundInput): Promise<DrillRound> {
    return addRound(depsOf(ctx), input);
  }

  @Authorized()
  @Mutation(() => DrillScore, { description: "评委评分（本场评委；本轮结束前可修改自己的评分）" })
  scoreDrillParticipant(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => DrillScoreInput) i: DrillScoreInput,
  ): Promise<DrillScore> {
    return scoreParticipant(depsOf(ctx), {
      roundId: i.roundId,
      participantId: i.participantId,
      scores: {
        WARM_RECEPTION: i.warmReception,
        PATIENT_LISTENING: i.patientListening,
        CAREFUL_RECORDING: i.carefulRecording,
        PROPER_HANDLING: i.properHandling,
      },
      comment: i.comment,
    });
  }

  @Authorized(...ORGANISER_ROLES)
  @Mutation(() => DrillRound, { description: "结束本轮（须所有评委为所有参赛人员评分；结束后公布评分和名次）" })
  closeDrillRound(@Ctx() ctx: SubgraphContext, @Arg("roundId", () => ID) roundId: string): Promise<DrillRound> {
    return closeRound(depsOf(ctx), roundId);
  }

  @FieldResolver(() => [UserRef], { description: "评委" })
  judges(@Root() c: DrillCompetition): UserRef[] {
    return c.judgeIds.map(userRef);
  }

  @FieldResolver(() => [UserRef], { description: "参赛人员" })
  participants(@Root() c: DrillCompetition): UserRef[] {
    return c.participantIds.map(userRef);
  }

  @FieldResolver(() => [DrillRound], { description: "轮次" })
  async rounds(@Root() c: DrillCompetition, @Ctx() ctx: SubgraphContext): Promise<DrillRound[]> {
    return [...(await ctx.loaders.many(DrillRound, "competitionId").load(c.id))].sort((a, b) => a.number - b.number);
  }

  @FieldResolver(() => [StandingView], { description: "总排名（已结束轮次的平均得分）" })
  async ranking(@Root() c: DrillCompetition, @Ctx() ctx: SubgraphContext): Promise<StandingView[]> {
    return (await competitionRanking(ctx, c)).map(standingView);
  }
}

@Resolver(() => DrillRound)
export class DrillRoundResolver {
  @FieldResolver(() => [DrillScore], { description: "评分：本轮结束前评委只能看到自己的评分" })
  async scores(@Root() r: DrillRound, @Ctx() ctx: SubgraphContext): Promise<DrillScore[]> {
    const c = await ctx.loaders.one(DrillCompetition).load(r.competitionId);
    if (!c) throw notFound("擂台赛", r.competitionId);
    return visibleScores(ctx.user!, c, r, await ctx.loaders.many(DrillScore, "roundId").load(r.id));
  }

  @FieldResolver(() => [StandingView], { description: "本轮名次（本轮结束后公布）" })
  async standings(@Root() r: DrillRound, @Ctx() ctx: SubgraphContext): Promise<StandingView[]> {
    if (r.status !== RoundStatus.CLOSED) return [];
    const c = await ctx.loaders.one(DrillCompetition).load(r.competitionId);
    if (!c) throw notFound("擂台赛", r.competitionId);
    return standingsOfRound(c, await ctx.loaders.many(DrillScore, "roundId").load(r.id)).map(standingView);
  }
}

@Resolver(() => DrillScore)
export class DrillScoreResolver {
  @FieldResolver(() => UserRef, { description: "评委" })
  judge(@Root() s: DrillScore): UserRef {
    return userRef(s.judgeId);
  }

  @FieldResolver(() => UserRef, { description: "参赛人员" })
  participant(@Root() s: DrillScore): UserRef {
    return userRef(s.participantId);
  }
}
