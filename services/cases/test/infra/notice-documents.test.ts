import JSZip from "jszip";
import {
  acceptanceNoticeDocx,
  chineseDate,
  DOCX_MIME_TYPE,
  resultFeedbackDocx,
} from "../../src/infra/notice-documents";

const bj = (local: string) => new Date(`${local}+08:00`);

/** The document's text: word/document.xml of the zip, runs joined per paragraph. */
async function documentText(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

describe("notice documents (DOCX)", () => {
  it("writes dates as official letters do, on the Beijing calendar", () => {
    expect(chineseDate(bj("2026-10-09T08:00:00"))).toBe("2026年10月9日");
    expect(chineseDate(new Date("2026-12-31T16:30:00Z"))).toBe("2027年1月1日");
  });

  it("the acceptance notice opens as a Word file with its serial, the receipt date, the unit and the date", async () => {
    const doc = await acceptanceNoticeDocx({
      serial: "2026-000123",
      addressee: "王某某",
      receivedAt: bj("2026-09-28T10:00:00"),
      issuedAt: bj("2026-10-09T15:00:00"),
      handlingUnitName: "第二纪检监察室",
    });
    expect(doc.fileName).toBe("受理告知书-2026-000123.docx");
    expect(doc.mimeType).toBe(DOCX_MIME_TYPE);
    expect(doc.bytes.subarray(0, 2).toString()).toBe("PK");
    const lines = await documentText(doc.bytes);
    expect(lines[0]).toBe("信访举报受理告知书");
    expect(lines).toContain("编号：2026-000123");
    expect(lines).toContain("王某某：");
    expect(lines.join("\n")).toMatch(
      /您于2026年9月28日向莱西市纪委监委反映的问题已收悉。.*决定予以受理，现交由第二纪检监察室办理。/,
    );
    expect(lines.slice(-2)).toEqual(["莱西市纪委监委", "2026年10月9日"]);
  });

  it("the result feedback carries the finding, the outcome and the conclusion date; an unnamed reporter is addressed as 举报人", async () => {
    const doc = await resultFeedbackDocx({
      serial: "2026-000456",
      addressee: null,
      receivedAt: bj("2026-08-03T10:00:00"),
      concludedAt: bj("2026-10-20T10:00:00"),
      issuedAt: bj("2026-10-22T10:00:00"),
      handlingUnitName: "院上镇纪委",
      findingLabel: "部分属实",
      outcome: "对相关责任人进行了批评教育，责令退还多收费用。",
      commissionName: "某市纪委监委",
    });
    expect(doc.fileName).toBe("办理结果反馈-2026-000456.docx");
    const lines = await documentText(doc.bytes);
    expect(lines).toEqual(
      expect.arrayContaining([
        "信访举报办理结果反馈",
        "编号：2026-000456",
        "举报人：",
        "核查结论：部分属实",
        "处理结果：对相关责任人进行了批评教育，责令退还多收费用。",
      ]),
    );
    expect(lines.join("\n")).toContain("经院上镇纪委调查核实，已于2026年10月20日办结。");
    expect(lines.slice(-2)).toEqual(["某市纪委监委", "2026年10月22日"]);
  });
});
