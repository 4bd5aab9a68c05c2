/**
 * Small field checks for payload contracts: each returns the problem with one field, or null.
 * Hand-written on purpose: the contracts package has no dependencies.
 */
export type FieldCheck = (value: unknown) => string | null;

export const isString: FieldCheck = (v) => (typeof v === "string" && v.length > 0 ? null : "应为非空字符串");
export const isBoolean: FieldCheck = (v) => (typeof v === "boolean" ? null : "应为布尔值");
export const nullable =
  (check: FieldCheck): FieldCheck =>
  (v) =>
    v === null ? null : check(v);
export const oneOf =
  (values: readonly string[]): FieldCheck =>
  (v) =>
    typeof v === "string" && values.includes(v) ? null : `应为 ${values.join("、")} 之一`;
export const matches =
  (re: RegExp, what: string): FieldCheck =>
  (v) =>
    typeof v === "string" && re.test(v) ? null : `应为${what}`;
/** A list of non-empty strings (ids). */
export const isStringList: FieldCheck = (v) =>
  Array.isArray(v) && v.every((x) => typeof x === "string" && x.length > 0) ? null : "应为非空字符串的数组";
/** A whole number, zero or more (a count). */
export const isCount: FieldCheck = (v) =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 ? null : "应为非负整数";
/** An instant written by Date.toISOString(). */
export const isIsoInstant: FieldCheck = (v) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(v) && !Number.isNaN(Date.parse(v))
    ? null
    : "应为 ISO 8601 UTC 时间";
export const isDate: FieldCheck = matches(/^\d{4}-\d{2}-\d{2}$/, " YYYY-MM-DD 日期");

/**
 * Problems of an object against a field table: a missing, extra or ill-typed field is a
 * problem (an extra field may mean a newer version the reader does not know).
 */
export function objectProblems(value: unknown, fields: Record<string, FieldCheck>): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return ["事件内容应为对象"];
  const obj = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, check] of Object.entries(fields)) {
    if (!(name in obj)) {
      problems.push(`缺少字段 ${name}`);
      continue;
    }
    const p = check(obj[name]);
    if (p) problems.push(`字段 ${name} ${p}`);
  }
  for (const name of Object.keys(obj)) if (!(name in fields)) problems.push(`多余字段 ${name}`);
  return problems;
}
