import type { TypingInput } from "../schemas";
import type { BlockService } from "../services/block.service";
import type { GroupService } from "../services/group.service";
import { userRoom } from "./rooms";
import type { ChatSocket } from "./types";

/**
 * Relays "typing" to the receiver's sockets, or to the other members of a group. Nothing is stored:
 * clients throttle starts and let an indicator expire by itself after a few seconds without a new
 * start, so a lost stop never sticks. Nobody with a block either way with the typist hears it.
 */
export function typingRelay(groups: GroupService, blocks: BlockService) {
  return async (socket: ChatSocket, input: TypingInput, typing: boolean): Promise<{ ok: true }> => {
    const userId = socket.data.userId;
    if (input.group_id !== undefined) {
      const [members, blocked] = await Promise.all([groups.memberIdsFor(userId, input.group_id), blocks.eitherWay(userId)]);
      const others = members.filter((id) => id !== userId && !blocked.has(id));
      if (others.length > 0) socket.to(others.map(userRoom)).emit("typing", { user_id: userId, group_id: input.group_id, typing });
    } else {
      const receiverId = input.receiver_id!;
      if (!(await blocks.between(userId, receiverId)))
        socket.to(userRoom(receiverId)).emit("typing", { user_id: userId, receiver_id: receiverId, typing });
    }
    // The same answer either way: the typist learns nothing of a block.
    return { ok: true };
  };
}
