import { useEffect, useMemo } from "react";
import type { PendingAttachment } from "../attachments/attachment-types";
import type { ChatClient } from "../ChatClient";
import type { ConversationKey } from "../keys";
import type { OutboxEntry } from "../outbox";
import { useChatState } from "./useChatState";

const NO_ATTACHMENTS: readonly PendingAttachment[] = Object.freeze([]);

export interface PendingAttachmentsControls {
  /** The composer draft's files with their uploads' state: pass to the kit's composer as `attachments`. */
  attachments: readonly PendingAttachment[];
  /** `onAttachFiles`: attaches and starts uploading at once. */
  add: (files: readonly Blob[]) => void;
  /** `onRemoveAttachment`. */
  remove: (id: string) => void;
  /** `onRetryAttachment`. */
  retry: (id: string) => void;
  /** Sends the text with the draft's files as one message (the text may be empty when there are files). */
  send: (content: string) => OutboxEntry | undefined;
}

/** A conversation's composer files: what the kit's composer shows, and its callbacks. */
export function usePendingAttachments(client: ChatClient | null, key: ConversationKey | null): PendingAttachmentsControls {
  const attachments = useChatState(client, (c) => (key === null ? NO_ATTACHMENTS : c.draftAttachments(key)), NO_ATTACHMENTS);
  // The callbacks depend on the conversation only: an upload's progress does not remake them.
  const callbacks = useMemo<Omit<PendingAttachmentsControls, "attachments">>(
    () => ({
      add: (files) => {
        if (client && key !== null && files.length > 0) client.attachFiles(key, files);
      },
      remove: (id) => {
        if (client && key !== null) client.removeAttachment(key, id);
      },
      retry: (id) => {
        if (client && key !== null) client.retryAttachment(key, id);
      },
      send: (content) => (client && key !== null ? client.sendDraft(key, content) : undefined),
    }),
    [client, key],
  );
  return useMemo(() => ({ attachments, ...callbacks }), [attachments, callbacks]);
}

/** An outbox entry's files with their uploads' state, for the optimistic bubble. */
export function useEntryAttachments(client: ChatClient | null, entry: OutboxEntry | null): readonly PendingAttachment[] {
  return useChatState(client, (c) => (entry === null ? NO_ATTACHMENTS : c.entryAttachments(entry)), NO_ATTACHMENTS);
}

/**
 * Keeps the signed links of a conversation's loaded attachments fresh while it is shown: a timer
 * refreshes them `marginMs` before the first one expires (and again after each refresh or new page).
 */
export function useFreshAttachments(client: ChatClient | null, key: ConversationKey | null, marginMs = 5 * 60_000): void {
  const next = useChatState(client, (c) => (key === null ? undefined : c.nextAttachmentExpiry(key)), undefined);
  useEffect(() => {
    if (!client || key === null || next === undefined) return;
    // At most half the time left ahead, so links shorter-lived than the margin do not refresh in a loop;
    // capped so a long wait never overflows setTimeout's 32-bit delay.
    const left = next - Date.now();
    const delay = Math.min(Math.max(0, left - Math.min(marginMs, left / 2)), 2 ** 31 - 1);
    const timer = setTimeout(() => void client.refreshExpiringAttachments(key, marginMs).catch(() => undefined), delay);
    return () => clearTimeout(timer);
  }, [client, key, next, marginMs]);
}
