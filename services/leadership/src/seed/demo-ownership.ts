import { LessThan, type DataSource } from "typeorm";
import { DAY_MS, Role, SimulatedClock, beijingDate, callSubgraph, type AuthUser } from "@prp/kit";
import { Ownership } from "../entities/Ownership";
import { ScreenedCase } from "../entities/ScreenedCase";
import { CaseStage } from "../domain/enums";
import { claimCase } from "../app/ownership";
import { marshalForces, recordAnalysisSession, recordDisciplineDiscussion, setTargetDate } from "../app/owner-work";
import type { LeadershipDeps } from "../app/leadership-deps";
import { intakeReportsClient } from "../infra/intake-reports-client";
import { leaderDirectoryClient } from "../infra/leader-directory-client";
import { demoFieldWork } from "./demo-field-work";

/** How many demo cases the demo leaders own. */
const DEMO_OWNED = 3;

interface DemoLeader {
  id: string;
  username: string;
  displayName: string;
  linkedTowns: { id: string }[];
}

/** The directory's leaders, asked once over the graph; null when the directory does not answer. */
export async function readDemoLeaders(log: (line: string) => void): Promise<AuthUser[] | null> {
  try {
    const r = await callSubgraph<{ users: { items: DemoLeader[] } }>(
      "leadership",
      "directory",
      `{ users(role: LEADER, active: true, limit: 50) { items { id username displayName linkedTowns { id } } } }`,
    );
    return r.users.items.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      roles: [Role.LEADER],
      departmentId: null,
      townIds: u.linkedTowns.map((t) => t.id),
    }));
  } catch (err) {
    log(`演示包案数据：暂时无法读取组织机构（${(err as Error).message}），稍后再试`);
    return null;
  }
}

/**
 * After a poll of the events: once demo cases are candidates and no case is owned yet, the demo
 * leaders claim a few (a leader takes the cases of their linked towns first), organise a case
 * analysis, discuss the finding and measure, marshal the handling unit and set a target date, all
 * through the use cases with a simulated clock; then their field work (seed/demo-field-work.ts).
 * Returns true when there is nothing more to do.
 */
export function demoOwnershipOnceScreened(db: DataSource, log: (line: string) => void) {
  const claims = demoClaims(db, log);
  return async (deps: Omit<LeadershipDeps, "db" | "actor" | "clock">): Promise<boolean> => {
    if (!(await claims(deps))) return false;
    // then the leaders' field work (town meetings, receptions, case visits), with the cases now followed
    const leaders = await readDemoLeaders(log);
    if (!leaders?.length) return false;
    await demoFieldWork(db, { ...deps, intake: intakeReportsClient, leaders: leaderDirectoryClient }, leaders, log);
    return true;
  };
}

function demoClaims(db: DataSource, log: (line: string) => void) {
  return async (deps: Omit<LeadershipDeps, "db" | "actor" | "clock">): Promise<boolean> => {
    if ((await db.getRepository(Ownership).count()) > 0) return true; // already done (or real work began)
    const now = Date.now();
    // the demo's own cases (opened in the simulated past), never one a person has just routed
    const candidates = await db.getRepository(ScreenedCase).find({
      where: { candidate: true, stage: CaseStage.OPEN, openedAt: LessThan(new Date(now - DAY_MS)) },
      order: { serial: "ASC" },
      take: DEMO_OWNED,
    });
    if (!candidates.length) return false; // the demo cases have not been screened yet
    const leaders = await readDemoLeaders(log);
    if (!leaders?.length) return false;
    const clock = new SimulatedClock(new Date(now - 3 * DAY_MS));
    let n = 0;
    for (const c of candidates) {
      const leader = leaders.find((l) => c.townId && l.townIds.includes(c.townId)) ?? leaders[n % leaders.length];
      const as = { ...deps, db, actor: leader, clock };
      await claimCase(as, { caseId: c.caseId, reasons: c.reasons, note: "演示：领导包案" });
      clock.advance(DAY_MS);
      await recordAnalysisSession(as, {
        caseId: c.caseId,
        heldOn: beijingDate(clock.now()),
        participants: [leader.displayName, "承办室负责人", "信访室负责人"],
        findings: "反映问题具体，线索可查；被反映人有干扰调查的迹象，需同步做好证据固定。",
        mainDirection: "围绕资金往来和审批环节开展核查，必要时提级办理",
      });
      if (c.unitId)
        await marshalForces(as, {
          caseId: c.caseId,
          personIds: [],
          unitIds: [c.unitId],
          task: "抽调骨干力量组成专班，两周内完成初步核实",
        });
      await setTargetDate(as, c.caseId, beijingDate(new Date(now + (20 + 10 * n) * DAY_MS)));
      if (n === 0) {
        clock.advance(DAY_MS);
        await recordDisciplineDiscussion(as, {
          caseId: c.caseId,
          heldOn: beijingDate(clock.now()),
          participants: [leader.displayName, "审理室负责人", "案管室负责人"],
          finding: "初步认定违反廉洁纪律，事实基本清楚。",
          measure: "拟给予党内警告处分，待核实完毕后提交审理。",
        });
      }
      clock.advance(DAY_MS / 4);
      n++;
    }
    log(`演示包案数据：${n} 件领导包案，附案情研判`);
    return true;
  };
}
