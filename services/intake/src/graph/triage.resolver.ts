import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { Report } from "../entities/Report";
import { TriageStep } from "../entities/enums";
import { REOPEN_ROLES, STEP_ROLES } from "../domain/triage";
import { checkReport, consultReport, decideReport, distinguishReport, reopenReport } from "../app/triage";
import { CheckInput, ConsultInput, DecideInput, DistinguishInput } from "./inputs";
import { intakeDeps } from "./intake-deps";

/** 辨查商定: each step's roles come from the step machine's table (STEP_ROLES). */
@Resolver()
export class TriageResolver {
  @Authorized(...STEP_ROLES.DISTINGUISH)
  @Mutation(() => Report, { description: "辨：明辨研判业务范围内外" })
  distinguishReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DistinguishInput) input: DistinguishInput,
  ): Promise<Report> {
    return distinguishReport(intakeDeps(ctx), id, input);
  }

  @Authorized(...STEP_ROLES.CHECK)
  @Mutation(() => Report, { description: "查：确认贴牌、无实质内容、重复举报、不予受理等标记" })
  checkReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CheckInput) input: CheckInput,
  ): Promise<Report> {
    return checkReport(intakeDeps(ctx), id, {
      ...input,
      repeatOf: input.repeatOf ?? undefined,
      templatedWith: input.templatedWith ?? undefined,
    });
  }

  @Authorized(...STEP_ROLES.CONSULT)
  @Mutation(() => Report, { description: "商：疑难复杂件集体会商（可选步骤）" })
  consultReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ConsultInput) input: ConsultInput,
  ): Promise<Report> {
    return consultReport(intakeDeps(ctx), id, input);
  }

  @Authorized(...STEP_ROLES.DECIDE)
  @Mutation(() => Report, { description: "定：领导审定处置方式；分办事件与决定同时写入" })
  decideReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DecideInput) input: DecideInput,
  ): Promise<Report> {
    return decideReport(intakeDeps(ctx), id, input);
  }

  @Authorized(...REOPEN_ROLES)
  @Mutation(() => Report, { description: "领导重新打开已审定的件（须说明理由）" })
  reopenReport(
    @Ctx() ctx: SubgraphContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason") reason: string,
    @Arg("redoFrom", () => TriageStep, { nullable: true, description: "从哪一步重做，默认“定”" }) redoFrom?: TriageStep,
  ): Promise<Report> {
    return reopenReport(intakeDeps(ctx), id, reason, redoFrom ?? TriageStep.DECIDE);
  }
}
