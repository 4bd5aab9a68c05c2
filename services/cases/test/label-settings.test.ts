import type { DataSource } from "typeorm";
import { type ReportRoutedV2 } from "@prp/contracts";
import { AuditEntry, Role, SimulatedClock, type AuthUser } from "@prp/kit";
import { Case, CaseLabel } from "../src/entities";
import { openFromRouting } from "../src/app/opening";
import { recordReportFacts } from "../src/app/report-facts";
import { screenLabelsNow } from "../src/app/colour-labels";
import { colourLabelThresholds, loadLabelConfig, setColourLabelThresholds } from "../src/app/label-settings";
import { DEFAULT_LABEL_CONFIG, LabelCategory, LabelColour } from "../src/domain/colour-labels";
import type { CasesDeps } from "../src/app/cases-deps";
import { openCasesDatabase, testDeps } from "./support/cases-database";

const user = (id: string, roles: Role[]): AuthUser => ({
  id,
  username: id,
  displayName: id,
  roles,
  departmentId: null,
  townIds: [],
});
const admin = user("admin-1", [Role.ADMIN]);
const leader = user("leader-1", [Role.LEADER]);

const routed: ReportRoutedV2 = {
  reportId: "report-collective",
  serial: "2026-000301",
  disposition: "PRELIMINARY_VERIFICATION",
  handlingDepartmentId: "office-1",
  copyToDepartmentId: null,
  dueDate: null,
  gradeHint: "SIMPLE",
  realName: false,
  decidedAt: "2026-03-02T02:00:00.000Z",
  decidedBy: "leader-1",
  origin: "SELF_RECEIVED",
  forwardingAuthority: null,
  townId: null,
};

/** 色标阈值: stored by the administrator, used by the screening. */
describe(`colour label thresholds (${process.env.DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const clock = new SimulatedClock(new Date("2026-03-03T03:00:00Z"));
  const deps = (actor: AuthUser | null): CasesDeps => testDeps(db, actor, clock);
  let caseId: string;

  beforeAll(async () => {
    ({ db, close } = await openCasesDatabase("cases_label_settings"));
    // a report co-signed by 12 people: YELLOW by default (10 ≤ 12 < 20)
    await recordReportFacts(db.manager, { ...routed, coSigners: 12 }, clock.now());
    caseId = ((await openFromRouting(deps(null), routed)) as { item: Case }).item.id;
  });
  afterAll(() => close());

  const colour = async () => (await db.manager.findOneBy(CaseLabel, { caseId }))?.colour ?? null;
  const collective = (over: Record<string, unknown>) => ({
    rules: [{ category: LabelCategory.COLLECTIVE, enabled: true, ...over }],
  });

  it("starts from the documented defaults", async () => {
    const view = await colourLabelThresholds(deps(leader));
    expect(view.isDefault).toBe(true);
    expect(view.config).toEqual(DEFAULT_LABEL_CONFIG);
    await screenLabelsNow(deps(leader), db);
    expect(await colour()).toBe(LabelColour.YELLOW);
  });

  it("lets only the system administrator set them", async () => {
    await expect(
      setColourLabelThresholds(deps(leader), collective({ green: 2, yellow: 3, orange: 5, red: 12 })),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("系统管理员") });
    expect((await colourLabelThresholds(deps(leader))).isDefault).toBe(true);
  });

  it("refuses thresholds that do not ascend, are out of range, or name a category twice, and stores nothing", async () => {
    await expect(
      setColourLabelThresholds(deps(admin), collective({ green: 5, yellow: 5, orange: 20, red: 50 })),
    ).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("黄色阈值（5）须高于绿色阈值（5）"),
    });
    await expect(setColourLabelThresholds(deps(admin), collective({ red: 10_001 }))).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringContaining("不能超过 10000"),
    });
    await expect(setColourLabelThresholds(deps(admin), collective({ green: 0, red: 3 }))).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
    });
    await expect(
      setColourLabelThresholds(deps(admin), {
        rules: [
          { category: LabelCategory.COLLECTIVE, enabled: true, red: 3 },
          { category: LabelCategory.COLLECTIVE, enabled: false },
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("只能设置一次") });
    expect((await colourLabelThresholds(deps(leader))).isDefault).toBe(true);
    expect(await db.manager.countBy(AuditEntry, { action: "label.thresholds" })).toBe(0);
  });

  it("stores valid thresholds with an audit row, and the next screening uses them", async () => {
    const view = await setColourLabelThresholds(deps(admin), {
      ...collective({ green: 2, yellow: 3, orange: 5, red: 12 }),
      repeatWindowMonths: 6,
    });
    expect(view.isDefault).toBe(false);
    expect(view.config.rules.COLLECTIVE.thresholds).toEqual({ GREEN: 2, YELLOW: 3, ORANGE: 5, RED: 12 });
    // the categories not named keep their defaults
    expect(view.config.rules.REPEAT).toEqual(DEFAULT_LABEL_CONFIG.rules.REPEAT);
    expect(view.config.repeatWindowMonths).toBe(6);
    expect(await loadLabelConfig(db.manager)).toEqual(view.config);
    const audit = await db.manager.findBy(AuditEntry, { action: "label.thresholds" });
    expect(audit.map((a) => [a.actorId, a.entityId])).toEqual([["admin-1", "default"]]);

    await screenLabelsNow(deps(leader), db);
    expect(await colour()).toBe(LabelColour.RED);

    // set again (a retry): still one setting, the screening's answer unchanged
    await setColourLabelThresholds(deps(admin), collective({ green: 2, yellow: 3, orange: 5, red: 12 }));
    expect((await colourLabelThresholds(deps(leader))).config.rules.COLLECTIVE.thresholds.RED).toBe(12);
    // a category switched off gives no colour
    await setColourLabelThresholds(deps(admin), {
      rules: [{ category: LabelCategory.COLLECTIVE, enabled: false, red: 12 }],
    });
    await screenLabelsNow(deps(leader), db);
    expect(await colour()).toBeNull();
  });
});
