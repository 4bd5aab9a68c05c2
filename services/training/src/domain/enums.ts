/** The training subgraph's vocabularies, with the Chinese label a clerk sees. */

export enum SessionMode {
  LECTURE = "LECTURE",
  EXCHANGE = "EXCHANGE",
  TEST = "TEST",
  DRILL = "DRILL",
}
export const SESSION_MODE_LABELS: Record<SessionMode, string> = {
  LECTURE: "专题授课",
  EXCHANGE: "交流研讨",
  TEST: "知识测试",
  DRILL: "擂台比武",
};

export enum QuestionKind {
  SINGLE_CHOICE = "SINGLE_CHOICE",
  MULTIPLE_CHOICE = "MULTIPLE_CHOICE",
  TRUE_FALSE = "TRUE_FALSE",
}
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  SINGLE_CHOICE: "单选题",
  MULTIPLE_CHOICE: "多选题",
  TRUE_FALSE: "判断题",
};

export enum QuizSelection {
  FIXED = "FIXED",
  RANDOM_BY_TAG = "RANDOM_BY_TAG",
}
export const QUIZ_SELECTION_LABELS: Record<QuizSelection, string> = {
  FIXED: "固定试题",
  RANDOM_BY_TAG: "按标签随机抽题",
};

/** What happens to a submission that arrives after the time limit. */
export enum LatePolicy {
  REFUSE = "REFUSE",
  SCORE_ANSWERED = "SCORE_ANSWERED",
}
export const LATE_POLICY_LABELS: Record<LatePolicy, string> = {
  REFUSE: "超时提交不予受理（不计分）",
  SCORE_ANSWERED: "超时提交按已作答部分计分",
};

export enum AttemptStatus {
  IN_PROGRESS = "IN_PROGRESS",
  SUBMITTED = "SUBMITTED",
  EXPIRED = "EXPIRED",
}
export const ATTEMPT_STATUS_LABELS: Record<AttemptStatus, string> = {
  IN_PROGRESS: "答题中",
  SUBMITTED: "已交卷",
  EXPIRED: "超时未交卷（不计分）",
};

/** The four things judges score in a reception drill (擂台赛). */
export enum DrillCriterion {
  WARM_RECEPTION = "WARM_RECEPTION",
  PATIENT_LISTENING = "PATIENT_LISTENING",
  CAREFUL_RECORDING = "CAREFUL_RECORDING",
  PROPER_HANDLING = "PROPER_HANDLING",
}
export const DRILL_CRITERION_LABELS: Record<DrillCriterion, string> = {
  WARM_RECEPTION: "热情接待",
  PATIENT_LISTENING: "耐心倾听",
  CAREFUL_RECORDING: "认真记录",
  PROPER_HANDLING: "妥善处理",
};
export const DRILL_CRITERIA = Object.values(DrillCriterion);

export enum ScenarioKind {
  VISIT = "VISIT",
  PHONE = "PHONE",
}
export const SCENARIO_KIND_LABELS: Record<ScenarioKind, string> = {
  VISIT: "模拟来访接待",
  PHONE: "模拟电话接听",
};

export enum RoundStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = { OPEN: "评分中", CLOSED: "已结束" };

export enum ResearchStatus {
  PROPOSED = "PROPOSED",
  IN_PROGRESS = "IN_PROGRESS",
  CONCLUDED = "CONCLUDED",
}
export const RESEARCH_STATUS_LABELS: Record<ResearchStatus, string> = {
  PROPOSED: "已立项",
  IN_PROGRESS: "调研中",
  CONCLUDED: "已结题",
};
