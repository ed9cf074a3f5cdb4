import type { ChatClient } from "@chat-app/client";
import type { ChatMessage } from "@chat-app/ui-kit";
import { useCallback } from "react";

export interface LinkPreviewOptions {
  serverId: (id: string | number) => number | undefined;
  onFailure: (error: unknown) => void;
}

/** The sender's "Remove preview": gone for good, and for everyone live (`message:updated`). */
export function useLinkPreviews(client: ChatClient | null, { serverId, onFailure }: LinkPreviewOptions) {
  return useCallback(
    (message: ChatMessage) => {
      const messageId = serverId(message.id);
      if (!client || messageId === undefined) return;
      client.removeLinkPreview(messageId).catch(onFailure);
    },
    [client, serverId, onFailure],
  );
}
