import { QuestionKind } from "../../src/domain/enums";
import { checkQuestion, questionsFromTable } from "../../src/domain/questions";
import { drawQuestions, eligibleQuestions, seededRandom } from "../../src/domain/draw";
import { mostMissed } from "../../src/domain/missed";
import { QUESTION_HEADERS, QUESTION_ROWS } from "../../src/seed/question-bank";

const HEAD = ["题型", "题干", "选项A", "选项B", "选项C", "答案", "解析", "法规", "条款", "标签"];

describe("questions and their import", () => {
  it("accepts a valid single-choice question and normalises its answer", () => {
    const r = checkQuestion({
      kind: QuestionKind.SINGLE_CHOICE,
      stem: " 时限？ ",
      options: [
        { key: "a", text: "5" },
        { key: "B", text: "15" },
      ],
      answer: "b",
      explanation: "x",
      regulation: "规则",
      article: null,
      tags: ["期限", "期限", " "],
    });
    expect(r.problems).toEqual([]);
    expect(r.draft).toMatchObject({
      stem: "时限？",
      answer: "B",
      tags: ["期限"],
      options: [
        { key: "A", text: "5" },
        { key: "B", text: "15" },
      ],
    });
  });

  it("refuses an answer that is not among the options, and a multiple choice with one answer", () => {
    const base = {
      stem: "题",
      options: [
        { key: "A", text: "1" },
        { key: "B", text: "2" },
      ],
      explanation: "x",
      regulation: "规则",
      article: null,
      tags: [],
    };
    expect(checkQuestion({ ...base, kind: QuestionKind.SINGLE_CHOICE, answer: "D" }).problems).toEqual([
      "答案“D”不是本题的选项",
    ]);
    expect(checkQuestion({ ...base, kind: QuestionKind.MULTIPLE_CHOICE, answer: "A" }).problems).toEqual([
      "多选题至少有两个正确答案",
    ]);
    expect(checkQuestion({ ...base, kind: QuestionKind.TRUE_FALSE, answer: "也许" }).problems).toEqual([
      "判断题的答案应为“正确”或“错误”",
    ]);
  });

  it("reports every bad row of a table by its row number, and keeps only good drafts", () => {
    const r = questionsFromTable([
      HEAD,
      ["单选", "第一题", "甲", "乙", "", "A", "解析", "规则", "第一条", "期限,受理"],
      ["填空", "第二题", "", "", "", "A", "解析", "规则", "", ""],
      ["", "", "", "", "", "", "", "", "", ""],
      ["多选", "第一题", "甲", "乙", "丙", "A,C", "解析", "规则", "", ""],
      ["判断", "第五题", "", "", "", "对", "", "规则", "", ""],
    ]);
    expect(r.drafts.map((d) => d.row)).toEqual([2]);
    expect(r.problems).toEqual([
      { row: 3, message: "题型“填空”无法识别（应为 单选、多选 或 判断）" },
      { row: 5, message: "题干与第 2 行重复" },
      { row: 6, message: "须填写答案解析" },
    ]);
  });

  it("names missing header columns", () => {
    expect(questionsFromTable([["题干", "答案"]]).problems[0].message).toContain("题型");
  });

  it("the starting bank has at least 40 valid questions", () => {
    const r = questionsFromTable([QUESTION_HEADERS, ...QUESTION_ROWS]);
    expect(r.problems).toEqual([]);
    expect(r.drafts.length).toBeGreaterThanOrEqual(40);
    expect(new Set(r.drafts.map((d) => d.draft.kind)).size).toBe(3);
  });
});

describe("random draws and most-missed questions", () => {
  const bank = [
    { id: "q1", tags: ["期限"] },
    { id: "q2", tags: ["期限", "受理"] },
    { id: "q3", tags: ["受理"] },
    { id: "q4", tags: ["办理"] },
  ];

  it("draws distinct questions carrying any of the tags, replayably", () => {
    expect(eligibleQuestions(bank, ["期限", "受理"]).map((q) => q.id)).toEqual(["q1", "q2", "q3"]);
    const a = drawQuestions(bank, ["期限", "受理"], 2, seededRandom(7)).map((q) => q.id);
    expect(drawQuestions(bank, ["期限", "受理"], 2, seededRandom(7)).map((q) => q.id)).toEqual(a);
    expect(new Set(a).size).toBe(2);
    expect(a.every((id) => id !== "q4")).toBe(true);
    expect(() => drawQuestions(bank, ["办理"], 2)).toThrow(RangeError);
  });

  it("orders missed questions by miss rate, then by misses", () => {
    const r = mostMissed(
      [
        { questionId: "a", correct: false },
        { questionId: "a", correct: true },
        { questionId: "b", correct: false },
        { questionId: "b", correct: false },
        { questionId: "c", correct: true },
        { questionId: "d", correct: false },
        { questionId: "d", correct: false },
        { questionId: "d", correct: false },
        { questionId: "d", correct: true },
      ],
      10,
    );
    expect(r.map((m) => [m.questionId, m.missed, m.asked, m.missRate])).toEqual([
      ["b", 2, 2, 1],
      ["d", 3, 4, 0.75],
      ["a", 1, 2, 0.5],
    ]);
  });
});
