import { registerLabelledEnum } from "@prp/kit";
import {
  ATTEMPT_STATUS_LABELS,
  AttemptStatus,
  DRILL_CRITERION_LABELS,
  DrillCriterion,
  LATE_POLICY_LABELS,
  LatePolicy,
  QUESTION_KIND_LABELS,
  QUIZ_SELECTION_LABELS,
  QuestionKind,
  QuizSelection,
  RESEARCH_STATUS_LABELS,
  ROUND_STATUS_LABELS,
  ResearchStatus,
  RoundStatus,
  SCENARIO_KIND_LABELS,
  SESSION_MODE_LABELS,
  ScenarioKind,
  SessionMode,
} from "../domain/enums";

export * from "../domain/enums";

registerLabelledEnum(SessionMode, "SessionMode", "培训形式", SESSION_MODE_LABELS);
registerLabelledEnum(QuestionKind, "QuestionKind", "题型", QUESTION_KIND_LABELS);
registerLabelledEnum(QuizSelection, "QuizSelection", "组卷方式", QUIZ_SELECTION_LABELS);
registerLabelledEnum(LatePolicy, "LatePolicy", "超时提交的处理", LATE_POLICY_LABELS);
registerLabelledEnum(AttemptStatus, "AttemptStatus", "答题状态", ATTEMPT_STATUS_LABELS);
registerLabelledEnum(DrillCriterion, "DrillCriterion", "擂台赛评分项", DRILL_CRITERION_LABELS);
registerLabelledEnum(ScenarioKind, "ScenarioKind", "模拟场景", SCENARIO_KIND_LABELS);
registerLabelledEnum(RoundStatus, "RoundStatus", "比赛轮次状态", ROUND_STATUS_LABELS);
registerLabelledEnum(ResearchStatus, "ResearchStatus", "课题状态", RESEARCH_STATUS_LABELS);
