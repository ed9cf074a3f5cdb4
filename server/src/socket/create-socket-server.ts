import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { AuthService } from "../services/auth.service";
import type { MessageService } from "../services/message.service";
import type { FixedWindowLimit } from "../security/rate-limits";
import { createSocketAuthentication, disconnectOnTokenExpiry } from "./authenticate-socket";
import { guardSocketEvents } from "./event-guard";
import { registerMessageHandlers } from "./message.handlers";
import { userRoom } from "./rooms";
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
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
  });
}

export function attachSocketHandlers(
  io: ChatServer,
  services: { auth: AuthService; messages: MessageService },
  eventLimit: { limit: FixedWindowLimit; disconnectAfterRejections: number },
  log: (error: unknown) => void,
): void {
  io.use(createSocketAuthentication(services.auth));
  io.on("connection", (socket) => {
    disconnectOnTokenExpiry(socket);
    if (!socket.recovered) void socket.join(userRoom(socket.data.userId));
    guardSocketEvents(socket, eventLimit.limit, eventLimit.disconnectAfterRejections);
    registerMessageHandlers(socket, services.messages, log);
  });
}
