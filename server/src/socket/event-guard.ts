import { type ErrorReply, isClientEvent } from "@chat-app/protocol";
import type { FixedWindowLimit } from "../security/rate-limits";
import { TooManyRequestsError } from "../security/rate-limits";
import { splitArguments } from "./respond";
import type { ChatSocket } from "./types";

/**
 * Runs before every incoming event: events outside the protocol (`CLIENT_EVENTS`) and events over
 * the socket's budget get an error acknowledgement instead of reaching a handler; a socket that
 * keeps flooding is disconnected.
 */
export function guardSocketEvents(socket: ChatSocket, limit: FixedWindowLimit, disconnectAfterRejections: number): void {
  let rejections = 0;
  socket.use((packet, next) => {
    const event: unknown = packet[0];
    // The acknowledgement is the last argument when it is a function, as `onAction` reads it.
    const ack: ((reply: ErrorReply) => void) | undefined = splitArguments(packet.slice(1)).ack;
    const refuse = (error: string, status: number) => {
      rejections += 1;
      if (rejections >= disconnectAfterRejections) {
        socket.disconnect(true);
        return;
      }
      ack?.({ error, status });
    };
    if (!isClientEvent(event)) return refuse("Unknown event", 404);
    limit.consume(socket.id).then(
      () => next(),
      (error: unknown) => refuse(error instanceof TooManyRequestsError ? error.message : "Too many requests", 429),
    );
  });
}
