import "reflect-metadata";
import { runSubgraph } from "@prp/kit";
import { directorySubgraph } from "./subgraph";

runSubgraph(directorySubgraph);
