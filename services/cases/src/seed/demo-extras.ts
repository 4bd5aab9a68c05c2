import type { DataSource } from "typeorm";
import { DAY_MS, Role, SimulatedClock, inTransaction, type AuthUser } from "@prp/kit";
import { Case } from "../entities/Case";
import { Transfer } from "../entities/Transfer";
import { CaseStatus, TransferStatus } from "../domain/enums";
import { DEFAULT_LABEL_CONFIG } from "../domain/colour-labels";
import { ContactChannel, ContactKind, ReporterResponse } from "../domain/reporter-loop";
import { SupervisionMode } from "../domain/transfer-supervision";
import type { CasesDeps, CasesSettings } from "../app/cases-deps";
import type { DirectoryPort } from "../app/ports";
import { recordReporterContact } from "../app/reporter-loop";
import { recordTransferFeedback, superviseTransfer, announceOverdueTransfers } from "../app/transfer-feedback";
import { screenLabels } from "../app/colour-labels";
import type { DemoDirectory } from "./demo-directory";

/** The reporter's answers the demo cycles through; a blank is a case whose feedback is still owed. */
const ANSWERS: (ReporterResponse | "OWED")[] = [
  ReporterResponse.SATISFIED,
  ReporterResponse.DISSATISFIED,
  ReporterResponse.BASICALLY_SATISFIED,
  "OWED",
  ReporterResponse.DISSATISFIED,
];

/**
 * Demo data of the reporter loop, transfer supervision and colour labels, through the use cases
 * only, after the demo handling concluded its cases: contacts and result feedback to real-name
 * reporters (satisfied, basically satisfied, dissatisfied, one still owed), transfers fed back by
 * the department's liaison and supervised in each mode, then one screening of every case's label.
 * Each step runs on a simulated clock at a time that has passed.
 */
