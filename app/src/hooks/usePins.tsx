import type { ChatClient, ConversationKey, GroupJson } from "@chat-app/client";
import { usePins } from "@chat-app/client/react";
import { type ChatMessage, type MessageId, PinnedBar } from "@chat-app/ui-kit";
import { useCallback, useMemo } from "react";
import { canPinIn, pinnedMessages } from "../state/pins";

export interface PinOptions {
  selfId: number;
  group: GroupJson | undefined;
  /** Still in the conversation (not out of the group). */
  member: boolean;
  serverId: (id: string | number) => number | undefined;
  authorName: (id: number) => string;
  /** "Go to pinned message": the existing jump (loadAround + highlight). */
  jump: (id: MessageId) => void;
  onFailure: (error: unknown) => void;
}

/**
 * The open conversation's pins: the PinnedBar for the header's `pinned` slot (latest first, "Unpin"
 * only for whoever may), and the menu's Pin/Unpin (`onTogglePin`, only where allowed).
 */
export function useConversationPins(client: ChatClient | null, openKey: ConversationKey | null, options: PinOptions) {
  const { selfId, group, member, serverId, authorName, jump, onFailure } = options;
  const pins = usePins(client, openKey);
  const allowed = member && canPinIn(openKey, selfId, group);
  const shown = useMemo(() => pinnedMessages(pins, authorName), [pins, authorName]);
  const unpin = useCallback(
    (id: MessageId) => {
      if (client && typeof id === "number") client.unpin(id).catch(onFailure);
    },
    [client, onFailure],
  );
  const onTogglePin = useCallback(
    (message: ChatMessage) => {
      const id = serverId(message.id);
      if (!client || id === undefined) return;
      (message.pinned ? client.unpin(id) : client.pin(id)).catch(onFailure);
    },
    [client, serverId, onFailure],
  );
  const bar = shown.length > 0 ? <PinnedBar pins={shown} onJumpTo={jump} onUnpin={allowed ? unpin : undefined} /> : undefined;
  return { bar, onTogglePin: allowed ? onTogglePin : undefined };
}
