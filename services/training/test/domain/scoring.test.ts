import { QuestionKind } from "../../src/domain/enums";
import { isCorrect, normaliseAnswer, scoreAttempt } from "../../src/domain/scoring";

describe("scoring a knowledge test", () => {
  it("normalises answers as clerks write them", () => {
    expect(normaliseAnswer(QuestionKind.MULTIPLE_CHOICE, "c, a")).toBe("A,C");
    expect(normaliseAnswer(QuestionKind.MULTIPLE_CHOICE, "CA")).toBe("A,C");
    expect(normaliseAnswer(QuestionKind.MULTIPLE_CHOICE, "a、c、a")).toBe("A,C");
    expect(normaliseAnswer(QuestionKind.SINGLE_CHOICE, " b ")).toBe("B");
    expect(normaliseAnswer(QuestionKind.TRUE_FALSE, "正确")).toBe("TRUE");
    expect(normaliseAnswer(QuestionKind.TRUE_FALSE, "×")).toBe("FALSE");
    expect(normaliseAnswer(QuestionKind.TRUE_FALSE, "")).toBe("");
  });

  it("counts a multiple-choice answer only when it names exactly the right options", () => {
    expect(isCorrect(QuestionKind.MULTIPLE_CHOICE, "A,B,C", "C,B,A")).toBe(true);
    expect(isCorrect(QuestionKind.MULTIPLE_CHOICE, "A,B,C", "A,B")).toBe(false);
    expect(isCorrect(QuestionKind.MULTIPLE_CHOICE, "A,B,C", "A,B,C,D")).toBe(false);
    expect(isCorrect(QuestionKind.SINGLE_CHOICE, "C", null)).toBe(false);
    expect(isCorrect(QuestionKind.TRUE_FALSE, "FALSE", "错")).toBe(true);
  });

  it("scores one point per question, as a percentage with one decimal, against the pass mark", () => {
    const items = [
      { kind: QuestionKind.SINGLE_CHOICE, answer: "C", given: "C" },
      { kind: QuestionKind.MULTIPLE_CHOICE, answer: "A,B", given: "A" },
      { kind: QuestionKind.TRUE_FALSE, answer: "TRUE", given: "TRUE" },
    ];
    const s = scoreAttempt(items, 60);
    expect(s).toEqual({ correct: 2, total: 3, percent: 66.7, passed: true, answered: 3 });
    expect(scoreAttempt(items, 70).passed).toBe(false);
    const unanswered = scoreAttempt(
      [{ kind: QuestionKind.SINGLE_CHOICE, answer: "A", given: null }, ...items.slice(0, 1)],
      50,
    );
    expect(unanswered).toMatchObject({ correct: 1, total: 2, percent: 50, passed: true, answered: 1 });
    expect(scoreAttempt([], 0).passed).toBe(false);
  });
});
