/**
 * The vocabulary of case handling (办理). String enums: stored and sent over GraphQL as they read.
 * Chinese labels for every value are in labels.ts.
 */

/** Where a case stands. WITHDRAWN: intake withdrew the routing decision before handling began. */
export enum CaseStatus {
  PENDING_ACCEPTANCE = "PENDING_ACCEPTANCE",
  ACCEPTED = "ACCEPTED",
  IN_PROGRESS = "IN_PROGRESS",
  CONCLUDED = "CONCLUDED",
  FEEDBACK_GIVEN = "FEEDBACK_GIVEN",
  CLOSED = "CLOSED",
  WITHDRAWN = "WITHDRAWN",
}

/** 分级分类: simple matters followed in the monthly dispatch, or complex key ones. */
export enum CaseGrade {
  ROUTINE = "ROUTINE",
  KEY = "KEY",
}

/** How a case is handled. */
export enum HandlingMode {
  SINGLE_UNIT = "SINGLE_UNIT",
  /** 片区协作: the units of a region, one of them coordinating. */
  REGIONAL_COORDINATION = "REGIONAL_COORDINATION",
  /** 室组地: a supervision office, a stationed group and a town committee, one leading. */
  JOINT = "JOINT",
}

/** The finding at conclusion (属实 / 部分属实 / 不属实). */
export enum Finding {
  SUBSTANTIATED = "SUBSTANTIATED",
  PARTLY_SUBSTANTIATED = "PARTLY_SUBSTANTIATED",
  UNSUBSTANTIATED = "UNSUBSTANTIATED",
}

/** Level of listed supervision (挂牌督办). */
export enum SupervisionLevel {
  /** 市纪委监委挂牌 */
  COMMISSION = "COMMISSION",
  /** 委领导挂牌 */
  LEADER = "LEADER",
}

/** The part a unit plays in a case. */
export enum CaseUnitRole {
  /** 承办单位 (single unit), or the unit that must accept. */
  HANDLING = "HANDLING",
  /** 片区协作: the coordinating unit. */
  COORDINATOR = "COORDINATOR",
  /** 片区协作: a participating unit of the region. */
  PARTICIPANT = "PARTICIPANT",
  /** 室组地: the lead unit. */
  LEAD = "LEAD",
  /** 室组地: a member unit. */
  MEMBER = "MEMBER",
}

export enum TaskStatus {
  OPEN = "OPEN",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
}

/** A transfer to a competent department (双向移交、单向反馈). The feedback and supervision states are added with them. */
export enum TransferStatus {
  OPEN = "OPEN",
  WITHDRAWN = "WITHDRAWN",
}

/** What a routing decision opens in case handling (intake's Disposition, by value). */
export enum Opening {
  CASE = "CASE",
  TRANSFER = "TRANSFER",
  NOTHING = "NOTHING",
}
