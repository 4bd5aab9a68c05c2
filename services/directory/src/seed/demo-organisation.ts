import { DepartmentKind, Sector, TownKind } from "../domain/kinds";
import { Role } from "@prp/kit/core";

/**
 * A realistic county-level city (modelled on the towns and streets of Laixi, Shandong)
 * with its commission offices, stationed groups, town committees and competent departments.
 */
export const DEMO_REGIONS = [
  {
    code: "R-CQ",
    name: "城区片区",
    towns: [
      ["T-SJ", "水集街道", TownKind.STREET],
      ["T-WC", "望城街道", TownKind.STREET],
      ["T-GH", "沽河街道", TownKind.STREET],
    ],
  },
  {
    code: "R-NB",
    name: "南部片区",
    towns: [
      ["T-JS", "姜山镇", TownKind.TOWN],
      ["T-XGZ", "夏格庄镇", TownKind.TOWN],
      ["T-DB", "店埠镇", TownKind.TOWN],
    ],
  },
  {
    code: "R-DB",
    name: "东部片区",
    towns: [
      ["T-YS", "院上镇", TownKind.TOWN],
      ["T-RZ", "日庄镇", TownKind.TOWN],
      ["T-NS", "南墅镇", TownKind.TOWN],
    ],
  },
  {
    code: "R-BB",
    name: "北部片区",
    towns: [
      ["T-HTD", "河头店镇", TownKind.TOWN],
      ["T-MLZ", "马连庄镇", TownKind.TOWN],
    ],
  },
] as const;

export const DEMO_COMMISSION: Array<{ code: string; name: string; kind: DepartmentKind }> = [
  { code: "LDBZ", name: "委领导班子", kind: DepartmentKind.LEADERSHIP },
  { code: "XFS", name: "信访室", kind: DepartmentKind.PETITION_OFFICE },
  { code: "AGS", name: "案件监督管理室", kind: DepartmentKind.CASE_SUPERVISION_OFFICE },
  ...["第一", "第二", "第三", "第四", "第五"].map((n, i) => ({
    code: `JJS0${i + 1}`,
    name: `${n}纪检监察室`,
    kind: DepartmentKind.SUPERVISION_OFFICE,
  })),
  ...["第一", "第二", "第三", "第四", "第五"].map((n, i) => ({
    code: `PZZ0${i + 1}`,
    name: `派驻${n}纪检监察组`,
    kind: DepartmentKind.STATIONED_GROUP,
  })),
];

/** Competent departments with the office (室) and group (组) that liaise with each. */
export const DEMO_COMPETENT_DEPARTMENTS = [
  { code: "ZG-JT", name: "市教育和体育局", sector: Sector.EDUCATION, office: "JJS01", group: "PZZ01" },
  { code: "ZG-ZJ", name: "市住房和城乡建设局", sector: Sector.HOUSING_CONSTRUCTION, office: "JJS02", group: "PZZ02" },
  { code: "ZG-ZR", name: "市自然资源局", sector: Sector.NATURAL_RESOURCES, office: "JJS02", group: "PZZ02" },
  { code: "ZG-RS", name: "市人力资源和社会保障局", sector: Sector.HUMAN_RESOURCES, office: "JJS03", group: "PZZ03" },
  { code: "ZG-MZ", name: "市民政局", sector: Sector.CIVIL_AFFAIRS, office: "JJS03", group: "PZZ03" },
  { code: "ZG-NY", name: "市农业农村局", sector: Sector.AGRICULTURE, office: "JJS04", group: "PZZ04" },
  { code: "ZG-WJ", name: "市卫生健康局", sector: Sector.HEALTH, office: "JJS04", group: "PZZ01" },
  { code: "ZG-SJ", name: "市市场监督管理局", sector: Sector.MARKET_REGULATION, office: "JJS05", group: "PZZ05" },
  { code: "ZG-GA", name: "市公安局", sector: Sector.POLITICS_LAW, office: "JJS05", group: "PZZ05" },
  { code: "ZG-JY", name: "市交通运输局", sector: Sector.TRANSPORT, office: "JJS01", group: "PZZ04" },
];

/** One demo account per role (the administrator is created separately). */
export const DEMO_USERS = [
  {
    username: "leader",
    displayName: "王建国",
    roles: [Role.LEADER],
    department: "LDBZ",
    post: "市纪委副书记、市监委副主任",
    towns: ["T-SJ", "T-JS", "T-YS"],
  },
  {
    username: "leader2",
    displayName: "刘秀英",
    roles: [Role.LEADER],
    department: "LDBZ",
    post: "市纪委常委",
    towns: ["T-WC", "T-HTD", "T-MLZ"],
  },
  { username: "officer", displayName: "李娜", roles: [Role.PETITION_OFFICER], department: "XFS", post: "信访室主任" },
  { username: "officer2", displayName: "赵磊", roles: [Role.PETITION_OFFICER], department: "XFS", post: "信访室干部" },
  {
    username: "handler",
    displayName: "陈明",
    roles: [Role.CASE_HANDLER],
    department: "JJS01",
    post: "第一纪检监察室干部",
  },
  { username: "liaison", displayName: "孙丽", roles: [Role.LIAISON], department: "ZG-ZJ", post: "市住建局信访联络员" },
  { username: "analyst", displayName: "周洋", roles: [Role.ANALYST], department: "AGS", post: "案管室干部" },
  { username: "trainee", displayName: "吴静", roles: [Role.TRAINEE], department: "XFS", post: "新入职干部" },
];

export const DEMO_LIAISON_SINCE = "2024-01-01";
