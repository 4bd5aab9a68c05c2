import ExcelJS from "exceljs";
import { beijingDate } from "@prp/kit";
import { LABEL_CATEGORY_LABELS, LABEL_COLOUR_LABELS } from "../domain/colour-labels";
import type { DispatchFigures } from "../domain/dispatch";

/**
 * The monthly dispatch sheet (每月调度表) and the bulletin (通报) as XLSX workbooks, written with
 * exceljs from the figures the domain counted; nothing is counted here.
 */

export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Names for the keys in the figures: units from the directory, stages and grades from the case vocabulary. */
export interface SheetNames {
  unit(id: string | null): string;
  stage(key: string): string;
  grade(key: string): string;
  /** Shown in titles: 2026年10月, or a period's dates. */
  periodTitle: string;
  commissionName: string;
}

export interface GeneratedWorkbook {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/** 结服率 as a clerk reads it: 66.7%, or — when nothing was fed back. */
export function rateText(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

const unitRate = (u: { feedbackGiven: number; accepted: number }) =>
  u.feedbackGiven ? u.accepted / u.feedbackGiven : null;

function heading(sheet: ExcelJS.Worksheet, text: string, width: number): void {
  const row = sheet.addRow([text]);
  row.font = { bold: true, size: 14 };
  sheet.mergeCells(row.number, 1, row.number, width);
}

function tableHeader(sheet: ExcelJS.Worksheet, cells: string[]): void {
  const row = sheet.addRow(cells);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });
}

const dateText = (d: Date | null) => (d ? beijingDate(d) : null);

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * 每月调度表: one sheet of totals (指标 | 数量), then cases by stage, by grade and by unit, and a
 * sheet of the colour-labelled cases with their progress.
 */
export async function dispatchSheetXlsx(f: DispatchFigures, names: SheetNames): Promise<GeneratedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = names.commissionName;
  const sheet = workbook.addWorksheet("调度表");
  sheet.columns = [
    { width: 24 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
  ];
  heading(sheet, `${names.commissionName}信访举报办理每月调度表（${names.periodTitle}）`, 7);
  sheet.addRow([`统计期间：${f.period.from} 至 ${f.period.to}`]);

  sheet.addRow([]);
  tableHeader(sheet, ["指标", "数量"]);
  const totals: [string, number | string][] = [
    ["调度案件数", f.cases],
    ["本期新增", f.newCases],
    ["本期办结", f.concluded],
    ["逾期未办结", f.overdue],
    ["本期结果反馈", f.feedbackGiven],
    ["逾期未反馈", f.feedbackOverdue],
    ["满意", f.satisfied],
    ["基本满意", f.basicallySatisfied],
    ["不满意", f.dissatisfied],
    ["结服率", rateText(f.satisfactionRate)],
    ...f.labelledByColour.map((c): [string, number] => [`${LABEL_COLOUR_LABELS[c.key]}色标案件`, c.count]),
  ];
  for (const t of totals) sheet.addRow(t);

  sheet.addRow([]);
  tableHeader(sheet, ["办理阶段", "数量"]);
  for (const c of f.byStage) sheet.addRow([names.stage(c.key), c.count]);

  sheet.addRow([]);
  tableHeader(sheet, ["分级", "数量"]);
  for (const c of f.byGrade) sheet.addRow([names.grade(c.key), c.count]);

  sheet.addRow([]);
  tableHeader(sheet, ["承办单位", "调度案件", "新增", "办结", "逾期", "结果反馈", "结服"]);
  for (const u of f.byUnit)
    sheet.addRow([names.unit(u.unitId), u.cases, u.newCases, u.concluded, u.overdue, u.feedbackGiven, u.accepted]);

  const labelled = workbook.addWorksheet("色标案件");
  labelled.columns = [{ width: 16 }, { width: 10 }, { width: 28 }, { width: 14 }, { width: 20 }, { width: 14 }];
  tableHeader(labelled, ["编号", "色标", "类别", "办理阶段", "承办单位", "最近进展"]);
  for (const l of f.labelled)
    labelled.addRow([
      l.serial,
      LABEL_COLOUR_LABELS[l.colour],
      l.categories.map((c) => LABEL_CATEGORY_LABELS[c]).join("、"),
      names.stage(l.stage),
      names.unit(l.unitId),
      dateText(l.lastProgressAt),
    ]);

  return {
    fileName: `每月调度表-${f.period.from.slice(0, 7)}.xlsx`,
    mimeType: XLSX_MIME_TYPE,
    bytes: await toBuffer(workbook),
  };
}

/**
 * 通报: the month in one paragraph, then each unit's figures ranked (most overdue first, then
 * the lowest 结服率), and the red-labelled cases named.
 */
export async function bulletinXlsx(f: DispatchFigures, names: SheetNames): Promise<GeneratedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = names.commissionName;
  const sheet = workbook.addWorksheet("通报");
  sheet.columns = [
    { width: 8 },
    { width: 24 },
    { width: 12 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 10 },
  ];
  heading(sheet, `关于${names.periodTitle}信访举报办理情况的通报`, 8);
  const red = f.labelledByColour.find((c) => c.key === "RED")?.count ?? 0;
  const summary = sheet.addRow([
    `${names.periodTitle}，全市纪检监察机关调度信访举报案件${f.cases}件，新增${f.newCases}件，办结${f.concluded}件，逾期未办结${f.overdue}件；` +
      `向实名举报人反馈办理结果${f.feedbackGiven}件，结服率${rateText(f.satisfactionRate)}；红色色标案件${red}件。`,
  ]);
  summary.alignment = { wrapText: true, vertical: "top" };
  summary.height = 48;
  sheet.mergeCells(summary.number, 1, summary.number, 8);

  sheet.addRow([]);
  tableHeader(sheet, ["排名", "承办单位", "调度案件", "新增", "办结", "逾期", "结果反馈", "结服率"]);
  const ranked = [...f.byUnit].sort(
    (a, b) => b.overdue - a.overdue || (unitRate(a) ?? 1) - (unitRate(b) ?? 1) || b.cases - a.cases,
  );
  ranked.forEach((u, i) =>
    sheet.addRow([
      i + 1,
      names.unit(u.unitId),
      u.cases,
      u.newCases,
      u.concluded,
      u.overdue,
      u.feedbackGiven,
      rateText(unitRate(u)),
    ]),
  );
  const total = sheet.addRow([
    null,
    "合计",
    f.cases,
    f.newCases,
    f.concluded,
    f.overdue,
    f.feedbackGiven,
    rateText(f.satisfactionRate),
  ]);
  total.font = { bold: true };

  const reds = f.labelled.filter((l) => l.colour === "RED");
  if (reds.length) {
    sheet.addRow([]);
    sheet.addRow(["红色色标案件"]).font = { bold: true };
    tableHeader(sheet, ["序号", "编号", "类别", "办理阶段", "承办单位"]);
    reds.forEach((l, i) =>
      sheet.addRow([
        i + 1,
        l.serial,
        l.categories.map((c) => LABEL_CATEGORY_LABELS[c]).join("、"),
        names.stage(l.stage),
        names.unit(l.unitId),
      ]),
    );
  }
  return {
    fileName: `办理情况通报-${f.period.from.slice(0, 7)}.xlsx`,
    mimeType: XLSX_MIME_TYPE,
    bytes: await toBuffer(workbook),
  };
}
