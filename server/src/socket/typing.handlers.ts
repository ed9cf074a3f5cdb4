import { type TypingInput, typingSchema } from "../http/schemas";
import type { GroupService } from "../services/group.service";
import { userRoom } from "./rooms";
import { onAction } from "./respond";
import type { ChatSocket } from "./types";

/**
 * Relays "typing" to the receiver's sockets, or to the other members of a group. Nothing is stored:
 * clients throttle starts and let an indicator expire by itself after a few seconds without a new
 * start, so a lost stop never sticks.
 */
export function registerTypingHandlers(socket: ChatSocket, groups: GroupService, log: (error: unknown) => void): void {
  const relay = (typing: boolean) => async (input: TypingInput) => {
    const userId = socket.data.userId;
    if (input.group_id !== undefined) {
      const others = (await groups.memberIdsFor(userId, input.group_id)).filter((id) => id !== userId);
      if (others.length > 0) socket.to(others.map(userRoom)).emit("typing", { user_id: userId, group_id: input.group_id, typing });
    } else {
      socket.to(userRoom(input.receiver_id!)).emit("typing", { user_id: userId, receiver_id: input.receiver_id!, typing });
    }
    return { ok: true as const };
  };
  onAction(socket, "typing:start", typingSchema, relay(true), log);
  onAction(socket, "typing:stop", typingSchema, relay(false), log);
}
