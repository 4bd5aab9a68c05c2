import "reflect-metadata";
import { createAuditLogResolver, type SubgraphDefinition } from "@prp/kit";
import { entities, Case, Transfer } from "./entities";
import { migrations } from "./migrations";
// the order of the resolvers is the order of the fields in the printed schema (schema/cases.graphql)
import { CaseResolver, CaseUnitResolver } from "./graph/case.resolver";
import { TransferResolver } from "./graph/transfer.resolver";
import { ReportCaseResolver } from "./graph/report.resolver";
import { CaseEventsResolver } from "./graph/events.resolver";
import { DepartmentRef, RegionRef, TownRef, UserRef } from "./graph/refs";
import { startIntakeConsumer } from "./app/intake-consumer";
import { seedCases } from "./seed";

/** 办理: cases and transfers opened from intake's routing, their handling, grading and supervision. */
export const subgraph: SubgraphDefinition = {
  name: "cases",
  resolvers: [CaseResolver, CaseUnitResolver, TransferResolver, ReportCaseResolver, CaseEventsResolver, createAuditLogResolver("cases")],
  orphanedTypes: [DepartmentRef, RegionRef, TownRef, UserRef],
  entities,
  migrations,
  referenceResolvers: {
    Case: (ref, ctx) => ctx.loaders.one(Case).load(ref.id),
    Transfer: (ref, ctx) => ctx.loaders.one(Transfer).load(ref.id),
    Report: (ref) => ({ id: ref.id }),
  },
  seed: seedCases,
  background: (db, log) => startIntakeConsumer(db, log),
};

export * from "./entities";
