import type { MiddlewareFn } from "type-graphql";
import { AppError, ErrorCode } from "./core/errors";

/**
 * Text that is not valid Unicode (a lone UTF-16 surrogate) cannot be stored as sent: UTF-8
 * databases turn it into U+FFFD silently. Every string argument of every field is checked once,
 * here, before validation and the resolver, so what is stored is exactly what was sent.
 */

/** A surrogate outside a pair (in `u` mode a valid pair is one astral code point, never `Cs`). */
const LONE_SURROGATE = /\p{Cs}/u;

export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** Paths (`subjects.0.name`, as class-validator's problems name them) of the strings in a value that are not valid Unicode. */
export function malformedTextPaths(value: unknown, path: string, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (!isWellFormedText(value)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => malformedTextPaths(item, path ? `${path}.${i}` : String(i), out));
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) malformedTextPaths(item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** type-graphql global middleware: BAD_USER_INPUT naming each field with invalid text. */
export const refuseMalformedText: MiddlewareFn = async ({ args }, next) => {
  if (args && Object.keys(args).length) {
    // an input object's fields are named without the argument's name, like validation problems
    const paths = Object.entries(args).flatMap(([name, value]) =>
      malformedTextPaths(value, value !== null && typeof value === "object" && !Array.isArray(value) ? "" : name),
    );
    if (paths.length) {
      const problems = paths.map((p) => `${p}：含有无效字符（不成对的 UTF-16 代理项），请删除后重新提交`);
      throw new AppError(ErrorCode.BAD_USER_INPUT, `输入有误：${problems.join("；")}`, { problems });
    }
  }
  return next();
};
