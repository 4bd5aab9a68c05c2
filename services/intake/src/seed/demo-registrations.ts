import { Role, beijingDate } from "@prp/kit";
import { Channel, Origin, ProblemCategory } from "../domain/enums";
import { contentProblems } from "../domain/public-limits";
import { registerReport, submitPublicReport, type RegistrationInput } from "../app/registration";
import { Report } from "../entities/Report";
import { MIN, chance, int, later, shiftDate, shuffled, weighted } from "./demo-calendar-time";
import { mobile, rankOf, residentId, topicOf, type Draft, type Identity } from "./demo-plan";
import { actorOf, depsOf, type DemoReport, type DemoYear } from "./demo-year";

/**
 * Registration (应录尽录) of the demo reports, through the same use cases as the API: a clerk
 * registers letters, visits, calls and forwarded items; most online reports come in through the
 * public form (查询码).
 */
export function demoRegistrations(year: DemoYear) {
  const { r, dir } = year;
  const people = new Map<string, Identity>();
  const referenceSeq = new Map<string, number>();
  const deptByUnitName = new Map(dir.competentDepartments.map((d) => [d.name, d]));
  const officerNames = year.reports.length ? [...new Set(year.reports.map((p) => p.officer.displayName))] : [];

  /** The reporter of a real-name report; the same person keeps the same details across reports. */
  function identityOf(d: Draft): Identity {
    if (!d.realName) return { idNumber: null, phone: null, address: null };
    const g = d.g;
    const before = people.get(g.reporterName);
    const inText = /1[3-9]\d{9}/.exec(d.text.slice(d.text.lastIndexOf(g.reporterName)))?.[0] ?? null;
    let identity = before ?? {
      idNumber: chance(r, 0.85) ? residentId(r) : null,
      phone: inText ?? (chance(r, 0.9) ? mobile(r) : null),
      address: chance(r, 0.6) ? `山东省莱西市${d.town.name}${g.village}${int(r, 1, 260)}号` : null,
    };
    if (!identity.phone && !identity.address) identity = { ...identity, phone: mobile(r) };
    people.set(g.reporterName, identity);
    return identity;
  }

  /** Forwarding authority and its reference (转办单编号) of an item from above. */
  function forwarding(d: Draft): { forwardingAuthority: string | null; forwardingReference: string | null } {
    if (d.origin === Origin.SELF_RECEIVED) return { forwardingAuthority: null, forwardingReference: null };
    const y = beijingDate(d.receivedAt).slice(0, 4);
    const [authority, abbr] = weighted(r, [
      [["青岛市纪委监委", "青纪"], 70],
      [["山东省纪委监委", "鲁纪"], 24],
      [["中央纪委国家监委", "中纪"], 6],
    ] as [[string, string], number][]);
    const kindChar = d.origin === Origin.ASSIGNED_BY_SUPERIOR ? "交" : "转";
    const refKey = `${abbr}${kindChar}${y}`;
    const refSeq = (referenceSeq.get(refKey) ?? int(r, 20, 300)) + int(r, 1, 25);
    referenceSeq.set(refKey, refSeq);
    return { forwardingAuthority: authority, forwardingReference: `${abbr}信${kindChar}〔${y}〕${refSeq}号` };
  }

  function summaryOf(d: Draft): string {
    const g = d.g;
    return (
      g.category === ProblemCategory.OTHER
        ? `反映${topicOf(d.text, g.category)}问题（涉及${d.subjectUnit}${g.subjectPost}${g.subjectName}）`
        : d.kind === "noSubstance"
          ? `反映${d.subjectUnit}${g.subjectPost}${g.subjectName}存在违纪违法问题`
          : `反映${d.subjectUnit}${g.subjectPost}${g.subjectName}${topicOf(d.text, g.category)}等问题`
    ).slice(0, 500);
  }

  function inputOf(p: DemoReport): RegistrationInput {
    const d = p.draft;
    const g = d.g;
    const cityUnit = g.level === "city" ? (deptByUnitName.get(d.subjectUnit) ?? null) : null;
    const identity = p.identity;
    return {
      channel: d.channel,
      origin: d.origin,
      ...forwarding(d),
      // 上级交办期限: two months after arrival (no random draw, so the rest of the demo year stays as it was)
      authorityDueDate:
        d.origin === Origin.ASSIGNED_BY_SUPERIOR
          ? beijingDate(new Date(d.receivedAt.getTime() + 60 * 24 * 3600 * 1000))
          : null,
      receivedAt: d.receivedAt,
      reporter: {
        realName: d.realName,
        name: d.realName ? g.reporterName : null,
        idNumber: identity.idNumber,
        phone: identity.phone,
        address: identity.address,
      },
      subjects: [
        {
          name: g.subjectName,
          post: g.subjectPost,
          unitId: cityUnit?.id ?? null,
          rank: g.level === "village" ? null : rankOf(g.subjectPost),
          townId: g.level === "city" ? null : d.town.id,
        },
      ],
      category: g.category,
      townId: d.town.id,
      summary: summaryOf(d),
      content: d.text,
      attachments:
        d.channel === Channel.LETTER && chance(r, 0.4)
          ? [{ fileName: "来信原件扫描件.pdf", mimeType: "application/pdf", size: int(r, 180_000, 2_400_000) }]
          : d.channel === Channel.ONLINE && chance(r, 0.15)
            ? Array.from({ length: int(r, 1, 3) }, (_, j) => ({
                fileName: `现场照片${j + 1}.jpg`,
                mimeType: "image/jpeg",
                size: int(r, 300_000, 4_000_000),
              }))
            : [],
      visitorCount:
        d.channel === Channel.VISIT ? (chance(r, 0.8) ? 1 : chance(r, 0.7) ? int(r, 2, 5) : int(r, 6, 15)) : null,
      receivingStaff:
        d.channel === Channel.VISIT
          ? shuffled(r, officerNames.length ? officerNames : ["信访室"]).slice(0, int(r, 1, 2))
          : null,
      callerNumber:
        d.channel === Channel.PHONE
          ? (identity.phone ?? (chance(r, 0.7) ? mobile(r) : `0532-8${String(int(r, 0, 9_999_999)).padStart(7, "0")}`))
          : null,
      callTime: d.channel === Channel.PHONE ? d.receivedAt : null,
      postmarkDate: d.channel === Channel.LETTER ? shiftDate(beijingDate(d.receivedAt), -int(r, 1, 4)) : null,
      submittedAt: d.channel === Channel.ONLINE ? d.receivedAt : null,
    };
  }

  let lastCreated = 0;
  return {
    /**
     * When each report is registered: a public submission or a forwarded item at arrival, others
     * after the clerk has read them. Never before an earlier arrival's registration, so serial
     * numbers follow the order of arrival.
     */
    registeredAt(p: DemoReport, publicForm: boolean): Date {
      const d = p.draft;
      const at =
        publicForm || d.origin !== Origin.SELF_RECEIVED
          ? d.receivedAt
          : d.channel === Channel.LETTER || d.channel === Channel.ONLINE
            ? later(d.receivedAt, int(r, 10, 90) * MIN)
            : later(d.receivedAt, int(r, 5, 30) * MIN);
      lastCreated = Math.max(lastCreated + 1000, at.getTime());
      return new Date(lastCreated);
    },

    /** Online reports of our own: most through the public form (when the text is long enough for it). */
    viaPublicForm(p: DemoReport): boolean {
      const d = p.draft;
      return (
        d.channel === Channel.ONLINE &&
        d.origin === Origin.SELF_RECEIVED &&
        chance(r, 0.7) &&
        contentProblems(d.text).length === 0
      );
    },

    /** Registers the report now (the seed's clock), through the public form or by the officer. */
    async register(p: DemoReport, publicForm: boolean, n: number): Promise<Report> {
      p.identity = identityOf(p.draft);
      const input = inputOf(p);
      if (!publicForm) return registerReport(depsOf(year, p.officer), input);
      const { serial } = await submitPublicReport(
        depsOf(year, null),
        { ...input, summary: input.summary.slice(0, 200) },
        `demo-client-${n}`,
      );
      return year.em.findOneByOrFail(Report, { serial });
    },
  };
}

export const officerActor = (person: { id: string; displayName: string }) => actorOf(person, Role.PETITION_OFFICER);
export const leaderActor = (person: { id: string; displayName: string }) => actorOf(person, Role.LEADER);
