import { Field } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { DATE_RE } from "@prp/kit/core";

/** Patterns and messages the input types share (class-validator checks them before any resolver runs). */

export const CODE_RE = /^[A-Za-z0-9_-]+$/;
export const CODE_MSG = "编码只能包含字母、数字、下划线和连字符";
export const CODE_LENGTH_MSG = "编码长度应为 1–32";
export const NAME_LENGTH_MSG = "名称长度应为 1–100";
export { DATE_RE };
export const DATE_MSG = "日期格式应为 YYYY-MM-DD";

/** Applies the decorators of one input field in order (a field declared the same way everywhere). */
function fieldWith(optional: boolean, ...rules: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    Field({ nullable: optional })(target, key);
    if (optional) IsOptional()(target, key);
    for (const rule of rules) rule(target, key);
  };
}

/** An organisation code: 1–32 letters, digits, `_` or `-`; optional in update inputs. */
export const CodeField = ({ optional = false } = {}): PropertyDecorator =>
  fieldWith(optional, Length(1, 32, { message: CODE_LENGTH_MSG }), Matches(CODE_RE, { message: CODE_MSG }));

/** A name of 1–100 characters; optional in update inputs. */
export const NameField = ({ optional = false } = {}): PropertyDecorator =>
  fieldWith(optional, Length(1, 100, { message: NAME_LENGTH_MSG }));
