import { unavailablePart, type GraphErrorLike } from "./errors";

/**
 * When part of a page's data comes back with errors (a subgraph is down) the rest is still
 * shown; the failed parts are announced here and a notifier in the layout tells the user.
 */
type Listener = (message: string) => void;
const listeners = new Set<Listener>();

export function onPartialFailure(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announcePartialFailure(errors: readonly GraphErrorLike[]): void {
  const parts = [...new Set(errors.map((e) => unavailablePart(e) ?? "部分数据"))];
  const message = `“${parts.join("”“")}”暂时不可用，页面上相关内容未能加载，其他内容可照常使用`;
  for (const l of listeners) l(message);
}