export async function seedDemoExtras(
  db: DataSource,
  dir: DemoDirectory,
  directory: DirectoryPort,
  settings: CasesSettings,
  log: (line: string) => void,
): Promise<void> {
  const leader = dir.leaders[0];
  if (!leader) return;
  const leaderUser: AuthUser = {
    id: leader.id,
    username: "leader",
    displayName: leader.displayName,
    roles: [Role.LEADER],
    departmentId: null,
    townIds: [],
  };
  const now = new Date();
  const counts: Record<string, number> = {};
  const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
  await inTransaction(db, async (em) => {
    const clock = new SimulatedClock(now);
    const as = (actor: AuthUser): CasesDeps => ({ db: em, actor, clock, directory, settings });
    /** Moves the clock to `at` when it has passed; false (the step is skipped) when it lies ahead. */
    const at = (t: number) => {
      if (t > now.getTime()) return false;
      clock.set(new Date(t));
      return true;
    };

    // the reporter loop: real-name cases the demo handling concluded
    const concluded = await em.find(Case, {
      where: { status: CaseStatus.CONCLUDED, realName: true },
      order: { concludedAt: "ASC" },
    });
    let i = 0;
    for (const c of concluded) {
      const unit = c.responsibleUnitId ?? c.handlingUnitId;
      const person = dir.handlers.find((h) => h.departmentId === unit);
      const handler: AuthUser = {
        id: person?.id ?? "demo-handler",
        username: "handler",
        displayName: person?.displayName ?? "承办人",
        roles: [Role.CASE_HANDLER],
        departmentId: unit,
        townIds: [],
      };
      const answer = ANSWERS[i++ % ANSWERS.length];
      const concludedAt = c.concludedAt!.getTime();
      if (at(concludedAt + DAY_MS / 4)) {
        await recordReporterContact(as(handler), c.id, {
          kind: ContactKind.PROGRESS,
          channel: ContactChannel.PHONE,
          at: clock.now(),
          who: handler.displayName,
          said: "电话告知举报人核查已基本完成，近期将反馈结果。",
        });
        count("progressContacts");
      }
      if (answer === "OWED" || !at(concludedAt + 3 * DAY_MS)) continue;
      await recordReporterContact(as(handler), c.id, {
        kind: ContactKind.RESULT_FEEDBACK,
        channel: i % 2 ? ContactChannel.IN_PERSON : ContactChannel.PHONE,
        at: clock.now(),
        who: handler.displayName,
        said: "向举报人反馈核查结论和处理结果，听取意见。",
        response: answer,
      });
      count(`feedback${answer}`);
      // the second dissatisfied reporter of each ten accepts after another explanation (the label lifts); the others stay 结而不服
      if (answer === ReporterResponse.DISSATISFIED && i % 10 === 5 && at(concludedAt + 8 * DAY_MS)) {
        await recordReporterContact(as(handler), c.id, {
          kind: ContactKind.RESPONSE,
          channel: ContactChannel.IN_PERSON,
          at: clock.now(),
          who: handler.displayName,
          said: "再次当面解释政策依据。",
          response: ReporterResponse.BASICALLY_SATISFIED,
        });
        count("changedMind");
      }
    }

    // transfers: the department feeds back, or the office holding the copy supervises in each mode
    const transfers = await em.find(Transfer, { where: { status: TransferStatus.OPEN }, order: { openedAt: "ASC" } });
    let j = 0;
    for (const t of transfers) {
      if (!t.competentDepartmentId) continue;
      const plan = j++ % 5;
      // a department without a demo account feeds back through its liaison (named for the demo)
      const liaison: AuthUser = {
        id: "demo-liaison",
        username: "liaison",
        displayName: "主管部门联络员",
        roles: [Role.LIAISON],
        departmentId: t.competentDepartmentId,
        townIds: [],
      };
      const copyHandler = dir.handlers.find((h) => h.departmentId === t.copyToDepartmentId);
      const office: AuthUser = copyHandler
        ? {
            id: copyHandler.id,
            username: "handler",
            displayName: copyHandler.displayName,
            roles: [Role.CASE_HANDLER],
            departmentId: t.copyToDepartmentId,
            townIds: [],
          }
        : leaderUser;
      const due = Date.parse(`${t.dueDate}T10:00:00+08:00`);
      const modes = [SupervisionMode.REMINDER, SupervisionMode.LETTER, SupervisionMode.ON_SITE].slice(
        0,
        plan === 0 || plan === 4 ? 0 : plan,
      );
      for (const [k, mode] of modes.entries()) {
        if (!at(due + (1 + 7 * k) * DAY_MS)) break;
        await superviseTransfer(as(office), t.id, {
          mode,
          at: clock.now(),
          note: `${["电话提醒", "发函督促", "到部门现场督促"][k]}主管部门按期反馈办理情况`,
        });
        count(mode);
      }
      // plans 0, 1 and 3 are fed back (after the supervision); 2 and 4 stay overdue
      if (
        (plan === 0 || plan === 1 || plan === 3) &&
        at(plan === 0 ? due - 5 * DAY_MS : due + (2 + 7 * modes.length) * DAY_MS)
      ) {
        await recordTransferFeedback(as(liaison), t.id, {
          content: "已调查核实并处理，相关情况已向反映人说明。",
          attachments: [{ fileName: "办理情况报告.pdf", sizeBytes: 182_340, mimeType: "application/pdf" }],
          at: clock.now(),
        });
        count("transferFeedback");
      }
    }

    // one screening of every case's colour label as of today, and the overdue transfers announced
    const screening = await screenLabels(em, null, now, settings.labels ?? DEFAULT_LABEL_CONFIG);
    for (const c of screening.byColour) counts[c.colour] = c.count;
    counts.overdueTransfers = await announceOverdueTransfers(em, now);
  });
  log(
    `演示沟通反馈、移交督办和色标数据：${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join("，")}`,
  );
}
