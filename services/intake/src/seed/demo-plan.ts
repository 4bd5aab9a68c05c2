import { beijingDate, type WorkingCalendar } from "@prp/kit/core";
import { Channel, Origin, ProblemCategory, ReportStatus } from "../domain/enums";
import { residentIdCheckDigit } from "../domain/channel-rules";
import {
  generateNoSubstanceReports,
  generateRepeatSeries,
  generateReports,
  mulberry32,
  type GeneratedReport,
  type Rng,
} from "./generate-reports";
import { DAY, HOUR, chance, int, later, pick, shuffled, snapToOffice } from "./demo-calendar-time";
import type { DirectorySnapshot, DirectoryUnit } from "./directory-snapshot";

/**
 * The plan of the demo year (演示数据): which texts arrive, from where, on which channel, when,
 * and how far each gets. Pure: nothing is written here; demo-reports.ts replays the plan
 * through the use cases.
 */

export const DEMO_REPORT_COUNT = 300;
export const DEMO_SEED = 20_261_128;

/** Shares (DOMAIN.md "Volumes"). */
export const CHANNEL_SHARES: [Channel, number][] = [
  [Channel.LETTER, 0.5],
  [Channel.ONLINE, 0.28],
  [Channel.VISIT, 0.13],
  [Channel.PHONE, 0.09],
];
const FORWARDED_SHARE = 0.33;
const ASSIGNED_SHARE = 0.12;
const REAL_NAME_SHARE = 0.4;
const OUT_OF_SCOPE_SHARE = 0.25;

/**
 * The known spike (已知热点) the hotspot analysis must find (docs/leadership-analysis.md): this many
 * independent reports of one category, all about one town, arrive in the most recent full month —
 * several times that town's and that category's usual monthly volume.
 */
export const DEMO_SPIKE = { townName: "姜山镇", category: ProblemCategory.MASS_DISCIPLINE, count: 15 } as const;
/** Spike reports arrive at least this long before the moment of seeding (they are not "recent" items). */
const SPIKE_MIN_AGE = 15 * DAY;

/** The Beijing month (YYYY-MM) before the month of `now`: the most recent full month. */
export function lastFullMonth(now: Date): string {
  const [y, m] = beijingDate(now).split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** When the spike's reports arrive: from the start of the last full month to 3 days before its end (or SPIKE_MIN_AGE ago). */
function spikeWindow(now: Date): [number, number] {
  const month = lastFullMonth(now);
  const start = Date.parse(`${month}-01T00:00:00+08:00`);
  const [y, m] = month.split("-").map(Number);
  const nextMonth = Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1) - 8 * HOUR;
  return [start, Math.min(nextMonth - 3 * DAY, now.getTime() - SPIKE_MIN_AGE)];
}

export type Kind = "independent" | "templated" | "repeat" | "noSubstance";

