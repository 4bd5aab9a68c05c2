import { Between, type DataSource } from "typeorm";
import { DAY_MS, SimulatedClock, beijingDate, callSubgraph, endOfBeijingDay } from "@prp/kit";
import { Campaign } from "../entities/Campaign";
import { ScreenedCase } from "../entities/ScreenedCase";
import { HotspotDimension } from "../domain/analysis";
import { hotspots } from "../app/analysis";
import { noteCampaignProgress, recordCampaignRule, startCampaign } from "../app/campaigns";
import type { LeadershipDeps } from "../app/leadership-deps";
import { intakeFiguresClient } from "../infra/intake-figures-client";
import { placesClient } from "../infra/places-client";
import { intakeReportsClient } from "../infra/intake-reports-client";
import { leaderDirectoryClient } from "../infra/leader-directory-client";
import { readDemoLeaders } from "./demo-ownership";

/** The most recent full Beijing month of `now`: its first and last days. */
export function lastFullMonthOf(now: Date): { from: string; to: string } {
  const firstOfThisMonth = `${beijingDate(now).slice(0, 7)}-01`;
  const to = beijingDate(new Date(Date.parse(`${firstOfThisMonth}T00:00:00+08:00`) - DAY_MS));
  return { from: `${to.slice(0, 7)}-01`, to };
}

/** The rules and systems the demo campaign produced (建章立制). */
const DEMO_RULES = [
  "关于进一步规范农村低保评议公示工作的通知",
  "村级惠民资金发放“双签字”制度",
  "镇（街道）群众身边腐败问题线索快查快办工作办法",
];

/**
 * After the demo ownerships: the leader finds the top hotspot of the last full month by town (the
 * demo data's known spike, found by the analysis itself through intake's figures), and starts a
 * special rectification campaign (专项整治) from it, linking the town's cases of that month, with
 * progress notes and the rules it produced — all through the use cases with a simulated clock.
 * Returns true when there is nothing more to do.
 */
export function demoCampaignFromHotspot(db: DataSource, log: (line: string) => void) {
  return async (deps: Omit<LeadershipDeps, "db" | "actor" | "clock">): Promise<boolean> => {
    if ((await db.getRepository(Campaign).count()) > 0) return true; // already done (or real work began)
    const now = Date.now();
    const month = lastFullMonthOf(new Date(now));
    const clock = new SimulatedClock(new Date(now - 12 * DAY_MS));
    const base = { ...deps, db, clock, intakeFigures: intakeFiguresClient, places: placesClient };
    const analysis = await hotspots({ ...base, actor: null }, { ...month, dimension: HotspotDimension.TOWN, limit: 1 });
    const top = analysis.items[0];
    if (!top || top.count < 5) return false; // intake's demo data is not there yet
    const leaders = await readDemoLeaders(log);
    if (!leaders?.length) return false;
    const leader = leaders.find((l) => l.townIds.includes(top.key)) ?? leaders[0];
    const { town } = await callSubgraph<{ town: { committee: { id: string } | null } | null }>(
      "leadership",
      "directory",
      `query($id: ID!) { town(id: $id) { committee { id } } }`,
      { id: top.key },
    );
    if (!town?.committee) return true; // a directory without town committees: no demo campaign
    const start = new Date(Date.parse(`${month.from}T00:00:00+08:00`));
    const cases = await db.getRepository(ScreenedCase).find({
      where: { townId: top.key, openedAt: Between(start, endOfBeijingDay(month.to)) },
      select: { caseId: true },
      take: 20,
    });
    const as = { ...base, actor: leader, intake: intakeReportsClient, leaders: leaderDirectoryClient };
    const c = await startCampaign(as, {
      topic: `${top.label}群众身边不正之风和腐败问题专项整治`,
      scope: `${top.label}各村（社区）惠民资金发放、低保评定`,
      periodFrom: beijingDate(clock.now()),
      periodTo: beijingDate(new Date(now + 80 * DAY_MS)),
      leadUnitId: town.committee.id,
      reportIds: [],
      caseIds: cases.map((x) => x.caseId),
      hotspot: { dimension: HotspotDimension.TOWN, key: top.key, from: month.from, to: month.to },
    });
    clock.advance(2 * DAY_MS);
    await noteCampaignProgress(as, {
      campaignId: c.id,
      notedOn: beijingDate(clock.now()),
      text: `召开专项整治动员部署会，对${month.from.slice(0, 7)}集中反映的问题逐件建立台账，明确责任人和办结时限。`,
    });
    for (const title of DEMO_RULES) {
      clock.advance(2 * DAY_MS);
      await recordCampaignRule(as, {
        campaignId: c.id,
        title,
        issuingUnit: `中共${top.label}纪律检查委员会`,
        issuedOn: beijingDate(clock.now()),
      });
    }
    clock.advance(DAY_MS);
    await noteCampaignProgress(as, {
      campaignId: c.id,
      notedOn: beijingDate(clock.now()),
      text: "已完成全部村（社区）低保对象复核，清退不符合条件对象，督促整改问题并公开通报典型案例。",
    });
    log(`演示专项整治：由热点“${top.label}”启动，形成制度 ${DEMO_RULES.length} 项`);
    return true;
  };
}
