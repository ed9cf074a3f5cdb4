import type { ClientEvent, ErrorReply } from "@chat-app/protocol";
import { HttpError } from "../errors";
import { parseInput } from "../schemas";
import { payloadSchemas } from "./payload-schemas";
import type { SocketHandlers } from "./socket-handlers";
import type { ChatSocket } from "./types";

/**
 * Registers a socket action the way REST routes work: validate the payload with the event's schema,
 * call the handler, and answer the acknowledgement with the result or `{error, status}` (the HTTP
 * status the same failure gets over REST), never a throw.
 */
export function onAction<E extends ClientEvent>(socket: ChatSocket, event: E, handler: SocketHandlers[E], log: (error: unknown) => void): void {
  const schema = payloadSchemas[event];
  // The protocol types what a correct client sends; what arrives is unknown until the schema says so.
  const on = socket.on.bind(socket) as (event: string, listener: (payload: unknown, ack?: unknown) => void) => void;
  on(event, (payload, ack) => void answer(payload, ack));
  async function answer(payload: unknown, ack: unknown): Promise<void> {
    const reply = typeof ack === "function" ? (ack as (reply: object) => void) : undefined;
    try {
      // Not `reply?.(await handler(…))`: an optional call skips evaluating its arguments.
      const result = await handler(parseInput(schema, payload), socket);
      reply?.(result);
    } catch (error) {
      if (error instanceof HttpError) return reply?.({ error: error.message, status: error.status } satisfies ErrorReply);
      log(error);
      reply?.({ error: "Internal server error", status: 500 } satisfies ErrorReply);
    }
  }
}
