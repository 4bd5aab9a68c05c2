import { In, MoreThan, type EntityManager } from "typeorm";
import {
  AppError,
  ErrorCode,
  badInput,
  beijingDate,
  blindIndex,
  conflict,
  encryptPii,
  isUniqueViolation,
  newId,
  refuseIf,
  writeAudit,
} from "@prp/kit";
import { Report, type AttachmentRecord } from "../entities/Report";
import { ReportSubject } from "../entities/ReportSubject";
import { PublicSubmission } from "../entities/PublicSubmission";
import { FollowUpFailure } from "../entities/FollowUpFailure";
import { TemplatedLink } from "../entities/TemplatedLink";
import { normaliseResidentId, registrationProblems, type ReporterFields } from "../domain/channel-rules";
import { acceptanceNoticeDue } from "../domain/deadlines";
import { newTriageState } from "../domain/triage";
import {
  decodeSignature,
  encodeSignature,
  signature as minhash,
  signatureVersion,
  type MinHashSignature,
} from "../domain/similarity";
import { findRepeats, normaliseSubjectKey } from "../domain/repeat";
import {
  checkPublicQuota,
  contentProblems,
  DEFAULT_PUBLIC_QUOTA,
  DEFAULT_PUBLIC_WINDOW_MS,
  FOLLOW_UP_FAILURE_LIMIT,
  FOLLOW_UP_FAILURE_WINDOW_MS,
} from "../domain/public-limits";
import { publicStage } from "../domain/routing";
import { roundedSimilarity, type CheckProposals } from "../domain/proposals";
import { Channel, Origin } from "../domain/enums";
import { CHANNEL_LABELS } from "../domain/labels";
import { activeCategory } from "./categories";
import { ensureSerialCounter, nextSerial } from "./serial-numbers";
import {
  hashFollowUpCode,
  isFollowUpCodeShape,
  legacyFollowUpCodeHash,
  mayBeLegacyCode,
  newFollowUpCode,
} from "./follow-up-code";
import { ensureQuotaLocks, holdQuotaLocks } from "./quota-locks";
import { recordStep, setTriage } from "./report-records";
import { reader, transaction, type IntakeDeps } from "./intake-deps";

/** 被反映人 as registered. */
export interface SubjectFields {
  name: string;
  post?: string | null;
  unitId?: string | null;
  rank?: string | null;
  townId?: string | null;
}

/** A report as a clerk registers it (the GraphQL RegisterReportInput has this shape). */
export interface RegistrationInput {
  channel: Channel;
  origin: Origin;
  forwardingAuthority?: string | null;
  forwardingReference?: string | null;
  /** 上级交办期限 (YYYY-MM-DD): the date the higher authority wants the closing report by. */
  authorityDueDate?: string | null;
  /** When it arrived; default now. */
  receivedAt?: Date | null;
  reporter: ReporterFields;
  subjects: SubjectFields[];
  category: string;
  townId?: string | null;
  summary: string;
  content: string;
  attachments?: AttachmentRecord[];
  visitorCount?: number | null;
  /** 联名人数: people who co-signed it (集体举报). */
  coSigners?: number | null;
  receivingStaff?: string[] | null;
  callerNumber?: string | null;
  callTime?: Date | null;
  postmarkDate?: string | null;
  submittedAt?: Date | null;
}

/** A report from the public form (the GraphQL PublicReportInput has this shape). */
export interface PublicReportFields {
  reporter: ReporterFields;
  subjects: SubjectFields[];
  category: string;
  townId?: string | null;
  summary: string;
  content: string;
}

interface RegistrationOptions {
  /** Already scoped to the caller (`<user id>:<client key>`). */
  idempotencyKey?: string | null;
  publicSubmission?: boolean;
  followUpCodeHash?: string | null;
  /**
   * Runs first in the registration's transaction (the public form's quota: counted and recorded
   * atomically with the report, so a refused or failed registration uses up nothing).
   */
  firstInTransaction?: (em: EntityManager) => Promise<void>;
}

