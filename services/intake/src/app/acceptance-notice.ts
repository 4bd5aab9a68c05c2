import { badInput, conflict, writeAudit } from "@prp/kit";
import type { Report } from "../entities/Report";
import { mustFindReport, recordStep, updateReport } from "./report-records";
import { transaction, type IntakeDeps } from "./intake-deps";

/** 受理告知: the real-name reporter has been told whether the report is accepted. A retry changes nothing. */
export function recordAcceptanceNotice(deps: IntakeDeps, id: string, note: string): Promise<Report> {
  if (!note.trim() || note.length > 1000) throw badInput("请填写告知方式与内容（1000 字以内）");
  return transaction(deps, async (em) => {
    const r = await mustFindReport(em, id);
    if (!r.realName) throw conflict("匿名举报无需告知受理情况");
    if (r.acceptanceNoticeAt) return r; // already recorded: a retry changes nothing
    const now = deps.clock.now();
    r.acceptanceNoticeAt = now;
    r.updatedAt = now;
    await updateReport(em, r, ["acceptanceNoticeAt", "updatedAt"]);
    await recordStep(em, r.id, "ACCEPTANCE_NOTICE", deps.actor, note.trim(), now);
    await writeAudit(em, deps.actor, {
      action: "report.acceptanceNotice",
      entity: "Report",
      entityId: r.id,
      note: note.trim(),
      at: now,
    });
    return r;
  });
}
