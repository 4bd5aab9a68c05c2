import { In } from "typeorm";
import { CampaignClosed, CampaignStarted } from "@prp/contracts";
import {
  MAX_PAGE_SIZE,
  badInput,
  beijingDate,
  conflict,
  newId,
  notFound,
  publish,
  refuseIf,
  snapshot,
  writeAudit,
} from "@prp/kit";
import { Campaign } from "../entities/Campaign";
import { CampaignNote } from "../entities/CampaignNote";
import { CampaignRule } from "../entities/CampaignRule";
import { ScreenedCase } from "../entities/ScreenedCase";
import {
  CampaignStatus,
  campaignClosedRefusal,
  campaignNoteProblems,
  campaignProblems,
  campaignRuleProblems,
  closeCampaignProblems,
} from "../domain/field-work";
import { reader, signedInActor, transaction, type LeadershipDeps } from "./leadership-deps";
import { hotspotSourceProblems } from "../domain/analysis";
import type { FieldWorkDeps } from "./field-work-ports";

export interface CampaignDraft {
  topic: string;
  scope: string;
  periodFrom: string;
  periodTo: string;
  leadUnitId: string;
  reportIds: string[];
  caseIds: string[];
  /** The hotspot it is started from (热点分析), if any. */
  hotspot?: { dimension: string; key: string; from: string; to: string } | null;
}

/**
 * Starts a special rectification campaign (专项整治): the linked reports are checked in intake through
 * the graph, the cases among those this subgraph follows. Announces CampaignStarted. The same topic
 * starting on the same day twice is a CONFLICT.
 */
export async function startCampaign(deps: FieldWorkDeps, d: CampaignDraft): Promise<Campaign> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  const reportIds = [...new Set(d.reportIds)];
  const caseIds = [...new Set(d.caseIds)];
  refuseIf([...campaignProblems({ ...d, reportIds, caseIds }), ...(d.hotspot ? hotspotSourceProblems(d.hotspot) : [])]);
  const found = new Set((await deps.intake.reports(reportIds)).map((r) => r.id));
  const missingReports = reportIds.filter((id) => !found.has(id));
  if (missingReports.length)
    throw badInput(`以下举报件不存在：${missingReports.join("、")}`, { missing: missingReports });
  return transaction(deps, async (em) => {
    const known = caseIds.length
      ? await em.find(ScreenedCase, { where: { caseId: In(caseIds) }, select: { caseId: true } })
      : [];
    const knownIds = new Set(known.map((c) => c.caseId));
    const missingCases = caseIds.filter((id) => !knownIds.has(id));
    if (missingCases.length) throw badInput(`以下案件不存在：${missingCases.join("、")}`, { missing: missingCases });
    const topic = d.topic.trim();
    if (await em.countBy(Campaign, { topic, periodFrom: d.periodFrom }))
      throw conflict(`专项整治“${topic}”（${d.periodFrom} 起）已启动`);
    const c = em.create(Campaign, {
      id: newId(),
      topic,
      scope: d.scope.trim(),
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      leadUnitId: d.leadUnitId,
      status: CampaignStatus.ACTIVE,
      reportIds,
      caseIds,
      results: null,
      startedById: actor.id,
      startedAt: now,
      closedAt: null,
      hotspotDimension: d.hotspot?.dimension ?? null,
      hotspotKey: d.hotspot?.key ?? null,
      hotspotFrom: d.hotspot?.from ?? null,
      hotspotTo: d.hotspot?.to ?? null,
    });
    await em.insert(Campaign, c);
    await writeAudit(em, actor, {
      action: "campaign.start",
      entity: "Campaign",
      entityId: c.id,
      after: snapshot(c),
      note: `启动专项整治：${topic}`,
      at: now,
    });
    await publish(
      em,
      CampaignStarted,
      {
        campaignId: c.id,
        topic,
        periodFrom: c.periodFrom,
        periodTo: c.periodTo,
        leadUnitId: c.leadUnitId,
        reportIds,
        caseIds,
        at: now.toISOString(),
      },
      now,
    );
    return c;
  });
}

