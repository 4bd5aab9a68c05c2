import { isDateOnly } from "@prp/kit/core";

/**
 * Rules of the leaders' work outside the cases they own: petition meetings of linked towns
 * (列席专题会议), public receptions (公开接访) and case visits (带案下访). Plain functions, no I/O.
 */

/** Where a public reception stands. */
export enum ReceptionStatus {
  SCHEDULED = "SCHEDULED",
  HELD = "HELD",
  CANCELLED = "CANCELLED",
}

export const RECEPTION_STATUS_LABELS: Record<ReceptionStatus, string> = {
  [ReceptionStatus.SCHEDULED]: "已排期",
  [ReceptionStatus.HELD]: "已接访",
  [ReceptionStatus.CANCELLED]: "已取消",
};

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The longest window of the published schedule one query returns (days). */
export const MAX_SCHEDULE_DAYS = 92;

function textProblems(value: string, label: string, max: number): string[] {
  const t = value.trim();
  if (!t) return [`请填写${label}`];
  if (t.length > max) return [`${label}最多 ${max} 字`];
  return [];
}

function pastDateProblems(date: string, today: string, label: string): string[] {
  if (!isDateOnly(date)) return [`${label}格式应为 YYYY-MM-DD`];
  if (date > today) return [`${label}不能晚于今天`];
  return [];
}

/** Items of a list as stored: trimmed, empty ones dropped, each once. */
export const cleanList = (items: readonly string[]): string[] => [
  ...new Set(items.map((t) => t.trim()).filter(Boolean)),
];

/** Problems with a town petition meeting a leader attended. `today`: Beijing date. */
export function townMeetingProblems(
  m: { heldOn: string; topics: readonly string[]; decisions: string },
  today: string,
): string[] {
  const topics = cleanList(m.topics);
  const p = pastDateProblems(m.heldOn, today, "会议日期");
  if (!topics.length) p.push("请填写至少一项议题");
  if (topics.length > 20) p.push("议题最多 20 项");
  if (topics.some((t) => t.length > 200)) p.push("每项议题最多 200 字");
  return [...p, ...textProblems(m.decisions, "会议决定事项", 5000)];
}

/** Problems with a reception slot to publish: a date not in the past, a start before the end, a place. */
export function receptionSlotProblems(
  s: { receptionDate: string; startTime: string; endTime: string; place: string },
  today: string,
): string[] {
  const p: string[] = [];
  if (!isDateOnly(s.receptionDate)) p.push("接访日期格式应为 YYYY-MM-DD");
  else if (s.receptionDate < today) p.push("接访日期不能早于今天");
  const timesOk = TIME_RE.test(s.startTime) && TIME_RE.test(s.endTime);
  if (!timesOk) p.push("接访时间格式应为 HH:MM");
  else if (s.startTime >= s.endTime) p.push("接访结束时间应晚于开始时间");
  return [...p, ...textProblems(s.place, "接访地点", 200)];
}

/** Problems with what a held reception brought: it has taken place, visitors ≥ the reports registered. */
export function receptionOutcomeProblems(
  r: { receptionDate: string; status: ReceptionStatus },
  o: { visitorsReceived: number; reportIds: readonly string[]; summary: string },
  today: string,
): string[] {
  const p: string[] = [];
  if (r.status === ReceptionStatus.CANCELLED) p.push("该接访已取消，不能登记接访情况");
  if (r.receptionDate > today) p.push("接访日期未到，不能登记接访情况");
  const reports = new Set(o.reportIds);
  if (!Number.isInteger(o.visitorsReceived) || o.visitorsReceived < 0 || o.visitorsReceived > 1000)
    p.push("接待人次应为 0–1000 的整数");
  else if (reports.size > o.visitorsReceived) p.push("登记的举报件数不能多于接待人次");
  if (reports.size > 100) p.push("一次接访最多关联 100 件举报");
  return [...p, ...textProblems(o.summary, "接访情况", 5000)];
}