/** One report as planned, before it is registered. */
export interface Draft {
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

// --- people ----------------------------------------------------------------------------

export interface Identity {
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

const REGION_CODES = ["370285", "370285", "370285", "370285", "370283", "370281", "370214"]; // 莱西 mostly, some 平度, 胶州, 城阳
export const mobile = (r: Rng) =>
  `1${pick(r, ["3", "5", "7", "8", "9"])}${int(r, 0, 9)}${String(int(r, 0, 99_999_999)).padStart(8, "0")}`;

/** A made-up resident ID with a correct GB 11643 check digit. */
export function residentId(r: Rng): string {
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
export function topicOf(text: string, category: string): string {
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

const RANKS: [RegExp, string][] = [
  [/副镇长|党委副书记|副局长/, "副科级"],
  [/所长|站长|主任|队长|科长/, "股级"],
  [/工作人员|副科长/, "科员"],
];

export const rankOf = (post: string) => RANKS.find(([re]) => re.test(post))?.[1] ?? null;

export type CompetentDepartment = DirectorySnapshot["competentDepartments"][number];

/** Competent departments with a liaison office or group: the only ones a transfer can go to. */
export const copyableDepartments = (dir: DirectorySnapshot) => dir.competentDepartments.filter((d) => d.copyTo);

/** The department that owns the matter the text raises first (litigation first for litigation matters), if any. */
export function matterDepartment(
  copyable: readonly CompetentDepartment[],
  text: string,
  category: string,
): CompetentDepartment | null {
  const matters = COMPETENT_BY_MATTER.map(([re, words]) => ({
    at: category === ProblemCategory.LAW_AND_LITIGATION && re === LITIGATION ? -1 : re.exec(text)?.index,
    hit: copyable.find((c) => words.some((w) => c.name.includes(w))),
  }))
    .filter((m) => m.at !== undefined && m.hit)
    .sort((a, b) => a.at! - b.at!);
  return matters[0]?.hit ?? null;
}

/** The competent department of an out-of-scope matter: one the text names, else by matter, else one by town. */
export function competentFor(dir: DirectorySnapshot, d: Draft): CompetentDepartment {
  const copyable = copyableDepartments(dir);
  const townIndex = Math.max(
    0,
    dir.towns.findIndex((t) => t.id === d.town.id),
  );
  return (
    copyable.find((c) => d.text.includes(c.name)) ??
    matterDepartment(copyable, d.text, d.g.category) ??
    copyable[(townIndex + d.g.subjectName.length) % copyable.length]
  );
}

// --- the plan of the year ------------------------------------------------------------------

/**
 * The reports of the demo year in order of arrival: texts (independent reports, templated
 * clusters 贴牌, repeat series about one subject, bare accusations), mapped onto the directory's
 * towns, with the shares of channels, origins, real names and out-of-scope matters, arrival
 * times over the last 12 months, and the few items that are urgent, signed late, waiting to be
 * signed, or stopped half-way through triage.
 */
export function planDemoYear(r: Rng, dir: DirectorySnapshot, cal: WorkingCalendar, now: Date): Draft[] {
  const copyable = copyableDepartments(dir);

  // 1. texts
  const pool = generateReports({
    seed: DEMO_SEED,
    independentCount: 280,
    clusterCount: 8,
    minClusterSize: 3,
    maxClusterSize: 6,
  });
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
  texts.forEach(
    (t, i) => !townOf[i] && toPlace.set(t.group ?? `#${i}`, [...(toPlace.get(t.group ?? `#${i}`) ?? []), i]),
  );
  for (const members of toPlace.values()) {
    const town = dir.towns.reduce((best, t) => (load.get(t.id)! < load.get(best.id)! ? t : best));
    members.forEach((i) => (townOf[i] = town));
    load.set(town.id, load.get(town.id)! + members.length);
  }
  // 2b. the known spike: the last independent reports of its category move to its town
  const spikeTown = dir.towns.find((t) => t.name === DEMO_SPIKE.townName) ?? dir.towns[0];
  const spike = texts
    .map((t, i) => (t.kind === "independent" && t.g.category === DEMO_SPIKE.category ? i : -1))
    .filter((i) => i >= 0)
    .slice(-DEMO_SPIKE.count);
  for (const i of spike) townOf[i] = spikeTown;
  const retown = (s: string, from: string, to: DirectoryUnit) => (to.name === from ? s : s.split(from).join(to.name));

  // 3. shares, drawn as exact counts and shuffled over the reports
  const order = shuffled(
    r,
    texts.map((_, i) => i),
  );
  const origins: Origin[] = new Array(n).fill(Origin.SELF_RECEIVED);
  const forwardedCount = Math.round(n * FORWARDED_SHARE);
  const assignedCount = Math.round(n * ASSIGNED_SHARE);
  order.slice(0, forwardedCount).forEach((i) => (origins[i] = Origin.FORWARDED_FROM_SUPERIOR));
  order
    .slice(forwardedCount, forwardedCount + assignedCount)
    .forEach((i) => (origins[i] = Origin.ASSIGNED_BY_SUPERIOR));

  const channels: Channel[] = new Array(n);
  const counts = CHANNEL_SHARES.map(([c, share]) => [c, Math.round(n * share)] as const);
  const visitCount = counts.find(([c]) => c === Channel.VISIT)![1];
  // visitors come to us: visits are self-received
  const selfIdx = shuffled(
    r,
    texts.map((_, i) => i).filter((i) => origins[i] === Origin.SELF_RECEIVED && texts[i].kind !== "templated"),
  );
  selfIdx.slice(0, visitCount).forEach((i) => (channels[i] = Channel.VISIT));
  const rest = shuffled(
    r,
    counts.filter(([c]) => c !== Channel.VISIT).flatMap(([c, k]) => new Array<Channel>(k).fill(c)),
  );
  let k = 0;
  for (const i of shuffled(
    r,
    texts.map((_, j) => j).filter((j) => !channels[j]),
  ))
    channels[i] = rest[k++] ?? Channel.LETTER;

  // real name: only reports that are signed with the reporter's name; the repeat reporters first
  const signed = texts
    .map((t, i) => (t.g.text.includes(t.g.reporterName) && t.kind !== "noSubstance" ? i : -1))
    .filter((i) => i >= 0);
  const firstOfSeries = new Set(series.map((s) => s[0].reporterName));
  const isSeriesReporter = (i: number) => texts[i].kind === "repeat" && firstOfSeries.has(texts[i].g.reporterName);
  const realNameOrder = [
    ...signed.filter(isSeriesReporter),
    ...shuffled(
      r,
      signed.filter((i) => !isSeriesReporter(i)),
    ),
  ];
  const realName = new Set(realNameOrder.slice(0, Math.round(n * REAL_NAME_SHARE)));

  // outside scope: litigation and other matters, then some benefit and service complaints that belong to a department
  const outOfScope = new Set<number>();
  if (copyable.length) {
    texts.forEach((t, i) => {
      if (t.g.category === ProblemCategory.LAW_AND_LITIGATION || t.g.category === ProblemCategory.OTHER)
        outOfScope.add(i);
    });
    const wanted = Math.round(n * OUT_OF_SCOPE_SHARE);
    const benefitOrService = [ProblemCategory.WORK_DISCIPLINE, ProblemCategory.MASS_DISCIPLINE] as string[];
    const extra = shuffled(
      r,
      texts
        .map((t, i) =>
          t.kind === "independent" &&
          !outOfScope.has(i) &&
          benefitOrService.includes(t.g.category) &&
          matterDepartment(copyable, t.g.text, t.g.category)
            ? i
            : -1,
        )
        .filter((i) => i >= 0),
    );
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
  // the spike's times from a generator of their own, so the rest of the year is drawn as before
  const spikeRng = mulberry32(DEMO_SEED + 200);
  const [spikeFrom, spikeTo] = spikeWindow(now);
  for (const i of spike) times[i] = spikeFrom + spikeRng() * Math.max(0, spikeTo - spikeFrom);
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
    if (drafts[i].receivedAt.getTime() <= drafts[i - 1].receivedAt.getTime())
      drafts[i].receivedAt = later(drafts[i - 1].receivedAt, 1000);
  }
  const indexesWhere = (pred: (d: Draft) => boolean) => drafts.map((d, j) => (pred(d) ? j : -1)).filter((j) => j >= 0);
  const age = new Map(drafts.map((d) => [d, cal.workingDaysBetween(beijingDate(d.receivedAt), beijingDate(now))]));
  const workingDaysOld = (d: Draft) => age.get(d)!;
  // a few urgent items (紧急事项) went to a leader at once
  for (const i of shuffled(
    r,
    indexesWhere((d) => now.getTime() - d.receivedAt.getTime() > 20 * DAY && d.kind === "independent" && !d.outOfScope),
  ).slice(0, 5))
    drafts[i].urgent = true;
  // forwarded items are signed the day they arrive, but a couple were signed late and the latest ones wait
  const forwardedIdx = indexesWhere((d) => d.origin !== Origin.SELF_RECEIVED);
  for (const i of shuffled(
    r,
    forwardedIdx.filter((j) => now.getTime() - drafts[j].receivedAt.getTime() > 30 * DAY),
  ).slice(0, 3))
    drafts[i].signing = "late";
  for (const i of forwardedIdx.slice(-2)) drafts[i].signing = "notYet";
  for (const i of forwardedIdx.filter((j) => now.getTime() - drafts[j].receivedAt.getTime() < 30 * HOUR))
    if (chance(r, 0.5)) drafts[i].signing = "notYet";
  // a small backlog: the latest self-received item is not yet distinguished; a few from the last weeks stopped half-way
  const ownIdx = indexesWhere((d) => d.origin === Origin.SELF_RECEIVED && !d.urgent);
  if (ownIdx.length) drafts[ownIdx[ownIdx.length - 1]].haltAt = ReportStatus.REGISTERED;
  const backlog = shuffled(
    r,
    ownIdx.filter(
      (j) => drafts[j].kind === "independent" && workingDaysOld(drafts[j]) >= 10 && workingDaysOld(drafts[j]) <= 25,
    ),
  );
  [ReportStatus.DISTINGUISHED, ReportStatus.DISTINGUISHED, ReportStatus.CHECKED, ReportStatus.CHECKED].forEach(
    (status, j) => {
      if (backlog[j] !== undefined) drafts[backlog[j]].haltAt = status;
    },
  );
  return drafts;
}
