import type { ChatClient, ConversationKey, PendingAttachment as DraftFile } from "@chat-app/client";
import { usePendingAttachments, useFreshAttachments } from "@chat-app/client/react";
import type { ChatMessage, MessageAttachment, PendingAttachment } from "@chat-app/ui-kit";
import { useCallback, useEffect, useMemo, useState } from "react";
import { uploadFailureSentence } from "../state/send-failures";

/** The images of one message the viewer pages through, and the one shown. */
export interface OpenImages {
  images: MessageAttachment[];
  index: number;
}

/**
 * Object URLs of the draft's image files, for the chips' thumbnails: made from the File kept by the
 * client (also after a reload, from IndexedDB) and revoked once the file leaves the draft.
 */
function usePreviews(client: ChatClient | null, attachments: readonly DraftFile[]): readonly PendingAttachment[] {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(() => new Map());
  // Keyed by the images' ids, not the array: progress updates must not remake the previews.
  const imageIds = attachments
    .filter((a) => a.type.startsWith("image/"))
    .map((a) => a.id)
    .join("\n");
  useEffect(() => {
    let current = true;
    const wanted = imageIds ? imageIds.split("\n") : [];
    const made: string[] = [];
    void Promise.all(wanted.map(async (id) => [id, await client?.pendingFile(id)] as const)).then((files) => {
      if (!current) return;
      const next = new Map<string, string>();
      for (const [id, blob] of files) {
        if (!blob) continue;
        const url = URL.createObjectURL(blob);
        made.push(url);
        next.set(id, url);
      }
      setUrls(next);
    });
    return () => {
      current = false;
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [client, imageIds]);
  return useMemo(
    () =>
      attachments.map((a) => ({
        ...a,
        previewUrl: urls.get(a.id),
        error: a.status === "failed" ? uploadFailureSentence(a.failure, a.name) : undefined,
      })),
    [attachments, urls],
  );
}

/**
 * Files in the open conversation: the composer's pending files (chips with progress, drop, paste,
 * voice notes), the image viewer, and signed links kept fresh — refreshed ahead of expiry while
 * the conversation is open, and at once when an image or audio fails to load.
 */
export function useConversationAttachments(client: ChatClient | null, openKey: ConversationKey | null, messages: readonly ChatMessage[]) {
  const draft = usePendingAttachments(client, openKey);
  useFreshAttachments(client, openKey);
  const attachments = usePreviews(client, draft.attachments);
  const [open, setOpen] = useState<{ messageId: ChatMessage["id"]; index: number } | null>(null);

  const openImage = useCallback((message: ChatMessage, index: number) => setOpen({ messageId: message.id, index }), []);
  const refresh = useCallback(
    (attachment: MessageAttachment) => {
      if (client && typeof attachment.id === "number") void client.refreshAttachment(attachment.id).catch(() => undefined);
    },
    [client],
  );
  const sendVoice = useCallback(
    (file: File) => {
      if (client && openKey !== null) client.send(openKey, "", [file]);
    },
    [client, openKey],
  );
  // The viewer shows the links the message holds now: a refresh replaces them there.
  const viewer = useMemo<OpenImages | null>(() => {
    const message = open && messages.find((m) => m.id === open.messageId);
    const images = message ? (message.attachments ?? []).filter((a) => a.kind === "image") : [];
    return open && images.length > 0 ? { images, index: Math.min(open.index, images.length - 1) } : null;
  }, [open, messages]);

  const composer = useMemo(
    () => ({
      attachments,
      onAttachFiles: draft.add,
      onRemoveAttachment: draft.remove,
      onRetryAttachment: draft.retry,
      onVoiceMessage: sendVoice,
    }),
    [attachments, draft.add, draft.remove, draft.retry, sendVoice],
  );
  // Stable objects and callbacks: the list and composer are memoised and re-render only on change.
  const list = useMemo(() => ({ onOpenImage: openImage, onAttachmentError: refresh }), [openImage, refresh]);
  const setViewerIndex = useCallback((index: number) => setOpen((shown) => (shown ? { ...shown, index } : shown)), []);
  const closeViewer = useCallback(() => setOpen(null), []);

  return { composer, list, onDropFiles: draft.add, viewer, setViewerIndex, closeViewer };
}
