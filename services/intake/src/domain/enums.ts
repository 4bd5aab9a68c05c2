/**
 * The vocabulary of intake (受理): from registration of a report to its routing.
 * String enums so that values stored in the database and sent over GraphQL read the same.
 * Chinese labels for every value are in labels.ts.
 */

/** The four channels of the single register (信、访、网、电 "四位一体"). */
export enum Channel {
  LETTER = "LETTER",
  VISIT = "VISIT",
  ONLINE = "ONLINE",
  PHONE = "PHONE",
}

/** Where the item came from: our own intake, or sent down by a higher commission. */
export enum Origin {
  SELF_RECEIVED = "SELF_RECEIVED",
  /** 上级转送件: forwarded for handling at this level. */
  FORWARDED_FROM_SUPERIOR = "FORWARDED_FROM_SUPERIOR",
  /** 上级交办件: assigned with a result required. */
  ASSIGNED_BY_SUPERIOR = "ASSIGNED_BY_SUPERIOR",
}

/** The four triage steps 辨、查、商、定, in the order they must run. */
export enum TriageStep {
  DISTINGUISH = "DISTINGUISH",
  CHECK = "CHECK",
  CONSULT = "CONSULT",
  DECIDE = "DECIDE",
}

/**
 * Where a report stands. Each triage step moves it one status on; ROUTED is the end of intake
 * (case handling has opened the case or transfer the decision asked for). The last three come
 * from case handling's events: the case is being handled, concluded, closed.
 */
export enum ReportStatus {
  /** A forwarded or assigned item that has arrived but nobody has signed for yet. */
  UNSIGNED = "UNSIGNED",
  /** Registered (self-received) or signed for (forwarded); triage may start. */
  REGISTERED = "REGISTERED",
  DISTINGUISHED = "DISTINGUISHED",
  CHECKED = "CHECKED",
  CONSULTED = "CONSULTED",
  DECIDED = "DECIDED",
  ROUTED = "ROUTED",
  IN_HANDLING = "IN_HANDLING",
  CONCLUDED = "CONCLUDED",
  CLOSED = "CLOSED",
}

/** Result of 辨: inside or outside the commission's remit (业务范围内/外). */
export enum Scope {
  IN_SCOPE = "IN_SCOPE",
  OUT_OF_SCOPE = "OUT_OF_SCOPE",
}

/** Findings of 查. A report may carry several. */
export enum CheckFlag {
  /** 贴牌: the same templated text submitted under many names or many times. */
  TEMPLATED = "TEMPLATED",
  /** 无实质内容: names a violation with no facts. */
  NO_SUBSTANCE = "NO_SUBSTANCE",
  /** 重复举报: same subject and matter reported before. */
  REPEAT = "REPEAT",
  /** 不予受理: needs a NotAcceptableGround. */
  NOT_ACCEPTABLE = "NOT_ACCEPTABLE",
}

/** Why a report is not accepted (不予受理). */
export enum NotAcceptableGround {
  /** Belongs to courts, arbitration or administrative review (诉讼、仲裁、行政复议). */
  LITIGATION_OR_ARBITRATION = "LITIGATION_OR_ARBITRATION",
  /** Belongs to another body's remit. */
  OTHER_BODY = "OTHER_BODY",
  /** A bare accusation without facts. */
  NO_SUBSTANCE = "NO_SUBSTANCE",
  /** Already concluded under the rules and nothing new is brought forward. */
  CONCLUDED_NO_NEW_FACTS = "CONCLUDED_NO_NEW_FACTS",
}

/** What the leader decides at 定 (规则 Art. 17 plus the ways an item leaves intake). */
export enum Disposition {
  TALK_OR_LETTER_INQUIRY = "TALK_OR_LETTER_INQUIRY",
  PRELIMINARY_VERIFICATION = "PRELIMINARY_VERIFICATION",
  HOLD = "HOLD",
  CLOSE = "CLOSE",
  INVESTIGATION = "INVESTIGATION",
  /** 转送: passed down to a lower committee for handling. */
  TRANSFER_DOWN = "TRANSFER_DOWN",
  /** 交办: passed down with a result required by a due date. */
  ASSIGN_DOWN = "ASSIGN_DOWN",
  /** Outside scope: to the competent department (双向移交). */
  TRANSFER_TO_DEPARTMENT = "TRANSFER_TO_DEPARTMENT",
}

/**
 * Default problem categories: the six disciplines of the Party's disciplinary rules plus
 * law-and-litigation matters and a catch-all. Administrators may extend the list, so code
 * that reads stored categories should accept any string and fall back to OTHER's label.
 */
export enum ProblemCategory {
  POLITICAL_DISCIPLINE = "POLITICAL_DISCIPLINE",
  ORGANIZATIONAL_DISCIPLINE = "ORGANIZATIONAL_DISCIPLINE",
  INTEGRITY_DISCIPLINE = "INTEGRITY_DISCIPLINE",
  MASS_DISCIPLINE = "MASS_DISCIPLINE",
  WORK_DISCIPLINE = "WORK_DISCIPLINE",
  LIFE_DISCIPLINE = "LIFE_DISCIPLINE",
  LAW_AND_LITIGATION = "LAW_AND_LITIGATION",
  OTHER = "OTHER",
}