/** Earlier reports about the same subject (normalised name + unit) that look like the same matter. */
async function proposeRepeats(
  deps: IntakeDeps,
  em: EntityManager,
  candidate: { subjects: SubjectFields[]; townId: string | null; category: string },
  sig: MinHashSignature,
): Promise<string[]> {
  if (!candidate.subjects.length) return [];
  const keys = candidate.subjects.map((s) => normaliseSubjectKey({ name: s.name, unitId: s.unitId ?? null }));
  const hits = await em.findBy(ReportSubject, { subjectKey: In(keys) });
  if (!hits.length) return [];
  const reportIds = [...new Set(hits.map((h) => h.reportId))];
  const earlier = await em.find(Report, {
    where: { id: In(reportIds) },
    select: { id: true, category: true, signature: true, signatureVersion: true, townId: true, receivedAt: true },
  });
  const version = signatureVersion(deps.similarity.config);
  const finding = findRepeats(
    {
      id: "new",
      subjects: candidate.subjects.map((s) => ({
        name: s.name,
        unitId: s.unitId ?? null,
        townId: s.townId ?? null,
        post: s.post ?? null,
      })),
      townId: candidate.townId,
      category: candidate.category,
      signature: sig,
    },
    earlier.map((r) => ({
      id: r.id,
      subjects: hits
        .filter((h) => h.reportId === r.id)
        .map((h) => ({ name: h.name, unitId: h.unitId, townId: h.townId, post: h.post })),
      townId: r.townId,
      category: r.category,
      signature: r.signatureVersion === version && r.signature ? decodeSignature(r.signature) : null,
      receivedAt: r.receivedAt,
    })),
  );
  return finding.reportIds;
}

/**
 * Towns and units named in a registration must exist in the directory (an unknown id would only
 * show up later as an empty town or unit). One request for all of them; problems name the field.
 */
async function unknownDirectoryIds(
  deps: IntakeDeps,
  input: Pick<RegistrationInput, "townId" | "subjects">,
): Promise<string[]> {
  const towns = [input.townId, ...input.subjects.map((s) => s.townId)].filter((id): id is string => !!id);
  const departments = input.subjects.map((s) => s.unitId).filter((id): id is string => !!id);
  if (!towns.length && !departments.length) return [];
  const unknown = await deps.directory.unknownIds({
    towns: [...new Set(towns)],
    departments: [...new Set(departments)],
  });
  const unknownTown = new Set(unknown.towns);
  const unknownDept = new Set(unknown.departments);
  const problems: string[] = [];
  if (input.townId && unknownTown.has(input.townId))
    problems.push(`townId：问题发生地（镇、街道）不存在：${input.townId}`);
  input.subjects.forEach((s, i) => {
    if (s.townId && unknownTown.has(s.townId))
      problems.push(`subjects.${i}.townId：被反映人“${s.name}”的所在镇（街道）不存在：${s.townId}`);
    if (s.unitId && unknownDept.has(s.unitId))
      problems.push(`subjects.${i}.unitId：被反映人“${s.name}”的所在单位不存在：${s.unitId}`);
  });
  return problems;
}

const onChannel = <T>(input: RegistrationInput, channel: Channel, value: T | null | undefined): T | null =>
  input.channel === channel ? (value ?? null) : null;

/**
 * 应录尽录: validates, proposes 贴牌 and repeat flags, and writes the report, its subjects, its
 * first step and its audit row in one transaction. The same idempotency key twice returns the
 * first report.
 */
/**
 * While an officer types a registration: the earlier reports whose text is nearly the same
 * (贴牌) and those about the same subject that look like the same matter (重复举报), as the
 * registration itself would propose them. Reads only; nothing is stored.
 */
export async function registrationHints(
  deps: IntakeDeps,
  draft: {
    summary: string;
    content: string;
    category?: string | null;
    townId?: string | null;
    subjects: SubjectFields[];
  },
): Promise<CheckProposals> {
  const cfg = deps.similarity.config;
  const sig = minhash(`${draft.summary}\n${draft.content}`, cfg);
  const index = await deps.similarity.current();
  const templated = index.querySignature(sig, { threshold: cfg.threshold, limit: 5 }).matches;
  const subjects = draft.subjects.filter((s) => s.name?.trim());
  const repeatOf = await proposeRepeats(
    deps,
    reader(deps),
    { subjects, townId: draft.townId ?? null, category: draft.category ?? "" },
    sig,
  );
  return {
    templatedWith: templated.map((m) => ({ id: m.id, similarity: roundedSimilarity(m.similarity) })),
    repeatOf: repeatOf.slice(0, 10),
  };
}

