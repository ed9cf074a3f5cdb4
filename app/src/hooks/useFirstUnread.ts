import type { ChatClient, ConversationKey, ConversationRow, MessageJson } from "@chat-app/client";
import type { MessageId } from "@chat-app/ui-kit";
import { useCallback, useEffect, useRef, useState, type MouseEvent } from "react";
import { freezeFirstUnread, type FrozenFirstUnread, NOTHING_UNREAD } from "../state/first-unread";

export interface FirstUnreadOptions {
  rows: readonly ConversationRow[];
  /** The open conversation's messages as loaded. */
  stored: readonly MessageJson[];
  /** Its first page has been asked for and answered (`loadLatest`). */
  loaded: boolean;
  /** Loads around a message if needed, scrolls to it and marks it (useJumpHighlight's). */
  jump: (id: MessageId) => void;
  fail: (error: unknown) => void;
}

/**
 * "New messages": a conversation opened with unread messages starts at the first of them, with
 * the kit's divider before it. When it is not in the newest page, the page around it is loaded
 * (`loadAround`). The list starts at the divider only when it mounts with it, so it is mounted
 * anew (`listKey`) once the first unread is loaded, and again after "Jump to latest" brought the
 * newest page back to a window left far up the history (the kit has no callback for that button,
 * so its click is seen in the capture phase). Spread `listProps` on the MessageList.
 */
export function useFirstUnread(client: ChatClient | null, openKey: ConversationKey | null, { rows, stored, loaded, jump, fail }: FirstUnreadOptions) {
  const row = openKey === null ? undefined : rows.find((r) => r.key === openKey);
  const [frozen, setFrozen] = useState(NOTHING_UNREAD);
  const next = freezeFirstUnread(frozen, openKey, row);
  if (next !== frozen) setFrozen(next);
  const firstUnreadId = next.id;
  const present = firstUnreadId !== undefined && stored.some((m) => m.id === firstUnreadId);

  // The first unread is not in the newest page: the page around it, once per opening.
  const [given, setGiven] = useState<FrozenFirstUnread | null>(null);
  const asked = useRef<FrozenFirstUnread | null>(null);
  useEffect(() => {
    if (!client || openKey === null || frozen.key !== openKey || firstUnreadId === undefined || !loaded || present) return;
    if (asked.current === frozen) return;
    asked.current = frozen;
    client
      .loadAround(openKey, firstUnreadId)
      .catch(fail)
      // Found or not (deleted, a refusal), the list stops waiting for it.
      .finally(() => setGiven(frozen));
  }, [client, openKey, frozen, firstUnreadId, loaded, present, fail]);
  const ready = firstUnreadId === undefined || present || given === next;

  const [generation, setGeneration] = useState(0);
  const onClickCapture = useCallback(
    (event: MouseEvent) => {
      if (!client || openKey === null || !client.hasNewer(openKey)) return;
      if (!(event.target as Element).closest("button[data-unseen]")) return;
      client
        .loadLatest(openKey)
        .then(() => setGeneration((g) => g + 1))
        .catch(fail);
    },
    [client, openKey, fail],
  );
  const onJumpToFirstUnread = useCallback(() => firstUnreadId !== undefined && jump(firstUnreadId), [firstUnreadId, jump]);

  return {
    listProps: {
      conversationKey: openKey === null ? undefined : ready ? `${openKey}#${generation}` : `${openKey}#starting`,
      firstUnreadId,
      onJumpToFirstUnread: firstUnreadId === undefined ? undefined : onJumpToFirstUnread,
      onClickCapture,
    },
  };
}
