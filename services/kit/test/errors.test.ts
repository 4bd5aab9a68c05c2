import { resetConfig } from "@prp/kit/testing";
import { GraphQLError, locatedError, type GraphQLFormattedError } from "graphql";
import { ApolloServer } from "@apollo/server";
import { validate, IsNotEmpty, Length, Min, ValidateNested } from "class-validator";
import { Arg, ArgumentValidationError, Field, InputType, Int, Query, Resolver, buildSchema } from "type-graphql";
import { QueryFailedError } from "typeorm";
// better-sqlite3 ships no type declarations (and @types/better-sqlite3 is not installed)
const Database = require("better-sqlite3");
import { AppError, ErrorCode, badInput, conflict, notFound } from "../src/core/errors";
import { createErrorFormatter, isUniqueViolation } from "../src/error-format";

/** What Apollo Server hands to formatError: the error's JSON plus a code (and a stack trace if enabled). */
function apolloFormatted(err: GraphQLError, stack = true): GraphQLFormattedError {
  return {
    ...err.toJSON(),
    extensions: {
      ...err.extensions,
      code: err.extensions.code ?? "INTERNAL_SERVER_ERROR",
      ...(stack ? { stacktrace: err.stack?.split("\n") } : {}),
    },
  };
}

/** A resolver error as graphql-js reports it: located at a field path, wrapping the thrown value. */
function fromResolver(thrown: unknown, path: ReadonlyArray<string | number> = ["thing"]): GraphQLError {
  return locatedError(thrown, undefined, path);
}

const GENERIC_INTERNAL = "服务器内部错误，请稍后重试或联系管理员";

