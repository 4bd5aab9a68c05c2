import { parse, validate, buildSchema } from "graphql";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import englishMessages from "ra-language-english";
import { raZhCN } from "../../admin/src/i18n/ra-zh-CN";
import { commonEn, commonZhCN } from "../../admin/src/i18n/common";
import { RESOURCE_MESSAGES } from "../../admin/src/resources/messages";
import { OPERATIONS } from "../../admin/src/data/operationTable";

/**
 * No browser needed: the portal's message files and its operation table, checked against
 * react-admin's English keys and the checked-in schema/api.graphql.
 */
const keys = (tree: Record<string, any>, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe("portal messages", () => {
  it("translate every ra.* key of react-admin 5 into Chinese", () => {
    const missing = keys(englishMessages).filter((k) => !keys(raZhCN).includes(k));
    expect(missing).toEqual([]);
  });

  it("have the same keys in Chinese and English for our own screens", () => {
    expect(keys(commonEn).sort()).toEqual(keys(commonZhCN).sort());
    for (const { zhCN, en } of RESOURCE_MESSAGES) expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it("keep the Chinese texts Chinese (no Latin words beyond placeholders)", () => {
    const trees = [raZhCN, commonZhCN, ...RESOURCE_MESSAGES.map((m) => m.zhCN)];
    const latin = trees.flatMap((t) =>
      keys(t)
        .map((k) => [k, k.split(".").reduce((v: any, p) => v[p], t) as string] as const)
        .filter(
          ([k, v]) =>
            !k.endsWith("languages.en") && /[A-Za-z]{2,}/.test(v.replace(/%\{[^}]+\}/g, "").replace(/YYYY-MM-DD/g, "")),
        ),
    );
    expect(latin).toEqual([]);
  });
});

describe("portal operation table", () => {
  const schema = buildSchema(readFileSync(join(__dirname, "..", "..", "schema", "api.graphql"), "utf8"));
  const operations = Object.entries(OPERATIONS).flatMap(([resource, ops]) => [
    ...Object.entries(ops)
      .filter(([name]) => name !== "actions")
      .map(([name, op]) => [`${resource}.${name}`, op] as const),
    ...Object.entries(ops.actions ?? {}).map(([name, op]) => [`${resource}.actions.${name}`, op] as const),
  ]);

  it.each(operations.map(([name, op]) => [name, op]))("%s is valid against schema/api.graphql", (_name, op: any) => {
    expect(validate(schema, parse(op.document)).map((e) => e.message)).toEqual([]);
    expect(op.what).toMatch(/[\u4e00-\u9fff]/);
  });
});
