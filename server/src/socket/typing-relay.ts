import type { TypingInput } from "../schemas";
import type { GroupService } from "../services/group.service";
import { userRoom } from "./rooms";
import type { ChatSocket } from "./types";

/**
 * Relays "typing" to the receiver's sockets, or to the other members of a group. Nothing is stored:
 * clients throttle starts and let an indicator expire by itself after a few seconds without a new
 * start, so a lost stop never sticks.
 */
export function typingRelay(groups: GroupService) {
  return async (socket: ChatSocket, input: TypingInput, typing: boolean): Promise<{ ok: true }> => {
    const userId = socket.data.userId;
    if (input.group_id !== undefined) {
      const others = (await groups.memberIdsFor(userId, input.group_id)).filter((id) => id !== userId);
      if (others.length > 0) socket.to(others.map(userRoom)).emit("typing", { user_id: userId, group_id: input.group_id, typing });
    } else {
      socket.to(userRoom(input.receiver_id!)).emit("typing", { user_id: userId, receiver_id: input.receiver_id!, typing });
    }
    return { ok: true };
  };
}
