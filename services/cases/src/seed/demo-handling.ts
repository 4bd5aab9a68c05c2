import type { DataSource } from "typeorm";
import { DAY_MS, Role, SimulatedClock, beijingDate, inTransaction, type AuthUser } from "@prp/kit";
import { Case } from "../entities/Case";
import { CaseGrade, CaseStatus, Finding, HandlingMode, SupervisionLevel, TaskStatus } from "../domain/enums";
import type { CasesDeps, CasesSettings } from "../app/cases-deps";
import type { DirectoryPort } from "../app/ports";
import {
  acceptCase,
  reassignCase,
  closeCase,
  concludeCase,
  gradeCase,
  listCase,
  recordCaseProgress,
  setCaseHandlingMode,
  submitClosingReport,
} from "../app/case-steps";
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
export async function seedDemoHandling(
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
  const officer: AuthUser = {
    id: "demo:petition-office",
    username: "officer",
    displayName: "信访室",
    roles: [Role.PETITION_OFFICER],
    departmentId: null,
    townIds: [],
  };
  const counts: Record<string, number> = {};
  const now = Date.now();
  await inTransaction(db, async (em) => {
    const cases = await em.find(Case, {
      where: { status: CaseStatus.PENDING_ACCEPTANCE },
      order: { openedAt: "ASC" },
      take: DEMO_CASES,
    });
    let i = 0;
    for (const c of cases) {
      if (!c.handlingUnitId) continue;
      const unit = c.handlingUnitId;
      const own = dir.handlers.find((h) => h.departmentId === unit);
      const person = own ?? dir.handlers.find((h) => h.departmentId);
      if (!person) break;
      const handler: AuthUser = {
        id: person.id,
        username: "handler",
        displayName: person.displayName,
        roles: [Role.CASE_HANDLER],
        departmentId: person.departmentId,
        townIds: [],
      };
      const start = Math.min(c.openedAt.getTime() + DAY_MS, now);
      const clock = new SimulatedClock(new Date(start));
      const as = (actor: AuthUser): CasesDeps => ({ db: em, actor, clock, directory, settings });
      // two days between steps, closer together for a case opened lately (never past today)
      const stepMs = Math.min(2 * DAY_MS, (now - start) / 10);
      const step = () => clock.advance(stepMs);
      const plan = i++ % 8;
      // the unit's handler accepts; a unit without a demo account: a leader hands the case to one who has
      if (own) await acceptCase(as(handler), c.id);
      else
        await reassignCase(as(leaderUser), c.id, {
          unitId: person.departmentId!,
          personId: person.id,
          reason: "演示：改由有承办人账号的单位办理",
        });
      const lead = handler.departmentId!;
      if (plan === 1) {
        counts.accepted = (counts.accepted ?? 0) + 1;
        continue;
      }
      step();
      if (plan === 5) {
        const group = dir.stationedGroups[i % Math.max(1, dir.stationedGroups.length)];
        const town = dir.regions.flatMap((r) => r.committees)[
          i % Math.max(1, dir.regions.flatMap((r) => r.committees).length)
        ];
        if (group && town) {
          await setCaseHandlingMode(as(leaderUser), c.id, {
            mode: HandlingMode.JOINT,
            leadUnitId: lead,
            memberUnitIds: [group, town],
          });
          step();
          const task = await addJointTask(as(handler), c.id, {
            unitId: group,
            title: "调取相关账目和会议记录",
            dueDate: beijingDate(new Date(clock.now().getTime() + 10 * DAY_MS)),
            assigneeId: null,
          });
          await addJointTask(as(handler), c.id, {
            unitId: town,
            title: "走访群众，核实反映情况",
            dueDate: beijingDate(new Date(clock.now().getTime() + 5 * DAY_MS)),
            assigneeId: null,
          });
          step();
          await updateJointTask(as(leaderUser), task.id, TaskStatus.DONE, "已调取 2023—2025 年账目");
          counts.joint = (counts.joint ?? 0) + 1;
        }
      } else if (plan === 6) {
        // the unit coordinates in its own town's region, or (an office or group) in any region
        const region =
          dir.regions.find((r) => r.committees.includes(lead)) ??
          (dir.cityWide.includes(lead) ? dir.regions.find((r) => r.committees.length >= 2) : undefined);
        if (region) {
          await setCaseHandlingMode(as(leaderUser), c.id, {
            mode: HandlingMode.REGIONAL_COORDINATION,
            regionId: region.id,
            coordinatingUnitId: lead,
            participatingUnitIds: region.committees.filter((u) => u !== lead).slice(0, 2),
          });
          counts.regional = (counts.regional ?? 0) + 1;
        }
      } else if (plan === 7) {
        if (c.grade !== CaseGrade.KEY) await gradeCase(as(officer), c.id, CaseGrade.KEY);
        await listCase(as(leaderUser), c.id, {
          leaderId: leader.id,
          level: SupervisionLevel.LEADER,
          dueDate: beijingDate(new Date(clock.now().getTime() + 60 * DAY_MS)),
          reason: "群众反映强烈，涉及面广",
        });
        counts.listed = (counts.listed ?? 0) + 1;
      }
      step();
      await recordCaseProgress(as(handler), c.id, { note: "已约谈相关人员，调取书面材料，正在核实。" });
      if (plan !== 3 && plan !== 4) {
        counts.inProgress = (counts.inProgress ?? 0) + 1;
        continue;
      }
      step();
      const report = { text: "办结报告：经核查，反映问题部分属实，已作处理，特此报告。", author: "承办室" };
      // 上级交办: the closing report goes up before the case is concluded
      const handled = await em.findOneByOrFail(Case, { id: c.id });
      if (handled.handling.assignment?.byHigherAuthority) await submitClosingReport(as(handler), c.id, report);
      await concludeCase(as(handler), c.id, {
        finding: FINDINGS[i % 3],
        outcome: "经核查，已责令整改并对相关责任人批评教育。",
      });
      const concluded = await em.findOneByOrFail(Case, { id: c.id });
      if (concluded.handling.assignment && !concluded.handling.assignment.closingReport)
        await submitClosingReport(as(handler), c.id, report);
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
  log(
    `演示办理数据：${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join("，")}`,
  );
}
