import { validate } from "class-validator";
import { PageArgs, maxPageSize } from "../src/pagination";
import { resetConfig } from "../src/config";

const page = (limit: number) => Object.assign(new PageArgs(), { offset: 0, limit });
const messages = async (limit: number) =>
  (await validate(page(limit))).flatMap((e) => Object.values(e.constraints ?? {}));

describe("page cap", () => {
  const saved = process.env.MAX_PAGE_SIZE;
  afterEach(() => {
    if (saved === undefined) delete process.env.MAX_PAGE_SIZE;
    else process.env.MAX_PAGE_SIZE = saved;
    resetConfig();
  });

  it("refuses more than 100 by default", async () => {
    delete process.env.MAX_PAGE_SIZE;
    resetConfig();
    expect(maxPageSize()).toBe(100);
    expect(await messages(100)).toEqual([]);
    expect(await messages(101)).toEqual(["limit 最多为 100"]);
  });

  it("follows the configured cap, read when the value is checked", async () => {
    process.env.MAX_PAGE_SIZE = "500";
    resetConfig();
    expect(await messages(500)).toEqual([]);
    expect(await messages(501)).toEqual(["limit 最多为 500"]);
  });
});
