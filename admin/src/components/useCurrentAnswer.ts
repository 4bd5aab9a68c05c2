import { useEffect, useState, type DependencyList } from "react";

export interface CurrentAnswer<T> {
  /** The answer for what is chosen now; null while it is on its way or after a failure. */
  answer: T | null;
  /** The failure's message, for a warning on the page. */
  failed: string | null;
}

/**
 * Asks once per change of `deps` and keeps only the answer for the latest choice: a slower
 * reply for a period, month or half no longer chosen must not overwrite the current one.
 */
export function useCurrentAnswer<T>(ask: () => Promise<T>, deps: DependencyList): CurrentAnswer<T> {
  const [state, setState] = useState<CurrentAnswer<T>>({ answer: null, failed: null });
  useEffect(() => {
    let current = true;
    setState({ answer: null, failed: null });
    ask()
      .then((answer) => current && setState({ answer, failed: null }))
      .catch(
        (err: unknown) =>
          current && setState({ answer: null, failed: err instanceof Error ? err.message : String(err) }),
      );
    return () => {
      current = false;
    };
    // `ask` is a new function on every render; what it asks for is in `deps`
  }, deps);
  return state;
}
