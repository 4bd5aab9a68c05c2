import type { VerifiedToken } from "./auth";
import type { SessionCheck } from "./token-cache";
import { callSubgraph } from "./service-client";

/** At most this many session ids in one `sessionStatus` call (the directory's own limit). */
export const SESSION_STATUS_BATCH = 500;

export interface SessionStatusAnswer {
  id: string;
  active: boolean;
}

/** Asks the directory about some sessions: `sessionStatus(ids)`. */
export type SessionStatusSource = (ids: string[]) => Promise<SessionStatusAnswer[]>;

export interface DirectorySessionCheckOptions {
  /** Default: the directory over the graph with this subgraph's SERVICE token. */
  ask?: SessionStatusSource;
  /** A call without an answer after this long fails (the token cache then decides). Default 3 000 ms. */
  timeoutMs?: number;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`sessionStatus: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The session check of every subgraph but the directory: a token's session (`sid`) still stands
 * if the directory says so. The checks of one tick (one client request fans out to several
 * tokens' re-checks at most every few seconds) go to the directory as one batched call.
 * A SERVICE token has no session: verifyTokenClaims accepted it only for its short life.
 */
export function directorySessionCheck(caller: string, opts: DirectorySessionCheckOptions = {}): SessionCheck {
  const ask: SessionStatusSource =
    opts.ask ??
    (async (ids) =>
      (
        await callSubgraph<{ sessionStatus: SessionStatusAnswer[] }>(
          caller,
          "directory",
          `query($ids: [ID!]!) { sessionStatus(ids: $ids) { id active } }`,
          { ids },
        )
      ).sessionStatus);
  const timeoutMs = opts.timeoutMs ?? 3_000;
  let pending: Map<string, Array<{ resolve: (v: boolean) => void; reject: (e: unknown) => void }>> | undefined;

  const flush = async (batch: NonNullable<typeof pending>) => {
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += SESSION_STATUS_BATCH) {
      const slice = ids.slice(i, i + SESSION_STATUS_BATCH);
      try {
        const answers = await withTimeout(ask(slice), timeoutMs);
        const active = new Set(answers.filter((a) => a.active).map((a) => a.id));
        for (const id of slice) for (const w of batch.get(id)!) w.resolve(active.has(id));
      } catch (err) {
        for (const id of slice) for (const w of batch.get(id)!) w.reject(err);
      }
    }
  };

  return (token: VerifiedToken) => {
    const sid = token.user.sessionId;
    if (!sid) return true;
    return new Promise<boolean>((resolve, reject) => {
      if (!pending) {
        const batch = (pending = new Map());
        setImmediate(() => {
          pending = undefined;
          void flush(batch);
        });
      }
      const waiting = pending.get(sid) ?? [];
      waiting.push({ resolve, reject });
      pending.set(sid, waiting);
    });
  };
}
