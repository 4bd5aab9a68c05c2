import { registerEnumType } from "type-graphql";
import {
  ATTEMPT_STATUS_LABELS, AttemptStatus, DRILL_CRITERION_LABELS, DrillCriterion, LATE_POLICY_LABELS, LatePolicy,
  QUESTION_KIND_LABELS, QUIZ_SELECTION_LABELS, QuestionKind, QuizSelection, RESEARCH_STATUS_LABELS, ROUND_STATUS_LABELS,
  ResearchStatus, RoundStatus, SCENARIO_KIND_LABELS, SESSION_MODE_LABELS, ScenarioKind, SessionMode,
} from "../domain/enums";

export * from "../domain/enums";

const withLabels = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }]));

registerEnumType(SessionMode, { name: "SessionMode", description: "培训形式", valuesConfig: withLabels(SESSION_MODE_LABELS) });
registerEnumType(QuestionKind, { name: "QuestionKind", description: "题型", valuesConfig: withLabels(QUESTION_KIND_LABELS) });
registerEnumType(QuizSelection, { name: "QuizSelection", description: "组卷方式", valuesConfig: withLabels(QUIZ_SELECTION_LABELS) });
registerEnumType(LatePolicy, { name: "LatePolicy", description: "超时提交的处理", valuesConfig: withLabels(LATE_POLICY_LABELS) });
registerEnumType(AttemptStatus, { name: "AttemptStatus", description: "答题状态", valuesConfig: withLabels(ATTEMPT_STATUS_LABELS) });
registerEnumType(DrillCriterion, { name: "DrillCriterion", description: "擂台赛评分项", valuesConfig: withLabels(DRILL_CRITERION_LABELS) });
registerEnumType(ScenarioKind, { name: "ScenarioKind", description: "模拟场景", valuesConfig: withLabels(SCENARIO_KIND_LABELS) });
registerEnumType(RoundStatus, { name: "RoundStatus", description: "比赛轮次状态", valuesConfig: withLabels(ROUND_STATUS_LABELS) });
registerEnumType(ResearchStatus, { name: "ResearchStatus", description: "课题状态", valuesConfig: withLabels(RESEARCH_STATUS_LABELS) });
