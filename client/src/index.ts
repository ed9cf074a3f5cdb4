export { ChatClient, NOT_A_MEMBER, type SendOptions } from "./ChatClient";
export { attachmentExpiresAt, linkExpiresAt } from "./attachments/attachment-expiry";
export type { OutboxAttachment, PendingAttachment, PendingAttachmentStatus } from "./attachments/attachment-types";
export {
  defaultPendingFileStore,
  IndexedDbPendingFileStore,
  MemoryPendingFileStore,
  type PendingFile,
  type PendingFileStore,
} from "./attachments/pending-file-store";
export { type UploadOptions, uploadAttachment } from "./attachments/upload";
export { UploadError, type UploadFailure, type UploadFailureReason, uploadFailureOf } from "./attachments/upload-failure";
export {
  defaultUploadTransport,
  FetchUploadTransport,
  type UploadRequest,
  type UploadResponse,
  type UploadTransport,
  XhrUploadTransport,
  type XhrLike,
} from "./attachments/upload-transport";
export { browserCallEnvironment, type CallEnvironment, type CallMediaDevices } from "./calls/call-environment";
export { AvatarLoader, type AvatarLoaderOptions, type AvatarSize, avatarRequestUrl } from "./avatars/avatar-loader";
export { callStats, type CallStats } from "./calls/call-stats";
export type { CallEndedView, CallPeerView, CallsSnapshot, CurrentCallView, MediaProblem, PeerState } from "./calls/call-types";
export { CallManager, type CallTarget } from "./calls/CallManager";
export type { ChatClientEvents, ChatClientOptions, LatestPage } from "./client-types";
export { type ConnectionState } from "./connection";
export { type ConversationRow, type ConversationsAction, conversationsReducer } from "./conversations/conversations";
export { KnownNames } from "./conversations/known-names";
export { shownName } from "./profiles";
export { otherMemberIds } from "./groups";
export { type ConversationReceipts, type DirectReceipts, type GroupReceipts, receiptStatus } from "./receipts";
export { AuthApi } from "./auth-api";
export { EmailApi, type ResetRequestedJson } from "./email-api";
export { type DownloadedFile, dispositionFileName } from "./download";
export { ApiError, ChatApi, type ConversationPage, type DirectPage, type GroupPage, type PageCursor, type Session } from "./api";
export {
  type ConversationKey,
  type ConversationRef,
  type GroupKey,
  groupKey,
  isGroupKey,
  keyId,
  parseKey,
  toKey,
  type UserKey,
  userKey,
} from "./keys";
export { defaultOfflineCache, IndexedDbOfflineCache, offlineCacheDatabase } from "./offline/indexeddb-offline-cache";
export { MemoryOfflineCache } from "./offline/memory-offline-cache";
export { isNetworkFailure, type OfflineCache, type OfflineCacheBatch } from "./offline/offline-cache";
export { entryKey, Outbox, type OutboxEntry } from "./outbox";
export type { PinnedJson } from "./pins";
export { type SendFailure, type SendFailureReason, sendFailureOf } from "./send-failure";
export {
  type ConversationJson,
  type DirectConversationJson,
  type DirectReceiptJson,
  type GroupConversationJson,
  type GroupJson,
  type GroupMemberJson,
  type GroupReceiptJson,
  type AttachmentJson,
  type KeyValueStorage,
  MemoryStorage,
  type MessageJson,
  type PresenceJson,
  type ReceiptJson,
  type ReceiptStatus,
  type SearchResultJson,
  type TypingJson,
  type UserJson,
} from "./types";
