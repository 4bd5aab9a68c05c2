import { DATE_RE } from "@prp/kit/core";

/** Patterns and messages the input types share (class-validator checks them before any resolver runs). */

export const CODE_RE = /^[A-Za-z0-9_-]+$/;
export const CODE_MSG = "编码只能包含字母、数字、下划线和连字符";
export const CODE_LENGTH_MSG = "编码长度应为 1–32";
export const NAME_LENGTH_MSG = "名称长度应为 1–100";
export { DATE_RE };
export const DATE_MSG = "日期格式应为 YYYY-MM-DD";
