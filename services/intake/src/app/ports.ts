import type { WorkingCalendar } from "@prp/kit/core";
import type { SimilarityConfig, SimilarityIndex } from "../domain/similarity";

/** A department as the directory knows it. */
export interface DirectoryDepartment {
  id: string;
  name: string;
  kind: string;
  active: boolean;
}

/**
 * What intake's use cases ask of the directory. The API asks the directory subgraph over the
 * graph (infra/directory-client.ts); the demo seed answers from the snapshot it took once.
 */
export interface DirectoryPort {
  /** The working-day calendar with administrators' overrides. */
  calendar(): Promise<WorkingCalendar>;
  /** An active department; NOT_FOUND when there is none, CONFLICT when it is inactive. */
  department(id: string): Promise<DirectoryDepartment>;
  /** An active leader (呈批 goes to a leader only); NOT_FOUND or BAD_USER_INPUT otherwise. */
  leader(id: string): Promise<{ id: string; displayName: string }>;
  /**
   * The office or group that liaises with a competent department on a date: the copy-to unit of
   * 双向移交 (the contact office, else the stationed group). BAD_USER_INPUT when the department
   * is not a competent department, CONFLICT when it has no liaison.
   */
  copyTo(departmentId: string, on: string): Promise<{ copyToId: string; copyToName: string; departmentName: string }>;
  /**
   * Of the given town and department ids, those the directory does not know (inactive ones are
   * known: a report may concern a unit since merged or closed). One request for all of them.
   */
  unknownIds(ids: { towns: string[]; departments: string[] }): Promise<{ towns: string[]; departments: string[] }>;
}

/** A unit's sector (行业系统) as the directory names it; null where none is set. */
export interface UnitSector {
  sector: string | null;
  sectorName: string | null;
}

/** The sectors of units, for grouping reports by sector: one request for all of them; unknown ids left out. */
export type UnitSectorsPort = (unitIds: readonly string[]) => Promise<Map<string, UnitSector>>;

/** The 贴牌 similarity index a registration consults and then adds its own signature to. */
export interface SimilarityPort {
  readonly config: SimilarityConfig;
  /** The index, brought up to date with reports registered elsewhere (other replicas). */
  current(): Promise<SimilarityIndex>;
}
