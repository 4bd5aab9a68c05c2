import { badInput, writeAudit } from "@prp/kit";
import type { Report } from "../entities/Report";
import { signForwarded } from "../domain/triage";
import { signedLate } from "../domain/deadlines";
import { authorityDueDateProblems } from "../domain/channel-rules";
import { mustFindReport, recordStep, setTriage, updateReport } from "./report-records";
import { signedInActor, transaction, type IntakeDeps } from "./intake-deps";

/** What the officer may complete when signing for an item from above (what was registered stays unless given). */
export interface SignForFields {
  /** 上级交办期限, YYYY-MM-DD: the date the higher authority wants the closing report by. */
  authorityDueDate?: string | null;
  forwardingAuthority?: string | null;
  forwardingReference?: string | null;
}

const given = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);

/**
 * 当天签收: an officer signs for a forwarded or assigned item; triage may then start. The
 * higher authority's due date (and its name or reference, if registration lacked them) may be
 * recorded now, from the forwarding document in hand.
 */
export function signForReport(deps: IntakeDeps, id: string, fields: SignForFields = {}): Promise<Report> {
  const actor = signedInActor(deps);
  return transaction(deps, async (em) => {
    const r = await mustFindReport(em, id);
    const state = signForwarded(r.triage, actor.roles);
    const dueDate = given(fields.authorityDueDate);
    const problems = authorityDueDateProblems(r.origin, dueDate);
    if (problems.length) throw badInput(problems.join("；"));
    const now = deps.clock.now();
    const late = signedLate(r.receivedAt, now, now);
    const before = {
      status: "UNSIGNED",
      authorityDueDate: r.authorityDueDate,
      forwardingAuthority: r.forwardingAuthority,
      forwardingReference: r.forwardingReference,
    };
    setTriage(r, state);
    r.signedAt = now;
    r.signedById = actor.id;
    r.updatedAt = now;
    r.authorityDueDate = dueDate ?? r.authorityDueDate;
    r.forwardingAuthority = given(fields.forwardingAuthority) ?? r.forwardingAuthority;
    r.forwardingReference = given(fields.forwardingReference) ?? r.forwardingReference;
    await updateReport(em, r, [
      "signedAt",
      "signedById",
      "updatedAt",
      "authorityDueDate",
      "forwardingAuthority",
      "forwardingReference",
    ]);
    const note = r.authorityDueDate ? `，上级交办期限 ${r.authorityDueDate}` : "";
    await recordStep(em, r.id, "SIGN", actor, `${late ? "签收（未能当天签收）" : "当天签收"}${note}`, now);
    await writeAudit(em, actor, {
      action: "report.sign",
      entity: "Report",
      entityId: r.id,
      before,
      after: {
        status: r.status,
        late,
        authorityDueDate: r.authorityDueDate,
        forwardingAuthority: r.forwardingAuthority,
        forwardingReference: r.forwardingReference,
      },
      at: now,
    });
    return r;
  });
}
