export { type PendingAttachmentsControls, useEntryAttachments, useFreshAttachments, usePendingAttachments } from "./attachments";
export {
  useAllTypists,
  useConnectionState,
  useGroup,
  useGroups,
  useHasNewer,
  useMessages,
  useOutbox,
  usePendingMessages,
  usePins,
  usePresence,
  useReceipts,
  useRemovedGroups,
  useTypists,
} from "./hooks";
export { useAvatar } from "./useAvatar";
export { type JumpState, useJumpToMessage } from "./jump";
export { type ConversationList, type ConversationNotice, type SharedConversationListOptions, useConversationList } from "./useConversationList";
export { sameItems, useChatState } from "./useChatState";
export { type CallActions, type CallsState, useCalls } from "./calls";
export { useConnectWhenReady, useSessionClient } from "./session-client";
