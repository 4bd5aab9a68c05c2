/** The kinds the directory sorts its units and links into (pure values; graph/enums.ts makes them GraphQL enums). */

export enum DepartmentKind {
  PETITION_OFFICE = "PETITION_OFFICE",
  CASE_SUPERVISION_OFFICE = "CASE_SUPERVISION_OFFICE",
  SUPERVISION_OFFICE = "SUPERVISION_OFFICE",
  STATIONED_GROUP = "STATIONED_GROUP",
  TOWN_COMMITTEE = "TOWN_COMMITTEE",
  COMPETENT_DEPARTMENT = "COMPETENT_DEPARTMENT",
  LEADERSHIP = "LEADERSHIP",
  OTHER = "OTHER",
}

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  PETITION_OFFICE: "信访室",
  CASE_SUPERVISION_OFFICE: "案件监督管理室",
  SUPERVISION_OFFICE: "纪检监察室",
  STATIONED_GROUP: "派驻纪检监察组",
  TOWN_COMMITTEE: "镇（街道）纪（工）委",
  COMPETENT_DEPARTMENT: "主管部门",
  LEADERSHIP: "委领导班子",
  OTHER: "其他",
};

export enum TownKind {
  TOWN = "TOWN",
  STREET = "STREET",
}

export enum LiaisonKind {
  /** A numbered supervision office that is the department's contact office (联系). */
  CONTACT_OFFICE = "CONTACT_OFFICE",
  /** The stationed group that covers the department (派驻). */
  STATIONED_GROUP = "STATIONED_GROUP",
}
