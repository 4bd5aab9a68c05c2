import "reflect-metadata";
import { entities, Ownership } from "./entities";
import { migrations } from "./migrations";
// the order of the resolvers is the order of the fields in the printed schema (schema/leadership.graphql)
import { ScreeningResolver } from "./graph/screening.resolver";
import { OwnershipResolver } from "./graph/ownership.resolver";
import { CaseOwnershipResolver } from "./graph/case.resolver";
import { MarshalledForceResolver, OwnerWorkResolver } from "./graph/owner-work.resolver";
import { MonitoringResolver } from "./graph/monitoring.resolver";
import { TownMeetingResolver } from "./graph/linked-town.resolver";
import { CaseVisitResolver, ReceptionResolver } from "./graph/reception.resolver";
import { CampaignResolver } from "./graph/campaign.resolver";
import { AnalysisResolver } from "./graph/analysis.resolver";
import { PeriodLeadershipResolver } from "./graph/period.resolver";
import { Period } from "./graph/period.types";
import {
  DepartmentRef,
  TownRef,
  UserRef,
  createAuditLogResolver,
  createEventFeedResolver,
  type SubgraphDefinition,
} from "@prp/kit";
import { startEventConsumers } from "./app/case-events";
import { demoCampaignFromHotspot, demoOwnershipOnceScreened, inTurn, seedLeadership } from "./seed";

/** 领导包案: the screening queue, leaders' ownership of cases and the owners' case work. */
export const subgraph: SubgraphDefinition = {
  name: "leadership",
  resolvers: [
    ScreeningResolver,
    OwnershipResolver,
    OwnerWorkResolver,
    MarshalledForceResolver,
    MonitoringResolver,
    CaseOwnershipResolver,
    createEventFeedResolver("leadership", "领导包案子图"),
    TownMeetingResolver,
    ReceptionResolver,
    CaseVisitResolver,
    CampaignResolver,
    AnalysisResolver,
    PeriodLeadershipResolver,
    createAuditLogResolver("leadership"),
  ],
  orphanedTypes: [DepartmentRef, TownRef, UserRef, Period],

  entities,
  migrations,
  referenceResolvers: {
    Ownership: (ref, ctx) => ctx.loaders.one(Ownership).load(ref.id),
    Case: (ref) => ({ id: ref.id }),
    Period: (ref) => ({ from: ref.from, to: ref.to }),
  },
  seed: seedLeadership,
  // the screening's facts and the ends of ownerships, from intake's and case handling's events
  // (the demo ownerships follow once demo cases are candidates, then the campaign from the demo hotspot)
  background: (db, log, opts) =>
    startEventConsumers(
      db,
      log,
      opts.demoData ? inTurn(demoOwnershipOnceScreened(db, log), demoCampaignFromHotspot(db, log)) : undefined,
    ),
};

export * from "./entities";
