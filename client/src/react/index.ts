export {
  useAllTypists,
  useConnectionState,
  useGroup,
  useGroups,
  useMessages,
  usePendingMessages,
  usePresence,
  useReceipts,
  useRemovedGroups,
  useTypists,
} from "./hooks";
export { sameItems, useChatState } from "./useChatState";
