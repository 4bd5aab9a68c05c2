import { Channel, Scope } from "../domain/enums";
import { NOT_ACCEPTABLE_GROUND_LABELS } from "../domain/labels";
import { recordAcceptanceNotice } from "../app/acceptance-notice";
import { int, officeMoment } from "./demo-calendar-time";
import { copyableDepartments } from "./demo-plan";
import { depsOf, touched, type DemoReport, type DemoYear } from "./demo-year";

/**
 * 受理告知: a real-name reporter is told, mostly within the 15 working days, after 查 (or after
 * the transfer of a matter outside the commission's remit). A repeat report is not told again.
 */
export function planAcceptanceNotice(year: DemoYear, p: DemoReport, after: Date): void {
  if (!p.report?.acceptanceDueDate) return;
  const at = officeMoment(year.cal, year.r, after, int(year.r, 0, 4));
  year.agenda.at(at, async () => {
    const report = p.report!;
    const how = p.draft.channel === Channel.VISIT || !p.identity.phone ? "书面告知" : "电话告知";
    const ground = report.triage.check?.notAcceptableGround ?? null;
    const what =
      report.triage.distinguish?.scope === Scope.OUT_OF_SCOPE
        ? `反映事项不属于纪检监察机关受理范围，已移送${copyableDepartments(year.dir).find((c) => c.id === report.handlingDepartmentId)?.name ?? "主管部门"}处理`
        : ground
          ? `不予受理（${NOT_ACCEPTABLE_GROUND_LABELS[ground]}）`
          : "反映问题已受理";
    touched(year, p, await recordAcceptanceNotice(depsOf(year, p.officer), report.id, `${how}举报人：${what}`));
  });
}
