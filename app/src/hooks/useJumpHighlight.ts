import type { ChatClient, ConversationKey, MessageJson } from "@chat-app/client";
import { useJumpToMessage } from "@chat-app/client/react";
import type { MessageId } from "@chat-app/ui-kit";
import { useCallback, useEffect, useMemo, type KeyboardEvent } from "react";

/** How long a jumped-to original stays marked. */
export const HIGHLIGHT_MS = 2000;

const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

export interface JumpOptions {
  selfId: number;
  stored: readonly MessageJson[];
  onFailure: (error: unknown) => void;
}

/**
 * Clicking a quote: the original is loaded if needed (`loadAround`), scrolled to and marked for
 * `HIGHLIGHT_MS`, or until the reader scrolls away (wheel, touch, keys: the list's own scrolling to
 * it does not count). `listHandlers` go on the MessageList.
 */
export function useJumpHighlight(client: ChatClient | null, openKey: ConversationKey | null, { selfId, stored, onFailure }: JumpOptions) {
  const { target, jump, clear } = useJumpToMessage(client, openKey, onFailure);
  const found = target ? stored.find((m) => m.id === target.messageId) : undefined;
  useEffect(() => {
    if (!found) return;
    const timer = setTimeout(clear, HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [found, clear]);
  // The list keys own messages by client_id.
  const highlightId = found ? (found.sender_id === selfId && found.client_id ? found.client_id : found.id) : undefined;
  const onJumpToMessage = useCallback((id: MessageId) => typeof id === "number" && jump(id), [jump]);
  const listHandlers = useMemo(
    () => ({
      onWheelCapture: clear,
      onTouchMoveCapture: clear,
      onKeyDownCapture: (event: KeyboardEvent) => SCROLL_KEYS.has(event.key) && clear(),
    }),
    [clear],
  );
  return { highlightId: target ? highlightId : undefined, onJumpToMessage, listHandlers: target ? listHandlers : undefined };
}