async function register(deps: IntakeDeps, input: RegistrationInput, opts: RegistrationOptions): Promise<Report> {
  const now = deps.clock.now();
  if (opts.idempotencyKey) {
    const existing = await reader(deps).findOneBy(Report, { idempotencyKey: opts.idempotencyKey });
    if (existing) return existing;
  }
  const receivedAt = input.receivedAt ?? now;
  if (Number.isNaN(receivedAt.getTime()) || receivedAt.getTime() > now.getTime() + 5 * 60_000)
    throw badInput("收件时间不能晚于现在");
  refuseIf(
    registrationProblems(
      {
        channel: input.channel,
        origin: input.origin,
        forwardingAuthority: input.forwardingAuthority,
        forwardingReference: input.forwardingReference,
        authorityDueDate: input.authorityDueDate,
        reporter: input.reporter,
        visitorCount: input.visitorCount,
        receivingStaff: input.receivingStaff,
        callerNumber: input.callerNumber,
        callTime: input.callTime,
        postmarkDate: input.postmarkDate,
        submittedAt: input.submittedAt,
      },
      now,
    ),
  );
  refuseIf(await unknownDirectoryIds(deps, input));

  const cfg = deps.similarity.config;
  const sig = minhash(`${input.summary}\n${input.content}`, cfg);
  const index = await deps.similarity.current();
  const templated = index.querySignature(sig, { threshold: cfg.threshold, limit: 20 }).matches;
  const realName = input.reporter.realName;
  // stored and indexed in one spelling, so that a reporter's reports find each other
  const idNumber = input.reporter.idNumber?.trim() ? normaliseResidentId(input.reporter.idNumber) : null;
  const calendar = await deps.directory.calendar();
  const actor = opts.publicSubmission ? null : deps.actor;

  // the register's year is the year of registration (a letter of 31 December registered in January is numbered in January's year)
  const year = Number(beijingDate(now).slice(0, 4));
  await ensureSerialCounter(deps, year);
  let report: Report;
  try {
    report = await transaction(deps, async (em) => {
      if (opts.firstInTransaction) await opts.firstInTransaction(em);
      await activeCategory(em, input.category);
      const repeatOf = await proposeRepeats(
        deps,
        em,
        { subjects: input.subjects, townId: input.townId ?? null, category: input.category },
        sig,
      );
      const due = acceptanceNoticeDue(calendar, receivedAt, { realName, isRepeat: false });
      const proposals: CheckProposals = {
        templatedWith: templated.map((m) => ({ id: m.id, similarity: roundedSimilarity(m.similarity) })),
        repeatOf,
      };
      const r = em.create(Report, {
        id: newId(),
        serial: await nextSerial(em, year),
        channel: input.channel,
        origin: input.origin,
        forwardingAuthority: input.forwardingAuthority?.trim() || null,
        forwardingReference: input.forwardingReference?.trim() || null,
        authorityDueDate: input.authorityDueDate?.trim() || null,
        receivedAt,
        receivedById: actor?.id ?? null,
        signedAt: null,
        signedById: null,
        realName,
        reporterNameEnc: encryptPii(input.reporter.name?.trim()),
        reporterIdNumberEnc: encryptPii(idNumber),
        reporterPhoneEnc: encryptPii(input.reporter.phone?.trim()),
        reporterAddressEnc: encryptPii(input.reporter.address?.trim()),
        reporterIndex: idNumber ? blindIndex(idNumber) : null,
        category: input.category,
        townId: input.townId ?? null,
        summary: input.summary.trim(),
        content: input.content,
        coSigners: input.coSigners ?? 0,
        channelDetails: {
          visitorCount: onChannel(input, Channel.VISIT, input.visitorCount),
          receivingStaff: onChannel(input, Channel.VISIT, input.receivingStaff),
          callerNumberEnc: input.channel === Channel.PHONE ? encryptPii(input.callerNumber) : null,
          callTime: onChannel(input, Channel.PHONE, input.callTime)?.toISOString() ?? null,
          postmarkDate: onChannel(input, Channel.LETTER, input.postmarkDate),
          submittedAt: input.channel === Channel.ONLINE ? (input.submittedAt ?? now).toISOString() : null,
        },
        attachments: input.attachments ?? [],
        idempotencyKey: opts.idempotencyKey ?? null,
        followUpCodeHash: opts.followUpCodeHash ?? null,
        publicSubmission: !!opts.publicSubmission,
        proposals,
        signature: encodeSignature(sig),
        signatureVersion: signatureVersion(cfg),
        acceptanceDueDate: due?.dueDate ?? null,
        acceptanceNoticeAt: null,
        createdAt: now,
        updatedAt: now,
      });
      setTriage(r, newTriageState(input.origin));
      // every column is set here: nothing to read back after the insert
      await em.createQueryBuilder().insert().into(Report).updateEntity(false).values(r).execute();
      if (input.subjects.length) {
        await em.insert(
          ReportSubject,
          input.subjects.map((s) => ({
            id: newId(),
            reportId: r.id,
            name: s.name.trim(),
            post: s.post?.trim() || null,
            unitId: s.unitId ?? null,
            rank: s.rank?.trim() || null,
            townId: s.townId ?? null,
            subjectKey: normaliseSubjectKey({ name: s.name, unitId: s.unitId ?? null }).slice(0, 200),
          })),
        );
      }
      // the earlier reports of a 贴牌 cluster list their later copies through these rows
      if (templated.length)
        await em.insert(
          TemplatedLink,
          [...new Set(templated.map((m) => m.id))].map((earlierReportId) => ({ reportId: r.id, earlierReportId })),
        );
      const origin =
        input.origin === Origin.SELF_RECEIVED
          ? "本级自收"
          : `上级转来（${input.forwardingAuthority} ${input.forwardingReference}）`;
      await recordStep(
        em,
        r.id,
        "REGISTER",
        actor,
        `登记 ${r.serial}：${origin}，${CHANNEL_LABELS[input.channel]}`,
        now,
      );
      await writeAudit(em, actor, {
        action: opts.publicSubmission ? "report.submitPublic" : "report.register",
        entity: "Report",
        entityId: r.id,
        note: `${r.serial} ${input.channel} ${input.origin}${realName ? " 实名" : " 匿名"}`,
        at: now,
      });
      return r;
    });
  } catch (err) {
    // the same idempotency key raced in from a retry: the first one won, return it
    if (opts.idempotencyKey && (isUniqueViolation(err) || (err as AppError)?.extensions?.code === "CONFLICT")) {
      const existing = await reader(deps).findOneBy(Report, { idempotencyKey: opts.idempotencyKey });
      if (existing) return existing;
    }
    throw err;
  }
  index.addSignature(report.id, sig);
  return report;
}

