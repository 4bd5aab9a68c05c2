import { inTransaction, mustFind, newId, refuseIf, snapshot, writeAudit } from "@prp/kit";
import { ResearchProject, type ResearchImprovement } from "../entities";
import { ResearchStatus } from "../domain/enums";
import type { UseCaseDeps } from "./deps";
import { requireStaff, type PeopleDirectory } from "./people";

export interface ResearchDraft {
  title: string;
  topic: string;
  leadId: string;
  memberIds: string[];
}

export interface ResearchUpdate {
  status?: ResearchStatus | null;
  findings?: string | null;
  improvements?: ResearchImprovement[] | null;
  memberIds?: string[] | null;
}

export async function createResearchProject(
  deps: UseCaseDeps,
  people: PeopleDirectory,
  d: ResearchDraft,
): Promise<ResearchProject> {
  refuseIf([...(!d.title.trim() ? ["课题名称不能为空"] : []), ...(!d.topic.trim() ? ["须填写调研主题"] : [])]);
  await requireStaff(people, [d.leadId, ...d.memberIds], "课题负责人或成员");
  return inTransaction(deps.db, async (em) => {
    const now = deps.clock.now();
    const p = em.create(ResearchProject, {
      id: newId(),
      title: d.title.trim(),
      topic: d.topic.trim(),
      leadId: d.leadId,
      memberIds: [...new Set(d.memberIds.filter((m) => m !== d.leadId))],
      status: ResearchStatus.PROPOSED,
      findings: null,
      improvements: [],
      createdAt: now,
      updatedAt: now,
    });
    await em.insert(ResearchProject, p);
    await writeAudit(em, deps.actor, {
      action: "research.create",
      entity: "ResearchProject",
      entityId: p.id,
      after: snapshot(p),
    });
    return p;
  });
}

/** Progress, findings and the improvements adopted (with the rules they led to). A concluded project needs findings. */
export async function updateResearchProject(
  deps: UseCaseDeps,
  people: PeopleDirectory,
  id: string,
  u: ResearchUpdate,
): Promise<ResearchProject> {
  if (u.memberIds) await requireStaff(people, u.memberIds, "课题成员");
  const problems: string[] = [];
  if (u.improvements?.some((i) => !i.description.trim())) problems.push("改进措施不能为空");
  if (u.improvements?.some((i) => i.rule && !i.adopted)) problems.push("未采纳的改进措施不能填写形成的制度");
  refuseIf(problems);
  return inTransaction(deps.db, async (em) => {
    const p = await mustFind(em, ResearchProject, id, "调研课题");
    const before = snapshot(p);
    if (u.status) p.status = u.status;
    if (u.findings !== undefined && u.findings !== null) p.findings = u.findings.trim() || null;
    if (u.improvements)
      p.improvements = u.improvements.map((i) => ({
        description: i.description.trim(),
        adopted: i.adopted,
        rule: i.rule?.trim() || null,
      }));
    if (u.memberIds) p.memberIds = [...new Set(u.memberIds.filter((m) => m !== p.leadId))];
    refuseIf(p.status === ResearchStatus.CONCLUDED && !p.findings ? ["结题须填写调研发现"] : []);
    p.updatedAt = deps.clock.now();
    await em.save(ResearchProject, p);
    await writeAudit(em, deps.actor, {
      action: "research.update",
      entity: "ResearchProject",
      entityId: p.id,
      before,
      after: snapshot(p),
    });
    return p;
  });
}
