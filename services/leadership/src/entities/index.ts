import { AuditEntry, ConsumedEvent, ConsumerCursor, OutboxEvent } from "@prp/kit";
import { ScreenedCase } from "./ScreenedCase";
import { RoutedReport } from "./RoutedReport";
import { Nomination } from "./Nomination";
import { Ownership } from "./Ownership";
import { ActiveOwnership } from "./ActiveOwnership";
import { AnalysisSession } from "./AnalysisSession";
import { DisciplineDiscussion } from "./DisciplineDiscussion";
import { MarshalledForce } from "./MarshalledForce";
import { TownMeeting } from "./TownMeeting";
import { Reception } from "./Reception";
import { CaseVisit } from "./CaseVisit";
import { Campaign } from "./Campaign";
import { CampaignNote } from "./CampaignNote";
import { CampaignRule } from "./CampaignRule";
import { RiskFormulaSetting } from "./RiskFormulaSetting";

export * from "./enums";
export * from "./field-work-enums";
export { ScreenedCase, RoutedReport, Nomination, Ownership, ActiveOwnership };
export { AnalysisSession, DisciplineDiscussion, MarshalledForce };
export { TownMeeting, Reception, CaseVisit };
export { Campaign, CampaignNote, CampaignRule };
export { RiskFormulaSetting };

/** Every table of the leadership database, for the data source and the migration check. */
export const entities = [
  AuditEntry,
  OutboxEvent,
  ConsumedEvent,
  ConsumerCursor,
  ScreenedCase,
  RoutedReport,
  Nomination,
  Ownership,
  ActiveOwnership,
  AnalysisSession,
  DisciplineDiscussion,
  MarshalledForce,
  TownMeeting,
  Reception,
  CaseVisit,
  Campaign,
  CampaignNote,
  CampaignRule,
  RiskFormulaSetting,
];
