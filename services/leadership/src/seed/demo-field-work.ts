import type { DataSource } from "typeorm";
import { DAY_MS, SimulatedClock, beijingDate, type AuthUser } from "@prp/kit";
import { Reception } from "../entities/Reception";
import { ScreenedCase } from "../entities/ScreenedCase";
import { TownMeeting } from "../entities/TownMeeting";
import { recordTownMeeting } from "../app/linked-towns";
import { recordCaseVisit, recordReceptionOutcome, scheduleReception } from "../app/receptions";
import type { FieldWorkDeps } from "../app/field-work-ports";

const RECEPTION_PLACE = "市群众来访接待中心";
/** Receptions published ahead, so the public schedule is not empty (days from now). */
const COMING_RECEPTIONS = [7, 14, 21];

/**
 * The demo leaders' field work, through the use cases with a simulated clock: for each leader, a
 * linked town's petition meeting attended (40 and 12 days ago), a public reception held (30 days
 * ago, one report registered there: a demo case's report, known to intake), a case visit with the
 * cases of their town (5 days ago), and receptions published for the coming weeks. Never on
 * today, so a person's record of today is never taken. Done once: skipped when any town meeting
 * or reception exists (a restart, or real work began).
 */
export async function demoFieldWork(
  db: DataSource,
  deps: Omit<FieldWorkDeps, "db" | "actor" | "clock">,
  leaders: AuthUser[],
  log: (line: string) => void,
): Promise<void> {
  if ((await db.getRepository(TownMeeting).count()) > 0 || (await db.getRepository(Reception).count()) > 0) return;
  const now = Date.now();
  const followed = await db.getRepository(ScreenedCase).find({ order: { serial: "ASC" }, take: 50 });
  const as = (leader: AuthUser, daysAgo: number): FieldWorkDeps => ({
    ...deps,
    db,
    actor: leader,
    clock: new SimulatedClock(new Date(now - daysAgo * DAY_MS)),
  });
  const day = (daysAgo: number) => beijingDate(new Date(now - daysAgo * DAY_MS));
  let meetings = 0;
  let receptions = 0;
  let visits = 0;
  for (const [n, leader] of leaders.slice(0, 3).entries()) {
    const town = leader.townIds[0];
    if (town) {
      for (const daysAgo of [40, 12]) {
        await recordTownMeeting(as(leader, daysAgo), {
          townId: town,
          heldOn: day(daysAgo),
          topics: daysAgo > 20 ? ["重复信访化解", "信访积案清理"] : ["群众反映强烈问题排查", "初信初访办理质效"],
          decisions: "建立问题清单和责任清单，由镇（街道）党（工）委书记牵头，逐件明确化解责任人和办结时限。",
        });
        meetings++;
      }
    }
    // held: published a week ahead, its outcome recorded on the day
    const heldOn = day(30 - n);
    const slot = await scheduleReception(as(leader, 37 - n), {
      leaderId: leader.id,
      receptionDate: heldOn,
      startTime: "08:30",
      endTime: "11:30",
      place: RECEPTION_PLACE,
    });
    const report = followed[n]?.reportId;
    await recordReceptionOutcome(as(leader, 30 - n), {
      receptionId: slot.id,
      visitorsReceived: 4 + n,
      reportIds: report ? [report] : [],
      summary: "接待来访群众，逐一登记诉求；对反映的问题当场答复或明确办理单位和时限。",
    });
    receptions++;
    const cases = followed.filter((c) => town && c.townId === town).slice(0, 3);
    const taken = cases.length ? cases : followed.slice(n, n + 1);
    if (town && taken.length) {
      await recordCaseVisit(as(leader, 5 + n), {
        townId: town,
        visitedOn: day(5 + n),
        caseIds: taken.map((c) => c.caseId),
        outcome: "与镇（街道）党（工）委、承办单位共同研究化解措施，当面听取反映人意见，明确了办理时限。",
      });
      visits++;
    }
    for (const ahead of COMING_RECEPTIONS) {
      await scheduleReception(as(leader, 0), {
        leaderId: leader.id,
        receptionDate: day(-(ahead + n)),
        startTime: "08:30",
        endTime: "11:30",
        place: RECEPTION_PLACE,
      });
      receptions++;
    }
  }
  log(`演示领导下访接访数据：${meetings} 次列席专题会议，${receptions} 场公开接访，${visits} 次带案下访`);
}
