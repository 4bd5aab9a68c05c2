import { CaseStage, SCREENING_REASON_LABELS, ScreeningReason } from "./enums";

/** What leadership knows about a case, from case handling's and intake's events. */
export interface ScreeningFacts {
  /** intake's origin of the report (ASSIGNED_BY_SUPERIOR: 上级交办). */
  origin: string | null;
  /** case handling's grade (KEY: 疑难复杂). */
  grade: string | null;
  /** The current colour label (RED: repeated reports and the like). */
  colour: string | null;
  /** A real-name reporter answered dissatisfied (结而不服). */
  dissatisfied: boolean;
  /** Nominated by the petition office or a handling unit (干扰多阻力大). */
  nominated: boolean;
}

/** The order reasons are shown in: the weightiest first. */
export const REASON_ORDER: readonly ScreeningReason[] = [
  ScreeningReason.ASSIGNED_FROM_ABOVE,
  ScreeningReason.DIFFICULT_COMPLEX,
  ScreeningReason.INTERFERENCE,
  ScreeningReason.DISSATISFIED,
  ScreeningReason.REPEATED,
];

/** Why a case is a candidate for a leader's ownership now (empty: it is not one). */
export function screeningReasons(f: ScreeningFacts): ScreeningReason[] {
  const hit: Record<ScreeningReason, boolean> = {
    ASSIGNED_FROM_ABOVE: f.origin === "ASSIGNED_BY_SUPERIOR",
    DIFFICULT_COMPLEX: f.grade === "KEY",
    INTERFERENCE: f.nominated,
    DISSATISFIED: f.dissatisfied,
    REPEATED: f.colour === "RED",
  };
  return REASON_ORDER.filter((r) => hit[r]);
}

/**
 * A case shows in the screening queue while it has reasons and no owner, and is still being handled;
 * a concluded case only when its reporter is dissatisfied (结而不服), a closed one never.
 */
export function isCandidate(
  reasons: readonly ScreeningReason[],
  stage: CaseStage,
  owned: boolean,
  dissatisfied: boolean,
): boolean {
  if (!reasons.length || owned) return false;
  return stage === CaseStage.OPEN || (stage === CaseStage.CONCLUDED && dissatisfied);
}

export interface QueueEntry {
  caseId: string;
  townId: string | null;
  reasons: readonly ScreeningReason[];
  /** When the case first became a candidate. */
  since: Date;
}

/**
 * The order a leader sees the queue in: cases in the leader's linked towns (包联镇街) first, then
 * more reasons before fewer, then the longest waiting first; the case id breaks ties.
 */
export function compareForLeader(linkedTownIds: readonly string[]): (a: QueueEntry, b: QueueEntry) => number {
  const linked = new Set(linkedTownIds);
  const inTown = (e: QueueEntry) => (e.townId && linked.has(e.townId) ? 0 : 1);
  return (a, b) =>
    inTown(a) - inTown(b) ||
    b.reasons.length - a.reasons.length ||
    a.since.getTime() - b.since.getTime() ||
    (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);
}

/** The reasons in Chinese, for messages and lists. */
export function reasonsText(reasons: readonly ScreeningReason[]): string {
  return reasons.map((r) => SCREENING_REASON_LABELS[r]).join("、");
}

/** Problems with a nomination's note (干扰多阻力大 needs the facts that justify it). */
export function nominationProblems(note: string): string[] {
  const t = note.trim();
  if (t.length < 4) return ["请说明提请领导包案的理由（至少 4 个字）"];
  if (t.length > 500) return ["提请理由最多 500 字"];
  return [];
}
