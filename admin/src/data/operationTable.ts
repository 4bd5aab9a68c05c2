import type { OperationTable } from "./operation";
import { directoryOperations } from "../resources/directory/operations";
import { intakeOperations } from "../resources/intake/operations";
import { trainingOperations } from "../resources/training/operations";
import { casesOperations } from "../resources/cases/operations";
import { leadershipOperations } from "../resources/leadership/operations";
import { analysisOperations } from "../resources/analysis/operations";

/**
 * THE table: every resource of the portal → its operations on the graph. Each subgraph keeps
 * its part next to its screens (resources/<subgraph>/operations.ts); adding a subgraph is one
 * more spread here (and its screens in resources/index.ts).
 */
export const OPERATIONS: OperationTable = {
  ...directoryOperations,
  ...intakeOperations,
  ...trainingOperations,
  ...casesOperations,
  ...leadershipOperations,
  ...analysisOperations,
};