describe("createErrorFormatter (called directly)", () => {
  it("keeps an AppError's code and message (and details), and strips the stack trace", () => {
    const log = jest.fn();
    const format = createErrorFormatter({ log });
    const err = fromResolver(conflict("编号已被占用", { field: "code" }));
    const out = format(apolloFormatted(err), err);
    expect(out.message).toBe("编号已被占用");
    expect(out.extensions).toEqual({ code: ErrorCode.CONFLICT, field: "code" });
    expect(out.path).toEqual(["thing"]);
    expect(log).not.toHaveBeenCalled();
  });

  it("keeps NOT_FOUND / BAD_USER_INPUT AppErrors as they are", () => {
    const format = createErrorFormatter({ log: () => {} });
    const nf = fromResolver(notFound("部门", 7));
    expect(format(apolloFormatted(nf), nf)).toMatchObject({
      message: "未找到部门（ID：7）",
      extensions: { code: "NOT_FOUND" },
    });
    const bi = fromResolver(badInput("日期无效"));
    expect(format(apolloFormatted(bi), bi)).toMatchObject({
      message: "日期无效",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("turns an unknown Error into INTERNAL with a generic Chinese message, no stack, and logs the original", () => {
    const log = jest.fn();
    const format = createErrorFormatter({ log, exposeInternals: false });
    const boom = new Error("connect ECONNREFUSED 10.0.0.5:3306 (secret internals)");
    const err = fromResolver(boom);
    const out = format(apolloFormatted(err), err);
    expect(out.message).toBe(GENERIC_INTERNAL);
    expect(out.extensions).toEqual({ code: ErrorCode.INTERNAL });
    expect(JSON.stringify(out)).not.toContain("ECONNREFUSED");
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(boom);
  });

  it("with exposeInternals, shows the internal message and the original stack trace", () => {
    const format = createErrorFormatter({ log: () => {}, exposeInternals: true });
    const boom = new Error("db down");
    const err = fromResolver(boom);
    const out = format(apolloFormatted(err, false), err);
    expect(out.message).toBe("服务器内部错误：db down");
    expect(out.extensions?.code).toBe(ErrorCode.INTERNAL);
    expect(out.extensions?.stacktrace).toEqual(boom.stack!.split("\n"));
  });

  it("exposes internals by default only when NODE_ENV=development", () => {
    const saved = process.env.NODE_ENV;
    const err = fromResolver(new Error("db down"));
    try {
      process.env.NODE_ENV = "development";
      resetConfig();
      expect(createErrorFormatter({ log: () => {} })(apolloFormatted(err), err).message).toBe(
        "服务器内部错误：db down",
      );
      process.env.NODE_ENV = "test";
      resetConfig();
      expect(createErrorFormatter({ log: () => {} })(apolloFormatted(err), err).message).toBe(GENERIC_INTERNAL);
    } finally {
      process.env.NODE_ENV = saved;
      resetConfig();
    }
  });

  it("hides an AppError that claims INTERNAL itself", () => {
    const log = jest.fn();
    const format = createErrorFormatter({ log, exposeInternals: false });
    const err = fromResolver(new AppError(ErrorCode.INTERNAL, "内部细节"));
    const out = format(apolloFormatted(err), err);
    expect(out).toMatchObject({ message: GENERIC_INTERNAL, extensions: { code: "INTERNAL" } });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it("does not let an unknown foreign code through: it becomes INTERNAL", () => {
    const format = createErrorFormatter({ log: () => {}, exposeInternals: false });
    const err = fromResolver(new GraphQLError("weird", { extensions: { code: "SOME_LIBRARY_CODE" } }));
    const out = format(apolloFormatted(err), err);
    expect(out.extensions).toEqual({ code: "INTERNAL" });
  });

  it("maps GRAPHQL_VALIDATION_FAILED to BAD_USER_INPUT with a Chinese prefix", () => {
    const log = jest.fn();
    const format = createErrorFormatter({ log });
    const err = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const out = format(apolloFormatted(err), err);
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT });
    expect(out.message).toBe('请求了不存在的字段：Cannot query field "nope" on type "Query".');
    expect(log).not.toHaveBeenCalled();
  });

  it("maps GRAPHQL_PARSE_FAILED to BAD_USER_INPUT with a syntax-error message", () => {
    const format = createErrorFormatter({ log: () => {} });
    const err = new GraphQLError("Syntax Error: Expected Name, found <EOF>.", {
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    });
    const out = format(apolloFormatted(err), err);
    expect(out).toMatchObject({
      message: "请求语法错误：Syntax Error: Expected Name, found <EOF>.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("treats a code-less GraphQLError outside any field (e.g. graphql-armor) as BAD_USER_INPUT", () => {
    const log = jest.fn();
    const format = createErrorFormatter({ log });
    const err = new GraphQLError("Syntax Error: Query depth limit of 6 exceeded, found 9.");
    const out = format(apolloFormatted(err), err);
    expect(out.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT });
    expect(log).not.toHaveBeenCalled();
  });
});

describe("createErrorFormatter — type-graphql ArgumentValidationError (real instances)", () => {
  class Address {
    @IsNotEmpty({ message: "城市不能为空" })
    city = "";
  }
  class Draft {
    @Length(2, 50)
    title = "x";

    @Min(1, { message: "份数至少为 1" })
    copies = 0;

    @ValidateNested()
    address = new Address();
  }

  async function realArgumentValidationError(): Promise<ArgumentValidationError> {
    const errors = await validate(new Draft());
    expect(errors.length).toBe(3); // the fixture really is invalid
    return new ArgumentValidationError(errors);
  }

  it("type-graphql 2.0.0-rc.4 raises them with extensions.code BAD_USER_INPUT and validationErrors", async () => {
    const ave = await realArgumentValidationError();
    expect(ave.extensions.code).toBe("BAD_USER_INPUT");
    expect(Array.isArray(ave.extensions.validationErrors)).toBe(true);
  });

  it("becomes BAD_USER_INPUT with every constraint message in `problems`, prefixed by the field path when needed", async () => {
    const log = jest.fn();
    const format = createErrorFormatter({ log });
    const err = fromResolver(await realArgumentValidationError(), ["createDraft"]);
    const out = format(apolloFormatted(err), err);
    expect(out.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(out.extensions?.problems).toEqual([
      "title must be longer than or equal to 2 characters", // already names the field: kept as is
      "copies：份数至少为 1",
      "address.city：城市不能为空",
    ]);
    expect(out.message).toBe(
      "输入有误：title must be longer than or equal to 2 characters；copies：份数至少为 1；address.city：城市不能为空",
    );
    expect(out.path).toEqual(["createDraft"]);
    expect(log).not.toHaveBeenCalled();
  });

  it("does not echo class-validator's raw validationErrors (which carry the submitted object) or a stack", async () => {
    const format = createErrorFormatter({ log: () => {} });
    const err = fromResolver(await realArgumentValidationError());
    const out = format(apolloFormatted(err), err);
    expect(Object.keys(out.extensions ?? {}).sort()).toEqual(["code", "problems"]);
  });
});

describe("createErrorFormatter inside a real Apollo Server with a type-graphql schema", () => {
  @InputType()
  class NoteInput {
    @Field()
    @Length(2, 20, { message: "标题须为 2 至 20 个字" })
    title!: string;
  }

  @Resolver()
  class NoteResolver {
    @Query(() => String)
    addNote(@Arg("input", () => NoteInput) input: NoteInput): string {
      return input.title;
    }

    @Query(() => String)
    missing(): string {
      throw notFound("便签", 3);
    }

    @Query(() => String)
    crash(): string {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    }

    @Query(() => Int)
    double(@Arg("n", () => Int) n: number): number {
      return n * 2;
    }
  }

  let server: ApolloServer;
  const log = jest.fn();

  beforeAll(async () => {
    const schema = await buildSchema({ resolvers: [NoteResolver], validate: { forbidUnknownValues: false } });
    server = new ApolloServer({
      schema,
      formatError: createErrorFormatter({ log, exposeInternals: false }),
      includeStacktraceInErrorResponses: true, // the formatter must strip them
    });
    await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => log.mockClear());

  async function errorsOf(query: string, variables?: Record<string, unknown>): Promise<GraphQLFormattedError[]> {
    const res = await server.executeOperation({ query, variables });
    if (res.body.kind !== "single") throw new Error("unexpected incremental response");
    return [...(res.body.singleResult.errors ?? [])];
  }

  it("argument validation → BAD_USER_INPUT with problems", async () => {
    const [e, ...rest] = await errorsOf('{ addNote(input: { title: "x" }) }');
    expect(rest).toEqual([]);
    expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", problems: ["title：标题须为 2 至 20 个字"] });
    expect(e.message).toBe("输入有误：title：标题须为 2 至 20 个字");
    expect(log).not.toHaveBeenCalled();
  });

  it("a valid argument passes (the schema really validates only bad input)", async () => {
    const res = await server.executeOperation({ query: '{ addNote(input: { title: "ok" }) }' });
    expect(res.body.kind === "single" && res.body.singleResult.errors).toBeFalsy();
  });

  it("an unknown field (GRAPHQL_VALIDATION_FAILED) → BAD_USER_INPUT", async () => {
    const [e] = await errorsOf("{ nope }");
    expect(e.extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(e.message).toMatch(/^请求了不存在的字段：/);
  });

  it("a syntax error → BAD_USER_INPUT", async () => {
    const [e] = await errorsOf("{ addNote(");
    expect(e.extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(e.message).toMatch(/^请求语法错误：/);
  });

  it("a variable of the wrong type → BAD_USER_INPUT", async () => {
    const [e] = await errorsOf("query ($n: Int!) { double(n: $n) }", { n: "two" });
    expect(e.extensions?.code).toBe("BAD_USER_INPUT");
    expect(e.extensions?.stacktrace).toBeUndefined();
  });

  it("an AppError keeps its code and message, without stack trace", async () => {
    const [e] = await errorsOf("{ missing }");
    expect(e.message).toBe("未找到便签（ID：3）");
    expect(e.extensions).toEqual({ code: "NOT_FOUND" });
    expect(log).not.toHaveBeenCalled();
  });

  it("a crash → INTERNAL, generic message, logged once", async () => {
    const [e] = await errorsOf("{ crash }");
    expect(e.message).toBe(GENERIC_INTERNAL);
    expect(e.extensions).toEqual({ code: "INTERNAL" });
    expect(e.path).toEqual(["crash"]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toBeInstanceOf(TypeError);
  });
});

describe("isUniqueViolation", () => {
  function sqliteError(sql: string): unknown {
    const db = new Database(":memory:");
    try {
      db.exec("PRAGMA foreign_keys = ON");
      db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY)");
      db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, u TEXT UNIQUE, n TEXT NOT NULL, p INTEGER REFERENCES p(id))");
      db.exec("INSERT INTO p VALUES (1); INSERT INTO t VALUES (1, 'a', 'x', 1)");
      db.exec(sql);
    } catch (err) {
      return err;
    } finally {
      db.close();
    }
    throw new Error(`expected ${sql} to fail`);
  }

  it("recognises real SQLite unique and primary-key violations, bare and wrapped by TypeORM", () => {
    const unique = sqliteError("INSERT INTO t VALUES (2, 'a', 'x', 1)");
    const pk = sqliteError("INSERT INTO t VALUES (1, 'b', 'x', 1)");
    expect(isUniqueViolation(unique)).toBe(true);
    expect(isUniqueViolation(pk)).toBe(true);
    expect(isUniqueViolation(new QueryFailedError("INSERT …", [], unique as Error))).toBe(true);
  });

  it("does not mistake other SQLite constraint failures for unique violations", () => {
    expect(isUniqueViolation(sqliteError("INSERT INTO t VALUES (2, 'b', NULL, 1)"))).toBe(false); // NOT NULL
    expect(isUniqueViolation(sqliteError("INSERT INTO t VALUES (2, 'b', 'x', 99)"))).toBe(false); // FOREIGN KEY
  });

  it("recognises a MySQL/MariaDB ER_DUP_ENTRY, bare and wrapped by TypeORM", () => {
    const driverError = Object.assign(new Error("Duplicate entry 'a' for key 'UQ_code'"), {
      code: "ER_DUP_ENTRY",
      errno: 1062,
      sqlState: "23000",
    });
    expect(isUniqueViolation(driverError)).toBe(true);
    expect(isUniqueViolation(new QueryFailedError("INSERT …", [], driverError))).toBe(true);
    // a driver that only reports the code
    expect(isUniqueViolation({ driverError: { code: "ER_DUP_ENTRY" } })).toBe(true);
  });

  it("is false for other MySQL errors and for non-errors", () => {
    const fk = Object.assign(new Error("Cannot add or update a child row: a foreign key constraint fails"), {
      code: "ER_NO_REFERENCED_ROW_2",
      errno: 1452,
    });
    expect(isUniqueViolation(fk)).toBe(false);
    expect(isUniqueViolation(new QueryFailedError("INSERT …", [], fk))).toBe(false);
    expect(isUniqueViolation(new Error("timeout"))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation("Duplicate")).toBe(false);
  });
});
