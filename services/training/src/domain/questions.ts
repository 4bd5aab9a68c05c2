import { QUESTION_KIND_LABELS, QuestionKind } from "./enums";
import { normaliseAnswer } from "./scoring";

export interface QuestionOption {
  key: string;
  text: string;
}

/** A question as written by an organiser or read from a spreadsheet row, before it is stored. */
export interface QuestionDraft {
  kind: QuestionKind;
  stem: string;
  options: QuestionOption[];
  answer: string;
  explanation: string;
  regulation: string;
  article: string | null;
  tags: string[];
}

export const LIMITS = {
  stem: 1000,
  option: 300,
  explanation: 2000,
  regulation: 100,
  article: 50,
  tag: 30,
  tags: 10,
  options: 8,
};
const OPTION_KEYS = "ABCDEFGH".split("");

/** True/false questions carry their two fixed options, so every question renders the same way. */
export const TRUE_FALSE_OPTIONS: QuestionOption[] = [
  { key: "TRUE", text: "正确" },
  { key: "FALSE", text: "错误" },
];

export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/** A draft with its answer normalised and its text trimmed; `problems` lists what is wrong with it. */
export function checkQuestion(d: QuestionDraft): { draft: QuestionDraft; problems: string[] } {
  const problems: string[] = [];
  const stem = d.stem.trim();
  if (!stem) problems.push("题干不能为空");
  if (stem.length > LIMITS.stem) problems.push(`题干不能超过 ${LIMITS.stem} 字`);
  const regulation = d.regulation.trim();
  if (!regulation) problems.push("须注明依据的法规");
  if (regulation.length > LIMITS.regulation) problems.push(`法规名称不能超过 ${LIMITS.regulation} 字`);
  const article = d.article?.trim() || null;
  if (article && article.length > LIMITS.article) problems.push(`条款不能超过 ${LIMITS.article} 字`);
  const explanation = d.explanation.trim();
  if (!explanation) problems.push("须填写答案解析");
  if (explanation.length > LIMITS.explanation) problems.push(`解析不能超过 ${LIMITS.explanation} 字`);
  const tags = normaliseTags(d.tags);
  if (tags.length > LIMITS.tags) problems.push(`标签最多 ${LIMITS.tags} 个`);
  if (tags.some((t) => t.length > LIMITS.tag)) problems.push(`每个标签不能超过 ${LIMITS.tag} 字`);

  let options = d.options.map((o) => ({ key: o.key.trim().toUpperCase(), text: o.text.trim() })).filter((o) => o.text);
  const answer = normaliseAnswer(d.kind, d.answer);
  if (d.kind === QuestionKind.TRUE_FALSE) {
    options = TRUE_FALSE_OPTIONS;
    if (answer !== "TRUE" && answer !== "FALSE") problems.push("判断题的答案应为“正确”或“错误”");
  } else {
    const label = QUESTION_KIND_LABELS[d.kind];
    if (options.length < 2) problems.push(`${label}至少需要 2 个选项`);
    if (options.length > LIMITS.options) problems.push(`${label}最多 ${LIMITS.options} 个选项`);
    if (options.some((o) => !OPTION_KEYS.includes(o.key))) problems.push("选项编号应为 A–H");
    if (new Set(options.map((o) => o.key)).size !== options.length) problems.push("选项编号不能重复");
    if (options.some((o) => o.text.length > LIMITS.option)) problems.push(`每个选项不能超过 ${LIMITS.option} 字`);
    const keys = answer ? answer.split(d.kind === QuestionKind.MULTIPLE_CHOICE ? "," : "") : [];
    if (!keys.length) problems.push("须填写正确答案");
    else if (keys.some((k) => !options.some((o) => o.key === k)))
      problems.push(`答案“${d.answer.trim()}”不是本题的选项`);
    else if (d.kind === QuestionKind.SINGLE_CHOICE && keys.length !== 1) problems.push("单选题只能有一个正确答案");
    else if (d.kind === QuestionKind.MULTIPLE_CHOICE && keys.length < 2) problems.push("多选题至少有两个正确答案");
  }
  return { draft: { kind: d.kind, stem, options, answer, explanation, regulation, article, tags }, problems };
}