async function runningCampaign(em: import("typeorm").EntityManager, id: string): Promise<Campaign> {
  const c = await em.findOneBy(Campaign, { id });
  if (!c) throw notFound("专项整治", id);
  const refusal = campaignClosedRefusal(c.status);
  if (refusal) throw conflict(refusal);
  return c;
}

/** A progress note (整治进展); the same text on the same day twice is recorded once. */
export async function noteCampaignProgress(
  deps: LeadershipDeps,
  d: { campaignId: string; notedOn: string; text: string },
): Promise<CampaignNote> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  refuseIf(campaignNoteProblems(d, beijingDate(now)));
  return transaction(deps, async (em) => {
    await runningCampaign(em, d.campaignId);
    const text = d.text.trim();
    const same = await em.findOneBy(CampaignNote, { campaignId: d.campaignId, notedOn: d.notedOn, text });
    if (same) return same;
    const n = em.create(CampaignNote, {
      id: newId(),
      campaignId: d.campaignId,
      notedOn: d.notedOn,
      text,
      recordedById: actor.id,
      recordedAt: now,
    });
    await em.insert(CampaignNote, n);
    await writeAudit(em, actor, {
      action: "campaign.note",
      entity: "CampaignNote",
      entityId: n.id,
      after: snapshot(n),
      at: now,
    });
    return n;
  });
}

/** A rule or system the campaign produced (建章立制); the same title twice is a CONFLICT. */
export async function recordCampaignRule(
  deps: LeadershipDeps,
  d: { campaignId: string; title: string; issuingUnit: string; issuedOn: string },
): Promise<CampaignRule> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  refuseIf(campaignRuleProblems(d, beijingDate(now)));
  return transaction(deps, async (em) => {
    await runningCampaign(em, d.campaignId);
    const title = d.title.trim();
    if (await em.countBy(CampaignRule, { campaignId: d.campaignId, title })) throw conflict(`制度《${title}》已登记`);
    const r = em.create(CampaignRule, {
      id: newId(),
      campaignId: d.campaignId,
      title,
      issuingUnit: d.issuingUnit.trim(),
      issuedOn: d.issuedOn,
      recordedById: actor.id,
      recordedAt: now,
    });
    await em.insert(CampaignRule, r);
    await writeAudit(em, actor, {
      action: "campaign.rule",
      entity: "CampaignRule",
      entityId: r.id,
      after: snapshot(r),
      note: `专项整治形成制度《${title}》`,
      at: now,
    });
    return r;
  });
}

/** Closes a campaign with its results (整治成效) and announces CampaignClosed; closing it again with the same results changes nothing. */
export async function closeCampaign(deps: LeadershipDeps, id: string, results: string): Promise<Campaign> {
  const actor = signedInActor(deps);
  const now = deps.clock.now();
  return transaction(deps, async (em) => {
    const c = await em.findOneBy(Campaign, { id });
    if (!c) throw notFound("专项整治", id);
    if (c.status === CampaignStatus.CLOSED && c.results === results.trim()) return c;
    refuseIf(closeCampaignProblems(c.status, results));
    const before = snapshot(c);
    Object.assign(c, { status: CampaignStatus.CLOSED, results: results.trim(), closedAt: now });
    await em.save(Campaign, c);
    await writeAudit(em, actor, {
      action: "campaign.close",
      entity: "Campaign",
      entityId: c.id,
      before,
      after: snapshot(c),
      note: `结束专项整治：${c.topic}`,
      at: now,
    });
    const rulesProduced = await em.countBy(CampaignRule, { campaignId: c.id });
    await publish(
      em,
      CampaignClosed,
      { campaignId: c.id, topic: c.topic, results: c.results!, rulesProduced, at: now.toISOString() },
      now,
    );
    return c;
  });
}

/** Campaigns, newest first, optionally of one status. */
export function campaigns(deps: Pick<LeadershipDeps, "db">, status: CampaignStatus | null): Promise<Campaign[]> {
  return reader(deps).find(Campaign, {
    where: status ? { status } : {},
    order: { startedAt: "DESC" },
    take: MAX_PAGE_SIZE,
  });
}
