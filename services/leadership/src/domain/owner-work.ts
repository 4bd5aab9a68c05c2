import { isDateOnly } from "@prp/kit/core";

const MAX_PARTICIPANTS = 30;

function participantProblems(participants: readonly string[]): string[] {
  const names = participants.map((p) => p.trim()).filter(Boolean);
  if (!names.length) return ["请填写参加人员"];
  if (names.length > MAX_PARTICIPANTS) return [`参加人员最多 ${MAX_PARTICIPANTS} 人`];
  if (names.some((n) => n.length > 50)) return ["每位参加人员最多 50 字"];
  return [];
}

function heldOnProblems(heldOn: string, today: string, what: string): string[] {
  if (!isDateOnly(heldOn)) return [`${what}日期格式应为 YYYY-MM-DD`];
  if (heldOn > today) return [`${what}日期不能晚于今天`];
  return [];
}

function textProblems(value: string, label: string, max: number): string[] {
  const t = value.trim();
  if (!t) return [`请填写${label}`];
  if (t.length > max) return [`${label}最多 ${max} 字`];
  return [];
}

/** Problems with a case analysis session (案情研判), all at once. `today`: Beijing date YYYY-MM-DD. */
export function analysisSessionProblems(
  s: { heldOn: string; participants: readonly string[]; findings: string; mainDirection: string },
  today: string,
): string[] {
  return [
    ...heldOnProblems(s.heldOn, today, "研判"),
    ...participantProblems(s.participants),
    ...textProblems(s.findings, "研判意见", 5000),
    ...textProblems(s.mainDirection, "主攻方向", 500),
  ];
}

/** Problems with a discussion of finding and discipline measure (研讨定性量纪). */
export function disciplineDiscussionProblems(
  d: { heldOn: string; participants: readonly string[]; finding: string; measure: string },
  today: string,
): string[] {
  return [
    ...heldOnProblems(d.heldOn, today, "研讨"),
    ...participantProblems(d.participants),
    ...textProblems(d.finding, "定性意见", 5000),
    ...textProblems(d.measure, "量纪意见", 5000),
  ];
}

/** Problems with forces marshalled (调度精干力量): at least one person or unit, and their task. */
export function forceProblems(f: { personIds: readonly string[]; unitIds: readonly string[]; task: string }): string[] {
  const p: string[] = [];
  if (!f.personIds.length && !f.unitIds.length) p.push("请选择调度的人员或单位");
  if (f.personIds.length + f.unitIds.length > 50) p.push("一次最多调度 50 个人员或单位");
  return [...p, ...textProblems(f.task, "任务", 500)];
}

/** Problems with the owner's target date (目标办结日期): a date, not in the past. */
export function targetDateProblems(targetDate: string, today: string): string[] {
  if (!isDateOnly(targetDate)) return ["目标办结日期格式应为 YYYY-MM-DD"];
  if (targetDate < today) return ["目标办结日期不能早于今天"];
  return [];
}

/** Participants as stored: trimmed, empty ones dropped, each once. */
export function cleanParticipants(participants: readonly string[]): string[] {
  return [...new Set(participants.map((p) => p.trim()).filter(Boolean))];
}
