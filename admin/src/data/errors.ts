/**
 * The server's error codes as messages a clerk understands. The graph's own messages are
 * already Chinese; these add what was being done and what to do next.
 */
export interface GraphErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; subgraph?: string; [k: string]: unknown };
}

/** The subgraphs by their Chinese names, for "which part is down" messages. */
export const SUBGRAPH_LABELS: Record<string, string> = {
  directory: "机构与人员",
  intake: "受理",
  cases: "办理",
  leadership: "领导包案",
  training: "培训",
};

/** Error thrown by the data provider: react-admin shows `message`; `status` 401 ends the session. */
export class PortalError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = "PortalError";
  }
}

/** Which part of the platform a failed piece belongs to, if the gateway said so. */
export function unavailablePart(e: GraphErrorLike): string | null {
  const name = e.extensions?.subgraph;
  if (!name) return null;
  return SUBGRAPH_LABELS[name] ?? name;
}

export function describeGraphError(e: GraphErrorLike, what: string): PortalError {
  const code = e.extensions?.code ?? "INTERNAL";
  const part = unavailablePart(e);
  if (part) return new PortalError(`“${part}”服务暂时不可用，${what}未能完成；其他功能可照常使用，请稍后重试`, "UNAVAILABLE", 503, e);
  switch (code) {
    case "UNAUTHENTICATED":
      return new PortalError("登录已失效，请重新登录", code, 401, e);
    case "FORBIDDEN":
      return new PortalError(`您无权${what}${e.message ? `：${e.message}` : ""}`, code, 403, e);
    case "CONFLICT":
      return new PortalError(e.message || "该记录已被他人修改，请刷新后重试", code, 409, e);
    case "BAD_USER_INPUT":
      return new PortalError(e.message ? `填写有误：${e.message}` : "填写有误，请检查后重试", code, 400, e);
    case "NOT_FOUND":
      return new PortalError(e.message || "找不到该记录，可能已被删除", code, 404, e);
    case "UNAVAILABLE":
      return new PortalError(e.message || "服务暂时不可用，请稍后重试", code, 503, e);
    default:
      return new PortalError(`${what}未能完成：服务器出错，请稍后重试`, code, 500, e);
  }
}

/** The network itself failed (no answer, or not GraphQL). */
export function networkError(what: string, status?: number): PortalError {
  if (status === 401) return new PortalError("登录已失效，请重新登录", "UNAUTHENTICATED", 401);
  return new PortalError(`无法连接服务器，${what}未能完成，请检查网络后重试`, "NETWORK", status ?? 0);
}
