import "reflect-metadata";
import {
  DepartmentRef,
  RegionRef,
  TownRef,
  UserRef,
  createAuditLogResolver,
  createEventFeedResolver,
  type SubgraphDefinition,
} from "@prp/kit";
import { entities, Case, Transfer } from "./entities";
import { migrations } from "./migrations";
// the order of the resolvers is the order of the fields in the printed schema (schema/cases.graphql)
import { CaseResolver, CaseUnitResolver } from "./graph/case.resolver";
import { TransferResolver } from "./graph/transfer.resolver";
import { JointTaskResolver } from "./graph/joint-task.resolver";
import { PeriodCasesResolver } from "./graph/period.resolver";
import { Period } from "./graph/period.types";
import { ReportCaseResolver } from "./graph/report.resolver";

import { startIntakeConsumer } from "./app/intake-consumer";
import { ReporterLoopResolver } from "./graph/reporter-loop.resolver";
import { CaseLabelChangeResolver, CaseLabelResolver, ColourLabelResolver } from "./graph/colour-labels.resolver";
import {
  SupervisionActionResolver,
  TransferFeedbackDetailResolver,
  TransferFeedbackResolver,
} from "./graph/transfer-feedback.resolver";
import { DispatchResolver } from "./graph/dispatch.resolver";
import { LabelSettingsResolver } from "./graph/label-settings.resolver";
import { startScheduledScreening } from "./app/scheduled-screening";
import { demoHandlingOnceOpened, seedCases } from "./seed";

/** 办理: cases and transfers opened from intake's routing, their handling, grading and supervision. */
export const subgraph: SubgraphDefinition = {
  name: "cases",
  resolvers: [
    CaseResolver,
    CaseUnitResolver,
    JointTaskResolver,
    TransferResolver,
    PeriodCasesResolver,
    ReportCaseResolver,
    createEventFeedResolver("cases", "办理子图"),
    ReporterLoopResolver,
    ColourLabelResolver,
    CaseLabelResolver,
    CaseLabelChangeResolver,
    TransferFeedbackResolver,
    TransferFeedbackDetailResolver,
    SupervisionActionResolver,
    DispatchResolver,
    LabelSettingsResolver,
    createAuditLogResolver("cases"),
  ],
  orphanedTypes: [DepartmentRef, RegionRef, TownRef, UserRef, Period],
  entities,
  migrations,
  referenceResolvers: {
    Case: (ref, ctx) => ctx.loaders.one(Case).load(ref.id),
    Transfer: (ref, ctx) => ctx.loaders.one(Transfer).load(ref.id),
    Report: (ref) => ({ id: ref.id }),
    Period: (ref) => ({ from: ref.from, to: ref.to }),
  },
  seed: seedCases,
  background: (db, log, opts) => {
    // opens cases and transfers from intake's routing events (the demo handling follows the first ones),
    // and the daily colour label screening (one replica per day)
    const work = [
      startIntakeConsumer(db, log, opts.demoData ? demoHandlingOnceOpened(db, log) : undefined),
      startScheduledScreening(db, log),
    ];
    return { stop: async () => void (await Promise.all(work.map((w) => w.stop()))) };
  },
};

export * from "./entities";
