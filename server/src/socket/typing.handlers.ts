import { z } from "zod";
import { idSchema } from "../http/schemas";
import { userRoom } from "./rooms";
import { onAction } from "./respond";
import type { ChatSocket } from "./types";

const typingSchema = z.object({ receiver_id: idSchema });

/**
 * Relays "typing" to the receiver's sockets. Nothing is stored: clients throttle starts and let an
 * indicator expire by itself after a few seconds without a new start, so a lost stop never sticks.
 */
export function registerTypingHandlers(socket: ChatSocket, log: (error: unknown) => void): void {
  const relay = (typing: boolean) => async ({ receiver_id }: z.output<typeof typingSchema>) => {
    socket.to(userRoom(receiver_id)).emit("typing", { user_id: socket.data.userId, receiver_id, typing });
    return { ok: true as const };
  };
  onAction(socket, "typing:start", typingSchema, relay(true), log);
  onAction(socket, "typing:stop", typingSchema, relay(false), log);
}
