import type { LeadershipDeps } from "./leadership-deps";

/** A registered report as intake resolves it (through the graph). */
export interface ReportSummary {
  id: string;
  serial: string;
}

/** What receptions ask intake (adapter: infra/intake-reports-client.ts). */
export interface IntakeReportsPort {
  /** The reports of these ids that exist (missing ones are left out), in one call. */
  reports(ids: readonly string[]): Promise<ReportSummary[]>;
}

/** A leader as the published schedule names them (adapter: infra/leader-directory-client.ts). */
export interface LeaderProfile {
  id: string;
  displayName: string;
  post: string | null;
  roles: string[];
  active: boolean;
}

export interface LeaderProfilesPort {
  /** A person with their post (职务), or NOT_FOUND. */
  profile(id: string): Promise<LeaderProfile>;
}

/** The use cases of receptions and case visits need intake and the directory's posts besides. */
export interface FieldWorkDeps extends LeadershipDeps {
  intake: IntakeReportsPort;
  leaders: LeaderProfilesPort;
}
