import type { DataSource } from "typeorm";
import { SimulatedClock, WorkingCalendar, beijingDate, inTransaction, writeAudit } from "@prp/kit";
import { Report } from "../entities/Report";
import { Escalation } from "../entities/Escalation";
import { SerialCounter } from "../entities/SerialCounter";
import { EscalationStatus } from "../entities/enums";
import { Origin, ReportStatus, Scope } from "../domain/enums";
import { SimilarityIndex, type MinHashSignature } from "../domain/similarity";
import { CHANNEL_LABELS, ORIGIN_LABELS } from "../domain/labels";
import { ensureSerialCounter } from "../app/serial-numbers";
import type { SimilarityPort } from "../app/ports";
import { similarityConfig, similarityIndexFor } from "../infra/similarity-index";
import { mulberry32 } from "./generate-reports";
import { pick } from "./demo-calendar-time";
import { CHANNEL_SHARES, DEMO_SEED, planDemoYear } from "./demo-plan";
import { Agenda, touched, type DemoReport, type DemoYear } from "./demo-year";
import { demoRegistrations, leaderActor, officerActor } from "./demo-registrations";
import { signForDemoReport, signForTime } from "./demo-sign-for";
import { escalateRecentItems, planUrgentEscalation } from "./demo-escalations";
import { planRouting, planTriage } from "./demo-triage";
import { snapshotDirectory } from "./snapshot-directory";
import type { DirectorySnapshot } from "./directory-snapshot";

/**
 * Demo reports (演示数据) for a first start: about 300 items over the last 12 months in the
 * shares a county-level commission sees, replayed through the same use cases as the API with
 * a simulated clock: registration (with its 贴牌 and repeat proposals), sign-for, 呈批,
 * 辨查商定 with its routing events, acceptance notices. Choices are deterministic (seeded);
 * dates are relative to the moment of seeding. The whole year is one transaction: a seed that
 * fails leaves an empty register, and the next start tries again.
 */

export interface DemoReportsResult {
  reports: number;
  byChannel: Record<string, number>;
  forwarded: number;
  realName: number;
  decided: number;
  unsigned: number;
  outOfScope: number;
  distinguished: number;
  pendingEscalations: number;
  ms: number;
}

/** The seed's own similarity index (the register is empty when it starts); it remembers what was added. */
class SeedIndex extends SimilarityIndex {
  readonly added: [string, MinHashSignature][] = [];
  override addSignature(id: string, sig: MinHashSignature): void {
    super.addSignature(id, sig);
    this.added.push([id, sig]);
  }
}

function seedSimilarity(): SimilarityPort & { index: SeedIndex } {
  const config = similarityConfig();
  const index = new SeedIndex(config);
  return { config, index, current: async () => index };
}

