/** Enum choices of the training screens; labels from app.training.* messages. */
const choices = (prefix: string, ids: string[]) => ids.map((id) => ({ id, name: `${prefix}.${id}` }));

export const SESSION_MODES = choices("app.training.mode", ["LECTURE", "EXCHANGE", "TEST", "DRILL"]);
export const QUESTION_KINDS = choices("app.training.kind", ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE"]);
export const QUIZ_SELECTIONS = choices("app.training.selection", ["FIXED", "RANDOM_BY_TAG"]);
export const LATE_POLICIES = choices("app.training.late", ["REFUSE", "SCORE_ANSWERED"]);
export const RESEARCH_STATUSES = choices("app.training.research_status", ["PROPOSED", "IN_PROGRESS", "CONCLUDED"]);
export const SCENARIO_KINDS = choices("app.training.scenario", ["VISIT", "PHONE"]);
