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

/**
 * The sector (行业系统) a unit belongs to, so that the analysis can find problems that concentrate
 * in one sector across its units (a bureau, its schools or hospitals). Set by administrators.
 */
export enum Sector {
  EDUCATION = "EDUCATION",
  HEALTH = "HEALTH",
  HOUSING_CONSTRUCTION = "HOUSING_CONSTRUCTION",
  NATURAL_RESOURCES = "NATURAL_RESOURCES",
  HUMAN_RESOURCES = "HUMAN_RESOURCES",
  CIVIL_AFFAIRS = "CIVIL_AFFAIRS",
  AGRICULTURE = "AGRICULTURE",
  MARKET_REGULATION = "MARKET_REGULATION",
  POLITICS_LAW = "POLITICS_LAW",
  TRANSPORT = "TRANSPORT",
  FINANCE = "FINANCE",
  STATE_ENTERPRISE = "STATE_ENTERPRISE",
  OTHER = "OTHER",
}

export const SECTOR_LABELS: Record<Sector, string> = {
  EDUCATION: "教育系统",
  HEALTH: "卫生健康系统",
  HOUSING_CONSTRUCTION: "住房城乡建设系统",
  NATURAL_RESOURCES: "自然资源系统",
  HUMAN_RESOURCES: "人力资源社会保障系统",
  CIVIL_AFFAIRS: "民政系统",
  AGRICULTURE: "农业农村系统",
  MARKET_REGULATION: "市场监管系统",
  POLITICS_LAW: "政法系统",
  TRANSPORT: "交通运输系统",
  FINANCE: "财政金融系统",
  STATE_ENTERPRISE: "国有企业",
  OTHER: "其他行业",
};
