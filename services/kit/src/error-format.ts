import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError, ErrorCode } from "./core/errors";
import { config } from "./config";

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/** Codes that GraphQL servers and libraries emit themselves, mapped onto ours. */
const FOREIGN_CODE_MAP: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  ARGUMENT_VALIDATION_ERROR: ErrorCode.BAD_USER_INPUT,
};

interface ValidationErrorLike {
  property?: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidation(errors: ValidationErrorLike[], prefix = ""): string[] {
  const out: string[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : (e.property ?? "");
    for (const msg of Object.values(e.constraints ?? {}))
      out.push(msg.includes(path) || !path ? msg : `${path}：${msg}`);
    if (e.children?.length) out.push(...flattenValidation(e.children, path));
  }
  return out;
}

/** Readable Chinese text for what graphql-js says about a malformed request. */
function translateGraphqlMessage(message: string): string {
  let m: RegExpMatchArray | null;
  // graphql-armor's limits (it reports them as syntax errors)
  if ((m = message.match(/depth limit of (\d+)/i))) return `查询嵌套层数超过上限（最多 ${m[1]} 层）`;
  if ((m = message.match(/aliases limit of (\d+)/i))) return `查询中的别名数量超过上限（最多 ${m[1]} 个）`;
  if ((m = message.match(/cost limit of (\d+)(?: exceeded, found (\d+))?/i))) {
    return `查询过于复杂（${m[2] ? `复杂度 ${m[2]}，` : ""}上限 ${m[1]}），请减少一次请求的数据量（如减小 limit 或少取列表字段）`;
  }
  if ((m = message.match(/token limit of (\d+)/i) ?? message.match(/Document contains more th(?:an|at) (\d+) tokens/i)))
    return `查询过长（最多 ${m[1]} 个词法单元）`;
  if ((m = message.match(/directives limit of (\d+)/i))) return `查询中的指令数量超过上限（最多 ${m[1]} 个）`;
  if (
    /^Value "([^"]*)" does not exist in "([^"]+)" enum/.test(message) ||
    /Enum "([^"]+)" cannot represent non-enum value/.test(message)
  ) {
    return `取值无效：${message}`;
  }
  if (/Syntax Error/.test(message)) return `请求语法错误：${message}`;
  if (/Cannot query field/.test(message)) return `请求了不存在的字段：${message}`;
  if (/Variable "\$[^"]+" got invalid value/.test(message)) return `输入值无效：${message}`;
  return `请求无效：${message}`;
}

export interface FormatErrorOptions {
  /** Stack traces and internal messages are shown only when NODE_ENV=development. */
  exposeInternals?: boolean;
  /** Where to report unexpected errors (defaults to console.error). */
  log?: (err: unknown) => void;
}

/**
 * Apollo Server `formatError`: every error leaves the server with one of our codes and
 * a message a clerk can read; unexpected errors are logged here and hidden from the client.
 */
export function createErrorFormatter(opts: FormatErrorOptions = {}) {
  const expose = opts.exposeInternals ?? config().development;
  const log = opts.log ?? ((err: unknown) => console.error("[internal error]", err));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as any;
    const ext: Record<string, unknown> = { ...(formatted.extensions ?? {}) };
    const rawCode = String(ext.code ?? "");
    delete ext.stacktrace;
    delete ext.exception;

    // our own errors (thrown by domain rules, use cases and resolvers) keep their code and message
    if (original instanceof AppError && original.code !== ErrorCode.INTERNAL) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.extensions },
      };
    }

    // class-validator failures raised by type-graphql's argument validation
    const validationErrors: ValidationErrorLike[] | undefined =
      original?.validationErrors ?? original?.extensions?.validationErrors ?? (ext.validationErrors as any);
    if (validationErrors?.length || rawCode === "ARGUMENT_VALIDATION_ERROR") {
      const problems = flattenValidation(validationErrors ?? []);
      return {
        message: problems.length ? `输入有误：${problems.join("；")}` : "输入有误",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
      };
    }

    // Apollo and graphql-js also say BAD_USER_INPUT (bad variables): give those a Chinese message too
    if (
      rawCode === ErrorCode.BAD_USER_INPUT &&
      !(original instanceof AppError) &&
      /^(Variable "\$|Value "|Enum "|Syntax Error|Cannot query field)|limit of \d+/i.test(formatted.message)
    ) {
      return {
        message: translateGraphqlMessage(formatted.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (PUBLIC_CODES.has(rawCode) && rawCode !== ErrorCode.INTERNAL) {
      return { ...formatted, extensions: { ...ext, code: rawCode } };
    }
    const mapped = FOREIGN_CODE_MAP[rawCode];
    if (mapped) {
      return {
        message: translateGraphqlMessage(formatted.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: mapped },
      };
    }
    // graphql-armor and other validation rules surface as plain GraphQLErrors without a code
    if (original instanceof GraphQLError && !original.originalError && !formatted.path) {
      return {
        message: translateGraphqlMessage(formatted.message),
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    log(original ?? error);
    return {
      message: expose ? `服务器内部错误：${formatted.message}` : "服务器内部错误，请稍后重试或联系管理员",
      path: formatted.path,
      extensions: expose
        ? { code: ErrorCode.INTERNAL, stacktrace: (original?.stack ?? "").split("\n") }
        : { code: ErrorCode.INTERNAL },
    };
  };
}

/** A unique index refused a row (MySQL/MariaDB ER_DUP_ENTRY or SQLite UNIQUE constraint). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  return (
    code === "ER_DUP_ENTRY" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    /UNIQUE constraint failed|Duplicate entry/.test(String(e?.message ?? ""))
  );
}
