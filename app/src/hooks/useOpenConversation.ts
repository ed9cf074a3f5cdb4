import { ApiError, type ChatClient, type ConversationKey, isGroupKey, keyId, otherMemberIds, receiptStatus } from "@chat-app/client";
import { useGroup, useMessages, usePendingMessages, useReceipts } from "@chat-app/client/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import { toChatMessages } from "../state/messages";
import { membersNamed } from "../state/summaries";

export interface History {
  key: ConversationKey | null;
  hasOlder: boolean;
  loadingOlder: boolean;
  loaded: boolean;
  /** The server knows no such person or group (a mistyped or stale link). */
  missing: boolean;
}

const notLoaded = (key: ConversationKey | null): History => ({ key, hasOlder: false, loadingOlder: false, loaded: false, missing: false });

/** Not a member (any more): the screen says so, and the client has noted it. */
const refusedGroup = (key: ConversationKey, error: unknown) =>
  isGroupKey(key) && error instanceof ApiError && (error.status === 403 || error.status === 404);

export interface OpenConversationOptions {
  selfId: number;
  visible: boolean;
  /** The conversation is on screen and read (the list clears its unread count). */
  onRead: (key: ConversationKey) => void;
  fail: (error: unknown) => void;
}

/**
 * The open conversation: its newest page when it opens (offline, the one last kept), older pages on demand, its messages with
 * the outbox's and their delivered/read ticks, reading (the others' newest message is marked read
 * while the tab is visible), and opening at a message (a search hit).
 */
export function useOpenConversation(
  client: ChatClient | null,
  openKey: ConversationKey | null,
  { selfId, visible, onRead, fail }: OpenConversationOptions,
) {
  const [history, setHistory] = useState<History>(() => notLoaded(openKey));
  // Another conversation: nothing of it is loaded yet (its newest page is asked for below).
  if (history.key !== openKey) setHistory(notLoaded(openKey));
  const stored = useMessages(client, openKey);
  const pending = usePendingMessages(client, openKey);
  const receipts = useReceipts(client, openKey);
  const group = useGroup(client, openKey);
  const update = useCallback((key: ConversationKey, change: Partial<History>) => setHistory((h) => (h.key === key ? { ...h, ...change } : h)), []);

  // Opening a conversation: load its newest page (a group's page brings the group).
  useEffect(() => {
    if (!client || openKey === null) return;
    let current = true;
    if (!isGroupKey(openKey)) void client.subscribePresence([keyId(openKey)]).catch(() => undefined);
    client
      .loadLatestPage(openKey)
      .then(({ hasOlder, fresh }) => {
        if (current) update(openKey, { hasOlder, loaded: true });
        // Offline, the page last kept: the server's replaces it once reconnected.
        void fresh?.then((serverHasOlder) => current && update(openKey, { hasOlder: serverHasOlder }));
      })
      .catch((error: unknown) => {
        const missing = error instanceof ApiError && error.status === 404;
        if (current) update(openKey, { loaded: true, missing });
        if (!missing && !refusedGroup(openKey, error)) fail(error);
      });
    return () => {
      current = false;
      client.stopTyping(openKey);
    };
  }, [client, openKey, fail, update]);

  // Reading: the open conversation in a visible tab is read up to the others' newest message,
  // when it opens, when new messages arrive and when the tab comes back into view.
  useEffect(() => {
    if (client && openKey !== null) onRead(openKey);
  }, [client, openKey, onRead]);
  useEffect(() => {
    if (!client || openKey === null || !visible) return;
    onRead(openKey);
    const newest = stored.findLast((m) => m.sender_id !== selfId);
    if (newest) client.markRead(openKey, newest.id);
  }, [client, openKey, selfId, visible, stored, onRead]);

  // Opening at a message (a search hit): load older pages (200 at a time) until it is there, then
  // the list scrolls to it and marks it. A different conversation drops the mark.
  const [highlight, setHighlight] = useState<{ key: ConversationKey; messageId: number } | null>(null);
  const openAt = useCallback((key: ConversationKey, messageId: number) => setHighlight({ key, messageId }), []);
  if (highlight && highlight.key !== openKey) setHighlight(null);
  const historyLoaded = history.key === openKey && history.loaded;
  useEffect(() => {
    if (!client || !highlight || highlight.key !== openKey || !historyLoaded) return;
    const key = openKey;
    const present = () => client.messagesWith(key).some((m) => m.id === highlight.messageId);
    if (present()) return;
    let current = true;
    void (async () => {
      update(key, { loadingOlder: true });
      let hasOlder = true;
      try {
        for (let pages = 0; current && hasOlder && !present() && pages < 50; pages += 1) hasOlder = await client.loadOlder(key, 200);
      } catch (error) {
        fail(error);
      } finally {
        update(key, { hasOlder, loadingOlder: false });
      }
    })();
    return () => {
      current = false;
    };
  }, [client, highlight, openKey, historyLoaded, fail, update]);

  const loadOlder = useCallback(() => {
    if (!client || openKey === null) return;
    update(openKey, { loadingOlder: true });
    client
      .loadOlder(openKey)
      .then((hasOlder) => update(openKey, { hasOlder, loadingOlder: false }))
      .catch((error: unknown) => {
        update(openKey, { loadingOlder: false });
        if (!(isGroupKey(openKey) && error instanceof ApiError && error.status === 403)) fail(error);
      });
  }, [client, openKey, fail, update]);

  const t = useT();
  const messages = useMemo(() => {
    if (!receipts) return [];
    const others = group && otherMemberIds(group, selfId);
    return toChatMessages(stored, pending, selfId, t, (m) => receiptStatus(m, receipts, others), membersNamed(group ?? undefined));
  }, [stored, pending, receipts, group, selfId, t]);

  // The list keys own messages by client_id: the highlighted row's id in that form.
  const highlightId = useMemo(() => {
    if (!highlight || highlight.key !== openKey) return undefined;
    const found = stored.find((m) => m.id === highlight.messageId);
    return found && found.sender_id === selfId && found.client_id ? found.client_id : highlight.messageId;
  }, [highlight, openKey, stored, selfId]);

  /** Own messages are keyed by client_id in the list; the server addresses them by id. */
  const serverId = useCallback(
    (id: string | number): number | undefined => (typeof id === "number" ? id : stored.find((m) => m.client_id === id)?.id),
    [stored],
  );

  return {
    messages,
    history,
    loadOlder,
    openAt,
    highlightId,
    serverId,
    /** The server's messages as loaded (for looking up what the list shows). */
    stored,
  };
}
