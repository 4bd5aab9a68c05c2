import { registerLabelledEnum } from "@prp/kit";
import { DEPARTMENT_KIND_LABELS, DepartmentKind, LiaisonKind, SECTOR_LABELS, Sector, TownKind } from "../domain/kinds";

// The enums live in the domain (pure); here they become GraphQL enums. Graph files import them
// from this file so that the registration has always run before a schema is built.
export { DEPARTMENT_KIND_LABELS, DepartmentKind, LiaisonKind, SECTOR_LABELS, Sector, TownKind };

registerLabelledEnum(DepartmentKind, "DepartmentKind", "部门类别", DEPARTMENT_KIND_LABELS);
registerLabelledEnum(Sector, "Sector", "行业系统", SECTOR_LABELS);
registerLabelledEnum(TownKind, "TownKind", "镇或街道", { TOWN: "镇", STREET: "街道" });
registerLabelledEnum(LiaisonKind, "LiaisonKind", "联系关系类别", {
  CONTACT_OFFICE: "联系该部门的纪检监察室",
  STATIONED_GROUP: "派驻该部门的纪检监察组",
});