/** Writes the demo reports; null when the register is not empty any more (another process seeded first). */
export async function seedDemoReports(
  db: DataSource,
  dir: DirectorySnapshot,
  now = new Date(),
): Promise<DemoReportsResult | null> {
  const started = Date.now();
  if (!dir.towns.length) throw new Error("演示数据需要至少一个镇（街道）");
  const similarity = seedSimilarity();
  const result = await inTransaction(db, async (em) => {
    // one seeder at a time: lock this year's serial counter first, then look at the register
    const thisYear = Number(beijingDate(now).slice(0, 4));
    await ensureSerialCounter({ db: em }, thisYear);
    if (db.options.type !== "better-sqlite3")
      await em.findOne(SerialCounter, { where: { year: thisYear }, lock: { mode: "pessimistic_write" } });
    if ((await em.count(Report)) > 0) return null;

    const r = mulberry32(DEMO_SEED);
    const cal = new WorkingCalendar(dir.calendarOverrides ?? []);
    const year: DemoYear = {
      r,
      dir,
      cal,
      now,
      em,
      similarity,
      clock: new SimulatedClock(now),
      directory: snapshotDirectory(dir),
      agenda: new Agenda(),
      reports: [],
      firstOfGroup: new Map(),
      byId: new Map(),
    };
    const officers = (
      dir.petitionOfficers.length
        ? dir.petitionOfficers
        : [{ id: "", displayName: dir.petitionOffice?.name ?? "信访室" }]
    ).map(officerActor);
    const leaders = dir.leaders.length ? dir.leaders : [{ id: "", displayName: "委领导", townIds: [] }];
    const leaderOf = (townId: string) =>
      leaders.find((l) => l.townIds?.includes(townId)) ??
      leaders[
        Math.max(
          0,
          dir.towns.findIndex((t) => t.id === townId),
        ) % leaders.length
      ];

    const drafts = planDemoYear(r, dir, cal, now);
    year.reports = drafts.map((draft) => ({
      draft,
      officer: pick(r, officers),
      leader: leaderActor(leaderOf(draft.town.id)),
      identity: { idNumber: null, phone: null, address: null },
      report: null,
      plan: null,
      escalationId: null,
      lastAt: null,
    }));

    // registration, then sign-for of items from above, then 呈批 of urgent items and triage
    const registrations = demoRegistrations(year);
    const afterRegistered = (p: DemoReport, at: Date) => {
      p.plan = planRouting(year, p);
      planTriage(year, p, planUrgentEscalation(year, p, at));
    };
    year.reports.forEach((p, n) => {
      const publicForm = registrations.viaPublicForm(p);
      const registeredAt = registrations.registeredAt(p, publicForm);
      year.agenda.at(registeredAt, async () => {
        touched(year, p, await registrations.register(p, publicForm, n));
        year.byId.set(p.report!.id, p);
        if (p.draft.kind !== "independent" && p.draft.group && !year.firstOfGroup.has(p.draft.group))
          year.firstOfGroup.set(p.draft.group, p);
        if (p.draft.origin === Origin.SELF_RECEIVED) return afterRegistered(p, registeredAt);
        const signAt = signForTime(year, p, registeredAt);
        if (signAt)
          year.agenda.at(signAt, async () => {
            await signForDemoReport(year, p);
            afterRegistered(p, signAt);
          });
      });
    });
    await year.agenda.run(year.clock, now);

    const waiting = await em.countBy(Escalation, { status: EscalationStatus.PENDING });
    await escalateRecentItems(year, waiting);

    const rows = await em.find(Report, {
      select: { id: true, channel: true, origin: true, realName: true, status: true, scope: true },
    });
    const count = (f: (x: Report) => boolean) => rows.filter(f).length;
    const stats: Omit<DemoReportsResult, "ms"> = {
      reports: rows.length,
      byChannel: Object.fromEntries(CHANNEL_SHARES.map(([c]) => [c, count((x) => x.channel === c)])),
      forwarded: count((x) => x.origin !== Origin.SELF_RECEIVED),
      realName: count((x) => x.realName),
      decided: count((x) => x.status === ReportStatus.DECIDED),
      unsigned: count((x) => x.status === ReportStatus.UNSIGNED),
      outOfScope: count((x) => x.scope === Scope.OUT_OF_SCOPE),
      distinguished: count((x) => !!x.scope),
      pendingEscalations: await em.countBy(Escalation, { status: EscalationStatus.PENDING }),
    };
    const channelsText = CHANNEL_SHARES.map(([c]) => `${CHANNEL_LABELS[c]} ${stats.byChannel[c]}`).join("、");
    const originsText = [Origin.FORWARDED_FROM_SUPERIOR, Origin.ASSIGNED_BY_SUPERIOR]
      .map((o) => `${ORIGIN_LABELS[o]} ${count((x) => x.origin === o)}`)
      .join("、");
    await writeAudit(em, null, {
      action: "intake.seed",
      entity: "Intake",
      entityId: "demo-reports",
      note: `首次启动：生成演示信访举报 ${stats.reports} 件（${channelsText}；${originsText}；实名 ${stats.realName}；已审定 ${stats.decided}，业务范围外 ${stats.outOfScope}，待签收 ${stats.unsigned}，待领导批示 ${stats.pendingEscalations}）`,
    });
    return stats;
  });
  if (!result) return null;

  // the process's similarity index may already be loaded: make sure it knows the new reports
  const live = await similarityIndexFor(db).current();
  for (const [id, sig] of similarity.index.added) if (!live.has(id)) live.addSignature(id, sig);

  return { ...result, ms: Date.now() - started };
}
