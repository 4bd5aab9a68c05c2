import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { Role, type SubgraphContext } from "@prp/kit";
import { FIGURES_ROLES, REPORT_ROLES } from "../domain/ownership";
import { periodFigures } from "../app/period-figures";
import { halfYearReportFile } from "../app/half-year-report";
import { periodFiguresClient } from "../infra/period-figures-client";
import { DEFAULT_COMMISSION_NAME, halfYearReportDocx } from "../infra/half-year-docx";
import { GeneratedDocument, LeadershipStatistics, Period } from "./period.types";

/** Leadership's figures on the shared Period, and the half-year report (半年分析) built from every subgraph's. */
@Resolver(() => Period)
export class PeriodLeadershipResolver {
  @Authorized(...FIGURES_ROLES, Role.SERVICE)
  @FieldResolver(() => LeadershipStatistics, { description: "领导包案与领导接访下访、专项整治统计" })
  leadership(@Root() p: Period, @Ctx() ctx: SubgraphContext): Promise<LeadershipStatistics> {
    return periodFigures({ db: ctx.db }, p.from, p.to);
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => GeneratedDocument, {
    nullable: true,
    description:
      "半年分析报告（Word 文档，Base64）：各子图本半年与上半年的统计对比及图表数据；某子图暂不可用时该部分注明“暂无法获取”",
  })
  async halfYearReportDocument(
    @Ctx() ctx: SubgraphContext,
    @Arg("year", () => Int) year: number,
    @Arg("half", () => Int, { description: "1：上半年；2：下半年" }) half: number,
  ): Promise<GeneratedDocument> {
    const file = await halfYearReportFile(
      { db: ctx.db, figures: periodFiguresClient, write: halfYearReportDocx, commissionName: DEFAULT_COMMISSION_NAME },
      year,
      half,
    );
    return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString("base64") };
  }
}
