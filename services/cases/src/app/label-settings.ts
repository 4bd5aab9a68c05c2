import type { EntityManager } from "typeorm";
import { badInput, forbidden, Role, writeAudit } from "@prp/kit";
import { ColourLabelSetting } from "../entities/ColourLabelSetting";
import {
  DEFAULT_LABEL_CONFIG,
  LabelColour,
  type LabelCategory,
  resolveLabelConfig,
  type LabelConfig,
  type LabelConfigOverrides,
  type Thresholds,
} from "../domain/colour-labels";
import { reader, signedInActor, transaction, type CasesDeps } from "./cases-deps";

const SETTING_ID = "default";

/** The colour label rules in force: the documented defaults with the administrator's stored thresholds. */
export async function loadLabelConfig(em: EntityManager): Promise<LabelConfig> {
  const row = await em.findOneBy(ColourLabelSetting, { id: SETTING_ID });
  return row ? resolveLabelConfig(row.overrides) : DEFAULT_LABEL_CONFIG;
}

export interface LabelSettingsView {
  config: LabelConfig;
  /** True while no administrator has changed anything. */
  isDefault: boolean;
  updatedAt: Date | null;
  updatedById: string | null;
}

/** The thresholds in force and who last changed them. */
export async function colourLabelThresholds(deps: Pick<CasesDeps, "db">): Promise<LabelSettingsView> {
  const row = await reader(deps).findOneBy(ColourLabelSetting, { id: SETTING_ID });
  return {
    config: row ? resolveLabelConfig(row.overrides) : DEFAULT_LABEL_CONFIG,
    isDefault: !row,
    updatedAt: row?.updatedAt ?? null,
    updatedById: row?.updatedById ?? null,
  };
}

export interface CategoryThresholdsInput {
  category: LabelCategory;
  enabled: boolean;
  green?: number | null;
  yellow?: number | null;
  orange?: number | null;
  red?: number | null;
}

export interface LabelThresholdsInput {
  rules: CategoryThresholdsInput[];
  repeatWindowMonths?: number | null;
}

/** An input as overrides of the defaults: a category left out keeps its default rule. */
export function overridesOf(input: LabelThresholdsInput): LabelConfigOverrides {
  const rules: NonNullable<LabelConfigOverrides["rules"]> = {};
  for (const r of input.rules) {
    const thresholds: Thresholds = {};
    if (r.green != null) thresholds[LabelColour.GREEN] = r.green;
    if (r.yellow != null) thresholds[LabelColour.YELLOW] = r.yellow;
    if (r.orange != null) thresholds[LabelColour.ORANGE] = r.orange;
    if (r.red != null) thresholds[LabelColour.RED] = r.red;
    rules[r.category] = { enabled: r.enabled, thresholds };
  }
  return { rules, ...(input.repeatWindowMonths != null ? { repeatWindowMonths: input.repeatWindowMonths } : {}) };
}

/**
 * An administrator sets the colour label thresholds (色标阈值). Checked as a whole (integers in
 * range, ascending from green to red, each category once); stored with an audit row in one
 * transaction. The next screening (on demand, scheduled or a case's rescreen) uses them. Setting
 * the same values again changes nothing but the time.
 */
export async function setColourLabelThresholds(
  deps: CasesDeps,
  input: LabelThresholdsInput,
): Promise<LabelSettingsView> {
  const actor = signedInActor(deps);
  if (!actor.roles.includes(Role.ADMIN)) throw forbidden("只有系统管理员才能设置色标阈值");
  const seen = new Set<string>();
  const twice = input.rules.filter((r) => seen.size === seen.add(r.category).size).map((r) => r.category);
  if (twice.length) {
    const message = `每个色标类别只能设置一次（重复：${[...new Set(twice)].join("、")}）`;
    throw badInput(message, { problems: [message] });
  }
  const overrides = overridesOf(input);
  // throws BAD_USER_INPUT naming every problem
  const config = resolveLabelConfig(overrides);
  const now = deps.clock.now();
  return transaction(deps, async (em) => {
    const before = await em.findOneBy(ColourLabelSetting, { id: SETTING_ID });
    const row = { id: SETTING_ID, overrides, updatedAt: now, updatedById: actor.id };
    if (before) await em.update(ColourLabelSetting, { id: SETTING_ID }, row);
    else await em.insert(ColourLabelSetting, row);
    await writeAudit(em, actor, {
      action: "label.thresholds",
      entity: "ColourLabelSetting",
      entityId: SETTING_ID,
      before: { config: before ? resolveLabelConfig(before.overrides) : DEFAULT_LABEL_CONFIG },
      after: { config },
      note: "设置色标阈值",
      at: now,
    });
    return { config, isDefault: false, updatedAt: now, updatedById: actor.id };
  });
}
