import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@prp/kit";
import { Case } from "../entities/Case";
import { Transfer } from "../entities/Transfer";
import { caseVisibility } from "../domain/access";
import { mayReadTransfer } from "../app/case-queries";
import { CaseUnit } from "../entities/CaseUnit";
import { ReportRef } from "./report.types";

/** Case handling's fields on intake's Report: its case or its transfer, for those who may see them. */
@Resolver(() => ReportRef)
export class ReportCaseResolver {
  @Authorized()
  @FieldResolver(() => Case, { nullable: true, description: "办理中的案件（无权查看时为空）" })
  async case(@Root() r: ReportRef, @Ctx() ctx: SubgraphContext): Promise<Case | null> {
    const c = await ctx.loaders.one(Case, "reportId").load(r.id);
    if (!c) return null;
    const v = caseVisibility(ctx.user!.roles, ctx.user!.departmentId ?? null);
    if (v.all) return c;
    const units = await ctx.loaders.many(CaseUnit, "caseId").load(c.id);
    return units.some((u) => v.unitIds.includes(u.unitId)) ? c : null;
  }

  @Authorized()
  @FieldResolver(() => Transfer, { nullable: true, description: "移交主管部门的事项（无权查看时为空）" })
  async transfer(@Root() r: ReportRef, @Ctx() ctx: SubgraphContext): Promise<Transfer | null> {
    const t = await ctx.loaders.one(Transfer, "reportId").load(r.id);
    return t && mayReadTransfer(ctx.user!, t) ? t : null;
  }
}
