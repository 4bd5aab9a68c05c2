import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { beijingDate } from "@prp/kit";

/**
 * The two letters a real-name reporter receives, as Word documents (DOCX) in the commission's
 * wording: the acceptance notice (受理告知书) and the result feedback (办理结果反馈). Official
 * layout in outline: a 二号 title, 三号 仿宋 body, the sender and date at the right. Written with
 * the `docx` package; the serial and the date each sit in one run, so they read back whole.
 */

export const DOCX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const DEFAULT_COMMISSION_NAME = "莱西市纪委监委";

export interface GeneratedDocument {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

interface LetterBase {
  /** The report's serial (编号). */
  serial: string;
  /** How the reporter is addressed; null writes “举报人”. */
  addressee: string | null;
  /** When the report was received. */
  receivedAt: Date;
  /** The date on the letter. */
  issuedAt: Date;
  /** The unit handling the case, by name. */
  handlingUnitName: string;
  /** The sender; 莱西市纪委监委 unless configured. */
  commissionName?: string;
}

export type AcceptanceNoticeInput = LetterBase;

export interface ResultFeedbackInput extends LetterBase {
  concludedAt: Date;
  /** The finding in words (属实 / 部分属实 / 不属实). */
  findingLabel: string;
  /** The outcome as concluded. */
  outcome: string;
}

/** 2026年10月9日: a Beijing calendar date as official letters write it. */
export function chineseDate(at: Date): string {
  const [y, m, d] = beijingDate(at).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const BODY_FONT = "仿宋_GB2312";
const TITLE_FONT = "方正小标宋简体";
/** Half-points: 三号 = 16 pt, 二号 = 22 pt. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;

const run = (text: string, bold = false) => new TextRun({ text, font: BODY_FONT, size: BODY_SIZE, bold });
const title = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text, font: TITLE_FONT, size: TITLE_SIZE })],
  });
/** A body paragraph indented by two characters, as Chinese letters are. */
const body = (...runs: TextRun[]) =>
  new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: runs });
const plain = (...runs: TextRun[]) => new Paragraph({ spacing: { line: 560 }, children: runs });
const right = (text: string) =>
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { line: 560 }, children: [run(text)] });

function letter(heading: string, input: LetterBase, paragraphs: Paragraph[]): Document {
  const sender = input.commissionName?.trim() || DEFAULT_COMMISSION_NAME;
  return new Document({
    creator: sender,
    title: `${heading}（${input.serial}）`,
    sections: [
      {
        children: [
          title(heading),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`编号：${input.serial}`)] }),
          plain(run(`${input.addressee?.trim() || "举报人"}：`)),
          ...paragraphs,
          body(run("感谢您对纪检监察工作的信任和支持。")),
          new Paragraph({ children: [] }),
          right(sender),
          right(chineseDate(input.issuedAt)),
        ],
      },
    ],
  });
}

/** 受理告知书: the report was accepted and is handled by the named unit. */
export async function acceptanceNoticeDocx(input: AcceptanceNoticeInput): Promise<GeneratedDocument> {
  const sender = input.commissionName?.trim() || DEFAULT_COMMISSION_NAME;
  const doc = letter("信访举报受理告知书", input, [
    body(
      run(`您于${chineseDate(input.receivedAt)}向${sender}反映的问题已收悉。`),
      run(
        `根据《纪检监察机关处理检举控告工作规则》有关规定，经研究，决定予以受理，现交由${input.handlingUnitName}办理。`,
      ),
    ),
    body(run("办理过程中，我们将与您保持沟通；办理结束后，将向您反馈办理结果。如有新的情况或线索，请及时与我们联系。")),
  ]);
  return { fileName: `受理告知书-${input.serial}.docx`, mimeType: DOCX_MIME_TYPE, bytes: await Packer.toBuffer(doc) };
}

/** 办理结果反馈: the finding and the outcome, and how to object. */
export async function resultFeedbackDocx(input: ResultFeedbackInput): Promise<GeneratedDocument> {
  const sender = input.commissionName?.trim() || DEFAULT_COMMISSION_NAME;
  const doc = letter("信访举报办理结果反馈", input, [
    body(
      run(
        `您于${chineseDate(input.receivedAt)}向${sender}反映的问题，经${input.handlingUnitName}调查核实，已于${chineseDate(input.concludedAt)}办结。`,
      ),
      run("现将办理结果反馈如下："),
    ),
    body(run("核查结论：", true), run(input.findingLabel)),
    body(run("处理结果：", true), run(input.outcome)),
    body(run("如对办理结果有异议，可向我委提出，并说明理由、提供新的事实和证据，我们将依规依纪依法处理。")),
  ]);
  return { fileName: `办理结果反馈-${input.serial}.docx`, mimeType: DOCX_MIME_TYPE, bytes: await Packer.toBuffer(doc) };
}
