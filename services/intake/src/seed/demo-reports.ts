import type { DataSource, EntityManager } from "typeorm";
import {
  Role, WorkingCalendar, beijingDate, blindIndex, encryptPii, inTransaction, newId, publishEvent, writeAudit,
} from "@prp/kit";
import { Report } from "../entities/Report";
import { ReportSubject } from "../entities/ReportSubject";
import { ReportStep } from "../entities/ReportStep";
import { Escalation } from "../entities/Escalation";
import { SerialCounter } from "../entities/support";
import { EscalationStatus } from "../entities/enums";
import { Channel, CheckFlag, Disposition, NotAcceptableGround, Origin, ProblemCategory, ReportStatus, Scope, TriageStep } from "../domain/enums";
import { applyStep, newTriageState, signForwarded, type CheckPayload, type DecidePayload, type TriageState } from "../domain/triage";
import { acceptanceNoticeDue } from "../domain/deadlines";
import { SimilarityIndex, encodeSignature, signature as minhash, signatureVersion, type MinHashSignature } from "../domain/similarity";
import { findRepeats, normaliseSubjectKey, type RepeatCandidate, type SubjectRef } from "../domain/repeat";
import { formatSerial } from "../domain/serial";
import { residentIdCheckDigit } from "../domain/channel-rules";
import { gradeHint } from "../domain/routing";
import { CHANNEL_LABELS, CHECK_FLAG_LABELS, DISPOSITION_LABELS, NOT_ACCEPTABLE_GROUND_LABELS, ORIGIN_LABELS, SCOPE_LABELS } from "../domain/labels";
import { similarityConfig, similarityIndex } from "../graph/similarity-index";
import { newFollowUpCode, type Proposals } from "../graph/reports";
import { REPORT_ROUTED } from "../graph/TriageResolver";
import {
  generateNoSubstanceReports, generateRepeatSeries, generateReports, mulberry32, type GeneratedReport, type Rng,
} from "./generate-reports";
import type { DirectoryPerson, DirectorySnapshot, DirectoryUnit } from "./directory-snapshot";

/**
 * Demo reports (演示数据) for a first start: about 300 items over the last 12 months in the
 * shares a county-level commission sees (DOMAIN.md, "Volumes"), each carried through the
 * same steps the graph would take — registration with its 贴牌 and repeat proposals, sign-for,
 * 辨查商定 through the pure step machine, escalations, acceptance notices — so that every
 * stored column agrees with what the resolvers would have written. Texts and choices are
 * deterministic (seeded); dates are relative to the moment of seeding.
 */

export const DEMO_REPORT_COUNT = 300;
const DEMO_SEED = 20_261_128;

/** Shares (DOMAIN.md "Volumes"). */
const CHANNEL_SHARES: [Channel, number][] = [[Channel.LETTER, 0.5], [Channel.ONLINE, 0.28], [Channel.VISIT, 0.13], [Channel.PHONE, 0.09]];
const FORWARDED_SHARE = 0.33;
const ASSIGNED_SHARE = 0.12;
const REAL_NAME_SHARE = 0.4;
const OUT_OF_SCOPE_SHARE = 0.25;

const OFFICER_ROLES = [Role.PETITION_OFFICER];
const LEADER_ROLES = [Role.LEADER];

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const BEIJING_OFFSET = 8 * HOUR;

// --- small helpers ---------------------------------------------------------------------

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const chance = (r: Rng, p: number) => r() < p;
function shuffled<T>(r: Rng, xs: readonly T[]): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
function weighted<T>(r: Rng, options: readonly [T, number][]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of options) if ((x -= w) < 0) return v;
  return options[options.length - 1][0];
}

/** An instant at `hours` (fractional) on a Beijing calendar day, to the second. */
const atBeijing = (date: string, hours: number) => new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET + Math.round(hours * 3600) * 1000);
const beijingHours = (t: Date) => (((t.getTime() + BEIJING_OFFSET) % DAY) + DAY) % DAY / HOUR;
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const later = (t: Date, ms: number) => new Date(Math.round((t.getTime() + ms) / 1000) * 1000);

function workingDayOnOrAfter(cal: WorkingCalendar, date: string): string {
  return cal.isWorkingDay(date) ? date : cal.addWorkingDays(date, 1);
}

/**
 * A moment in office hours (8:30–17:00 Beijing) `workingDays` working days after `after`
 * (0: later the same working day when there is time left, else the next one).
 */
function officeMoment(cal: WorkingCalendar, r: Rng, after: Date, workingDays: number): Date {
  const date = workingDayOnOrAfter(cal, cal.addWorkingDays(beijingDate(after), workingDays));
  let t = atBeijing(date, 8.5 + r() * 8.5);
  if (t.getTime() <= after.getTime() + 10 * MIN) {
    t = later(after, (15 + r() * 60) * MIN);
    if (beijingDate(t) !== date || beijingHours(t) > 17.5 || !cal.isWorkingDay(t)) {
      t = atBeijing(cal.addWorkingDays(beijingDate(after), 1), 8.5 + r() * 2);
    }
  }
  return t;
}

/** Letters, visits, calls and forwarded items arrive in office hours on a working day, before `latest`. */
function snapToOffice(cal: WorkingCalendar, r: Rng, t: Date, latest: Date): Date {
  let at = atBeijing(workingDayOnOrAfter(cal, beijingDate(t)), 8.5 + r() * 8.5);
  let day = beijingDate(latest);
  while (at.getTime() > latest.getTime()) {
    // step back to the last working day whose office hours lie before `latest`
    day = shiftDate(day, -1);
    while (!cal.isWorkingDay(day)) day = shiftDate(day, -1);
    at = atBeijing(day, 8.5 + r() * 8.5);
  }
  return at;
}

// --- people ----------------------------------------------------------------------------

interface Identity {
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

const REGION_CODES = ["370285", "370285", "370285", "370285", "370283", "370281", "370214"]; // 莱西 mostly, some 平度, 胶州, 城阳
const mobile = (r: Rng) => `1${pick(r, ["3", "5", "7", "8", "9"])}${int(r, 0, 9)}${String(int(r, 0, 99_999_999)).padStart(8, "0")}`;

/** A made-up resident ID with a correct GB 11643 check digit. */
function residentId(r: Rng): string {
  const birth = `${int(r, 1952, 1998)}${String(int(r, 1, 12)).padStart(2, "0")}${String(int(r, 1, 28)).padStart(2, "0")}`;
  const first17 = `${pick(r, REGION_CODES)}${birth}${String(int(r, 1, 999)).padStart(3, "0")}`;
  return first17 + residentIdCheckDigit(first17);
}

// --- report content --------------------------------------------------------------------

const TOPICS: [RegExp, string][] = [
  [/低保/, "违规办理低保、优亲厚友"],
  [/征地|补偿款|青苗/, "截留冒领征地补偿款"],
  [/工程|招标/, "插手工程项目、收受好处费"],
  [/大吃大喝|购物卡|公车|送礼|干股|名烟名酒|红包/, "违规吃喝、收受礼品礼金"],
  [/婚礼|酒席|宴席/, "大操大办、借机敛财"],
  [/集体|账目|变卖/, "侵占集体资产、村务不公开"],
  [/危房|补贴|补助|救灾|扶贫|公益岗位|宅基地/, "优亲厚友、索要好处费"],
  [/态度|不在岗|推诿|刁难|弄虚作假|吃拿卡要/, "作风不实、推诿扯皮"],
  [/赌博|不正当关系|酒后|醉酒/, "违反生活纪律"],
  [/选举|拉票|发展党员|党员大会/, "拉票贿选、违规发展党员"],
  [/工资/, "拖欠工人工资"],
  [/物业/, "物业乱收费"],
  [/噪音|粉尘|污染/, "环境污染扰民"],
  [/法院|判决|执行|派出所|司法所|纠纷/, "诉讼纠纷处理"],
];

/** The matter the text raises first, for the clerk's summary (摘要). */
function topicOf(text: string, category: string): string {
  if (category === ProblemCategory.LAW_AND_LITIGATION) return "诉讼纠纷处理不公";
  let best: { at: number; topic: string } | null = null;
  for (const [re, topic] of TOPICS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, topic };
  }
  if (best) return best.topic;
  return category === ProblemCategory.LAW_AND_LITIGATION ? "诉讼纠纷处理" : "违纪违法";
}

