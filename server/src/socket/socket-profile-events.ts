import type { UserProfileJson } from "@chat-app/protocol";
import type { ProfileEvents } from "../services/profile-events";
import { userRoom } from "./rooms";
import type { ChatServer } from "./types";

/** A changed profile to each recipient's every socket, on any process (the rooms live in the adapter). */
export class SocketProfileEvents implements ProfileEvents {
  constructor(private readonly io: ChatServer) {}

  userUpdated(user: UserProfileJson, recipients: readonly number[]): void {
    if (recipients.length === 0) return;
    this.io.to([...new Set(recipients)].map(userRoom)).emit("user:updated", user);
  }
}