/** Spreadsheet column names (Chinese or English) → field. */
const HEADERS: Record<string, string> = {
  题型: "kind",
  kind: "kind",
  type: "kind",
  题干: "stem",
  题目: "stem",
  stem: "stem",
  question: "stem",
  答案: "answer",
  正确答案: "answer",
  answer: "answer",
  解析: "explanation",
  答案解析: "explanation",
  explanation: "explanation",
  法规: "regulation",
  依据法规: "regulation",
  regulation: "regulation",
  条款: "article",
  条目: "article",
  article: "article",
  标签: "tags",
  tags: "tags",
};
const KIND_WORDS: Record<string, QuestionKind> = {
  单选: QuestionKind.SINGLE_CHOICE,
  单选题: QuestionKind.SINGLE_CHOICE,
  SINGLE_CHOICE: QuestionKind.SINGLE_CHOICE,
  多选: QuestionKind.MULTIPLE_CHOICE,
  多选题: QuestionKind.MULTIPLE_CHOICE,
  MULTIPLE_CHOICE: QuestionKind.MULTIPLE_CHOICE,
  判断: QuestionKind.TRUE_FALSE,
  判断题: QuestionKind.TRUE_FALSE,
  TRUE_FALSE: QuestionKind.TRUE_FALSE,
};

export interface RowProblem {
  /** Spreadsheet row number as the clerk sees it (the header is row 1). */
  row: number;
  message: string;
}

export const MAX_IMPORT_ROWS = 2000;

/**
 * Reads a question table (first row = headers: 题型 题干 选项A…选项H 答案 解析 法规 条款 标签).
 * Every row is checked and every problem reported; the caller imports nothing when any exists.
 * Blank rows are skipped; the same stem twice in one file is a problem.
 */
export function questionsFromTable(table: string[][]): {
  drafts: Array<{ row: number; draft: QuestionDraft }>;
  problems: RowProblem[];
} {
  const problems: RowProblem[] = [];
  const drafts: Array<{ row: number; draft: QuestionDraft }> = [];
  if (!table.length) return { drafts, problems: [{ row: 1, message: "文件为空，应有表头行和至少一道题" }] };
  const columns = table[0].map((h) => {
    const name = h.trim().replace(/\s+/g, "");
    const option = name.match(/^(?:选项|option)([A-H])$/i);
    if (option) return `option:${option[1].toUpperCase()}`;
    return HEADERS[name] ?? HEADERS[name.toLowerCase()] ?? null;
  });
  const missing = ["kind", "stem", "answer", "explanation", "regulation"].filter((f) => !columns.includes(f));
  if (missing.length)
    return {
      drafts,
      problems: [
        {
          row: 1,
          message: `表头缺少列：${missing.join("、")}（应为 题型、题干、选项A…、答案、解析、法规、条款、标签）`,
        },
      ],
    };
  const body = table.slice(1);
  if (body.length > MAX_IMPORT_ROWS)
    return { drafts, problems: [{ row: 1, message: `一次最多导入 ${MAX_IMPORT_ROWS} 道题` }] };
  const seenStems = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c || !c.trim())) return;
    const field = (f: string) => {
      const at = columns.indexOf(f);
      return at >= 0 ? (cells[at] ?? "").trim() : "";
    };
    const kindWord = field("kind").replace(/\s+/g, "");
    const kind = KIND_WORDS[kindWord] ?? KIND_WORDS[kindWord.toUpperCase()];
    if (!kind) {
      problems.push({ row, message: `题型“${kindWord}”无法识别（应为 单选、多选 或 判断）` });
      return;
    }
    const options = columns.flatMap((c, at) =>
      c?.startsWith("option:") ? [{ key: c.slice(7), text: (cells[at] ?? "").trim() }] : [],
    );
    const checked = checkQuestion({
      kind,
      stem: field("stem"),
      options,
      answer: field("answer"),
      explanation: field("explanation"),
      regulation: field("regulation"),
      article: field("article") || null,
      tags: field("tags").split(/[,，;；、\s]+/),
    });
    for (const message of checked.problems) problems.push({ row, message });
    const earlier = seenStems.get(checked.draft.stem);
    const duplicate = !!checked.draft.stem && earlier !== undefined;
    if (duplicate) problems.push({ row, message: `题干与第 ${earlier} 行重复` });
    else seenStems.set(checked.draft.stem, row);
    if (!checked.problems.length && !duplicate) drafts.push({ row, draft: checked.draft });
  });
  if (!drafts.length && !problems.length) problems.push({ row: 2, message: "文件中没有试题" });
  return { drafts, problems };
}
