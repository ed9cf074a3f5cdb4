export { ChatClient, type ChatClientOptions, type ConnectionState, type ConversationReceipts } from "./ChatClient";
export { ApiError, ChatApi, type ConversationPage, type Session } from "./api";
export { Outbox, type OutboxEntry } from "./outbox";
export {
  type ConversationJson,
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
