import type { CallJson, CallSignalRelayJson } from "@chat-app/protocol";
import type { ForReader } from "./message-events";

/**
 * What the call service announces, and to whom (user ids: every connection of each). The socket
 * layer implements it on rooms, so the Redis adapter carries it to other processes.
 */
export interface CallEvents {
  /** A call rings for these people (each gets it worded from their side). */
  ringing(call: ForReader<CallJson>, recipients: readonly number[]): void;
  /** A call's state or participants changed. */
  updated(call: ForReader<CallJson>, recipients: readonly number[]): void;
  ended(call: ForReader<CallJson>, recipients: readonly number[]): void;
  /** To one connection only: the one its user is in the call on. */
  signal(connectionId: string, signal: CallSignalRelayJson): void;
}
