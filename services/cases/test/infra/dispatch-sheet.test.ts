import ExcelJS from "exceljs";
import { dispatchFigures, monthPeriod, type DispatchCaseRow } from "../../src/domain/dispatch";
import { LabelCategory, LabelColour } from "../../src/domain/colour-labels";
import { ReporterResponse } from "../../src/domain/reporter-loop";
import {
  bulletinXlsx,
  dispatchSheetXlsx,
  rateText,
  XLSX_MIME_TYPE,
  type SheetNames,
} from "../../src/infra/dispatch-sheet";

const bj = (local: string) => new Date(`${local}+08:00`);
const base: Omit<DispatchCaseRow, "id" | "serial"> = {
  grade: "ROUTINE",
  unitId: "u1",
  realName: true,
  openedAt: bj("2026-10-05T09:00:00"),
  acceptedAt: bj("2026-10-06T09:00:00"),
  firstProgressAt: null,
  lastProgressAt: null,
  concludedAt: null,
  feedbackGivenAt: null,
  closedAt: null,
  withdrawnAt: null,
  dueDate: null,
  feedbackDueDate: null,
  response: null,
  responseAt: null,
  label: null,
};
const fedBack = (response: ReporterResponse) => ({
  firstProgressAt: bj("2026-10-07T09:00:00"),
  concludedAt: bj("2026-10-10T09:00:00"),
  feedbackGivenAt: bj("2026-10-15T09:00:00"),
  response,
  responseAt: bj("2026-10-15T09:00:00"),
});
const rows: DispatchCaseRow[] = [
  { ...base, id: "a", serial: "2026-000001", ...fedBack(ReporterResponse.SATISFIED) },
  {
    ...base,
    id: "b",
    serial: "2026-000002",
    ...fedBack(ReporterResponse.DISSATISFIED),
    label: { colour: LabelColour.RED, categories: [LabelCategory.CLOSED_NOT_ACCEPTED] },
  },
  {
    ...base,
    id: "c",
    serial: "2026-000003",
    unitId: "u2",
    grade: "KEY",
    dueDate: "2026-10-20",
    label: { colour: LabelColour.YELLOW, categories: [LabelCategory.REPEAT] },
  },
  { ...base, id: "d", serial: "2026-000004", unitId: "u2", ...fedBack(ReporterResponse.BASICALLY_SATISFIED) },
  { ...base, id: "e", serial: "2026-000005", unitId: "u2", openedAt: bj("2026-09-05T09:00:00"), acceptedAt: null },
];
const names: SheetNames = {
  unit: (id) => ({ u1: "第一纪检监察室", u2: "院上镇纪委" })[id ?? ""] ?? "未定",
  stage: (k) =>
    ({
      PENDING_ACCEPTANCE: "待受理",
      ACCEPTED: "已受理",
      IN_PROGRESS: "办理中",
      CONCLUDED: "已办结",
      FEEDBACK_GIVEN: "已反馈",
      CLOSED: "已结案",
    })[k] ?? k,
  grade: (k) => ({ ROUTINE: "一般", KEY: "重点" })[k] ?? k,
  periodTitle: "2026年10月",
  commissionName: "莱西市纪委监委",
};

async function sheetRows(bytes: Buffer, name: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(name)!;
  const out: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    // one entry per column, empty cells as null (exceljs leaves holes and drops trailing blanks)
    const values = Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value);
    out.push(values.map((v) => (v === undefined || v === null ? null : typeof v === "number" ? v : String(v))));
  });
  return out;
}

const valueOf = (table: (string | number | null)[][], label: string) => table.find((r) => r[0] === label)?.[1];

