import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { ReportFile } from "../app/half-year-report";
import {
  formatChange,
  formatFigure,
  UNAVAILABLE,
  type HalfYearReport,
  type ReportSection,
} from "../domain/half-year-report";

/**
 * The half-year report (半年分析) as a Word document (DOCX) a leader sends to the party committee:
 * the commission's name and the title, the summary, then one table per group (this half, the
 * previous half, the change). Each figure sits in one run of its own cell, so it reads back whole.
 */

export const DOCX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const DEFAULT_COMMISSION_NAME = "莱西市纪委监委";

const BODY_FONT = "仿宋_GB2312";
const TITLE_FONT = "方正小标宋简体";
const HEADING_FONT = "黑体";
/** Half-points: 三号 = 16 pt, 二号 = 22 pt, 小四 = 12 pt for the tables. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const TABLE_SIZE = 24;

const centred = (text: string, font: string, size: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text, font, size })],
  });

const cell = (text: string, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, font: BODY_FONT, size: TABLE_SIZE, bold })] })],
  });

function sectionBlock(s: ReportSection, report: HalfYearReport): (Paragraph | Table)[] {
  const heading = new Paragraph({
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: s.title, font: HEADING_FONT, size: BODY_SIZE })],
  });
  if (!s.rows)
    return [
      heading,
      new Paragraph({
        children: [new TextRun({ text: `${UNAVAILABLE}（${s.source}服务未响应）`, font: BODY_FONT, size: BODY_SIZE })],
      }),
    ];
  const header = new TableRow({
    tableHeader: true,
    children: ["项目", report.label, report.previousLabel, "增减"].map((t) => cell(t, true)),
  });
  const rows = s.rows.map(
    (r) =>
      new TableRow({
        children: [
          cell(r.label),
          cell(formatFigure(r.current, r.kind)),
          cell(formatFigure(r.previous, r.kind)),
          cell(formatChange(r)),
        ],
      }),
  );
  const empty = new TableRow({ children: [cell("（无）"), cell("0"), cell("0"), cell("")] });
  return [
    heading,
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...(rows.length ? rows : [empty])] }),
  ];
}

export async function halfYearReportDocx(report: HalfYearReport, commissionName: string): Promise<ReportFile> {
  const sender = commissionName.trim() || DEFAULT_COMMISSION_NAME;
  const doc = new Document({
    creator: sender,
    title: `${sender}${report.title}`,
    sections: [
      {
        children: [
          centred(sender, TITLE_FONT, TITLE_SIZE),
          centred(report.title, TITLE_FONT, TITLE_SIZE),
          new Paragraph({
            indent: { firstLine: 640 },
            spacing: { line: 560 },
            children: [new TextRun({ text: report.summary, font: BODY_FONT, size: BODY_SIZE })],
          }),
          ...report.sections.flatMap((s) => sectionBlock(s, report)),
        ],
      },
    ],
  });
  return {
    fileName: `${sender}${report.title}.docx`,
    mimeType: DOCX_MIME_TYPE,
    bytes: await Packer.toBuffer(doc),
  };
}
