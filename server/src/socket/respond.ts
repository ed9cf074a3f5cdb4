import type { ClientEvent, ErrorReply } from "@chat-app/protocol";
import { badRequest, HttpError } from "../errors";
import { parseInput } from "../schemas";
import { payloadSchemas } from "./payload-schemas";
import type { SocketHandlers } from "./socket-handlers";
import type { ChatSocket } from "./types";

/**
 * Registers a socket action the way REST routes work: validate the payload with the event's schema,
 * call the handler, and answer the acknowledgement with the result or `{error, status}` (the HTTP
 * status the same failure gets over REST), never a throw.
 *
 * The payload is the first argument and the acknowledgement the last one when it is a function,
 * whatever comes between (`emit(event, payload, extra, ack)` is answered like `emit(event, payload,
 * ack)`); an acknowledgement alone, with no payload, is a 400.
 */
export function onAction<E extends ClientEvent>(socket: ChatSocket, event: E, handler: SocketHandlers[E], log: (error: unknown) => void): void {
  const schema = payloadSchemas[event];
  // The protocol types what a correct client sends; what arrives is unknown until the schema says so.
  const on = socket.on.bind(socket) as (event: string, listener: (...args: unknown[]) => void) => void;
  on(event, (...args) => void answer(args));
  async function answer(args: unknown[]): Promise<void> {
    const { payload, ack } = splitArguments(args);
    const reply = ack as ((reply: object) => void) | undefined;
    try {
      if (payload === MISSING) throw badRequest("payload is required");
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

const MISSING = Symbol("missing payload");

/** An event's arguments as Socket.IO hands them over: the payload first, the acknowledgement last (if it is a function). */
export function splitArguments(args: readonly unknown[]): { payload: unknown; ack: ((...reply: unknown[]) => void) | undefined } {
  const last = args.at(-1);
  const ack = typeof last === "function" ? (last as (...reply: unknown[]) => void) : undefined;
  const rest = ack ? args.length - 1 : args.length;
  return { payload: rest > 0 ? args[0] : MISSING, ack };
}
