import { createHash } from "node:crypto";
import { In, type EntityManager } from "typeorm";
import { badInput, conflict, inTransaction, mustFind, newId, snapshot, writeAudit } from "@prp/kit";
import { Question } from "../entities";
import { checkQuestion, questionsFromTable, type QuestionDraft, type RowProblem } from "../domain/questions";
import type { UseCaseDeps } from "./deps";

export const stemHash = (stem: string) => createHash("sha256").update(stem.trim()).digest("hex");

function toRow(deps: UseCaseDeps, em: EntityManager, d: QuestionDraft): Question {
  return em.create(Question, {
    id: newId(),
    kind: d.kind,
    stem: d.stem,
    stemHash: stemHash(d.stem),
    options: d.options,
    answer: d.answer,
    explanation: d.explanation,
    regulation: d.regulation,
    article: d.article,
    tags: d.tags,
    active: true,
    createdAt: deps.clock.now(),
  });
}

/** One question into the bank; the same stem twice is CONFLICT (so a retried request adds nothing). */
export async function createQuestion(deps: UseCaseDeps, input: QuestionDraft): Promise<Question> {
  const { draft, problems } = checkQuestion(input);
  if (problems.length) throw badInput(problems.join("；"), { problems });
  return inTransaction(deps.db, async (em) => {
    if (await em.existsBy(Question, { stemHash: stemHash(draft.stem) })) throw conflict("题库中已有相同题干的试题");
    const q = toRow(deps, em, draft);
    await em.insert(Question, q);
    await writeAudit(em, deps.actor, {
      action: "question.create",
      entity: "Question",
      entityId: q.id,
      after: snapshot(q),
    });
    return q;
  });
}

export async function setQuestionActive(deps: UseCaseDeps, id: string, active: boolean): Promise<Question> {
  return inTransaction(deps.db, async (em) => {
    const q = await mustFind(em, Question, id, "试题");
    if (q.active === active) return q;
    const before = { active: q.active };
    q.active = active;
    await em.update(Question, { id }, { active });
    await writeAudit(em, deps.actor, {
      action: active ? "question.activate" : "question.deactivate",
      entity: "Question",
      entityId: id,
      before,
      after: { active },
    });
    return q;
  });
}

export interface ImportOutcome {
  imported: Question[];
  problems: RowProblem[];
}

/**
 * A whole table of questions, all or nothing: every row is checked (format, answer among the
 * options, duplicates in the file and in the bank) and, when any row has a problem, nothing is
 * written and every problem comes back by row. Otherwise all rows go in one transaction.
 */
export async function importQuestions(deps: UseCaseDeps, table: string[][], source: string): Promise<ImportOutcome> {
  const { drafts, problems } = questionsFromTable(table);
  return inTransaction(deps.db, async (em) => {
    const hashes = drafts.map((d) => stemHash(d.draft.stem));
    const inBank = new Set(
      hashes.length ? (await em.findBy(Question, { stemHash: In(hashes) })).map((q) => q.stemHash) : [],
    );
    drafts.forEach((d, i) => {
      if (inBank.has(hashes[i])) problems.push({ row: d.row, message: "题库中已有相同题干的试题" });
    });
    if (problems.length) {
      problems.sort((a, b) => a.row - b.row);
      return { imported: [], problems };
    }
    const rows = drafts.map((d) => toRow(deps, em, d.draft));
    // in slices: one INSERT with thousands of rows would pass MySQL's placeholder limit
    for (let i = 0; i < rows.length; i += 200) await em.insert(Question, rows.slice(i, i + 200));
    await writeAudit(em, deps.actor, {
      action: "question.import",
      entity: "Question",
      entityId: "import",
      note: `从 ${source} 导入试题 ${rows.length} 道`,
      after: { ids: rows.map((r) => r.id) },
    });
    return { imported: rows, problems: [] };
  });
}
