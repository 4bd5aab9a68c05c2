import { QuestionKind } from "./enums";

/**
 * Answers are written as option keys: "B" for single choice, "A,C" for multiple choice (any
 * order, any separator), "TRUE"/"FALSE" for true/false (对/错, 正确/错误, T/F, √/× accepted).
 */
export function normaliseAnswer(kind: QuestionKind, raw: string | null | undefined): string {
  const text = (raw ?? "").trim().toUpperCase();
  if (!text) return "";
  if (kind === QuestionKind.TRUE_FALSE) {
    if (["TRUE", "T", "对", "正确", "√", "是", "Y"].includes(text)) return "TRUE";
    if (["FALSE", "F", "错", "错误", "×", "否", "N"].includes(text)) return "FALSE";
    return text;
  }
  const keys = [...new Set(text.replace(/[\s,，、;；]+/g, "").split(""))].sort();
  return kind === QuestionKind.SINGLE_CHOICE ? keys.join("") : keys.join(",");
}

/** All or nothing: a multiple-choice answer counts only when it names exactly the right options. */
export function isCorrect(kind: QuestionKind, answer: string, given: string | null | undefined): boolean {
  const g = normaliseAnswer(kind, given);
  return g !== "" && g === normaliseAnswer(kind, answer);
}

export interface ScoredItem {
  kind: QuestionKind;
  answer: string;
  given: string | null;
}

export interface Score {
  correct: number;
  total: number;
  /** Percentage, one decimal. */
  percent: number;
  passed: boolean;
  answered: number;
}

/** One point per question; passed when the percentage reaches the pass mark. */
export function scoreAttempt(items: ScoredItem[], passMark: number): Score {
  const correct = items.filter((i) => isCorrect(i.kind, i.answer, i.given)).length;
  const total = items.length;
  const percent = total ? Math.round((correct / total) * 1000) / 10 : 0;
  return {
    correct,
    total,
    percent,
    passed: total > 0 && percent >= passMark,
    answered: items.filter((i) => normaliseAnswer(i.kind, i.given) !== "").length,
  };
}
