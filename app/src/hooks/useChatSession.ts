import { ApiError, type ConversationKey, isGroupKey, keyId, KnownNames, type Session } from "@chat-app/client";
import { useAllTypists, useConnectionState, useGroups, usePresence, useRemovedGroups } from "@chat-app/client/react";
import { useCallback, useMemo } from "react";
import { t } from "../i18n/i18n";
import { useChatActions } from "./useChatActions";
import { useConversationList } from "./useConversationList";
import { useOpenConversation } from "./useOpenConversation";
import { usePageVisible } from "./usePageVisible";
import { useConnectWhenReady, useSessionClient } from "./useSessionClient";
import { useLatest } from "./useLatest";

const NO_TYPISTS: readonly number[] = [];

/**
 * Everything the chat screen shows, wired to one ChatClient for the session: the conversation
 * list (people and groups, live), the open conversation (history, older pages, outbox), the
 * groups I am in, presence, typing, drafts and the connection — read through the client's React
 * hooks, so each changes only when what it reads does — and every action, messages and groups alike.
 */
export function useChatSession(
  session: Session,
  openKey: ConversationKey | null,
  onExpired: () => void,
  onOpen: (key: ConversationKey) => void = () => undefined,
) {
  const selfId = session.user.id;
  const expired = useLatest(onExpired);
  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) expired.current();
      else console.warn("chat:", error);
    },
    [expired],
  );
  const client = useSessionClient(session, onExpired);
  const visible = usePageVisible();
  const names = useMemo(() => new KnownNames(`chat.names.${selfId}`), [selfId]);
  /** Group names seen, so a group I was removed from still shows its name after a reload. */
  const groupNames = useMemo(() => new KnownNames(`chat.groupNames.${selfId}`), [selfId]);

  const [conversations, opened] = useConversationList(client, { selfId, openKey, visible, names, groupNames, onOpen, fail });
  const open = useOpenConversation(client, openKey, { selfId, visible, onRead: opened, fail });
  const actions = useChatActions(client, openKey, { selfId, serverId: open.serverId, fail });
  const connection = useConnectionState(client);
  const presence = usePresence(client);
  const typing = useAllTypists(client);
  const groups = useGroups(client);
  const removed = useRemovedGroups(client);
  useConnectWhenReady(client);

  /** A person's name as far as known: group members, conversations, search results. */
  const userName = useCallback((id: number) => names.get(id) ?? t("names.user", { id }), [names]);
  /** A group's name as far as known (also one I am out of, from an earlier visit), or undefined. */
  const groupName = useCallback((groupId: number) => groups.get(groupId)?.name ?? groupNames.get(groupId), [groups, groupNames]);
  const conversationName = (key: ConversationKey) =>
    conversations.find((c) => c.key === key)?.name ??
    (isGroupKey(key) ? (groupName(keyId(key)) ?? t("names.group", { id: keyId(key) })) : userName(keyId(key)));

  return {
    client,
    connection,
    conversations,
    ...open,
    ...actions,
    presence,
    typing,
    typistsIn: (key: ConversationKey) => typing.get(key) ?? NO_TYPISTS,
    groups,
    removed,
    conversationName,
    groupName,
    userName,
    rememberName: (id: number, name: string) => names.set(id, name),
    fail,
  };
}

export type ChatSession = ReturnType<typeof useChatSession>;
