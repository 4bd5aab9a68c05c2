import "reflect-metadata";
import { runSubgraph } from "@prp/kit";
import { intakeSubgraph } from "./subgraph";

runSubgraph(intakeSubgraph);
