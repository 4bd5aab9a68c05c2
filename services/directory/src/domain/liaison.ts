import { DepartmentKind, LiaisonKind } from "./kinds";
import { liaisonTargetKind } from "./departments";
import { dateProblems } from "./dates";

export interface Period {
  validFrom: string;
  validTo: string | null;
}

export interface MappingLike extends Period {
  id: string;
  departmentId: string;
  liaisonDepartmentId: string;
  kind: LiaisonKind;
}

/** A mapping is current on a date when validFrom ≤ date ≤ validTo (an open end never runs out). */
export function isCurrentOn(p: Period, date: string): boolean {
  return p.validFrom <= date && (p.validTo === null || date <= p.validTo);
}

export function periodsOverlap(a: Period, b: Period): boolean {
  const aEnd = a.validTo ?? "9999-12-31";
  const bEnd = b.validTo ?? "9999-12-31";
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
}

export interface LiaisonCheck {
  departmentKind: DepartmentKind;
  targetKind: DepartmentKind;
  kind: LiaisonKind;
  period: Period;
  /** The department's other mappings of any kind. */
  existing: MappingLike[];
}

/** Why a proposed mapping cannot be saved: bad input problems and conflicts, kept apart. */
export function liaisonProblems(c: LiaisonCheck): { invalid: string[]; conflicts: string[] } {
  const invalid: string[] = [];
  const conflicts: string[] = [];
  if (c.departmentKind !== DepartmentKind.COMPETENT_DEPARTMENT) invalid.push("只能为主管部门设置联系（派驻）关系");
  const expected = liaisonTargetKind(c.kind);
  if (c.targetKind !== expected) {
    invalid.push(
      c.kind === LiaisonKind.CONTACT_OFFICE
        ? "“联系室”关系的联系单位必须是纪检监察室"
        : "“派驻组”关系的联系单位必须是派驻纪检监察组",
    );
  }
  invalid.push(...dateProblems("生效日期", c.period.validFrom));
  if (c.period.validTo !== null) invalid.push(...dateProblems("截止日期", c.period.validTo));
  if (invalid.length === 0 && c.period.validTo !== null && c.period.validTo < c.period.validFrom) {
    invalid.push("截止日期不能早于生效日期");
  }
  if (invalid.length === 0) {
    const clash = c.existing.find((m) => m.kind === c.kind && periodsOverlap(m, c.period));
    if (clash) {
      conflicts.push(
        `该部门在 ${clash.validFrom} 至 ${clash.validTo ?? "长期"} 已有同类联系关系；每类关系同一时间只能有一个，请先设置原关系的截止日期`,
      );
    }
  }
  return { invalid, conflicts };
}

/** The mapping of each kind that is current on `date` (at most one each, by the rule above). */
export function currentLiaisons<M extends MappingLike>(mappings: M[], date: string): M[] {
  return mappings.filter((m) => isCurrentOn(m, date)).sort((a, b) => a.kind.localeCompare(b.kind));
}
