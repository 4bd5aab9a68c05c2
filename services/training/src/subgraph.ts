import "reflect-metadata";
import { createAuditLogResolver, type SubgraphDefinition } from "@prp/kit";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { CourseResolver, SessionResolver } from "./graph/course.resolver";
import { QuestionResolver } from "./graph/question.resolver";
import { QuizResolver } from "./graph/quiz.resolver";
import { AttemptQuestionResolver, AttemptResolver } from "./graph/attempt.resolver";
import { DrillCompetitionResolver, DrillRoundResolver, DrillScoreResolver } from "./graph/drill.resolver";
import { ResearchResolver } from "./graph/research.resolver";
import { PeriodResolver } from "./graph/period.resolver";
import { UserTrainingResolver } from "./graph/user.resolver";
import { DepartmentRef } from "@prp/kit";
import { Period } from "./graph/period.types";
import { seedTraining } from "./seed";

/** 学以致用: courses and sessions, the question bank and knowledge tests, drills, research projects. */
export const subgraph: SubgraphDefinition = {
  name: "training",
  resolvers: [
    CourseResolver,
    SessionResolver,
    QuestionResolver,
    QuizResolver,
    AttemptResolver,
    AttemptQuestionResolver,
    DrillCompetitionResolver,
    DrillRoundResolver,
    DrillScoreResolver,
    ResearchResolver,
    PeriodResolver,
    UserTrainingResolver,
    createAuditLogResolver("training"),
  ],
  orphanedTypes: [DepartmentRef, Period],
  entities,
  migrations,
  referenceResolvers: {
    User: (ref) => ({ id: ref.id }),
    Period: (ref) => ({ from: ref.from, to: ref.to }),
  },
  seed: seedTraining,
};

export * from "./entities";