/** Why a reception may not be cancelled (null: it may). */
export function cancelRefusal(status: ReceptionStatus, reason: string): string | null {
  if (status === ReceptionStatus.HELD) return "该接访已举行，不能取消";
  const t = reason.trim();
  if (t.length < 2) return "请填写取消原因";
  if (t.length > 500) return "取消原因最多 500 字";
  return null;
}

/** Problems with a case visit: a date not in the future, at least one case, the outcome. */
export function caseVisitProblems(
  v: { visitedOn: string; caseIds: readonly string[]; outcome: string },
  today: string,
): string[] {
  const p = pastDateProblems(v.visitedOn, today, "下访日期");
  const cases = new Set(v.caseIds);
  if (!cases.size) p.push("请选择至少一件带案下访的案件");
  if (cases.size > 50) p.push("一次下访最多带 50 件案件");
  return [...p, ...textProblems(v.outcome, "下访结果", 5000)];
}

/** Problems with a window of the published schedule. */
export function scheduleWindowProblems(from: string, to: string): string[] {
  if (!isDateOnly(from) || !isDateOnly(to)) return ["日期格式应为 YYYY-MM-DD"];
  if (from > to) return ["开始日期不能晚于结束日期"];
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000;
  if (days > MAX_SCHEDULE_DAYS) return [`一次最多查询 ${MAX_SCHEDULE_DAYS} 天的接访安排`];
  return [];
}

/** Where a special rectification campaign (专项整治) stands. */
export enum CampaignStatus {
  ACTIVE = "ACTIVE",
  CLOSED = "CLOSED",
}

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  [CampaignStatus.ACTIVE]: "整治中",
  [CampaignStatus.CLOSED]: "已结束",
};

/** Problems with a campaign to start: topic, scope, a period that ends after it starts, at most two years. */
export function campaignProblems(c: {
  topic: string;
  scope: string;
  periodFrom: string;
  periodTo: string;
  reportIds: readonly string[];
  caseIds: readonly string[];
}): string[] {
  const p = [...textProblems(c.topic, "整治主题", 200), ...textProblems(c.scope, "整治范围", 1000)];
  if (!isDateOnly(c.periodFrom) || !isDateOnly(c.periodTo)) p.push("整治期间的日期格式应为 YYYY-MM-DD");
  else if (c.periodFrom > c.periodTo) p.push("整治期间的开始日期不能晚于结束日期");
  else if (Date.parse(c.periodTo) - Date.parse(c.periodFrom) > 731 * 86400_000) p.push("整治期间最长两年");
  if (new Set(c.reportIds).size > 100) p.push("最多关联 100 件举报");
  if (new Set(c.caseIds).size > 100) p.push("最多关联 100 件案件");
  return p;
}

/** Problems with a progress note. */
export function campaignNoteProblems(n: { notedOn: string; text: string }, today: string): string[] {
  return [...pastDateProblems(n.notedOn, today, "进展日期"), ...textProblems(n.text, "进展情况", 5000)];
}

/** Problems with a rule or system produced (制度): title, issuing unit, a date not in the future. */
export function campaignRuleProblems(
  r: { title: string; issuingUnit: string; issuedOn: string },
  today: string,
): string[] {
  return [
    ...textProblems(r.title, "制度名称", 200),
    ...textProblems(r.issuingUnit, "印发单位", 200),
    ...pastDateProblems(r.issuedOn, today, "印发日期"),
  ];
}

/** Why a campaign may not take more work (null: it may). */
export const campaignClosedRefusal = (status: CampaignStatus): string | null =>
  status === CampaignStatus.CLOSED ? "该专项整治已结束，不能再修改" : null;

/** Problems with closing a campaign: it is running, and its results are written. */
export function closeCampaignProblems(status: CampaignStatus, results: string): string[] {
  const refusal = campaignClosedRefusal(status);
  return [...(refusal ? [refusal] : []), ...textProblems(results, "整治成效", 5000)];
}
