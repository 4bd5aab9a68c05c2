import type { WorkingCalendar } from "@prp/kit";

/** A department as case handling needs to know it. */
export interface DirectoryUnit {
  id: string;
  name: string;
  kind: string;
  active: boolean;
}

/** What case handling asks the directory (adapter: infra/directory-client.ts). */
export interface DirectoryPort {
  /** The working-day calendar with the administrators' overrides. */
  calendar(): Promise<WorkingCalendar>;
  /** An active department, or NOT_FOUND / CONFLICT. */
  unit(id: string): Promise<DirectoryUnit>;
  /** The units serving a region (片区): its towns' committees and the offices and groups that serve them. */
  regionUnits(regionId: string): Promise<{ regionId: string; name: string; unitIds: string[] }>;
}
