export { ChatClient, type ChatClientOptions, type ConnectionState } from "./ChatClient";
export { ApiError, ChatApi, type ConversationPage, type Session } from "./api";
export { Outbox, type OutboxEntry } from "./outbox";
export { type ConversationJson, type KeyValueStorage, MemoryStorage, type MessageJson, type UserJson } from "./types";
