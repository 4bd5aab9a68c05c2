/** What a person may do on the platform. A user holds one or more roles. */
export enum Role {
  ADMIN = "ADMIN",
  LEADER = "LEADER",
  PETITION_OFFICER = "PETITION_OFFICER",
  CASE_HANDLER = "CASE_HANDLER",
  LIAISON = "LIAISON",
  ANALYST = "ANALYST",
  TRAINEE = "TRAINEE",
  /** Another subgraph calling on the platform's behalf (never given to a person). */
  SERVICE = "SERVICE",
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.ADMIN]: "系统管理员",
  [Role.LEADER]: "委领导",
  [Role.PETITION_OFFICER]: "信访室干部",
  [Role.CASE_HANDLER]: "承办人",
  [Role.LIAISON]: "主管部门联络员",
  [Role.ANALYST]: "分析研判人员",
  [Role.TRAINEE]: "培训学员",
  [Role.SERVICE]: "系统服务",
};

export const PERSON_ROLES = Object.values(Role).filter((r) => r !== Role.SERVICE);
