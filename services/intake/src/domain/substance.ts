import { normaliseText } from "./similarity";

/**
 * Facts a case officer could check: dates, amounts, counts, projects, companies, accounts.
 * A report naming none of them is a bare accusation (无实质内容) — only a proposal; the
 * officer decides at 查.
 */
const FACT_MARKERS =
  /[0-9０-９]|[元亩套笔]|[一二三四五六七八九十两]+(年|个月|月|日|户|次|万)|去年|今年|前年|年底|年初|月份|春节|中秋|期间|以来|工程|项目|公司|账目|账户|做账|假账|账本|合同|补贴|审批|发票|报销|低保|土地|拆迁|选举|宴请|送礼|收礼/;

/** Words that name a violation in general terms, without saying what happened. */
const GENERAL_CHARGES =
  /贪官|贪污|腐败|以权谋私|欺压百姓|作风败坏|保护伞|经济问题|不为民做主|违法乱纪|违纪|胡作非为|黑恶/;

/** Below this length (after removing spaces and punctuation) a text is short enough to be a bare accusation. */
export const NO_SUBSTANCE_MAX_CHARS = 80;

export function lacksSubstance(text: string): boolean {
  const plain = normaliseText(text ?? "", { stripDigits: false });
  if (plain.length === 0) return true;
  // 无实质内容 = names a violation with no facts: a general charge, short, and nothing checkable
  return plain.length <= NO_SUBSTANCE_MAX_CHARS && GENERAL_CHARGES.test(plain) && !FACT_MARKERS.test(plain);
}
