import ExcelJS from "exceljs";
import { badInput } from "@prp/kit";

export type SpreadsheetFormat = "XLSX" | "CSV";

/** Largest upload accepted (decoded): a question bank of a few thousand rows fits easily. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * RFC 4180 CSV: quoted fields with "" escapes and line breaks inside quotes, CRLF or LF,
 * a UTF-8 byte-order mark (Excel writes one) dropped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw badInput("CSV 文件格式错误：引号未闭合");
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return value.result === undefined || value.result === null ? "" : String(value.result);
    return "";
  }
  return String(value);
}

/** The first worksheet of an XLSX workbook as rows of cell texts. */
export async function parseXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput("无法读取 Excel 文件（请上传 .xlsx 格式）");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput("Excel 文件中没有工作表");
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** A base64 upload as a table of strings. */
export async function readSpreadsheet(format: SpreadsheetFormat, base64: string): Promise<string[][]> {
  const bytes = Buffer.from(base64, "base64");
  if (!bytes.length) throw badInput("上传的文件为空");
  if (bytes.length > MAX_UPLOAD_BYTES) throw badInput(`文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  return format === "CSV" ? parseCsv(bytes.toString("utf8")) : parseXlsx(bytes);
}

/** An XLSX workbook of the given rows (for the import template and for tests). */
export async function writeXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("试题");
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
