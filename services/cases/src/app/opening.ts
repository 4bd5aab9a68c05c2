import {
  CaseGraded,
  CaseOpened,
  TransferOpened,
  type ReportReopenedV1,
  type ReportRoutedV2,
  type ReportRoutedV4,
} from "@prp/contracts";
import { newId, publish, writeAudit } from "@prp/kit";
import { Case } from "../entities/Case";
import { Transfer } from "../entities/Transfer";
import { CaseGrade, CaseStatus, Opening, TransferStatus } from "../domain/enums";
import { openCase, withdrawCase } from "../domain/case-handling";
import { assignmentFor, initialGrade, openingFor } from "../domain/opening";
import { transferFeedbackDue } from "../domain/deadlines";
import { recordHistory, setHandling, updateCase, writeCaseUnits } from "./case-records";
import { reader, transaction, type CasesDeps } from "./cases-deps";

/** What opening needs of a ReportRouted event: version 2's fields, and the authority's due date (version 4) when known. */
export type RoutingDecision = ReportRoutedV2 & Partial<Pick<ReportRoutedV4, "authorityDueDate">>;

export type OpeningResult =
  { opened: "CASE"; item: Case } | { opened: "TRANSFER"; item: Transfer } | { opened: null; why: string };

/**
 * Opens what a routing decision asks for: a case for a matter handled inside the commission, a
 * transfer for one outside its scope, nothing for a hold or a close. Safe to run twice for the
 * same decision (the report's case or transfer is unique): the second run opens nothing. A new
 * decision after a withdrawn one (intake reopened the report) opens the item again.
 */
export async function openFromRouting(deps: CasesDeps, e: RoutingDecision): Promise<OpeningResult> {
  const kind = openingFor(e.disposition);
  if (kind === Opening.NOTHING) return { opened: null, why: `处置方式 ${e.disposition} 无需办理` };
  const now = deps.clock.now();
  // opened as of the decision: however late the event is applied, the item's dates are the same
  const decidedAt = new Date(e.decidedAt);
  const openedAt = decidedAt;
  // the calendar is read before any write (cached; the published calendar holds if the directory is away)
  const calendar = kind === Opening.TRANSFER ? await deps.directory.calendar() : null;
  return transaction(deps, async (em) => {
    if (kind === Opening.CASE) {
      const existing = await em.findOneBy(Case, { reportId: e.reportId });
      if (existing && existing.status !== CaseStatus.WITHDRAWN) return { opened: null, why: "该件已立案办理" };
      const state = openCase({
        handlingUnitId: e.handlingDepartmentId,
        realName: e.realName,
        grade: initialGrade(e.gradeHint) as CaseGrade,
        // 交办: assigned from above (the authority's due date), or assigned down by this commission (ours)
        assignment: assignmentFor({ ...e, authorityDueDate: e.authorityDueDate ?? null }),
      });
      const c = existing ?? em.create(Case, { id: newId() });
      Object.assign(c, {
        reportId: e.reportId,
        serial: e.serial,
        disposition: e.disposition,
        origin: e.origin,
        realName: e.realName,
        townId: e.townId,
        decidedAt,
        openedAt,
        updatedAt: now,
      });
      setHandling(c, state);
      if (existing) {
        await em.update(
          Case,
          { id: c.id },
          { disposition: c.disposition, origin: c.origin, realName: c.realName, townId: c.townId, decidedAt, openedAt },
        );
        await updateCase(em, c, existing.handling);
        await writeCaseUnits(em, c.id, state);
      } else {
        await em.insert(Case, c);
        await writeCaseUnits(em, c.id, state);
      }
      await recordHistory(
        em,
        c.id,
        "OPEN",
        null,
        `据分办决定（${e.disposition}）立案办理${existing ? "（重新分办）" : ""}`,
        openedAt,
      );
      await publish(
        em,
        CaseOpened,
        {
          caseId: c.id,
          reportId: c.reportId,
          serial: c.serial,
          handlingUnitId: c.handlingUnitId,
          decidedAt: e.decidedAt,
          openedAt: openedAt.toISOString(),
        },
        now,
      );
      // a case that opens KEY (routed as complex) is graded at its opening: leadership screens on the grade
      if (c.grade === CaseGrade.KEY)
        await publish(
          em,
          CaseGraded,
          {
            caseId: c.id,
            reportId: c.reportId,
            serial: c.serial,
            grade: c.grade,
            // a case is never listed for supervision at its opening
            listed: false,
            supervisingLeaderId: null,
            supervisionDueDate: null,
            at: openedAt.toISOString(),
          },
          now,
        );
      await writeAudit(em, deps.actor, {
        action: "case.open",
        entity: "Case",
        entityId: c.id,
        after: { status: c.status, handlingUnitId: c.handlingUnitId, grade: c.grade },
        note: e.serial,
        at: now,
      });
      return { opened: "CASE", item: c };
    }
    const existing = await em.findOneBy(Transfer, { reportId: e.reportId });
    if (existing && existing.status !== TransferStatus.WITHDRAWN) return { opened: null, why: "该件已移交" };
    const t = existing ?? em.create(Transfer, { id: newId() });
    Object.assign(t, {
      reportId: e.reportId,
      serial: e.serial,
      competentDepartmentId: e.handlingDepartmentId,
      copyToDepartmentId: e.copyToDepartmentId,
      realName: e.realName,
      decidedAt,
      openedAt,
      dueDate: transferFeedbackDue(calendar!, openedAt, deps.settings.transferFeedbackWorkingDays),
      status: TransferStatus.OPEN,
      updatedAt: now,
    });
    await em.save(Transfer, t);
    await publish(
      em,
      TransferOpened,
      {
        transferId: t.id,
        reportId: t.reportId,
        serial: t.serial,
        competentDepartmentId: t.competentDepartmentId,
        copyToDepartmentId: t.copyToDepartmentId,
        dueDate: t.dueDate,
        decidedAt: e.decidedAt,
        openedAt: openedAt.toISOString(),
      },
      now,
    );
    await writeAudit(em, deps.actor, {
      action: "transfer.open",
      entity: "Transfer",
      entityId: t.id,
      after: {
        competentDepartmentId: t.competentDepartmentId,
        copyToDepartmentId: t.copyToDepartmentId,
        dueDate: t.dueDate,
      },
      note: e.serial,
      at: now,
    });
    return { opened: "TRANSFER", item: t };
  });
}

