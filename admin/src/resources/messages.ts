import { directoryEn, directoryZhCN } from "./directory/messages";
import { intakeEn, intakeZhCN } from "./intake/messages";
import { trainingEn, trainingZhCN } from "./training/messages";
import { casesEn, casesZhCN } from "./cases/messages";
import { leadershipEn, leadershipZhCN } from "./leadership/messages";
import { analysisEn, analysisZhCN } from "./analysis/messages";

/** Each subgraph's screen labels; a new subgraph adds its pair here. */
export const RESOURCE_MESSAGES = [
  { zhCN: directoryZhCN, en: directoryEn },
  { zhCN: intakeZhCN, en: intakeEn },
  { zhCN: trainingZhCN, en: trainingEn },
  { zhCN: casesZhCN, en: casesEn },
  { zhCN: leadershipZhCN, en: leadershipEn },
  { zhCN: analysisZhCN, en: analysisEn },
];
