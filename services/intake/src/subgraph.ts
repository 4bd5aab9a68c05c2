import "reflect-metadata";
import { createAuditLogResolver, createEventFeedResolver, type SubgraphDefinition } from "@prp/kit";
import { entities, Report } from "./entities";
import { migrations } from "./migrations";
// the order of the resolvers is the order of the fields in the printed schema (schema/intake.graphql)
import { ReportResolver } from "./graph/report.resolver";
import { RegistrationResolver } from "./graph/registration.resolver";
import { CategoryResolver } from "./graph/category.resolver";
import { TriageResolver } from "./graph/triage.resolver";
import { EscalationResolver } from "./graph/escalation.resolver";
import { StatisticsResolver } from "./graph/statistics.resolver";
import { HotspotGroupsResolver } from "./graph/hotspot-groups.resolver";
import { ReportSubjectResolver } from "./graph/report-subject.resolver";
import { seedIntake } from "./seed";
import { startCaseEventConsumer } from "./app/case-events";
import { startLeadershipEventConsumer } from "./app/leadership-events";

/** 受理: reports from registration on four channels through 辨查商定 triage to routing. */
export const subgraph: SubgraphDefinition = {
  name: "intake",
  resolvers: [
    ReportResolver,
    RegistrationResolver,
    CategoryResolver,
    TriageResolver,
    EscalationResolver,
    StatisticsResolver,
    HotspotGroupsResolver,
    createEventFeedResolver("intake", "受理子图"),
    ReportSubjectResolver,
    createAuditLogResolver("intake"),
  ],
  entities,
  migrations,
  referenceResolvers: {
    Report: (ref, ctx) => ctx.loaders.one(Report).load(ref.id),
    Period: (ref) => ({ from: ref.from, to: ref.to }),
  },
  seed: seedIntake,
  // case handling's events move a routed report on (ROUTED → IN_HANDLING → CONCLUDED → CLOSED);
  // leadership's tell who owns a report's case (领导包案), who may then see the reporter
  background: (db, log) => {
    const work = [startCaseEventConsumer(db, log), startLeadershipEventConsumer(db, log)];
    return { stop: async () => void (await Promise.all(work.map((w) => w.stop()))) };
  },
};

export * from "./entities";
