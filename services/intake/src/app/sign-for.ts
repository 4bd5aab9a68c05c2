import { writeAudit } from "@prp/kit";
import type { Report } from "../entities/Report";
import { signForwarded } from "../domain/triage";
import { signedLate } from "../domain/deadlines";
import { mustFindReport, recordStep, setTriage, updateReport } from "./report-records";
import { signedInActor, transaction, type IntakeDeps } from "./intake-deps";

/** 当天签收: an officer signs for a forwarded or assigned item; triage may then start. */
export function signForReport(deps: IntakeDeps, id: string): Promise<Report> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const r = await mustFindReport(em, id);
    const state = signForwarded(r.triage, actor.roles);
    const now = deps.clock.now();
    const late = signedLate(r.receivedAt, now, now);
    setTriage(r, state);
    r.signedAt = now;
    r.signedById = actor.id;
    r.updatedAt = now;
    await updateReport(em, r, ["signedAt", "signedById", "updatedAt"]);
    await recordStep(em, r.id, "SIGN", actor, late ? "签收（未能当天签收）" : "当天签收", now);
    await writeAudit(em, actor, {
      action: "report.sign",
      entity: "Report",
      entityId: r.id,
      before: { status: "UNSIGNED" },
      after: { status: r.status, late },
      at: now,
    });
    return r;
  });
}
