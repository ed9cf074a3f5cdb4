import { ApiError, type ChatClient, type ConversationKey, type ConversationRow, parseKey } from "@chat-app/client";
import type { ChatMessage, ForwardStatus, ForwardTarget } from "@chat-app/ui-kit";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import styled from "styled-components";

const ForwardDialog = lazy(() => import("../screens/ForwardDialogChunk"));

/** Read by screen readers only: "Forwarded". */
const Announcement = styled.span`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

interface Forwarding {
  message: ChatMessage;
  messageId: number;
  status: ForwardStatus;
}

export interface ForwardOptions {
  conversations: readonly ConversationRow[];
  serverId: (id: string | number) => number | undefined;
  authorName: (id: ChatMessage["authorId"]) => string;
  /** Said politely once a forward went through. */
  doneText: string;
  /** A session error (401 logs out); other refusals show in the dialog. */
  fail: (error: unknown) => void;
}

/**
 * Forwarding from the open conversation: the menu's "Forward" opens the kit's ForwardDialog
 * (loaded on first use) listing my conversations; it closes on success with "Forwarded" announced,
 * and shows its error state when the server refuses.
 */
export function useForward(client: ChatClient | null, { conversations, serverId, authorName, doneText, fail }: ForwardOptions) {
  const [forwarding, setForwarding] = useState<Forwarding | null>(null);
  const [announced, setAnnounced] = useState("");
  const onForward = useCallback(
    (message: ChatMessage) => {
      const messageId = serverId(message.id);
      if (messageId !== undefined) setForwarding({ message, messageId, status: "idle" });
    },
    [serverId],
  );
  const close = useCallback(() => setForwarding(null), []);
  const send = useCallback(
    (id: ForwardTarget["id"]) => {
      const key: ConversationKey | null = parseKey(String(id));
      if (!client || !forwarding || !key) return;
      setForwarding({ ...forwarding, status: "sending" });
      setAnnounced("");
      client.forward(forwarding.messageId, key).then(
        () => {
          setForwarding(null);
          setAnnounced(doneText);
        },
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 401) fail(error);
          setForwarding((current) => (current ? { ...current, status: "error" } : null));
        },
      );
    },
    [client, forwarding, doneText, fail],
  );
  const targets = useMemo((): ForwardTarget[] => conversations.map((row) => ({ id: row.key, name: row.name, kind: row.kind })), [conversations]);
  const dialog = (
    <>
      <Announcement role="status">{announced}</Announcement>
      {forwarding ? (
        <Suspense fallback={null}>
          <ForwardDialog
            open
            message={forwarding.message}
            authorName={authorName(forwarding.message.authorId)}
            conversations={targets}
            onForward={send}
            onClose={close}
            status={forwarding.status}
          />
        </Suspense>
      ) : null}
    </>
  );
  return { onForward, dialog };
}
