import type { DataSource } from "typeorm";
import { DAY_MS, Role, SimulatedClock, beijingDate, inTransaction, type AuthUser } from "@prp/kit";
import { Case } from "../entities/Case";
import { CaseGrade, CaseStatus, Finding, HandlingMode, SupervisionLevel } from "../domain/enums";
import type { CasesDeps, CasesSettings } from "../app/cases-deps";
import type { DirectoryPort } from "../app/ports";
import { acceptCase, closeCase, concludeCase, gradeCase, listCase, recordCaseProgress, setCaseHandlingMode, submitClosingReport } from "../app/case-steps";
import { addJointTask, updateJointTask } from "../app/joint-tasks";
import type { DemoDirectory } from "./demo-directory";

/** How many of the opened cases the demo takes further (the rest stay waiting for acceptance). */
const DEMO_CASES = 48;

const FINDINGS = [Finding.SUBSTANTIATED, Finding.PARTLY_SUBSTANTIATED, Finding.UNSUBSTANTIATED];

/**
 * Demo handling, through the use cases only: of the cases the consumer opened from intake's demo
 * routings, the oldest are accepted by a handler of their unit and taken to every state and mode
 * (in progress, concluded, closed, listed for supervision, 室组地 with tasks, 片区协作), each with
 * a simulated clock that starts when the case was opened. All in one transaction.
 */
export async function seedDemoHandling(db: DataSource, dir: DemoDirectory, directory: DirectoryPort, settings: CasesSettings, log: (line: string) => void): Promise<void> {
  const leader = dir.leaders[0];
  if (!leader) return;
  const leaderUser: AuthUser = { id: leader.id, username: "leader", displayName: leader.displayName, roles: [Role.LEADER], departmentId: null, townIds: [] };
  const officer: AuthUser = { id: "demo:petition-office", username: "officer", displayName: "信访室", roles: [Role.PETITION_OFFICER], departmentId: null, townIds: [] };
  const counts: Record<string, number> = {};
  const now = Date.now();
  await inTransaction(db, async (em) => {
    const cases = await em.find(Case, { where: { status: CaseStatus.PENDING_ACCEPTANCE }, order: { openedAt: "ASC" }, take: DEMO_CASES });
    let i = 0;
    for (const c of cases) {
      if (!c.handlingUnitId) continue;
      const unit = c.handlingUnitId;
      const person = dir.handlers.find((h) => h.departmentId === unit);
      // a unit without a demo account still accepts through one of its handlers (named for the demo)
      const handler: AuthUser = { id: person?.id ?? `demo:${unit}`, username: "handler", displayName: person?.displayName ?? "承办人", roles: [Role.CASE_HANDLER], departmentId: unit, townIds: [] };
      const start = Math.min(c.openedAt.getTime() + DAY_MS, now);
      const clock = new SimulatedClock(new Date(start));
      const as = (actor: AuthUser): CasesDeps => ({ db: em, actor, clock, directory, settings });
      // two days between steps, closer together for a case opened lately (never past today)
      const stepMs = Math.min(2 * DAY_MS, (now - start) / 10);
      const step = () => clock.advance(stepMs);
      const plan = i++ % 8;
      await acceptCase(as(handler), c.id);
      if (plan === 1) {
        counts.accepted = (counts.accepted ?? 0) + 1;
        continue;
      }
      step();
      if (plan === 5) {
        const group = dir.stationedGroups[i % Math.max(1, dir.stationedGroups.length)];
        const town = dir.regions.flatMap((r) => r.committees)[i % Math.max(1, dir.regions.flatMap((r) => r.committees).length)];
        if (group && town) {
          await setCaseHandlingMode(as(leaderUser), c.id, { mode: HandlingMode.JOINT, leadUnitId: unit, memberUnitIds: [group, town] });
          step();
          const task = await addJointTask(as(handler), c.id, { unitId: group, title: "调取相关账目和会议记录", dueDate: beijingDate(new Date(clock.now().getTime() + 10 * DAY_MS)), assigneeId: null });
          await addJointTask(as(handler), c.id, { unitId: town, title: "走访群众，核实反映情况", dueDate: beijingDate(new Date(clock.now().getTime() + 5 * DAY_MS)), assigneeId: null });
          step();
          await updateJointTask(as({ ...handler, id: `demo:${group}`, departmentId: group }), task.id, "DONE" as never, "已调取 2023—2025 年账目");
          counts.joint = (counts.joint ?? 0) + 1;
        }
      } else if (plan === 6) {
        const region = dir.regions.find((r) => r.committees.length >= 2);
        if (region) {
          await setCaseHandlingMode(as(leaderUser), c.id, { mode: HandlingMode.REGIONAL_COORDINATION, regionId: region.id, coordinatingUnitId: unit, participatingUnitIds: region.committees.slice(0, 2) });
          counts.regional = (counts.regional ?? 0) + 1;
        }
      } else if (plan === 7) {
        if (c.grade !== CaseGrade.KEY) await gradeCase(as(officer), c.id, CaseGrade.KEY);
        await listCase(as(leaderUser), c.id, { leaderId: leader.id, level: SupervisionLevel.LEADER, dueDate: beijingDate(new Date(clock.now().getTime() + 60 * DAY_MS)), reason: "群众反映强烈，涉及面广" });
        counts.listed = (counts.listed ?? 0) + 1;
      }
      step();
      await recordCaseProgress(as(handler), c.id, { note: "已约谈相关人员，调取书面材料，正在核实。" });
      if (plan !== 3 && plan !== 4) {
        counts.inProgress = (counts.inProgress ?? 0) + 1;
        continue;
      }
      step();
      await concludeCase(as(handler), c.id, { finding: FINDINGS[i % 3], outcome: "经核查，已责令整改并对相关责任人批评教育。" });
      const concluded = await em.findOneByOrFail(Case, { id: c.id });
      if (concluded.handling.assignment) await submitClosingReport(as(handler), c.id, "办结报告：经核查，反映问题部分属实，已作处理，特此报告。");
      // anonymous reports close without feedback; real-name ones wait for the reporter loop
      if (plan === 4 && !concluded.realName) {
        step();
        await closeCase(as(leaderUser), c.id);
        counts.closed = (counts.closed ?? 0) + 1;
      } else {
        counts.concluded = (counts.concluded ?? 0) + 1;
      }
    }
  });
  log(`演示办理数据：${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join("，")}`);
}