const LITIGATION = /派出所|执行|法院|判决|法庭|司法所/;

/** Competent departments (by a word of their name) for the matters outside the commission's scope. */
const COMPETENT_BY_MATTER: [RegExp, string[]][] = [
  [/工资|劳务|工人/, ["人力资源", "人社"]],
  [/物业|搅拌站|危房/, ["住房", "住建"]],
  [/石料厂|宅基地|土地/, ["自然资源"]],
  [/养殖场|耕地|种粮|农田/, ["农业农村"]],
  [/低保|残疾|救灾|养老|取暖/, ["民政"]],
  [/医保/, ["医疗保障", "卫生健康"]],
  [LITIGATION, ["公安", "司法"]],
  [/学校|教师|教育/, ["教育"]],
];

const RANKS: [RegExp, string][] = [[/副镇长|党委副书记|副局长/, "副科级"], [/所长|站长|主任|队长|科长/, "股级"], [/工作人员|副科长/, "科员"]];

// --- the plan of one report -----------------------------------------------------------------

type Kind = "independent" | "templated" | "repeat" | "noSubstance";

interface Draft {
  g: GeneratedReport;
  kind: Kind;
  /** Templated cluster or repeat series; null for an independent report. */
  group: string | null;
  town: DirectoryUnit;
  text: string;
  subjectUnit: string;
  origin: Origin;
  channel: Channel;
  realName: boolean;
  outOfScope: boolean;
  receivedAt: Date;
  urgent: boolean;
  /** Forwarded items: signed late (next working day), or not signed yet. */
  signing: "sameDay" | "late" | "notYet";
  /** Triage stopped at this status (a backlog item); null: it went as far as time allowed. */
  haltAt: ReportStatus | null;
}

interface Plan {
  disposition: Disposition;
  handlingDepartmentId: string | null;
  handlingName: string | null;
  opinion: string;
}

interface Planned {
  id: string;
  draft: Draft;
  /** Where the report is heading before 查 has spoken (for a drafted routing opinion). */
  plan: Plan | null;
  serial: string;
  leader: DirectoryPerson;
  officer: DirectoryPerson;
  decidedAt: Date | null;
  disposition: Disposition | null;
  handlingDepartmentId: string | null;
}

interface StepRow {
  reportId: string;
  step: string;
  actorId: string | null;
  actorName: string;
  at: Date;
  summary: string;
}

interface RoutedEvent {
  at: Date;
  payload: Record<string, unknown>;
}

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

const rank = (post: string) => RANKS.find(([re]) => re.test(post))?.[1] ?? null;

/**
 * Writes the demo reports in one transaction (nothing when the register is not empty any
 * more); returns what was made, or null when another process seeded first.
 */
