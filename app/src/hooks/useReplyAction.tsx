import type { ChatMessage } from "@chat-app/ui-kit";
import { Button } from "@chat-app/ui-kit";
import { useCallback, useState, type FocusEvent, type MouseEvent } from "react";
import { createPortal } from "react-dom";
import styled from "styled-components";

const Slot = styled.span`
  position: absolute;
  top: 2px;
  inset-inline-end: 8px;
  z-index: 1;
`;

interface Active {
  row: HTMLElement;
  message: ChatMessage;
}

/**
 * A "Reply" button on the message row under the pointer or holding focus. The kit's list has no
 * reply action yet (a message actions menu is coming), so the app puts one into the row (a portal:
 * it follows the row in the tab order). `rowHandlers` go on the MessageList.
 */
export function useReplyAction(messages: readonly ChatMessage[], label: string, onReply: ((message: ChatMessage) => void) | undefined) {
  const [active, setActive] = useState<Active | null>(null);
  const pick = useCallback(
    (event: MouseEvent | FocusEvent) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>("[data-row-key]");
      const key = row?.dataset.rowKey;
      if (!row || !key?.startsWith("m:") || row === active?.row) return;
      const message = messages.find((m) => `m:${String(m.id)}` === key);
      // Only what the server has can be answered.
      const answerable = message && message.kind !== "system" && !message.deleted && message.status !== "sending" && message.status !== "failed";
      setActive(answerable ? { row, message } : null);
    },
    [messages, active],
  );
  const current = active && active.row.isConnected ? messages.find((m) => m.id === active.message.id) : undefined;
  const button =
    onReply && active && current
      ? createPortal(
          <Slot>
            <Button variant="secondary" size="sm" onClick={() => onReply(current)}>
              {label}
            </Button>
          </Slot>,
          active.row,
        )
      : null;
  return { button, rowHandlers: onReply ? { onMouseOverCapture: pick, onFocusCapture: pick } : undefined };
}