/** A clerk registers a report (LETTER, VISIT, ONLINE, PHONE); a client's retry with the same key returns the first one. */
export function registerReport(
  deps: IntakeDeps,
  input: RegistrationInput,
  idempotencyKey?: string | null,
): Promise<Report> {
  if (idempotencyKey !== undefined && idempotencyKey !== null && !/^[\w.:-]{8,60}$/.test(idempotencyKey)) {
    throw badInput("幂等键应为 8–60 位字母、数字或 . _ : -");
  }
  // scoped to the caller: another officer's identical key never returns this officer's report
  const scoped = idempotencyKey && deps.actor ? `${deps.actor.id}:${idempotencyKey}` : null;
  return register(deps, input, { idempotencyKey: scoped });
}

/**
 * A member of the public reports online without an account: limited per client and per ID
 * number (five a day each), answered with the serial and a follow-up code (查询码) that is
 * shown once and stored only as a keyed hash. The limit is counted and the submission recorded
 * under the sources' lock rows in the registration's own transaction: concurrent submissions
 * from one client are counted one after another.
 */
export async function submitPublicReport(
  deps: IntakeDeps,
  input: PublicReportFields,
  clientIp: string,
): Promise<{ serial: string; followUpCode: string; receivedAt: Date }> {
  refuseIf(contentProblems(input.content));
  const now = deps.clock.now();
  const keys = [blindIndex(`ip:${clientIp || "unknown"}`)];
  // one person, however the number is written (x/X, full-width digits, spaces)
  if (input.reporter.idNumber?.trim()) keys.push(blindIndex(`id:${normaliseResidentId(input.reporter.idNumber)}`));
  const since = new Date(now.getTime() - DEFAULT_PUBLIC_WINDOW_MS);
  const refuseOverQuota = async (em: EntityManager) => {
    for (const keyHash of keys) {
      const recent = await em.find(PublicSubmission, { where: { keyHash, at: MoreThan(since) }, select: { at: true } });
      const decision = checkPublicQuota(
        recent.map((r) => r.at.getTime()),
        now.getTime(),
        DEFAULT_PUBLIC_QUOTA,
        DEFAULT_PUBLIC_WINDOW_MS,
      );
      if (!decision.allowed) {
        const hours = Math.ceil(decision.retryAfterMs / 3_600_000);
        throw conflict(
          `提交过于频繁：每天最多在线提交 ${DEFAULT_PUBLIC_QUOTA} 件，请约 ${hours} 小时后再试，或来信、来访、拨打举报电话`,
          { retryAfterSeconds: Math.ceil(decision.retryAfterMs / 1000) },
        );
      }
    }
  };
  // early and cheap for a client already over its limit; the count that decides is the one under the lock
  await refuseOverQuota(reader(deps));
  const quotaKeys = keys.map((k) => `submit:${k}`);
  await ensureQuotaLocks(deps, quotaKeys);
  const { code, hash } = newFollowUpCode();
  const report = await register(
    deps,
    { ...input, channel: Channel.ONLINE, origin: Origin.SELF_RECEIVED, submittedAt: now, attachments: [] },
    {
      publicSubmission: true,
      followUpCodeHash: hash,
      firstInTransaction: async (em) => {
        await holdQuotaLocks(em, quotaKeys);
        await refuseOverQuota(em);
        await em.insert(
          PublicSubmission,
          keys.map((keyHash) => ({ keyHash, at: now })),
        );
      },
    },
  );
  return { serial: report.serial, followUpCode: code, receivedAt: report.receivedAt };
}

