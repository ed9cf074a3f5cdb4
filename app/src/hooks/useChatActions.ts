import type { ChatClient, ConversationKey } from "@chat-app/client";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { Drafts } from "../state/drafts";

export interface ChatActionOptions {
  selfId: number;
  /** The server id of a message the list names by id or (own messages) by client_id. */
  serverId: (id: string | number) => number | undefined;
  fail: (error: unknown) => void;
}

/**
 * What the person does, messages and groups alike, each one call on the session's ChatClient: the
 * open conversation's draft and composer (typing, send), retry/discard/edit/delete of messages,
 * and group changes. Message actions report failures through `fail`; group actions return the
 * client's promise, so a panel can show a refusal where it happened.
 */
export function useChatActions(client: ChatClient | null, openKey: ConversationKey | null, { selfId, serverId, fail }: ChatActionOptions) {
  const drafts = useMemo(() => new Drafts(localStorage, `chat.drafts.${selfId}`), [selfId]);
  const draft = useSyncExternalStore(drafts.subscribe, () => (openKey === null ? "" : drafts.get(openKey)));

  const send = useCallback(
    (text: string, replyToId?: number) => {
      if (!client || openKey === null) return;
      // Scrolled far up after a jump: what is sent shows at the newest end, so go back there.
      if (client.hasNewer(openKey)) client.loadLatest(openKey).catch(fail);
      // With the files attached to the draft, if any: one message.
      client.sendDraft(openKey, text, { replyToId });
      drafts.set(openKey, "");
    },
    [client, openKey, drafts, fail],
  );
  const setDraft = useCallback(
    (text: string) => {
      if (openKey === null) return;
      drafts.set(openKey, text);
      if (text.trim()) client?.typing(openKey);
      else client?.stopTyping(openKey);
    },
    [client, openKey, drafts],
  );
  const stopTyping = useCallback(() => {
    if (openKey !== null) client?.stopTyping(openKey);
  }, [client, openKey]);
  const retry = useCallback((clientId: string) => client?.retry(clientId), [client]);
  const discard = useCallback((clientId: string) => client?.discard(clientId), [client]);
  const edit = useCallback(
    (id: string | number, text: string) => {
      const messageId = serverId(id);
      if (client && messageId !== undefined) client.edit(messageId, text).catch(fail);
    },
    [client, serverId, fail],
  );
  const remove = useCallback(
    (id: string | number) => {
      const messageId = serverId(id);
      if (client && messageId !== undefined) client.remove(messageId).catch(fail);
    },
    [client, serverId, fail],
  );

  const groupActions = useMemo(() => (client ? groupActionsOf(client) : null), [client]);
  return { draft, setDraft, send, stopTyping, retry, discard, edit, remove, groupActions };
}

/** Group changes, as the members panel and the new-group form call them. */
export type GroupActions = ReturnType<typeof groupActionsOf>;

export function groupActionsOf(client: ChatClient) {
  return {
    createGroup: (name: string, memberIds: readonly number[]) => client.createGroup(name, memberIds),
    renameGroup: (groupId: number, name: string) => client.renameGroup(groupId, name),
    addMembers: (groupId: number, memberIds: readonly number[]) => client.addMembers(groupId, memberIds),
    removeMember: (groupId: number, userId: number) => client.removeMember(groupId, userId),
    setRole: (groupId: number, userId: number, role: "admin" | "member") => client.setRole(groupId, userId, role),
    leaveGroup: (groupId: number) => client.leaveGroup(groupId),
    subscribePresence: (userIds: readonly number[]) => client.subscribePresence(userIds),
  };
}
