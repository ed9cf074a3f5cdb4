import type { ChatClient } from "@chat-app/client";
import type { ChatMessage } from "@chat-app/ui-kit";
import { useCallback } from "react";

export interface ReactionOptions {
  serverId: (id: string | number) => number | undefined;
  /** A refused reaction (the client already put the reactions back). */
  onFailure: (error: unknown) => void;
}

/**
 * Reactions in the open conversation: the kit's toggle (and its picker, which only adds) takes my
 * reaction back when I have it, else adds it. The client shows it at once and undoes it if refused.
 */
export function useReactions(client: ChatClient | null, { serverId, onFailure }: ReactionOptions) {
  return useCallback(
    (message: ChatMessage, emoji: string) => {
      const messageId = serverId(message.id);
      if (!client || messageId === undefined) return;
      const mine = message.reactions?.some((r) => r.emoji === emoji && r.me) ?? false;
      (mine ? client.unreact(messageId, emoji) : client.react(messageId, emoji)).catch(onFailure);
    },
    [client, serverId, onFailure],
  );
}
