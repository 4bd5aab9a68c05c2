import { parseCsv, readSpreadsheet, writeXlsx } from "../src/infra/spreadsheet";

describe("reading question spreadsheets", () => {
  it("parses CSV with quotes, commas and line breaks inside fields, CRLF and a BOM", () => {
    const csv = '\uFEFF题型,题干,答案\r\n单选,"甲,乙 ""引号""",A\r\n判断,"两\n行",对\n';
    expect(parseCsv(csv)).toEqual([
      ["题型", "题干", "答案"],
      ["单选", '甲,乙 "引号"', "A"],
      ["判断", "两\n行", "对"],
    ]);
  });

  it("reads back an XLSX workbook written with the same library", async () => {
    const rows = [
      ["题型", "题干", "答案"],
      ["单选", "实名举报告知时限？", "C"],
    ];
    const base64 = (await writeXlsx(rows)).toString("base64");
    expect(await readSpreadsheet("XLSX", base64)).toEqual(rows);
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(readSpreadsheet("XLSX", Buffer.from("not a zip").toString("base64"))).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
    });
  });
});
