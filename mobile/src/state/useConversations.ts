import type { ChatClient, ConversationKey } from "@chat-app/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { type Row, rowOf, withMessage } from "./rows";

interface ListState {
  rows: readonly Row[];
  loaded: boolean;
}

/** The server's rows; a failure leaves the list as it was. */
async function fetchRows(client: ChatClient): Promise<Row[] | null> {
  try {
    const { conversations } = await client.conversations();
    return conversations.map(rowOf);
  } catch (error) {
    console.warn("chat list:", error);
    return null;
  }
}

/**
 * The chat list: the server's rows (`client.conversations()`), asked for again on pull-to-refresh and
 * when someone new writes, kept current by the client's live messages.
 */
export function useConversations(client: ChatClient | null, openKey: ConversationKey | null) {
  const [state, setState] = useState<ListState>({ rows: [], loaded: false });
  const open = useRef(openKey);
  const latest = useRef(state.rows);
  useEffect(() => {
    open.current = openKey;
    latest.current = state.rows;
  }, [openKey, state.rows]);

  const refresh = useCallback(async (): Promise<void> => {
    if (!client) return;
    const rows = await fetchRows(client);
    setState((current) => ({ rows: rows ?? current.rows, loaded: true }));
  }, [client]);

  useEffect(() => {
    if (!client) return;
    let current = true;
    const load = () =>
      void fetchRows(client).then((rows) => {
        if (current) setState((state) => ({ rows: rows ?? state.rows, loaded: true }));
      });
    const off = client.on("message", (message, key) => {
      const next = withMessage(latest.current, key, message, client.userId, open.current);
      if (next) setState({ rows: next, loaded: true });
      else load();
    });
    load();
    return () => {
      current = false;
      off();
    };
  }, [client]);

  return { rows: state.rows, loaded: state.loaded, refresh };
}
