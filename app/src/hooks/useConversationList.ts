import type { ChatClient, ConversationKey, ConversationRow, KnownNames } from "@chat-app/client";
import { useConversationList as useSharedConversationList } from "@chat-app/client/react";
import { t } from "../i18n/i18n";
import { notify } from "./notifications";
import { conversationMuted } from "./useConversationMute";

export interface ConversationListOptions {
  selfId: number;
  /** The conversation on screen (its messages are being read while the tab is visible). */
  openKey: ConversationKey | null;
  visible: boolean;
  names: KnownNames;
  groupNames: KnownNames;
  /** A notification was clicked: open its conversation. */
  onOpen: (key: ConversationKey) => void;
  fail: (error: unknown) => void;
}

/** The client's live chat list, with the web app's notifications (muting, mentions, the "New message" title in its language). */
export function useConversationList(
  client: ChatClient | null,
  options: ConversationListOptions,
): [rows: readonly ConversationRow[], opened: (key: ConversationKey) => void] {
  const { onOpen, ...shared } = options;
  const { rows, opened } = useSharedConversationList(client, {
    ...shared,
    fallbackName: t("notify.newMessage"),
    muted: conversationMuted,
    notify: ({ key, title, body, muted, mentionsMe }) =>
      notify(title, body, `chat-${key}`, () => onOpen(key), { conversationMuted: muted, mentionsMe }),
  });
  return [rows, opened];
}
