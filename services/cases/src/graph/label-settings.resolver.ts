import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Role, userRef, type SubgraphContext } from "@prp/kit";
import { CASE_READ_ROLES } from "../domain/access";
import {
  DEFAULT_LABEL_CONFIG,
  LABEL_CATEGORY_LABELS,
  LabelCategory,
  LabelColour,
  type LabelConfig,
} from "../domain/colour-labels";
import { colourLabelThresholds, setColourLabelThresholds, type LabelSettingsView } from "../app/label-settings";
import { casesDeps } from "./cases-deps";
import { CategoryThresholdsInfo, ColourLabelThresholdsInfo, ColourLabelThresholdsInput } from "./label-settings.types";

const rulesOf = (config: LabelConfig): CategoryThresholdsInfo[] =>
  Object.values(LabelCategory).map((category) => {
    const r = config.rules[category];
    return {
      category,
      name: LABEL_CATEGORY_LABELS[category],
      enabled: r.enabled,
      green: r.thresholds[LabelColour.GREEN] ?? null,
      yellow: r.thresholds[LabelColour.YELLOW] ?? null,
      orange: r.thresholds[LabelColour.ORANGE] ?? null,
      red: r.thresholds[LabelColour.RED] ?? null,
    };
  });

const info = (v: LabelSettingsView): ColourLabelThresholdsInfo => ({
  rules: rulesOf(v.config),
  repeatWindowMonths: v.config.repeatWindowMonths,
  isDefault: v.isDefault,
  updatedAt: v.updatedAt,
  updatedBy: userRef(v.updatedById),
  defaults: rulesOf(DEFAULT_LABEL_CONFIG),
  defaultRepeatWindowMonths: DEFAULT_LABEL_CONFIG.repeatWindowMonths,
});

/** 色标阈值: read by whoever works with the labels, set by the system administrator only. */
@Resolver()
export class LabelSettingsResolver {
  @Authorized(Role.ADMIN, ...CASE_READ_ROLES)
  @Query(() => ColourLabelThresholdsInfo, { description: "色标阈值（现行与默认）" })
  async colourLabelThresholds(@Ctx() ctx: SubgraphContext): Promise<ColourLabelThresholdsInfo> {
    return info(await colourLabelThresholds(casesDeps(ctx)));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ColourLabelThresholdsInfo, {
    description: "设置色标阈值（系统管理员）：自绿到红递增的整数；下次筛查起生效",
  })
  async setColourLabelThresholds(
    @Ctx() ctx: SubgraphContext,
    @Arg("input", () => ColourLabelThresholdsInput) input: ColourLabelThresholdsInput,
  ): Promise<ColourLabelThresholdsInfo> {
    return info(await setColourLabelThresholds(casesDeps(ctx), input));
  }
}
