import { CaseNominated } from "@prp/contracts";
import { Role, conflict, forbidden, newId, notFound, publish, refuseIf, writeAudit } from "@prp/kit";
import { Nomination } from "../entities/Nomination";
import { ScreenedCase } from "../entities/ScreenedCase";
import { ScreeningReason } from "../domain/enums";
import { nominationProblems, reasonsText } from "../domain/screening";
import { rescreen } from "./screening";
import { signedInActor, transaction, type LeadershipDeps } from "./leadership-deps";

/**
 * The petition office, or a handler of the unit handling the case, nominates a case for a leader's
 * ownership because of interference and resistance (干扰多阻力大), with the facts that justify it.
 * Nominating again adds the new facts to the record (the case is listed once).
 */
export async function nominateCase(deps: LeadershipDeps, caseId: string, note: string): Promise<ScreenedCase> {
  const actor = signedInActor(deps);
  refuseIf(nominationProblems(note));
  return transaction(deps, async (em) => {
    const now = deps.clock.now();
    const c = await em.findOneBy(ScreenedCase, { caseId });
    if (!c) throw notFound("案件", caseId);
    const officer = actor.roles.includes(Role.PETITION_OFFICER);
    const unitHandler = actor.roles.includes(Role.CASE_HANDLER) && !!c.unitId && actor.departmentId === c.unitId;
    if (!officer && !unitHandler) throw forbidden("只有信访室或本案承办单位的承办人可以提请领导包案");
    if (c.stage === "CLOSED") throw conflict("该案件已结案，不能提请领导包案");
    const n = em.create(Nomination, {
      id: newId(),
      caseId,
      reason: ScreeningReason.INTERFERENCE,
      note: note.trim(),
      nominatedById: actor.id,
      nominatedByName: actor.displayName,
      at: now,
    });
    await em.insert(Nomination, n);
    c.nominated = true;
    rescreen(c, now);
    await em.save(ScreenedCase, c);
    await writeAudit(em, actor, {
      action: "screening.nominate",
      entity: "ScreenedCase",
      entityId: caseId,
      note: `提请领导包案 ${c.serial}（${reasonsText([ScreeningReason.INTERFERENCE])}）：${n.note}`,
      at: now,
    });
    await publish(
      em,
      CaseNominated,
      {
        caseId,
        reportId: c.reportId,
        serial: c.serial,
        reason: ScreeningReason.INTERFERENCE,
        note: n.note,
        by: actor.id,
        reasons: c.reasons,
        at: now.toISOString(),
      },
      now,
    );
    return c;
  });
}
