import { createHash, randomBytes } from "node:crypto";
import { In, type EntityManager } from "typeorm";
import {
  AppError, ErrorCode, badInput, beijingDate, blindIndex, conflict, encryptPii, inTransaction, isUniqueViolation,
  newId, notFound, writeAudit, type AuthUser, type SubgraphContext,
} from "@prp/kit";
import { Report } from "../entities/Report";
import { ReportSubject } from "../entities/ReportSubject";
import { ReportStep } from "../entities/ReportStep";
import { ProblemCategoryOption, SerialCounter } from "../entities/support";
import { normaliseResidentId, registrationProblems } from "../domain/channel-rules";
import { acceptanceNoticeDue } from "../domain/deadlines";
import { newTriageState, TriageError, type TriageState } from "../domain/triage";
import { encodeSignature, decodeSignature, signature as minhash, signatureVersion } from "../domain/similarity";
import { findRepeats, normaliseSubjectKey } from "../domain/repeat";
import { formatSerial } from "../domain/serial";
import { Channel, CheckFlag, Origin } from "../domain/enums";
import { CHANNEL_LABELS } from "../domain/labels";
import { similarityConfig, similarityIndex } from "./similarity-index";
import { calendar } from "./directory-client";
import type { RegisterReportInput, SubjectInput } from "./inputs";

/** What the system proposes for 查 at registration; the officer confirms or rejects it. */
export interface Proposals {
  templatedWith: { id: string; similarity: number }[];
  repeatOf: string[];
}

export const parseState = (r: Report): TriageState => JSON.parse(r.triage);
export const parseProposals = (r: Report): Proposals => JSON.parse(r.proposals || '{"templatedWith":[],"repeatOf":[]}');
export const confirmedFlags = (r: Report): CheckFlag[] => (r.flags ? (r.flags.split(",") as CheckFlag[]) : []);

/** A refused triage step becomes the platform's error with the same code and message. */
export function asAppError(err: unknown): never {
  if (err instanceof TriageError) throw new AppError(err.code as ErrorCode, err.message);
  throw err;
}

const actorName = (u: AuthUser | undefined | null) => (u ? u.displayName || u.username : "系统");

export async function recordStep(em: EntityManager, reportId: string, step: string, actor: AuthUser | undefined | null, summary: string, at = new Date()): Promise<void> {
  await em.insert(ReportStep, { reportId, step, actorId: actor && !actor.id.startsWith("service:") ? actor.id : null, actorName: actorName(actor), at, summary });
}

