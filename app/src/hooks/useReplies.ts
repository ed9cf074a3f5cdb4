import type { ConversationKey } from "@chat-app/client";
import type { ChatMessage } from "@chat-app/ui-kit";
import { useCallback, useState } from "react";

interface Replying {
  key: ConversationKey;
  /** The original's server id, sent as `reply_to_id`. */
  messageId: number;
  authorId: ChatMessage["authorId"];
  excerpt: string;
  deleted?: boolean;
}

export interface ReplyOptions {
  openKey: ConversationKey | null;
  serverId: (id: string | number) => number | undefined;
  authorName: (id: ChatMessage["authorId"]) => string;
  send: (text: string, replyToId?: number) => void;
}

/**
 * Replying in the open conversation: which message the composer answers (shown above it with
 * "Cancel reply"; Escape cancels too), sent with the next message and cleared by it. Another
 * conversation drops it.
 */
export function useReplies({ openKey, serverId, authorName, send }: ReplyOptions) {
  const [replying, setReplying] = useState<Replying | null>(null);
  if (replying && replying.key !== openKey) setReplying(null);
  const reply = useCallback(
    (message: ChatMessage) => {
      const messageId = serverId(message.id);
      if (openKey === null || messageId === undefined) return;
      setReplying({ key: openKey, messageId, authorId: message.authorId, excerpt: message.text, deleted: message.deleted });
    },
    [openKey, serverId],
  );
  const cancelReply = useCallback(() => setReplying(null), []);
  const sendReply = useCallback(
    (text: string) => {
      send(text, replying?.messageId);
      setReplying(null);
    },
    [send, replying],
  );
  const replyingTo = replying ? { authorName: authorName(replying.authorId), excerpt: replying.excerpt, deleted: replying.deleted } : undefined;
  return { reply, replyingTo, cancelReply, sendReply };
}
