import { DepartmentKind, LiaisonKind } from "../entities/enums";
import { liaisonTargetKind } from "./departments";

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

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
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
  if (!isValidDate(c.period.validFrom)) invalid.push("生效日期格式应为 YYYY-MM-DD");
  if (c.period.validTo !== null && !isValidDate(c.period.validTo)) invalid.push("截止日期格式应为 YYYY-MM-DD");
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
