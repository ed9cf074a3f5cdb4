import type { ChatClient, ConversationKey } from "@chat-app/client";
import { useHasNewer } from "@chat-app/client/react";
import { useCallback, useRef, type UIEvent } from "react";

/** Distance from the bottom (px) at which the next newer page is asked for. */
const NEAR_BOTTOM = 200;

/**
 * After a jump far up the history the loaded window stops short of the newest message: scrolling
 * near its bottom loads the next newer page (the kit's list only loads older ones by itself).
 * Returns the capture-phase scroll handler for the MessageList, or undefined when nothing is newer.
 */
export function useNewerPages(client: ChatClient | null, openKey: ConversationKey | null, fail: (error: unknown) => void) {
  const hasNewer = useHasNewer(client, openKey);
  const loading = useRef(false);
  const onScrollCapture = useCallback(
    (event: UIEvent) => {
      const scroller = event.target as HTMLElement;
      if (!client || openKey === null || loading.current) return;
      if (scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight > NEAR_BOTTOM) return;
      loading.current = true;
      client
        .loadNewer(openKey)
        .catch(fail)
        .finally(() => (loading.current = false));
    },
    [client, openKey, fail],
  );
  return hasNewer ? onScrollCapture : undefined;
}
