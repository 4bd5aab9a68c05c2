/** Why a case is a candidate for a leader's ownership (包案筛选理由). */
export enum ScreeningReason {
  /** 上级交办: the item was assigned by a higher commission. */
  ASSIGNED_FROM_ABOVE = "ASSIGNED_FROM_ABOVE",
  /** 疑难复杂: graded KEY by case handling. */
  DIFFICULT_COMPLEX = "DIFFICULT_COMPLEX",
  /** 干扰多阻力大: nominated by the petition office or a handling unit. */
  INTERFERENCE = "INTERFERENCE",
  /** 结而不服: the real-name reporter was dissatisfied with the result. */
  DISSATISFIED = "DISSATISFIED",
  /** 重复举报: the case's colour label turned red. */
  REPEATED = "REPEATED",
}
export const SCREENING_REASON_LABELS: Record<ScreeningReason, string> = {
  ASSIGNED_FROM_ABOVE: "上级交办",
  DIFFICULT_COMPLEX: "疑难复杂",
  INTERFERENCE: "干扰多阻力大",
  DISSATISFIED: "结而不服",
  REPEATED: "重复举报（红色色标）",
};

/** An ownership (包案) from claim to its end. */
export enum OwnershipStatus {
  ACTIVE = "ACTIVE",
  RELEASED = "RELEASED",
  TRANSFERRED = "TRANSFERRED",
  CONCLUDED = "CONCLUDED",
}
export const OWNERSHIP_STATUS_LABELS: Record<OwnershipStatus, string> = {
  ACTIVE: "包案中",
  RELEASED: "已退出包案",
  TRANSFERRED: "已改由其他领导包案",
  CONCLUDED: "案件已办结",
};

/** Where the case stands, as case handling's events told us. */
export enum CaseStage {
  OPEN = "OPEN",
  CONCLUDED = "CONCLUDED",
  CLOSED = "CLOSED",
}
export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  OPEN: "办理中",
  CONCLUDED: "已办结",
  CLOSED: "已结案",
};
