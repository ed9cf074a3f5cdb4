import type { ChatClient } from "@chat-app/client";
import { type ConversationList, useConversationList } from "@chat-app/client/react";
import { groupNamesOf, namesOf } from "./names";

const warn = (error: unknown) => console.warn("chat list:", error);

/** The client's live chat list (people and groups) for the mobile app: no notifications, failures to the console. */
export function useChatList(client: ChatClient | null): ConversationList {
  const selfId = client?.userId ?? 0;
  return useConversationList(client, {
    selfId,
    openKey: null,
    visible: true,
    names: namesOf(selfId),
    groupNames: groupNamesOf(selfId),
    fail: warn,
  });
}
