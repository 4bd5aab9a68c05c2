import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { departmentRef, DepartmentRef, PageArgs, type SubgraphContext } from "@prp/kit";
import { Transfer } from "../entities/Transfer";
import { TRANSFER_READ_ROLES } from "../domain/access";
import { listTransfers, visibleTransfer } from "../app/case-queries";
import { casesDeps } from "./cases-deps";
import { TransferFilterArgs } from "./case.inputs";
import { TransferPage } from "./case.types";
import { ReportRef, reportRef } from "./report.types";

@Resolver(() => Transfer)
export class TransferResolver {
  @Authorized(...TRANSFER_READ_ROLES)
  @Query(() => TransferPage, {
    nullable: true,
    description: "移交事项列表（联络员只看到移交本部门的事项，联系室、组看到抄送本单位的事项）",
  })
  transfers(
    @Ctx() ctx: SubgraphContext,
    @Args(() => TransferFilterArgs) f: TransferFilterArgs,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<TransferPage> {
    return listTransfers(casesDeps(ctx), ctx.user!, f, page.offset, page.limit);
  }

  @Authorized(...TRANSFER_READ_ROLES)
  @Query(() => Transfer, { nullable: true, description: "按 ID 查移交事项" })
  transfer(@Ctx() ctx: SubgraphContext, @Arg("id", () => ID) id: string): Promise<Transfer> {
    return visibleTransfer(casesDeps(ctx), ctx.user!, id);
  }

  @FieldResolver(() => ReportRef, { description: "信访举报件" })
  report(@Root() t: Transfer): ReportRef {
    return reportRef(t.reportId);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "主管部门（移交）" })
  competentDepartment(@Root() t: Transfer): DepartmentRef | null {
    return departmentRef(t.competentDepartmentId);
  }

  @FieldResolver(() => DepartmentRef, { nullable: true, description: "抄送的联系室或派驻组（跟踪督办）" })
  copyTo(@Root() t: Transfer): DepartmentRef | null {
    return departmentRef(t.copyToDepartmentId);
  }
}
