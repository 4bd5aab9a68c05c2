import { registerEnumType } from "type-graphql";
import { DEPARTMENT_KIND_LABELS, DepartmentKind, LiaisonKind, TownKind } from "../domain/kinds";

// The enums live in the domain (pure); here they become GraphQL enums. Graph files import them
// from this file so that the registration has always run before a schema is built.
export { DEPARTMENT_KIND_LABELS, DepartmentKind, LiaisonKind, TownKind };

registerEnumType(DepartmentKind, {
  name: "DepartmentKind",
  description: "部门类别",
  valuesConfig: Object.fromEntries(Object.entries(DEPARTMENT_KIND_LABELS).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(TownKind, {
  name: "TownKind",
  description: "镇或街道",
  valuesConfig: { TOWN: { description: "镇" }, STREET: { description: "街道" } },
});
registerEnumType(LiaisonKind, {
  name: "LiaisonKind",
  description: "联系关系类别",
  valuesConfig: {
    CONTACT_OFFICE: { description: "联系该部门的纪检监察室" },
    STATIONED_GROUP: { description: "派驻该部门的纪检监察组" },
  },
});