export async function seedDemoReports(db: DataSource, dir: DirectorySnapshot, now = new Date()): Promise<DemoReportsResult | null> {
  const started = Date.now();
  if (!dir.towns.length) throw new Error("演示数据需要至少一个镇（街道）");
  const r = mulberry32(DEMO_SEED);
  const cal = new WorkingCalendar(dir.calendarOverrides ?? []);
  const cfg = similarityConfig();
  const version = signatureVersion(cfg);

  const officers: DirectoryPerson[] = dir.petitionOfficers.length ? dir.petitionOfficers : [{ id: "", displayName: dir.petitionOffice?.name ?? "信访室" }];
  const leaders = dir.leaders.length ? dir.leaders : [{ id: "", displayName: "委领导", townIds: [] }];
  const petitionOfficeName = dir.petitionOffice?.name ?? "信访室";
  const caseOfficeName = dir.caseSupervisionOffice?.name ?? "案件监督管理室";
  const copyable = dir.competentDepartments.filter((d) => d.copyTo);

  // 1. texts: independent reports, templated clusters (贴牌), repeat series (one subject again and again), bare accusations
  const pool = generateReports({ seed: DEMO_SEED, independentCount: 280, clusterCount: 8, minClusterSize: 3, maxClusterSize: 6 });
  const seriesSizes = [int(r, 6, 8), 5, 4, 3, 3, 2, 2];
  const series = seriesSizes.map((count, i) => generateRepeatSeries({ seed: DEMO_SEED + 1 + i, count }));
  const bare = generateNoSubstanceReports(6, DEMO_SEED + 100);
  const clustered = pool.filter((g) => g.clusterId);
  const fixedCount = clustered.length + series.flat().length + bare.length;
  const independents = pool.filter((g) => !g.clusterId).slice(0, Math.max(0, DEMO_REPORT_COUNT - fixedCount));
  const texts: { g: GeneratedReport; kind: Kind; group: string | null }[] = [
    ...independents.map((g) => ({ g, kind: "independent" as const, group: null })),
    ...clustered.map((g) => ({ g, kind: "templated" as const, group: g.clusterId })),
    ...series.flatMap((s, i) => s.map((g) => ({ g, kind: "repeat" as const, group: `S${i + 1}` }))),
    ...bare.map((g) => ({ g, kind: "noSubstance" as const, group: null })),
  ];
  const n = texts.length;

  // 2. the generator's towns onto the directory's: same name, else to the town with the fewest reports so far
  //    (a templated cluster or a repeat series stays in one town); the texts then name the directory's town
  const townByName = new Map(dir.towns.map((t) => [t.name, t]));
  const load = new Map(dir.towns.map((t) => [t.id, 0]));
  const townOf: DirectoryUnit[] = texts.map((t) => townByName.get(t.g.town)!);
  townOf.forEach((t) => t && load.set(t.id, load.get(t.id)! + 1));
  const toPlace = new Map<string, number[]>();
  texts.forEach((t, i) => !townOf[i] && toPlace.set(t.group ?? `#${i}`, [...(toPlace.get(t.group ?? `#${i}`) ?? []), i]));
  for (const members of toPlace.values()) {
    const town = dir.towns.reduce((best, t) => (load.get(t.id)! < load.get(best.id)! ? t : best));
    members.forEach((i) => (townOf[i] = town));
    load.set(town.id, load.get(town.id)! + members.length);
  }
  const retown = (s: string, from: string, to: DirectoryUnit) => (to.name === from ? s : s.split(from).join(to.name));

  // 3. shares, drawn as exact counts and shuffled over the reports
  const order = shuffled(r, texts.map((_, i) => i));
  const origins: Origin[] = new Array(n).fill(Origin.SELF_RECEIVED);
  const forwardedCount = Math.round(n * FORWARDED_SHARE);
  const assignedCount = Math.round(n * ASSIGNED_SHARE);
  order.slice(0, forwardedCount).forEach((i) => (origins[i] = Origin.FORWARDED_FROM_SUPERIOR));
  order.slice(forwardedCount, forwardedCount + assignedCount).forEach((i) => (origins[i] = Origin.ASSIGNED_BY_SUPERIOR));

  const channels: Channel[] = new Array(n);
  const counts = CHANNEL_SHARES.map(([c, share]) => [c, Math.round(n * share)] as const);
  const visitCount = counts.find(([c]) => c === Channel.VISIT)![1];
  // visitors come to us: visits are self-received
  const selfIdx = shuffled(r, texts.map((_, i) => i).filter((i) => origins[i] === Origin.SELF_RECEIVED && texts[i].kind !== "templated"));
  selfIdx.slice(0, visitCount).forEach((i) => (channels[i] = Channel.VISIT));
  const rest = shuffled(r, counts.filter(([c]) => c !== Channel.VISIT).flatMap(([c, k]) => new Array<Channel>(k).fill(c)));
  let k = 0;
  for (const i of shuffled(r, texts.map((_, j) => j).filter((j) => !channels[j]))) channels[i] = rest[k++] ?? Channel.LETTER;

  // real name: only reports that are signed with the reporter's name; the repeat reporters first
  const signed = texts.map((t, i) => (t.g.text.includes(t.g.reporterName) && t.kind !== "noSubstance" ? i : -1)).filter((i) => i >= 0);
  const firstOfSeries = new Set(series.map((s) => s[0].reporterName));
  const realNameOrder = [...signed.filter((i) => texts[i].kind === "repeat" && firstOfSeries.has(texts[i].g.reporterName)), ...shuffled(r, signed.filter((i) => !(texts[i].kind === "repeat" && firstOfSeries.has(texts[i].g.reporterName))))];
  const realName = new Set(realNameOrder.slice(0, Math.round(n * REAL_NAME_SHARE)));

  // outside scope: litigation and other matters, then some benefit and service complaints that belong to a department
  const outOfScope = new Set<number>();
  if (copyable.length) {
    texts.forEach((t, i) => {
      if (t.g.category === ProblemCategory.LAW_AND_LITIGATION || t.g.category === ProblemCategory.OTHER) outOfScope.add(i);
    });
    const wanted = Math.round(n * OUT_OF_SCOPE_SHARE);
    const extra = shuffled(r, texts.map((t, i) => (t.kind === "independent" && !outOfScope.has(i) && [ProblemCategory.WORK_DISCIPLINE, ProblemCategory.MASS_DISCIPLINE].includes(t.g.category) && matterDepartment(t.g.text, t.g.category) ? i : -1)).filter((i) => i >= 0));
    for (const i of extra) {
      if (outOfScope.size >= wanted) break;
      outOfScope.add(i);
    }
  }

  // 4. when each came in: spread over the last 12 months; 贴牌 copies within days of each other; repeats spaced out
  const earliest = now.getTime() - 364 * DAY;
  const latestIn = new Date(now.getTime() - HOUR);
  const times: number[] = new Array(n);
  const anchor = (span: number) => earliest + r() * Math.max(0, latestIn.getTime() - earliest - span);
  const groups = new Map<string, number[]>();
  texts.forEach((t, i) => t.group && groups.set(t.group, [...(groups.get(t.group) ?? []), i]));
  texts.forEach((t, i) => {
    if (!t.group) times[i] = anchor(0);
  });
  for (const [group, members] of groups) {
    if (group.startsWith("S")) {
      const gaps = members.map((_, j) => (j === 0 ? 0 : (20 + r() * 40) * DAY));
      const span = gaps.reduce((a, b) => a + b, 0);
      let t = anchor(Math.min(span, 330 * DAY));
      const scale = span > 330 * DAY ? (330 * DAY) / span : 1;
      members.forEach((i, j) => (times[i] = t += gaps[j] * scale));
    } else {
      const t0 = anchor(16 * DAY);
      members.forEach((i, j) => (times[i] = t0 + (j === 0 ? 0 : r() * 15 * DAY)));
    }
  }
  const drafts: Draft[] = texts.map((t, i) => {
    const town = townOf[i];
    const office = channels[i] !== Channel.ONLINE || origins[i] !== Origin.SELF_RECEIVED;
    const raw = new Date(Math.round(times[i] / 1000) * 1000);
    return {
      ...t,
      town,
      text: retown(t.g.text, t.g.town, town),
      subjectUnit: retown(t.g.subjectUnit, t.g.town, town),
      origin: origins[i],
      channel: channels[i],
      realName: realName.has(i),
      outOfScope: outOfScope.has(i),
      receivedAt: office ? snapToOffice(cal, r, raw, latestIn) : raw,
      urgent: false,
      signing: "sameDay",
      haltAt: null,
    };
  });
  // sort by arrival (the register's order); one second apart at least so the order is unambiguous
  drafts.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  for (let i = 1; i < drafts.length; i++) {
    if (drafts[i].receivedAt.getTime() <= drafts[i - 1].receivedAt.getTime()) drafts[i].receivedAt = later(drafts[i - 1].receivedAt, 1000);
  }
  const indexesWhere = (pred: (d: Draft) => boolean) => drafts.map((d, j) => (pred(d) ? j : -1)).filter((j) => j >= 0);
  const workingDaysOld = (d: Draft) => cal.workingDaysBetween(beijingDate(d.receivedAt), beijingDate(now));
  // a few urgent items (紧急事项) went to a leader at once
  for (const i of shuffled(r, indexesWhere((d) => now.getTime() - d.receivedAt.getTime() > 20 * DAY && d.kind === "independent" && !d.outOfScope)).slice(0, 5)) drafts[i].urgent = true;
  // forwarded items are signed the day they arrive, but a couple were signed late and the latest ones wait
  const forwardedIdx = indexesWhere((d) => d.origin !== Origin.SELF_RECEIVED);
  for (const i of shuffled(r, forwardedIdx.filter((j) => now.getTime() - drafts[j].receivedAt.getTime() > 30 * DAY)).slice(0, 3)) drafts[i].signing = "late";
  for (const i of forwardedIdx.slice(-2)) drafts[i].signing = "notYet";
  for (const i of forwardedIdx.filter((j) => now.getTime() - drafts[j].receivedAt.getTime() < 30 * HOUR)) if (chance(r, 0.5)) drafts[i].signing = "notYet";
  // a small backlog: the latest self-received item is not yet distinguished; a few from the last weeks stopped half-way
  const ownIdx = indexesWhere((d) => d.origin === Origin.SELF_RECEIVED && !d.urgent);
  if (ownIdx.length) drafts[ownIdx[ownIdx.length - 1]].haltAt = ReportStatus.REGISTERED;
  const backlog = shuffled(r, ownIdx.filter((j) => drafts[j].kind === "independent" && workingDaysOld(drafts[j]) >= 10 && workingDaysOld(drafts[j]) <= 25));
  [ReportStatus.DISTINGUISHED, ReportStatus.DISTINGUISHED, ReportStatus.CHECKED, ReportStatus.CHECKED].forEach((status, j) => {
    if (backlog[j] !== undefined) drafts[backlog[j]].haltAt = status;
  });

  // 5. serial numbers per year in arrival order, continuing any counter already there
  const counterRows = await db.getRepository(SerialCounter).find();
  const lastSeq = new Map(counterRows.map((c) => [c.year, c.lastSeq]));
  const startSeq = new Map(lastSeq);

  // 6. registration, sign-for and triage, report by report in arrival order
  const index = new SimilarityIndex(cfg);
  const subjectsByKey = new Map<string, { reportId: string; subject: SubjectRef }[]>();
  const known = new Map<string, RepeatCandidate & { planned: Planned }>();
  const reportRows: Record<string, unknown>[] = [];
  const subjectRows: Record<string, unknown>[] = [];
  const stepRows: StepRow[] = [];
  const escalationRows: Record<string, unknown>[] = [];
  const events: RoutedEvent[] = [];
  const signatures: [string, MinHashSignature][] = [];
  const people = new Map<string, Identity>();
  const referenceSeq = new Map<string, number>();
  const firstOfGroup = new Map<string, Planned>();
  const lastAt = new Map<string, Date>();
  const stats = { decided: 0, unsigned: 0, outOfScope: 0, distinguished: 0, pendingEscalations: 0 };

  const step = (reportId: string, name: string, actor: DirectoryPerson | null, at: Date, summary: string) => {
    stepRows.push({ reportId, step: name, actorId: actor?.id || null, actorName: actor ? actor.displayName : "系统", at, summary });
    if (!lastAt.has(reportId) || lastAt.get(reportId)!.getTime() < at.getTime()) lastAt.set(reportId, at);
  };
  const committeeOf = (town: DirectoryUnit) => dir.townCommittees.find((c) => c.townId === town.id) ?? null;
  const townIndex = (town: DirectoryUnit) => Math.max(0, dir.towns.findIndex((t) => t.id === town.id));
  const officeFor = (town: DirectoryUnit) => (dir.supervisionOffices.length ? dir.supervisionOffices[townIndex(town) % dir.supervisionOffices.length] : null);
  const leaderFor = (town: DirectoryUnit) => leaders.find((l) => l.townIds?.includes(town.id)) ?? leaders[townIndex(town) % leaders.length];
  const deptByUnitName = new Map(dir.competentDepartments.map((d) => [d.name, d]));

  for (const d of drafts) {
    const id = newId();
    const year = Number(beijingDate(d.receivedAt).slice(0, 4));
    const seq = (lastSeq.get(year) ?? 0) + 1;
    lastSeq.set(year, seq);
    const serial = formatSerial(year, seq);
    const officer = pick(r, officers);
    const leader = leaderFor(d.town);
    const planned: Planned = { id, draft: d, plan: null, serial, leader, officer, decidedAt: null, disposition: null, handlingDepartmentId: null };
    const g = d.g;

    // reporter
    let identity: Identity = { idNumber: null, phone: null, address: null };
    if (d.realName) {
      const before = people.get(g.reporterName);
      const inText = /1[3-9]\d{9}/.exec(d.text.slice(d.text.lastIndexOf(g.reporterName)))?.[0] ?? null;
      identity = before ?? {
        idNumber: chance(r, 0.85) ? residentId(r) : null,
        phone: inText ?? (chance(r, 0.9) ? mobile(r) : null),
        address: chance(r, 0.6) ? `山东省莱西市${d.town.name}${g.village}${int(r, 1, 260)}号` : null,
      };
      if (!identity.phone && !identity.address) identity = { ...identity, phone: mobile(r) };
      people.set(g.reporterName, identity);
    }

    // subject
    const cityUnit = g.level === "city" ? deptByUnitName.get(d.subjectUnit) ?? null : null;
    const subject = {
      name: g.subjectName,
      post: g.subjectPost,
      unitId: cityUnit?.id ?? null,
      rank: g.level === "village" ? null : rank(g.subjectPost),
      townId: g.level === "city" ? null : d.town.id,
    };
    const summary = (
      g.category === ProblemCategory.OTHER
        ? `反映${topicOf(d.text, g.category)}问题（涉及${d.subjectUnit}${g.subjectPost}${g.subjectName}）`
        : d.kind === "noSubstance"
          ? `反映${d.subjectUnit}${g.subjectPost}${g.subjectName}存在违纪违法问题`
          : `反映${d.subjectUnit}${g.subjectPost}${g.subjectName}${topicOf(d.text, g.category)}等问题`
    ).slice(0, 500);

    // registration proposals, exactly as registerReport makes them: 贴牌 by the similarity index, repeats by subject
    const sig = minhash(`${summary}\n${d.text}`, cfg);
    const templated = index.querySignature(sig, { threshold: cfg.threshold, limit: 20 }).matches;
    const key = normaliseSubjectKey({ name: subject.name, unitId: subject.unitId }).slice(0, 200);
    const hits = subjectsByKey.get(key) ?? [];
    const earlierIds = [...new Set(hits.map((h) => h.reportId))];
    const repeatOf = earlierIds.length
      ? findRepeats(
          { id: "new", subjects: [{ name: subject.name, unitId: subject.unitId, townId: subject.townId, post: subject.post }], townId: d.town.id, category: g.category, signature: sig },
          earlierIds.map((rid) => ({ ...known.get(rid)!, subjects: hits.filter((h) => h.reportId === rid).map((h) => h.subject) })),
        ).reportIds
      : [];
    const proposals: Proposals = { templatedWith: templated.map((m) => ({ id: m.id, similarity: Math.round(m.similarity * 1000) / 1000 })), repeatOf };
    index.addSignature(id, sig);
    signatures.push([id, sig]);
    subjectsByKey.set(key, [...hits, { reportId: id, subject: { name: subject.name, unitId: subject.unitId, townId: subject.townId, post: subject.post } }]);
    known.set(id, { id, subjects: [], townId: d.town.id, category: g.category, signature: sig, receivedAt: d.receivedAt, planned });
    subjectRows.push({ id: newId(), reportId: id, name: subject.name.trim(), post: subject.post?.trim() || null, unitId: subject.unitId, rank: subject.rank, townId: subject.townId, subjectKey: key });

    // channel details, as registerReport writes them
    const publicSubmission = d.channel === Channel.ONLINE && d.origin === Origin.SELF_RECEIVED && chance(r, 0.7);
    const channelDetails = {
      visitorCount: d.channel === Channel.VISIT ? (chance(r, 0.8) ? 1 : chance(r, 0.7) ? int(r, 2, 5) : int(r, 6, 15)) : null,
      receivingStaff: d.channel === Channel.VISIT ? shuffled(r, officers).slice(0, int(r, 1, 2)).map((o) => o.displayName) : null,
      callerNumberEnc: d.channel === Channel.PHONE ? encryptPii(identity.phone ?? (chance(r, 0.7) ? mobile(r) : `0532-8${String(int(r, 0, 9_999_999)).padStart(7, "0")}`)) : null,
      callTime: d.channel === Channel.PHONE ? d.receivedAt : null,
      postmarkDate: d.channel === Channel.LETTER ? shiftDate(beijingDate(d.receivedAt), -int(r, 1, 4)) : null,
      submittedAt: d.channel === Channel.ONLINE ? d.receivedAt : null,
    };
    const attachments = d.channel === Channel.LETTER && chance(r, 0.4)
      ? [{ fileName: "来信原件扫描件.pdf", mimeType: "application/pdf", size: int(r, 180_000, 2_400_000) }]
      : d.channel === Channel.ONLINE && chance(r, 0.15)
        ? Array.from({ length: int(r, 1, 3) }, (_, j) => ({ fileName: `现场照片${j + 1}.jpg`, mimeType: "image/jpeg", size: int(r, 300_000, 4_000_000) }))
        : [];

    // forwarding authority and its reference (转办单编号)
    let forwardingAuthority: string | null = null;
    let forwardingReference: string | null = null;
    if (d.origin !== Origin.SELF_RECEIVED) {
      const [authority, abbr] = weighted(r, [[["青岛市纪委监委", "青纪"], 70], [["山东省纪委监委", "鲁纪"], 24], [["中央纪委国家监委", "中纪"], 6]] as [[string, string], number][]);
      const kindChar = d.origin === Origin.ASSIGNED_BY_SUPERIOR ? "交" : "转";
      const refKey = `${abbr}${kindChar}${year}`;
      const refSeq = (referenceSeq.get(refKey) ?? int(r, 20, 300)) + int(r, 1, 25);
      referenceSeq.set(refKey, refSeq);
      forwardingAuthority = authority;
      forwardingReference = `${abbr}信${kindChar}〔${year}〕${refSeq}号`;
    }

    // registration
    const createdAt = publicSubmission || d.origin !== Origin.SELF_RECEIVED
      ? d.receivedAt
      : d.channel === Channel.LETTER || d.channel === Channel.ONLINE
        ? later(d.receivedAt, int(r, 10, 90) * MIN)
        : later(d.receivedAt, int(r, 5, 30) * MIN);
    let acceptanceDueDate = acceptanceNoticeDue(cal, d.receivedAt, { realName: d.realName, isRepeat: false })?.dueDate ?? null;
    const originText = d.origin === Origin.SELF_RECEIVED ? "本级自收" : `上级转来（${forwardingAuthority} ${forwardingReference}）`;
    step(id, "REGISTER", publicSubmission ? null : officer, createdAt, `登记 ${serial}：${originText}，${CHANNEL_LABELS[d.channel]}`);

    let state: TriageState = newTriageState(d.origin);
    let signedAt: Date | null = null;
    let cursor = createdAt;
    const row: Record<string, unknown> = {};

    // sign-for: the same day as a rule; the last few forwarded items wait; a few were signed late
    if (d.origin !== Origin.SELF_RECEIVED && d.signing !== "notYet") {
      const late = d.signing === "late";
      let at = late
        ? atBeijing(cal.addWorkingDays(beijingDate(d.receivedAt), 1), 8.5 + r() * 2)
        : later(d.receivedAt, int(r, 10, 150) * MIN);
      if (!late && beijingDate(at) !== beijingDate(d.receivedAt)) at = atBeijing(beijingDate(d.receivedAt), 23);
      if (at.getTime() < now.getTime()) {
        state = signForwarded(state, OFFICER_ROLES);
        signedAt = at;
        cursor = at;
        step(id, "SIGN", officer, at, beijingDate(at) > beijingDate(d.receivedAt) ? "签收（未能当天签收）" : "当天签收");
      }
    }

    // 紧急事项呈批 (urgent items went to the leader at once, with a drafted routing opinion)
    const plan = (planned.plan = planDecision(planned));
    if (d.urgent && state.status === ReportStatus.REGISTERED) {
      const draftedAt = later(cursor, int(r, 15, 45) * MIN);
      const decidedAt = later(draftedAt, int(r, 60, 300) * MIN);
      const draftOpinion = `拟${DISPOSITION_LABELS[plan.disposition]}${plan.handlingName ? `（${plan.handlingName}）` : ""}：${plan.opinion}`;
      const approve = chance(r, 0.7);
      const leaderOpinion = approve ? (chance(r, 0.5) ? "同意。" : null) : `同意${DISPOSITION_LABELS[plan.disposition]}，请${caseOfficeName}跟踪督办，每周报告进展。`;
      if (draftedAt.getTime() < now.getTime()) {
        const decided = decidedAt.getTime() < now.getTime();
        escalationRows.push({
          id: newId(), reportId: id, draftOpinion, draftedById: officer.id, draftedAt, leaderId: leader.id,
          status: decided ? (approve ? EscalationStatus.APPROVED : EscalationStatus.AMENDED) : EscalationStatus.PENDING,
          leaderOpinion: decided ? leaderOpinion : null, decidedById: decided ? leader.id : null, decidedAt: decided ? decidedAt : null,
        });
        step(id, "ESCALATE", officer, draftedAt, `呈批${leader.displayName}：${draftOpinion}`);
        cursor = draftedAt;
        if (decided) {
          step(id, "ESCALATION_DECIDED", leader, decidedAt, `${approve ? "同意拟办意见" : "修改拟办意见"}${leaderOpinion ? `：${leaderOpinion}` : ""}`);
          cursor = decidedAt;
        } else stats.pendingEscalations++;
      }
    }

    // 辨查商定 with the pure step machine: a step happens only if its time has come
    // working days between steps: forwarded items are accepted or transferred within 5 working days (规则 Art. 16)
    const forwarded = d.origin !== Origin.SELF_RECEIVED;
    const delay = (self: [number, number], fwd: [number, number]) => (forwarded ? int(r, fwd[0], fwd[1]) : int(r, self[0], self[1]));
    const stalled = chance(r, 0.04);
    const halted = (status: ReportStatus) => d.haltAt === status;
    let checkedAt: Date | null = null;
    if (state.status === ReportStatus.REGISTERED && !halted(ReportStatus.REGISTERED)) {
      const distAt = officeMoment(cal, r, cursor, delay([1, 4], [0, 1]));
      if (distAt < now) {
        const competent = d.outOfScope ? competentFor(d) : null;
        const note = competent ? `反映${topicOf(d.text, g.category)}问题，不属于纪检监察机关职责范围，属于${competent.name}职责` : null;
        state = applyStep(state, TriageStep.DISTINGUISH, OFFICER_ROLES, { scope: competent ? Scope.OUT_OF_SCOPE : Scope.IN_SCOPE, competentDepartmentId: competent?.id ?? null, note });
        row.scope = state.distinguish!.scope;
        row.competentDepartmentId = state.distinguish!.competentDepartmentId;
        step(id, TriageStep.DISTINGUISH, officer, distAt, `${SCOPE_LABELS[state.distinguish!.scope]}${state.distinguish!.note ? `：${state.distinguish!.note}` : ""}`);
        stats.distinguished++;
        if (competent) stats.outOfScope++;
        cursor = distAt;

        const checkAt = officeMoment(cal, r, cursor, delay([1, 3], [0, 1]));
        if (checkAt < now && !halted(ReportStatus.DISTINGUISHED)) {
          const check = checkFor(planned, proposals, checkAt);
          state = applyStep(state, TriageStep.CHECK, OFFICER_ROLES, check);
          row.flags = state.check!.flags.join(",");
          row.isRepeat = state.check!.flags.includes(CheckFlag.REPEAT);
          if (row.isRepeat) acceptanceDueDate = null;
          step(id, TriageStep.CHECK, officer, checkAt, state.check!.flags.length ? state.check!.flags.map((f) => CHECK_FLAG_LABELS[f]).join("、") : "未发现贴牌、重复等情形");
          cursor = checkAt;
          checkedAt = checkAt;

          const decision = decisionFor(planned, state, checkAt);
          if (decision.consult && !halted(ReportStatus.CHECKED)) {
            const consultAt = officeMoment(cal, r, cursor, delay([2, 5], [1, 2]));
            if (consultAt < now) {
              state = applyStep(state, TriageStep.CONSULT, OFFICER_ROLES, decision.consult);
              step(id, TriageStep.CONSULT, officer, consultAt, `集体会商（${state.consult!.participants.join("、")}）：${state.consult!.minutes.slice(0, 200)}`);
              cursor = consultAt;
            }
          }
          const decideAt = officeMoment(cal, r, cursor, delay([1, 5], [0, 2]) + (stalled ? int(r, 20, 60) : 0));
          if ((!decision.consult || state.consult) && decideAt < now && !halted(ReportStatus.CHECKED)) {
            const payload: DecidePayload = {
              disposition: decision.disposition,
              handlingDepartmentId: decision.handlingDepartmentId,
              dueDate: decision.disposition === Disposition.ASSIGN_DOWN ? cal.addWorkingDays(beijingDate(decideAt), int(r, 20, 40)) : null,
              opinion: decision.opinion,
            };
            state = applyStep(state, TriageStep.DECIDE, LEADER_ROLES, payload, { now: decideAt });
            const dd = state.decision!;
            const copyTo = dd.disposition === Disposition.TRANSFER_TO_DEPARTMENT ? copyable.find((c) => c.id === dd.handlingDepartmentId)!.copyTo! : null;
            row.disposition = dd.disposition;
            row.handlingDepartmentId = dd.handlingDepartmentId;
            row.copyToDepartmentId = copyTo?.id ?? null;
            row.decisionDueDate = dd.dueDate;
            row.decidedAt = decideAt;
            planned.decidedAt = decideAt;
            planned.disposition = dd.disposition;
            planned.handlingDepartmentId = dd.handlingDepartmentId;
            step(id, TriageStep.DECIDE, leader, decideAt, `${DISPOSITION_LABELS[dd.disposition]}${copyTo ? `，抄送${copyTo.name}` : ""}${dd.opinion ? `；意见：${dd.opinion}` : ""}`);
            events.push({
              at: decideAt,
              payload: {
                reportId: id,
                serial,
                disposition: dd.disposition,
                handlingDepartmentId: dd.handlingDepartmentId,
                copyToDepartmentId: copyTo?.id ?? null,
                dueDate: dd.dueDate,
                gradeHint: gradeHint({ origin: d.origin, flags: state.check?.flags ?? [], consulted: !!state.consult, disposition: dd.disposition, subjectCount: 1 }),
                realName: d.realName,
                decidedAt: decideAt.toISOString(),
                decidedBy: leader.id,
              },
            });
            stats.decided++;
            cursor = decideAt;
          }
        }
      }
    }

    // 受理告知 to a real-name reporter (not again for a repeat), mostly within the 15 working days
    let acceptanceNoticeAt: Date | null = null;
    if (acceptanceDueDate) {
      const after = state.distinguish?.scope === Scope.OUT_OF_SCOPE ? (planned.decidedAt ? later(planned.decidedAt, 0) : null) : checkedAt;
      const at = after ? officeMoment(cal, r, after, int(r, 0, 4)) : null;
      if (at && at < now) {
        acceptanceNoticeAt = at;
        const how = d.channel === Channel.VISIT || !identity.phone ? "书面告知" : "电话告知";
        const ground = state.check?.notAcceptableGround ?? null;
        const what = state.distinguish?.scope === Scope.OUT_OF_SCOPE
          ? `反映事项不属于纪检监察机关受理范围，已移送${copyable.find((c) => c.id === planned.handlingDepartmentId)?.name ?? "主管部门"}处理`
          : ground
            ? `不予受理（${NOT_ACCEPTABLE_GROUND_LABELS[ground]}）`
            : "反映问题已受理";
        step(id, "ACCEPTANCE_NOTICE", officer, at, `${how}举报人：${what}`);
      }
    }

    if (state.status === ReportStatus.UNSIGNED) stats.unsigned++;
    if (d.kind !== "independent" && d.group && !firstOfGroup.has(d.group)) firstOfGroup.set(d.group, planned);
    const updatedAt = lastAt.get(id)!;
    reportRows.push({
      id,
      serial,
      channel: d.channel,
      origin: d.origin,
      forwardingAuthority,
      forwardingReference,
      status: state.status,
      receivedAt: d.receivedAt,
      receivedById: publicSubmission ? null : officer.id || null,
      signedAt,
      signedById: signedAt ? officer.id || null : null,
      realName: d.realName,
      reporterNameEnc: d.realName ? encryptPii(g.reporterName) : null,
      reporterIdNumberEnc: encryptPii(identity.idNumber?.toUpperCase()),
      reporterPhoneEnc: encryptPii(identity.phone),
      reporterAddressEnc: encryptPii(identity.address),
      reporterIndex: identity.idNumber ? blindIndex(identity.idNumber) : null,
      category: g.category,
      townId: d.town.id,
      summary,
      content: d.text,
      channelDetails: JSON.stringify(channelDetails),
      attachments: JSON.stringify(attachments),
      idempotencyKey: null,
      followUpCodeHash: publicSubmission ? newFollowUpCode().hash : null,
      publicSubmission,
      triage: JSON.stringify(state),
      scope: null,
      flags: "",
      proposals: JSON.stringify(proposals),
      isRepeat: false,
      disposition: null,
      handlingDepartmentId: null,
      copyToDepartmentId: null,
      competentDepartmentId: null,
      decisionDueDate: null,
      decidedAt: null,
      signature: encodeSignature(sig),
      signatureVersion: version,
      acceptanceDueDate,
      acceptanceNoticeAt,
      createdAt,
      updatedAt,
      ...row,
    });
  }

  // a few recent items wait for a leader's instruction (呈批, not yet answered)
  const byId = new Map(reportRows.map((x) => [x.id as string, x]));
  const pendingCandidates = reportRows.filter((x) => {
    const status = x.status as ReportStatus;
    const heading = plannedById(x.id as string).plan!.disposition;
    return now.getTime() - (x.receivedAt as Date).getTime() < 40 * DAY && status !== ReportStatus.UNSIGNED && status !== ReportStatus.DECIDED
      && heading !== Disposition.CLOSE && heading !== Disposition.HOLD && !escalationRows.some((e) => e.reportId === x.id);
  });
  for (const x of shuffled(r, pendingCandidates).slice(0, Math.max(0, 3 - stats.pendingEscalations))) {
    const id = x.id as string;
    const draftedAt = officeMoment(cal, r, lastAt.get(id)!, 0);
    if (draftedAt.getTime() >= now.getTime()) continue;
    const p = plannedById(id);
    const plan = p.plan!;
    const draftOpinion = `拟${DISPOSITION_LABELS[plan.disposition]}${plan.handlingName ? `（${plan.handlingName}）` : ""}：${plan.opinion}`;
    escalationRows.push({ id: newId(), reportId: id, draftOpinion, draftedById: p.officer.id, draftedAt, leaderId: p.leader.id, status: EscalationStatus.PENDING, leaderOpinion: null, decidedById: null, decidedAt: null });
    step(id, "ESCALATE", p.officer, draftedAt, `呈批${p.leader.displayName}：${draftOpinion}`);
    byId.get(id)!.updatedAt = draftedAt;
    stats.pendingEscalations++;
  }

  // 7. one transaction: reports, subjects, steps, escalations, counters, routing events, the audit row
  const wrote = await inTransaction(db, async (em: EntityManager) => {
    if ((await em.count(Report)) > 0) return false; // another process seeded first
    for (let i = 0; i < reportRows.length; i += 100) await em.insert(Report, reportRows.slice(i, i + 100));
    for (let i = 0; i < subjectRows.length; i += 200) await em.insert(ReportSubject, subjectRows.slice(i, i + 200));
    // in time order, so that step ids (the order the graph lists them in) follow time within each report
    const steps = [...stepRows].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (let i = 0; i < steps.length; i += 200) await em.insert(ReportStep, steps.slice(i, i + 200));
    if (escalationRows.length) await em.insert(Escalation, escalationRows);
    for (const [year, seq] of lastSeq) {
      if (startSeq.get(year) === seq) continue;
      if (startSeq.has(year)) await em.update(SerialCounter, { year }, { lastSeq: seq });
      else await em.insert(SerialCounter, { year, lastSeq: seq });
    }
    for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) await publishEvent(em, REPORT_ROUTED, e.payload);
    await writeAudit(em, null, {
      action: "intake.seed",
      entity: "Intake",
      entityId: "demo-reports",
      note: `首次启动：生成演示信访举报 ${reportRows.length} 件（${describe()}）`,
    });
    return true;
  });
  if (!wrote) return null;

  // the process's similarity index may already be loaded: make sure it knows the new reports
  const live = await similarityIndex(db);
  for (const [id, sig] of signatures) if (!live.has(id)) live.addSignature(id, sig);

  return {
    reports: reportRows.length,
    byChannel: Object.fromEntries(CHANNEL_SHARES.map(([c]) => [c, reportRows.filter((x) => x.channel === c).length])),
    forwarded: reportRows.filter((x) => x.origin !== Origin.SELF_RECEIVED).length,
    realName: reportRows.filter((x) => x.realName).length,
    ...stats,
    ms: Date.now() - started,
  };

  // --- decisions ---------------------------------------------------------------------

  function describe(): string {
    const count = (f: (x: Record<string, unknown>) => boolean) => reportRows.filter(f).length;
    const channelsText = CHANNEL_SHARES.map(([c]) => `${CHANNEL_LABELS[c]} ${count((x) => x.channel === c)}`).join("、");
    const originsText = [Origin.FORWARDED_FROM_SUPERIOR, Origin.ASSIGNED_BY_SUPERIOR].map((o) => `${ORIGIN_LABELS[o]} ${count((x) => x.origin === o)}`).join("、");
    return `${channelsText}；${originsText}；实名 ${count((x) => !!x.realName)}；已审定 ${stats.decided}，业务范围外 ${stats.outOfScope}，待签收 ${stats.unsigned}，待领导批示 ${stats.pendingEscalations}`;
  }

  function plannedById(id: string): Planned {
    return known.get(id)!.planned;
  }

  /** The department that owns the matter the text raises first (litigation first for litigation matters), if any. */
  function matterDepartment(text: string, category: string): (typeof copyable)[number] | null {
    const matters = COMPETENT_BY_MATTER
      .map(([re, words]) => ({ at: category === ProblemCategory.LAW_AND_LITIGATION && re === LITIGATION ? -1 : re.exec(text)?.index, hit: copyable.find((c) => words.some((w) => c.name.includes(w))) }))
      .filter((m) => m.at !== undefined && m.hit)
      .sort((a, b) => a.at! - b.at!);
    return matters[0]?.hit ?? null;
  }

  /** The competent department of an out-of-scope matter: one the text names, else by matter, else one by town. */
  function competentFor(d: Draft): (typeof copyable)[number] {
    return copyable.find((c) => d.text.includes(c.name)) ?? matterDepartment(d.text, d.g.category) ?? copyable[(townIndex(d.town) + d.g.subjectName.length) % copyable.length];
  }

  /** What the officer confirms at 查: the proposals that really are copies or repeats, and the findings of the text. */
  function checkFor(p: Planned, proposals: Proposals, at: Date): CheckPayload {
    const d = p.draft;
    const mates = new Set(d.group ? [...known.values()].filter((k) => k.planned.draft.group === d.group).map((k) => k.id) : []);
    const templatedWith = proposals.templatedWith.map((m) => m.id).filter((x) => d.kind === "templated" && mates.has(x));
    let repeatOf = proposals.repeatOf.filter((x) => mates.has(x) && (d.kind === "repeat" || templatedWith.length === 0));
    const flags: CheckFlag[] = [];
    let ground: NotAcceptableGround | null = null;
    if (templatedWith.length) flags.push(CheckFlag.TEMPLATED);
    if (d.kind === "noSubstance") flags.push(CheckFlag.NO_SUBSTANCE);
    if (repeatOf.length) flags.push(CheckFlag.REPEAT);
    else repeatOf = [];
    if (d.outOfScope && d.g.category === ProblemCategory.LAW_AND_LITIGATION) ground = NotAcceptableGround.LITIGATION_OR_ARBITRATION;
    else if (d.outOfScope && chance(r, 0.4)) ground = NotAcceptableGround.OTHER_BODY;
    else if (d.kind === "noSubstance" && chance(r, 0.7)) ground = NotAcceptableGround.NO_SUBSTANCE;
    else if (repeatOf.length && !d.outOfScope) {
      // the matter was concluded before and nothing new is said: not accepted again
      const concluded = repeatOf.map(plannedById).find((e) => e.decidedAt && e.decidedAt < at && (e.disposition === Disposition.CLOSE || e.disposition === Disposition.TALK_OR_LETTER_INQUIRY));
      if (concluded && chance(r, 0.6)) ground = NotAcceptableGround.CONCLUDED_NO_NEW_FACTS;
    }
    if (ground) flags.push(CheckFlag.NOT_ACCEPTABLE);
    const note = templatedWith.length
      ? `与${templatedWith.map((x) => plannedById(x).serial).join("、")}内容基本相同，系贴牌举报`
      : repeatOf.length
        ? `${d.g.subjectName}此前已被反映${repeatOf.length}次（${repeatOf.map((x) => plannedById(x).serial).join("、")}）`
        : null;
    return { flags, notAcceptableGround: ground, repeatOf, templatedWith, note };
  }

  /** The disposition a report is heading for, before 查 (for a drafted routing opinion). */
  function planDecision(p: Planned): Plan {
    const d = p.draft;
    const g = d.g;
    if (d.outOfScope) {
      const c = competentFor(d);
      return { disposition: Disposition.TRANSFER_TO_DEPARTMENT, handlingDepartmentId: c.id, handlingName: c.name, opinion: `移送${c.name}依法处理，抄送${c.copyTo!.name}跟踪了解办理情况，办理结果及时反馈` };
    }
    const committee = g.level === "city" ? null : committeeOf(d.town);
    const office = officeFor(d.town);
    const down = committee ?? (g.level === "city" ? copyable.find((c) => c.name === d.subjectUnit)?.stationedGroup ?? null : null) ?? office;
    const choose = (): Disposition => {
      if (d.origin === Origin.ASSIGNED_BY_SUPERIOR) return down && chance(r, 0.6) ? Disposition.ASSIGN_DOWN : Disposition.PRELIMINARY_VERIFICATION;
      return weighted(r, g.level === "village"
        ? [[Disposition.TRANSFER_DOWN, 34], [Disposition.ASSIGN_DOWN, 16], [Disposition.TALK_OR_LETTER_INQUIRY, 10], [Disposition.PRELIMINARY_VERIFICATION, 16], [Disposition.CLOSE, 12], [Disposition.HOLD, 8], [Disposition.INVESTIGATION, 4]]
        : [[Disposition.TALK_OR_LETTER_INQUIRY, 26], [Disposition.PRELIMINARY_VERIFICATION, 28], [Disposition.HOLD, 10], [Disposition.CLOSE, 12], [Disposition.INVESTIGATION, 5], [Disposition.TRANSFER_DOWN, 11], [Disposition.ASSIGN_DOWN, 8]]);
    };
    let disposition = choose();
    if ((disposition === Disposition.TRANSFER_DOWN || disposition === Disposition.ASSIGN_DOWN) && !down) disposition = Disposition.HOLD;
    if ((disposition === Disposition.TALK_OR_LETTER_INQUIRY || disposition === Disposition.PRELIMINARY_VERIFICATION || disposition === Disposition.INVESTIGATION) && !office && !down) disposition = Disposition.HOLD;
    const topic = topicOf(d.text, g.category);
    switch (disposition) {
      case Disposition.TRANSFER_DOWN:
        return { disposition, handlingDepartmentId: down!.id, handlingName: down!.name, opinion: `转${down!.name}依规依纪办理，办理结果按季度报送信访室` };
      case Disposition.ASSIGN_DOWN:
        return { disposition, handlingDepartmentId: down!.id, handlingName: down!.name, opinion: `交${down!.name}办理，重点核查${topic}问题，按期报送办结报告` };
      case Disposition.TALK_OR_LETTER_INQUIRY: {
        const h = office ?? down!;
        return { disposition, handlingDepartmentId: h.id, handlingName: h.name, opinion: `由${h.name}对${g.subjectName}进行谈话函询，要求其对反映问题作出说明` };
      }
      case Disposition.PRELIMINARY_VERIFICATION: {
        const h = office ?? down!;
        return { disposition, handlingDepartmentId: h.id, handlingName: h.name, opinion: `反映问题较为具体，由${h.name}初步核实，重点核查${topic}问题` };
      }
      case Disposition.INVESTIGATION: {
        const h = office ?? down!;
        return { disposition, handlingDepartmentId: h.id, handlingName: h.name, opinion: `问题线索具体、可查性强，由${h.name}按程序审查调查` };
      }
      case Disposition.HOLD:
        return { disposition, handlingDepartmentId: null, handlingName: null, opinion: "反映问题线索要素不全，暂存待查，待有新的情况再行处置" };
      default:
        return { disposition: Disposition.CLOSE, handlingDepartmentId: null, handlingName: null, opinion: "反映问题经了解已有结论，予以了结，做好解释说明工作" };
    }
  }

  /** The leader's decision and whether the case goes to collective consultation first, given what 查 found. */
  function decisionFor(p: Planned, s: TriageState, at: Date): { disposition: Disposition; handlingDepartmentId: string | null; opinion: string; consult: { participants: string[]; minutes: string } | null } {
    const d = p.draft;
    const check = s.check!;
    const first = d.group ? firstOfGroup.get(d.group) ?? null : null;
    let decision: { disposition: Disposition; handlingDepartmentId: string | null; opinion: string };
    if (s.distinguish!.scope === Scope.OUT_OF_SCOPE) {
      decision = p.plan!;
    } else if (check.flags.includes(CheckFlag.NOT_ACCEPTABLE)) {
      decision = {
        disposition: Disposition.CLOSE,
        handlingDepartmentId: null,
        opinion: check.notAcceptableGround === NotAcceptableGround.NO_SUBSTANCE
          ? "仅有违纪违法指控而无具体事实，不予受理，予以了结"
          : "反映问题已依规依纪办结，本次未提供新的事实和证据，不再重复受理，做好解释疏导工作",
      };
    } else if (check.flags.includes(CheckFlag.NO_SUBSTANCE)) {
      decision = { disposition: Disposition.HOLD, handlingDepartmentId: null, opinion: "反映内容笼统，暂存待查，待有具体线索再行处置" };
    } else if (check.flags.includes(CheckFlag.TEMPLATED) && first && first.id !== p.id) {
      decision = { disposition: Disposition.CLOSE, handlingDepartmentId: null, opinion: `系贴牌举报，与${first.serial}号件内容基本相同，并入该件一并办理` };
    } else if (check.flags.includes(CheckFlag.REPEAT) && d.kind === "repeat" && check.repeatOf.length >= 3) {
      const h = officeFor(d.town) ?? committeeOf(d.town);
      decision = h
        ? {
            disposition: check.repeatOf.length >= 5 ? Disposition.INVESTIGATION : Disposition.PRELIMINARY_VERIFICATION,
            handlingDepartmentId: h.id,
            opinion: `${d.g.subjectName}被反复举报${check.repeatOf.length + 1}次，纳入领导包案，由${h.name}${check.repeatOf.length >= 5 ? "按程序审查调查" : "初步核实"}，查清事实，做好举报人工作`,
          }
        : { disposition: Disposition.HOLD, handlingDepartmentId: null, opinion: "重复举报，暂存待查" };
    } else if (check.flags.includes(CheckFlag.REPEAT)) {
      const earlier = check.repeatOf.map(plannedById).find((e) => e.decidedAt && e.decidedAt < at && e.handlingDepartmentId);
      decision = earlier && (earlier.disposition === Disposition.TRANSFER_DOWN || earlier.disposition === Disposition.ASSIGN_DOWN)
        ? { disposition: Disposition.ASSIGN_DOWN, handlingDepartmentId: earlier.handlingDepartmentId, opinion: `重复举报，并入${earlier.serial}号件，交原承办单位加快办理，按期报送办结报告` }
        : p.plan!;
    } else {
      decision = p.plan!;
    }
    const hard = d.origin === Origin.ASSIGNED_BY_SUPERIOR
      ? chance(r, 0.5)
      : (check.flags.includes(CheckFlag.REPEAT) && check.repeatOf.length >= 2) || decision.disposition === Disposition.INVESTIGATION || (decision.disposition === Disposition.PRELIMINARY_VERIFICATION && chance(r, 0.4)) || chance(r, 0.06);
    const office = decision.handlingDepartmentId ? dir.supervisionOffices.find((o) => o.id === decision.handlingDepartmentId) : null;
    const consult = hard
      ? {
          participants: [...new Set([petitionOfficeName, caseOfficeName, ...(office ? [office.name] : [])])],
          minutes: `经集体会商，认为${d.g.subjectName}被反映${topicOf(d.text, d.g.category)}问题${decision.disposition === Disposition.CLOSE || decision.disposition === Disposition.HOLD ? "暂不具备查核条件" : "具有一定可查性"}，建议${DISPOSITION_LABELS[decision.disposition]}，报领导审定`,
        }
      : null;
    return { ...decision, consult };
  }
}
