import { type Dispatch, type SetStateAction, useEffect, useState } from "react";

export interface Found<T> {
  /** The query these results answer: a caller shows them only while it is still the query typed. */
  query: string;
  value: T;
}

/**
 * Runs `search` for `q` once typing pauses for `delayMs`; a newer query (or an empty one) discards
 * the answer to an older one. `search` must be stable (memoized) or every render restarts the timer.
 */
export function useDebouncedSearch<T>(
  q: string,
  search: ((q: string) => Promise<T>) | undefined,
  delayMs: number,
  onError: (error: unknown) => void,
): [Found<T> | null, Dispatch<SetStateAction<Found<T> | null>>] {
  const [found, setFound] = useState<Found<T> | null>(null);
  // Nothing to search for: no answer (set while rendering, so no frame shows the old one).
  const idle = !search || !q;
  if (idle && found !== null) setFound(null);
  useEffect(() => {
    if (!search || !q) return;
    let current = true;
    const timer = setTimeout(() => {
      search(q)
        .then((value) => current && setFound({ query: q, value }))
        .catch((error: unknown) => current && onError(error));
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search, q, delayMs, onError]);
  return [found, setFound];
}
