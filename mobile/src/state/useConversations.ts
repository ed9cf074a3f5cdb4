import type { ChatClient, ConversationKey } from "@chat-app/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { type Row, rowOf, withMessage } from "./rows";

/**
 * The chat list: the server's rows (`client.conversations()`), asked for again on pull-to-refresh and
 * when someone new writes, kept current by the client's live messages.
 */
export function useConversations(client: ChatClient | null, openKey: ConversationKey | null) {
  const [rows, setRows] = useState<readonly Row[]>([]);
  const [loaded, setLoaded] = useState(false);
  const open = useRef(openKey);
  const latest = useRef(rows);
  useEffect(() => {
    open.current = openKey;
    latest.current = rows;
  }, [openKey, rows]);

  const refresh = useCallback(async (): Promise<void> => {
    if (!client) return;
    try {
      const { conversations } = await client.conversations();
      setRows(conversations.map(rowOf));
    } catch (error) {
      console.warn("chat list:", error);
    } finally {
      setLoaded(true);
    }
  }, [client]);

  useEffect(() => {
    if (!client) return;
    const off = client.on("message", (message, key) => {
      const next = withMessage(latest.current, key, message, client.userId, open.current);
      if (next) setRows(next);
      else void refresh();
    });
    void refresh();
    return off;
  }, [client, refresh]);

  /** The conversation is on screen: its unread count clears. */
  const opened = useCallback(
    (key: ConversationKey) => setRows((current) => current.map((r) => (r.id === key && r.unreadCount ? { ...r, unreadCount: 0 } : r))),
    [],
  );
  return { rows, loaded, refresh, opened };
}
