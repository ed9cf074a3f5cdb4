import type { ChatApi } from "@chat-app/client";
import { useCallback, useEffect, useState } from "react";
import { useLatest } from "./useLatest";

export interface Blocks {
  /** The people I blocked (ids), once loaded. */
  blocked: ReadonlySet<number>;
  block: (userId: number) => Promise<void>;
  unblock: (userId: number) => Promise<void>;
  /** Reads the list again (after Settings › Blocked people changed it). */
  refresh: () => void;
}

const NONE: ReadonlySet<number> = new Set();

/** Who I blocked, so a blocked conversation's composer can say so instead of letting a send fail. */
export function useBlocks(api: ChatApi | undefined, onError: (error: unknown) => void): Blocks {
  const [blocked, setBlocked] = useState<ReadonlySet<number>>(NONE);
  const failed = useLatest(onError);
  const refresh = useCallback(() => {
    api?.blocks().then(
      (page) => setBlocked(new Set(page.blocks.map((b) => b.user.id))),
      (error: unknown) => failed.current(error),
    );
  }, [api, failed]);
  useEffect(refresh, [refresh]);
  const change = useCallback(
    async (userId: number, on: boolean) => {
      if (!api) return;
      await (on ? api.block(userId) : api.unblock(userId));
      setBlocked((current) => {
        const next = new Set(current);
        if (on) next.add(userId);
        else next.delete(userId);
        return next;
      });
    },
    [api],
  );
  const block = useCallback((userId: number) => change(userId, true), [change]);
  const unblock = useCallback((userId: number) => change(userId, false), [change]);
  return { blocked, block, unblock, refresh };
}
