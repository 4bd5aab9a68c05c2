import "reflect-metadata";
import { createAuditLogResolver, type SubgraphDefinition } from "@prp/kit";
import { entities, Report } from "./entities";
import { migrations } from "./migrations";
import { ReportResolver } from "./graph/ReportResolver";
import { RegistrationResolver } from "./graph/RegistrationResolver";
import { TriageResolver } from "./graph/TriageResolver";
import { StatisticsResolver } from "./graph/StatisticsResolver";
import { EventsResolver } from "./graph/EventsResolver";
import { EscalationResolver, ReportSubjectResolver } from "./graph/FieldResolvers";
import { seedIntake } from "./seed";

/** 受理: reports from registration on four channels through 辨查商定 triage to routing. */
export const subgraph: SubgraphDefinition = {
  name: "intake",
  resolvers: [
    ReportResolver,
    RegistrationResolver,
    TriageResolver,
    StatisticsResolver,
    EventsResolver,
    ReportSubjectResolver,
    EscalationResolver,
    createAuditLogResolver("intake"),
  ],
  entities,
  migrations,
  referenceResolvers: {
    Report: (ref, ctx) => ctx.loaders.one(Report).load(ref.id),
    Period: (ref) => ({ from: ref.from, to: ref.to }),
  },
  seed: seedIntake,
};

export * from "./entities";
