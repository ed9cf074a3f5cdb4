import { HttpError } from "../errors";
import { parseInput, sendMessageSchema } from "../http/schemas";
import type { MessageService } from "../services/message.service";
import type { ChatSocket } from "./types";

/** Socket twin of POST /api/messages/send: same schema, same service, the reply comes as the ack. */
export function registerMessageHandlers(socket: ChatSocket, messages: MessageService, log: (error: unknown) => void) {
  socket.on("message:send", async (payload, ack) => {
    const reply = typeof ack === "function" ? ack : undefined;
    try {
      const { message } = await messages.send(socket.data.userId, parseInput(sendMessageSchema, payload));
      reply?.({ message });
    } catch (error) {
      if (error instanceof HttpError) return reply?.({ error: error.message });
      log(error);
      reply?.({ error: "Internal server error" });
    }
  });
}
