import { beijingDate, DATE_RE, isDateOnly } from "@prp/kit/core";
import { Channel, Origin } from "./enums";

/**
 * Registration checks (应录尽录): which fields each channel and origin requires, and
 * validation of a reporter's identity details. Every function returns a list of Chinese
 * messages for the clerk (empty when all is well) instead of throwing, so a form can
 * show every problem at once.
 */

/** How far in the future a recorded time may lie before we call it a typing error. */
export const DEFAULT_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Channel-specific facts of a report. Only the channel's own fields are looked at. */
export interface ChannelFields {
  channel: Channel;
  /** VISIT: how many people came (集体访 when more than one). */
  visitorCount?: number | null;
  /** VISIT: ids or names of the staff who received the visitors. */
  receivingStaff?: readonly string[] | null;
  /** PHONE */
  callerNumber?: string | null;
  callTime?: Date | string | null;
  /** LETTER: date of the postmark, YYYY-MM-DD (Beijing). */
  postmarkDate?: Date | string | null;
  /** ONLINE */
  submittedAt?: Date | string | null;
}

export interface OriginFields {
  origin: Origin;
  /** The higher commission that sent the item down. */
  forwardingAuthority?: string | null;
  /** Its document or platform number (转办单编号). */
  forwardingReference?: string | null;
  /** The higher authority's own due date for the closing report (上级交办期限), YYYY-MM-DD. */
  authorityDueDate?: string | null;
}

export interface ReporterFields {
  /** The reporter chose to report under their real name (实名举报). */
  realName: boolean;
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}

export interface RegistrationFields extends ChannelFields, OriginFields {
  reporter: ReporterFields;
}

const blank = (s: string | null | undefined): boolean => s == null || s.trim() === "";

function toInstant(value: Date | string): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Problem with a recorded instant: missing, unreadable, or later than now (plus skew). */
function instantProblem(
  label: string,
  value: Date | string | null | undefined,
  now: Date,
  skewMs: number,
): string | null {
  if (value == null || value === "") return `请填写${label}`;
  const at = toInstant(value);
  if (!at) return `${label}不是有效的时间`;
  if (at.getTime() > now.getTime() + skewMs) return `${label}不能晚于当前时间`;
  return null;
}

/** Problem with a recorded calendar date (Beijing): missing, unreadable, or after today. */
function dateProblem(label: string, value: Date | string | null | undefined, now: Date, skewMs: number): string | null {
  if (value == null || value === "") return `请填写${label}`;
  let date: string;
  if (typeof value === "string" && DATE_RE.test(value)) {
    if (!isDateOnly(value)) return `${label}不是有效的日期`;
    date = value;
  } else {
    const at = toInstant(value);
    if (!at) return `${label}不是有效的日期`;
    date = beijingDate(at);
  }
  if (date > beijingDate(new Date(now.getTime() + skewMs))) return `${label}不能晚于今天`;
  return null;
}

/** Missing or invalid channel-specific fields. */
export function channelProblems(
  input: ChannelFields,
  now: Date = new Date(),
  clockSkewMs = DEFAULT_CLOCK_SKEW_MS,
): string[] {
  const problems: (string | null)[] = [];
  switch (input.channel) {
    case Channel.VISIT: {
      const count = input.visitorCount;
      if (count == null) problems.push("请填写来访人数");
      else if (!Number.isInteger(count) || count < 1) problems.push("来访人数必须是不小于1的整数");
      const staff = (input.receivingStaff ?? []).filter((s) => !blank(s));
      if (staff.length === 0) problems.push("请填写接待人员");
      break;
    }
    case Channel.PHONE:
      if (blank(input.callerNumber)) problems.push("请填写来电号码");
      else if (!isValidPhoneNumber(input.callerNumber!)) problems.push("来电号码格式不正确");
      problems.push(instantProblem("来电时间", input.callTime, now, clockSkewMs));
      break;
    case Channel.LETTER:
      problems.push(dateProblem("邮戳日期", input.postmarkDate, now, clockSkewMs));
      break;
    case Channel.ONLINE:
      problems.push(instantProblem("网上提交时间", input.submittedAt, now, clockSkewMs));
      break;
    default:
      problems.push("举报渠道无效");
  }
  return problems.filter((p): p is string => p !== null);
}

/** Forwarded and assigned items must say who sent them and under which reference. */
export function originProblems(input: OriginFields): string[] {
  const problems: string[] = [];
  if (!Object.values(Origin).includes(input.origin)) return ["来源无效"];
  if (input.origin !== Origin.SELF_RECEIVED) {
    if (blank(input.forwardingAuthority)) problems.push("上级转送件、交办件须填写转办机关");
    if (blank(input.forwardingReference)) problems.push("上级转送件、交办件须填写转办编号");
  }
  problems.push(...authorityDueDateProblems(input.origin, input.authorityDueDate));
  return problems;
}

