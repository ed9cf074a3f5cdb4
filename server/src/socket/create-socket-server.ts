import type { Server as HttpServer } from "node:http";
import { CLIENT_EVENTS } from "@chat-app/protocol";
import { Server } from "socket.io";
import type { AuthService } from "../services/auth.service";
import type { FixedWindowLimit } from "../security/rate-limits";
import { createSocketAuthentication, disconnectOnTokenExpiry } from "./authenticate-socket";
import { guardSocketEvents } from "./event-guard";
import type { PendingWork } from "./pending-work";
import { onAction } from "./respond";
import { sessionRoom, userRoom } from "./rooms";
import { createSocketHandlers, type SocketServices } from "./socket-handlers";
import type { ChatServer } from "./types";

export function createSocketServer(httpServer: HttpServer, corsOrigins: string[]): ChatServer {
  return new Server(httpServer, {
    // Without configured origins, no cross-origin CORS headers: browsers on other sites cannot poll.
    cors: corsOrigins.length > 0 ? { origin: corsOrigins } : undefined,
    // Same payload ceiling as the REST body limit's order of magnitude; a flood of huge frames is cut off.
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
    // A blip (tunnel, Wi-Fi handover) resumes the session with rooms and missed events replayed.
    // Clients still resync with ?after= because this state lives in memory and dies with a restart.
    // Kept short: every broadcast is held in memory for this long (measured as a large part of the
    // server's RSS under load), and clients resync with ?after= anyway.
    // Middlewares still run on a resumed connection: the handshake re-checks the session, or a socket
    // of a revoked session could come back within the window (the saved state outlives one resume).
    connectionStateRecovery: { maxDisconnectionDuration: 30 * 1000, skipMiddlewares: false },
  });
}

export function attachSocketHandlers(
  io: ChatServer,
  services: SocketServices & { auth: AuthService },
  eventLimit: { limit: FixedWindowLimit; disconnectAfterRejections: number },
  log: (error: unknown) => void,
  pending: PendingWork,
): void {
  const { presence, calls } = services;
  const handlers = createSocketHandlers(services);
  io.use(createSocketAuthentication(services.auth));
  io.on("connection", async (socket) => {
    disconnectOnTokenExpiry(socket);
    guardSocketEvents(socket, eventLimit.limit, eventLimit.disconnectAfterRejections);
    for (const event of CLIENT_EVENTS) onAction(socket, event, handlers[event], log);
    socket.on("disconnect", () => {
      pending.track(presence.disconnected(socket).catch(log));
      pending.track(calls.disconnected(socket.id).catch(log));
    });
    if (!socket.recovered) await socket.join([userRoom(socket.data.userId), sessionRoom(socket.data.sessionId)]);
    const announced = presence.connected(socket).catch(log);
    pending.track(announced);
    await announced;
  });
}
