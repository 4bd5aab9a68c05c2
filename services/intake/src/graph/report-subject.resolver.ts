import { DepartmentRef, TownRef, departmentRef, townRef } from "@prp/kit";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { ReportSubject } from "../entities/ReportSubject";

/** 被反映人: the unit and town are the directory's, referenced by id. */
@Resolver(() => ReportSubject)
export class ReportSubjectResolver {
  @FieldResolver(() => DepartmentRef, { nullable: true, description: "所在单位" })
  unit(@Root() s: ReportSubject): DepartmentRef | null {
    return departmentRef(s.unitId);
  }

  @FieldResolver(() => TownRef, { nullable: true, description: "所在镇（街道）" })
  town(@Root() s: ReportSubject): TownRef | null {
    return townRef(s.townId);
  }
}