/**
 * 上级交办期限: only an item from above carries one, and it is a real calendar date. (It may lie
 * in the past: an item can arrive or be registered after the date the authority set.)
 */
export function authorityDueDateProblems(origin: Origin, authorityDueDate: string | null | undefined): string[] {
  if (blank(authorityDueDate)) return [];
  if (origin === Origin.SELF_RECEIVED) return ["只有上级转送件、交办件才有上级交办期限"];
  if (!isDateOnly(authorityDueDate!.trim())) return ["上级交办期限不是有效的日期（格式：YYYY-MM-DD）"];
  return [];
}

/**
 * A real-name reporter must be reachable (we owe them an acceptance notice and the result):
 * a name and a phone or an address. Identity details given by anyone, anonymous or not,
 * must be well-formed.
 */
export function reporterProblems(reporter: ReporterFields, now: Date = new Date()): string[] {
  const problems: string[] = [];
  if (reporter.realName) {
    if (blank(reporter.name)) problems.push("实名举报须填写举报人姓名");
    if (blank(reporter.phone) && blank(reporter.address)) problems.push("实名举报须至少填写一种联系方式（电话或地址）");
  }
  if (!blank(reporter.phone) && !isValidPhoneNumber(reporter.phone!)) problems.push("联系电话格式不正确");
  if (!blank(reporter.idNumber)) {
    const p = residentIdProblem(reporter.idNumber!, now);
    if (p) problems.push(p);
  }
  return problems;
}

/** Every registration problem of a report, channel first. */
export function registrationProblems(
  input: RegistrationFields,
  now: Date = new Date(),
  clockSkewMs = DEFAULT_CLOCK_SKEW_MS,
): string[] {
  return [
    ...channelProblems(input, now, clockSkewMs),
    ...originProblems(input),
    ...reporterProblems(input.reporter, now),
  ];
}

// ---------------------------------------------------------------------------------------
// Resident identity number (公民身份号码, GB 11643-1999)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = "10X98765432";

/** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("身份证号码前17位必须是数字");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/** Spaces removed, full-width digits folded, x upper-cased. */
export function normaliseResidentId(id: string): string {
  return id.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/**
 * Why an 18-character resident ID is invalid, or null. Checks the region prefix
 * (1–6 mainland provinces, 8 for Hong Kong/Macao/Taiwan residence permits), the birth
 * date (a real date, not before 1900, not after today) and the check digit.
 */
export function residentIdProblem(raw: string, now: Date = new Date()): string | null {
  const id = normaliseResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return "身份证号码应为18位（最后一位可以是X）";
  if (!/^[1-68]/.test(id)) return "身份证号码的地区码无效";
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isDateOnly(birth) || birth < "1900-01-01" || birth > beijingDate(now)) return "身份证号码中的出生日期无效";
  if (residentIdCheckDigit(id.slice(0, 17)) !== id[17]) return "身份证号码校验位不正确，请核对";
  return null;
}

export function isValidResidentId(id: string, now: Date = new Date()): boolean {
  return residentIdProblem(id, now) === null;
}

// ---------------------------------------------------------------------------------------
// Phone numbers

export type PhoneKind = "MOBILE" | "LANDLINE" | "LOCAL_LANDLINE";

const MOBILE_RE = /^1[3-9]\d{9}$/;
/** Area code 0xx or 0xxx, then a 7- or 8-digit local number, optional extension. */
const LANDLINE_RE = /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/;
/** A local landline written without its area code, common in county-level records. */
const LOCAL_LANDLINE_RE = /^[2-9]\d{6,7}$/;

/** Full-width folded, spaces and brackets dropped, +86/0086 country prefix removed. */
export function normalisePhoneNumber(raw: string): string {
  let s = raw.normalize("NFKC").replace(/[\s()（）]/g, "");
  s = s.replace(/^(\+86|0086)-?/, "");
  // mobiles are often written 138-1234-5678; hyphens only mean something in landlines
  if (/^1[\d-]+$/.test(s)) s = s.replace(/-/g, "");
  return s;
}

export function phoneKind(raw: string): PhoneKind | null {
  const s = normalisePhoneNumber(raw);
  if (MOBILE_RE.test(s)) return "MOBILE";
  if (LANDLINE_RE.test(s)) return "LANDLINE";
  if (LOCAL_LANDLINE_RE.test(s)) return "LOCAL_LANDLINE";
  return null;
}

export function isValidPhoneNumber(raw: string): boolean {
  return phoneKind(raw) !== null;
}
