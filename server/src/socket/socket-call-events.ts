import type { CallJson, CallSignalRelayJson } from "@chat-app/protocol";
import type { CallEvents } from "../services/call-events";
import type { ForReader } from "../services/message-events";
import { userRoom } from "./rooms";
import type { ChatServer } from "./types";

/** Call events on user rooms (every tab), and signals on one connection's own room; the adapter carries both across processes. */
export class SocketCallEvents implements CallEvents {
  constructor(private readonly io: ChatServer) {}

  ringing(call: ForReader<CallJson>, recipients: readonly number[]): void {
    for (const userId of new Set(recipients)) this.io.to(userRoom(userId)).emit("call:ringing", { call: call(userId) });
  }

  updated(call: ForReader<CallJson>, recipients: readonly number[]): void {
    for (const userId of new Set(recipients)) this.io.to(userRoom(userId)).emit("call:updated", { call: call(userId) });
  }

  ended(call: ForReader<CallJson>, recipients: readonly number[]): void {
    for (const userId of new Set(recipients)) this.io.to(userRoom(userId)).emit("call:ended", { call: call(userId) });
  }

  signal(connectionId: string, signal: CallSignalRelayJson): void {
    this.io.to(connectionId).emit("call:signal", signal);
  }
}