/**
 * Public: the stage of a report by its follow-up code; never content, names or internal notes.
 * Wrong codes are throttled per client address (10 per 15 minutes): each look-up is counted as a
 * failure under the address's lock row before the code is looked up, and uncounted when it is
 * found, so concurrent guesses cannot outrun the limit.
 */
export async function reportProgress(
  deps: Pick<IntakeDeps, "db" | "clock">,
  code: string,
  clientIp: string,
): Promise<{ serial: string; stage: string; receivedAt: Date; updatedAt: Date }> {
  if (!isFollowUpCodeShape(code)) throw badInput("查询码格式不正确");
  const now = deps.clock.now();
  const keyHash = blindIndex(`ip:${clientIp || "unknown"}`);
  const quotaKey = `progress:${keyHash}`;
  await ensureQuotaLocks(deps, [quotaKey]);
  const attemptId = await transaction(deps, async (em) => {
    await holdQuotaLocks(em, [quotaKey]);
    const since = new Date(now.getTime() - FOLLOW_UP_FAILURE_WINDOW_MS);
    const recent = await em.find(FollowUpFailure, { where: { keyHash, at: MoreThan(since) }, select: { at: true } });
    const decision = checkPublicQuota(
      recent.map((r) => r.at.getTime()),
      now.getTime(),
      FOLLOW_UP_FAILURE_LIMIT,
      FOLLOW_UP_FAILURE_WINDOW_MS,
    );
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterMs / 60_000);
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `查询码输入错误次数过多，请约 ${minutes} 分钟后再试，或拨打举报电话查询`,
        { retryAfterSeconds: Math.ceil(decision.retryAfterMs / 1000) },
      );
    }
    const inserted = await em.insert(FollowUpFailure, { keyHash, at: now });
    return inserted.identifiers[0].id as number;
  });
  const r = await findByFollowUpCode(deps, code);
  if (!r) throw new AppError(ErrorCode.NOT_FOUND, "查询码不正确，请核对后再试");
  await reader(deps).delete(FollowUpFailure, { id: attemptId });
  return { serial: r.serial, stage: publicStage(r.status), receivedAt: r.receivedAt, updatedAt: r.updatedAt };
}

/** The report of a code: under its keyed hash, else (a code given out before issue 7) under its legacy hash, which is then replaced. */
async function findByFollowUpCode(deps: Pick<IntakeDeps, "db">, code: string): Promise<Report | null> {
  const em = reader(deps);
  const hash = hashFollowUpCode(code);
  const r = await em.findOneBy(Report, { followUpCodeHash: hash });
  if (r || !mayBeLegacyCode(code)) return r;
  const legacy = legacyFollowUpCodeHash(code);
  const old = await em.findOneBy(Report, { followUpCodeHash: legacy });
  if (old) await em.update(Report, { id: old.id, followUpCodeHash: legacy }, { followUpCodeHash: hash });
  return old;
}
