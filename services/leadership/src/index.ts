import "reflect-metadata";
import { runSubgraph } from "@prp/kit";
import { subgraph } from "./subgraph";

runSubgraph(subgraph);