/** Creates the year's counter row outside any transaction; a concurrent creator simply wins. */
async function ensureSerialCounter(db: SubgraphContext["db"], year: number): Promise<void> {
  if (await db.getRepository(SerialCounter).existsBy({ year })) return;
  try {
    await db.getRepository(SerialCounter).insert({ year, lastSeq: 0 });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
}

/** The next serial of the year, read under a row lock so that numbers are gap-free and unique. */
async function nextSerial(em: EntityManager, year: number): Promise<string> {
  const repo = em.getRepository(SerialCounter);
  // SQLite transactions are already one at a time (see inTransaction); MySQL locks the row
  const lock = em.connection.options.type === "better-sqlite3" ? {} : { lock: { mode: "pessimistic_write" as const } };
  const counter = await repo.findOne({ where: { year }, ...lock });
  if (!counter) throw new Error(`serial counter for ${year} missing`);
  const seq = counter.lastSeq + 1;
  await repo.update({ year }, { lastSeq: seq });
  return formatSerial(year, seq);
}

export async function activeCategory(em: EntityManager, code: string): Promise<ProblemCategoryOption> {
  const c = await em.findOneBy(ProblemCategoryOption, { code });
  if (!c || !c.active) throw badInput(`问题类别“${code}”不存在或已停用`);
  return c;
}

/** Earlier reports about the same subject (normalised name + unit) that look like the same matter. */
async function proposeRepeats(em: EntityManager, candidate: { subjects: SubjectInput[]; townId: string | null; category: string; text: string }, sig: Uint32Array): Promise<string[]> {
  if (!candidate.subjects.length) return [];
  const keys = candidate.subjects.map((s) => normaliseSubjectKey({ name: s.name, unitId: s.unitId ?? null }));
  const hits = await em.findBy(ReportSubject, { subjectKey: In(keys) });
  if (!hits.length) return [];
  const reportIds = [...new Set(hits.map((h) => h.reportId))];
  const earlier = await em.find(Report, { where: { id: In(reportIds) }, select: { id: true, category: true, signature: true, signatureVersion: true, townId: true, receivedAt: true } });
  const version = signatureVersion(similarityConfig());
  const finding = findRepeats(
    { id: "new", subjects: candidate.subjects.map((s) => ({ name: s.name, unitId: s.unitId ?? null, townId: s.townId ?? null, post: s.post ?? null })), townId: candidate.townId, category: candidate.category, signature: sig },
    earlier.map((r) => ({
      id: r.id,
      subjects: hits.filter((h) => h.reportId === r.id).map((h) => ({ name: h.name, unitId: h.unitId, townId: h.townId, post: h.post })),
      townId: r.townId,
      category: r.category,
      signature: r.signatureVersion === version && r.signature ? decodeSignature(r.signature) : null,
      receivedAt: r.receivedAt,
    })),
  );
  return finding.reportIds;
}

export interface RegistrationOptions {
  idempotencyKey?: string | null;
  publicSubmission?: boolean;
  followUpCodeHash?: string | null;
  maxContentChars?: number;
}

/**
 * 应录尽录: validates, proposes 贴牌 and repeat flags, and writes the report, its subjects,
 * its first step and its audit row in one transaction. The same idempotency key twice
 * returns the first report.
 */
export async function registerReport(ctx: SubgraphContext, input: RegisterReportInput, opts: RegistrationOptions = {}): Promise<Report> {
  const now = new Date();
  if (opts.idempotencyKey) {
    const existing = await ctx.db.getRepository(Report).findOneBy({ idempotencyKey: opts.idempotencyKey });
    if (existing) return existing;
  }
  const receivedAt = input.receivedAt ?? now;
  if (Number.isNaN(receivedAt.getTime()) || receivedAt.getTime() > now.getTime() + 5 * 60_000) throw badInput("收件时间不能晚于现在");
  const problems = registrationProblems({
    channel: input.channel,
    origin: input.origin,
    forwardingAuthority: input.forwardingAuthority,
    forwardingReference: input.forwardingReference,
    reporter: input.reporter,
    visitorCount: input.visitorCount,
    receivingStaff: input.receivingStaff,
    callerNumber: input.callerNumber,
    callTime: input.callTime,
    postmarkDate: input.postmarkDate,
    submittedAt: input.submittedAt,
  }, now);
  if (problems.length) throw badInput(problems.join("；"), { problems });

  const cfg = similarityConfig();
  const sig = minhash(`${input.summary}\n${input.content}`, cfg);
  const index = await similarityIndex(ctx.db);
  const templated = index.querySignature(sig, { threshold: cfg.threshold, limit: 20 }).matches;
  const realName = input.reporter.realName;
  // stored and indexed in one spelling, so that a reporter's reports find each other
  const idNumber = input.reporter.idNumber?.trim() ? normaliseResidentId(input.reporter.idNumber) : null;
  const cal = await calendar.get();

  // the register's year is the year of registration (a letter of 31 December registered in January is numbered in January's year)
  const year = Number(beijingDate(now).slice(0, 4));
  await ensureSerialCounter(ctx.db, year);
  let report: Report;
  try {
    report = await inTransaction(ctx.db, async (em) => {
      await activeCategory(em, input.category);
      const repeatOf = await proposeRepeats(em, { subjects: input.subjects, townId: input.townId ?? null, category: input.category, text: input.content }, sig);
      const due = acceptanceNoticeDue(cal, receivedAt, { realName, isRepeat: false });
      const r = em.create(Report, {
        id: newId(),
        serial: await nextSerial(em, year),
        channel: input.channel,
        origin: input.origin,
        forwardingAuthority: input.forwardingAuthority?.trim() || null,
        forwardingReference: input.forwardingReference?.trim() || null,
        status: newTriageState(input.origin).status,
        receivedAt,
        receivedById: opts.publicSubmission ? null : ctx.user?.id ?? null,
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
        channelDetails: JSON.stringify({
          visitorCount: input.channel === Channel.VISIT ? input.visitorCount ?? null : null,
          receivingStaff: input.channel === Channel.VISIT ? input.receivingStaff ?? null : null,
          callerNumberEnc: input.channel === Channel.PHONE ? encryptPii(input.callerNumber) : null,
          callTime: input.channel === Channel.PHONE ? input.callTime ?? null : null,
          postmarkDate: input.channel === Channel.LETTER ? input.postmarkDate ?? null : null,
          submittedAt: input.channel === Channel.ONLINE ? input.submittedAt ?? now : null,
        }),
        attachments: JSON.stringify(input.attachments ?? []),
        idempotencyKey: opts.idempotencyKey ?? null,
        followUpCodeHash: opts.followUpCodeHash ?? null,
        publicSubmission: !!opts.publicSubmission,
        triage: JSON.stringify(newTriageState(input.origin)),
        scope: null,
        flags: "",
        proposals: JSON.stringify({ templatedWith: templated.map((m) => ({ id: m.id, similarity: Math.round(m.similarity * 1000) / 1000 })), repeatOf } satisfies Proposals),
        isRepeat: false,
        disposition: null,
        handlingDepartmentId: null,
        copyToDepartmentId: null,
        competentDepartmentId: null,
        decisionDueDate: null,
        decidedAt: null,
        signature: encodeSignature(sig),
        signatureVersion: signatureVersion(cfg),
        acceptanceDueDate: due?.dueDate ?? null,
        acceptanceNoticeAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(Report, r);
      if (input.subjects.length) {
        await em.insert(ReportSubject, input.subjects.map((s) => ({
          id: newId(),
          reportId: r.id,
          name: s.name.trim(),
          post: s.post?.trim() || null,
          unitId: s.unitId ?? null,
          rank: s.rank?.trim() || null,
          townId: s.townId ?? null,
          subjectKey: normaliseSubjectKey({ name: s.name, unitId: s.unitId ?? null }).slice(0, 200),
        })));
      }
      const origin = input.origin === Origin.SELF_RECEIVED ? "本级自收" : `上级转来（${input.forwardingAuthority} ${input.forwardingReference}）`;
      await recordStep(em, r.id, "REGISTER", opts.publicSubmission ? null : ctx.user, `登记 ${r.serial}：${origin}，${CHANNEL_LABELS[input.channel]}`, now);
      await writeAudit(em, opts.publicSubmission ? null : ctx.user, {
        action: opts.publicSubmission ? "report.submitPublic" : "report.register",
        entity: "Report",
        entityId: r.id,
        note: `${r.serial} ${input.channel} ${input.origin}${realName ? " 实名" : " 匿名"}`,
      });
      return r;
    });
  } catch (err) {
    // the same idempotency key raced in from a retry: the first one won, return it
    if (opts.idempotencyKey && (isUniqueViolation(err) || (err as AppError)?.extensions?.code === "CONFLICT")) {
      const existing = await ctx.db.getRepository(Report).findOneBy({ idempotencyKey: opts.idempotencyKey });
      if (existing) return existing;
    }
    throw err;
  }
  index.addSignature(report.id, sig);
  return report;
}

/** A follow-up code a person can read out on the phone: 12 characters without look-alikes. */
export function newFollowUpCode(): { code: string; hash: string } {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  const code = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  return { code, hash: hashFollowUpCode(code) };
}

export function hashFollowUpCode(code: string): string {
  return createHash("sha256").update(code.trim().toUpperCase().replace(/[^0-9A-Z]/g, "")).digest("hex");
}

export async function mustFindReport(em: EntityManager, id: string): Promise<Report> {
  const r = await em.findOneBy(Report, { id });
  if (!r) throw notFound("信访举报件", id);
  return r;
}

export { conflict };
