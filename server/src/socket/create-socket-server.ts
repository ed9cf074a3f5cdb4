import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { AuthService } from "../services/auth.service";
import type { MessageService } from "../services/message.service";
import { createSocketAuthentication } from "./authenticate-socket";
import { registerMessageHandlers } from "./message.handlers";
import { userRoom } from "./rooms";
import type { ChatServer } from "./types";

export function createSocketServer(httpServer: HttpServer): ChatServer {
  return new Server(httpServer, {
    // Same payload ceiling as the REST body limit's order of magnitude; a flood of huge frames is cut off.
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
  });
}

export function attachSocketHandlers(
  io: ChatServer,
  services: { auth: AuthService; messages: MessageService },
  log: (error: unknown) => void,
): void {
  io.use(createSocketAuthentication(services.auth));
  io.on("connection", (socket) => {
    void socket.join(userRoom(socket.data.userId));
    registerMessageHandlers(socket, services.messages, log);
  });
}
