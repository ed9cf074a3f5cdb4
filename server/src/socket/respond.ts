import type { z } from "zod";
import { HttpError } from "../errors";
import { parseInput } from "../http/schemas";
import type { ChatSocket, ClientToServerEvents, ErrorReply } from "./types";

/**
 * Registers a socket action the way REST routes work: validate the payload with the shared schema,
 * call the service, and answer the acknowledgement with the result or `{error, status}` (the HTTP
 * status the same failure gets over REST), never a throw.
 */
export function onAction<S extends z.ZodType, R extends object>(
  socket: ChatSocket,
  event: keyof ClientToServerEvents,
  schema: S,
  action: (input: z.output<S>) => Promise<R>,
  log: (error: unknown) => void,
): void {
  // The event map types each ack precisely; this generic helper registers any of them.
  const on = socket.on.bind(socket) as (event: string, listener: (payload: unknown, ack?: (reply: R | ErrorReply) => void) => void) => void;
  on(event, async (payload, ack) => {
    const reply = typeof ack === "function" ? ack : undefined;
    try {
      // Not `reply?.(await action(…))`: an optional call skips evaluating its arguments.
      const result = await action(parseInput(schema, payload));
      reply?.(result);
    } catch (error) {
      if (error instanceof HttpError) return reply?.({ error: error.message, status: error.status });
      log(error);
      reply?.({ error: "Internal server error", status: 500 });
    }
  });
}
