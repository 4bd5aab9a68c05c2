import { beijingDate } from "@prp/kit";
import { Origin } from "../domain/enums";
import { signForReport } from "../app/sign-for";
import { MIN, atBeijing, int, later } from "./demo-calendar-time";
import { depsOf, touched, type DemoReport, type DemoYear } from "./demo-year";

/**
 * 当天签收: when a forwarded item is signed for. The same day as a rule; a few were signed the
 * next working day; the latest ones still wait (null).
 */
export function signForTime(year: DemoYear, p: DemoReport, registeredAt: Date): Date | null {
  const d = p.draft;
  if (d.origin === Origin.SELF_RECEIVED || d.signing === "notYet") return null;
  const { r, cal } = year;
  if (d.signing === "late") return atBeijing(cal.addWorkingDays(beijingDate(d.receivedAt), 1), 8.5 + r() * 2);
  let at = later(d.receivedAt, int(r, 10, 150) * MIN);
  if (at <= registeredAt) at = later(registeredAt, int(r, 5, 30) * MIN);
  return beijingDate(at) !== beijingDate(d.receivedAt) ? atBeijing(beijingDate(d.receivedAt), 23) : at;
}

/** The officer signs for the item now. */
export async function signForDemoReport(year: DemoYear, p: DemoReport): Promise<void> {
  touched(year, p, await signForReport(depsOf(year, p.officer), p.report!.id));
}
