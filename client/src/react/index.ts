export { type PendingAttachmentsControls, useEntryAttachments, useFreshAttachments, usePendingAttachments } from "./attachments";
export {
  useAllTypists,
  useConnectionState,
  useGroup,
  useGroups,
  useMessages,
  useOutbox,
  usePendingMessages,
  usePresence,
  useReceipts,
  useRemovedGroups,
  useTypists,
} from "./hooks";
export { sameItems, useChatState } from "./useChatState";