/**
 * Intake withdrew its decision: a case nobody has worked on yet, or an open transfer, is
 * withdrawn; a case already in progress stays, and its history says the decision was withdrawn.
 */
export async function withdrawRouting(deps: CasesDeps, e: ReportReopenedV1): Promise<void> {
  const now = deps.clock.now();
  await transaction(deps, async (em) => {
    const c = await em.findOneBy(Case, { reportId: e.reportId });
    if (c && c.status !== CaseStatus.WITHDRAWN) {
      const before = c.handling;
      const next = withdrawCase(before, e.reason, now);
      if (next) {
        setHandling(c, next);
        c.updatedAt = now;
        await updateCase(em, c, before);
        await recordHistory(em, c.id, "WITHDRAW", null, `受理环节重新研判，案件撤回：${e.reason}`, now);
        await writeAudit(em, deps.actor, {
          action: "case.withdraw",
          entity: "Case",
          entityId: c.id,
          before: { status: before.status },
          after: { status: next.status },
          note: e.reason,
          at: now,
        });
      } else {
        await recordHistory(em, c.id, "NOTE", null, `受理环节重新研判（${e.reason}），但本案已在办理中，继续办理`, now);
      }
    }
    const t = await em.findOneBy(Transfer, { reportId: e.reportId });
    if (t && t.status === TransferStatus.OPEN) {
      await em.update(Transfer, { id: t.id }, { status: TransferStatus.WITHDRAWN, updatedAt: now });
      await writeAudit(em, deps.actor, {
        action: "transfer.withdraw",
        entity: "Transfer",
        entityId: t.id,
        before: { status: t.status },
        after: { status: TransferStatus.WITHDRAWN },
        note: e.reason,
        at: now,
      });
    }
  });
}

/** The case or transfer opened for a report (for tests and the seed). */
export async function openedFor(
  deps: Pick<CasesDeps, "db">,
  reportId: string,
): Promise<{ case: Case | null; transfer: Transfer | null }> {
  const em = reader(deps);
  return { case: await em.findOneBy(Case, { reportId }), transfer: await em.findOneBy(Transfer, { reportId }) };
}
