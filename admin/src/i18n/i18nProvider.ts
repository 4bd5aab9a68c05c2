import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import { raZhCN } from "./ra-zh-CN";
import { commonEn, commonZhCN } from "./common";
import { RESOURCE_MESSAGES } from "../resources/messages";

/** Deep merge of message trees (later wins). */
function merge(...trees: Record<string, any>[]): Record<string, any> {
  const out: Record<string, any> = {};
  for (const t of trees)
    for (const [k, v] of Object.entries(t))
      out[k] =
        v && typeof v === "object" && !Array.isArray(v) && out[k] && typeof out[k] === "object" ? merge(out[k], v) : v;
  return out;
}

export const MESSAGES = {
  "zh-CN": merge(raZhCN, commonZhCN, ...RESOURCE_MESSAGES.map((m) => m.zhCN)),
  en: merge(englishMessages, commonEn, ...RESOURCE_MESSAGES.map((m) => m.en)),
};

export type Locale = keyof typeof MESSAGES;

/** Chinese by default; English on request (react-admin remembers the choice in its store). */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (MESSAGES[locale as Locale] ?? MESSAGES["zh-CN"]) as any,
  "zh-CN",
  [
    { locale: "zh-CN", name: "简体中文" },
    { locale: "en", name: "English" },
  ],
  { allowMissing: true },
);