describe("the dispatch sheet (XLSX)", () => {
  const october = monthPeriod("2026-10");
  const figures = dispatchFigures(rows, october);
  const inOctober = (d: Date | null) => !!d && d >= bj("2026-10-01T00:00:00") && d <= bj("2026-10-31T23:59:59");

  it("opens, and its totals equal the counts in the rows", async () => {
    const wb = await dispatchSheetXlsx(figures, names);
    expect(wb.fileName).toBe("每月调度表-2026-10.xlsx");
    expect(wb.mimeType).toBe(XLSX_MIME_TYPE);
    const table = await sheetRows(wb.bytes, "调度表");
    expect(table[0][0]).toBe("莱西市纪委监委信访举报办理每月调度表（2026年10月）");
    expect(valueOf(table, "调度案件数")).toBe(rows.length);
    expect(valueOf(table, "本期新增")).toBe(rows.filter((r) => inOctober(r.openedAt)).length);
    expect(valueOf(table, "本期办结")).toBe(rows.filter((r) => inOctober(r.concludedAt)).length);
    expect(valueOf(table, "本期结果反馈")).toBe(rows.filter((r) => inOctober(r.feedbackGivenAt)).length);
    expect(valueOf(table, "逾期未办结")).toBe(1);
    expect(valueOf(table, "不满意")).toBe(rows.filter((r) => r.response === ReporterResponse.DISSATISFIED).length);
    expect(valueOf(table, "结服率")).toBe("66.7%");
    expect(valueOf(table, "红色色标案件")).toBe(1);
    expect(valueOf(table, "待受理")).toBe(1);
    expect(valueOf(table, "已反馈")).toBe(3);
    expect(valueOf(table, "重点")).toBe(rows.filter((r) => r.grade === "KEY").length);
    const unitRow = table.find((r) => r[0] === "院上镇纪委");
    expect(unitRow).toEqual(["院上镇纪委", 3, 2, 1, 1, 1, 1]);
    expect(table.find((r) => r[0] === "第一纪检监察室")).toEqual(["第一纪检监察室", 2, 2, 2, 0, 2, 1]);

    const labelled = await sheetRows(wb.bytes, "色标案件");
    expect(labelled.slice(1)).toEqual([
      ["2026-000002", "红色", "结而不服", "已反馈", "第一纪检监察室", null],
      ["2026-000003", "黄色", "重复举报", "已受理", "院上镇纪委", null],
    ]);
  });
});

describe("the bulletin (XLSX)", () => {
  it("summarises the month, ranks units with the most overdue first, and names the red cases", async () => {
    const figures = dispatchFigures(rows, monthPeriod("2026-10"));
    const wb = await bulletinXlsx(figures, names);
    expect(wb.fileName).toBe("办理情况通报-2026-10.xlsx");
    const table = await sheetRows(wb.bytes, "通报");
    expect(table[0][0]).toBe("关于2026年10月信访举报办理情况的通报");
    expect(table[1][0]).toBe(
      "2026年10月，全市纪检监察机关调度信访举报案件5件，新增4件，办结3件，逾期未办结1件；向实名举报人反馈办理结果3件，结服率66.7%；红色色标案件1件。",
    );
    const ranking = table.filter((r) => typeof r[0] === "number" && typeof r[2] === "number");
    expect(ranking.map((r) => [r[0], r[1], r[5], r[7]])).toEqual([
      [1, "院上镇纪委", 1, "100.0%"],
      [2, "第一纪检监察室", 0, "50.0%"],
    ]);
    expect(table.find((r) => r[1] === "合计")).toEqual([null, "合计", 5, 4, 3, 1, 3, "66.7%"]);
    expect(table.find((r) => r[1] === "2026-000002")).toEqual([
      1,
      "2026-000002",
      "结而不服",
      "已反馈",
      "第一纪检监察室",
      null,
      null,
      null,
    ]);
  });

  it("writes the rate as a percentage, or a dash when nothing was fed back", () => {
    expect([rateText(null), rateText(0), rateText(2 / 3), rateText(1)]).toEqual(["—", "0.0%", "66.7%", "100.0%"]);
  });
});
