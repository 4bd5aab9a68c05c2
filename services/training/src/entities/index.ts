import { AuditEntry } from "@prp/kit";
import { Course } from "./Course";
import { TrainingSession } from "./TrainingSession";
import { Attendance } from "./Attendance";
import { Question } from "./Question";
import { Quiz } from "./Quiz";
import { QuizAttempt } from "./QuizAttempt";
import { AttemptItem } from "./AttemptItem";
import { DrillCompetition } from "./DrillCompetition";
import { DrillRound } from "./DrillRound";
import { DrillScore } from "./DrillScore";
import { ResearchProject } from "./ResearchProject";

export * from "./enums";
export { Course, CourseMaterial } from "./Course";
export { TrainingSession } from "./TrainingSession";
export { Attendance } from "./Attendance";
export { Question, QuestionOptionView } from "./Question";
export { Quiz } from "./Quiz";
export { QuizAttempt } from "./QuizAttempt";
export { AttemptItem } from "./AttemptItem";
export { DrillCompetition, DrillWeights } from "./DrillCompetition";
export { DrillRound } from "./DrillRound";
export { DrillScore } from "./DrillScore";
export { ResearchProject, ResearchImprovement } from "./ResearchProject";

export const entities = [
  AuditEntry,
  Course,
  TrainingSession,
  Attendance,
  Question,
  Quiz,
  QuizAttempt,
  AttemptItem,
  DrillCompetition,
  DrillRound,
  DrillScore,
  ResearchProject,
];
