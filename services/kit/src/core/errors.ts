/** The only error codes a client of the platform ever sees. */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INTERNAL: "INTERNAL",
  /** A part of the platform (a subgraph) did not answer in time or could not be reached: retry later. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An error meant for the person at the screen: its message is shown as it is, with its code.
 * A plain Error (no GraphQL import), so domain rules can throw it; graphql-js copies
 * `extensions` onto the located error, and the server's error formatter keeps the code.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly extensions: { code: ErrorCode } & Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.extensions = { code, ...(details ?? {}) };
  }
}

export const isAppError = (err: unknown, code?: ErrorCode): err is AppError =>
  err instanceof AppError && (code === undefined || err.code === code);

export const unauthenticated = (message = "请先登录（未提供有效的登录凭证）") =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = "您的角色无权执行此操作") => new AppError(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (what: string, id?: string | number) =>
  new AppError(ErrorCode.NOT_FOUND, id === undefined ? `未找到${what}` : `未找到${what}（ID：${id}）`);
/** `part` names the subgraph, so the person at the screen knows which data is missing. */
export const serviceUnavailable = (part: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.SERVICE_UNAVAILABLE, `部分服务暂时不可用（${part}），相关数据未能加载，请稍后重试`, {
    subgraph: part,
    ...(details ?? {}),
  });
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.CONFLICT, message, details);

/** Refuses input with every problem found at once (a clerk fixes them in one pass). */
export function refuseIf(problems: string[]): void {
  if (problems.length) throw badInput(problems.join("；"), { problems });
}
