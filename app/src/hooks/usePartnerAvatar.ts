import type { ChatClient } from "@chat-app/client";
import { useAvatar } from "@chat-app/client/react";
import { useEffect, useReducer } from "react";

/**
 * A person's picture as a blob URL, following their `user:updated` pushes live (the client keeps
 * the latest profile); `undefined` shows their initials.
 */
export function usePartnerAvatar(client: ChatClient | null, userId: number | null): string | undefined {
  const [, changed] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!client || userId === null) return undefined;
    return client.on("user", (user) => {
      if (user.id === userId) changed();
    });
  }, [client, userId]);
  const avatarUrl = client && userId !== null ? client.profile(userId)?.avatar_url : undefined;
  return useAvatar(client?.avatars, avatarUrl, "small");
}
