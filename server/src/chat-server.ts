import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import type { AppConfig } from "./config/config";
import { openDatabase } from "./db/data-source";
import { createApp } from "./http/create-app";
import { createAuthenticate } from "./http/middleware/authenticate";
import { PasswordHasher } from "./security/passwords";
import { TokenService } from "./security/tokens";
import { AuthService } from "./services/auth.service";
import { MessageService } from "./services/message.service";
import { UserService } from "./services/user.service";
import { attachSocketHandlers, createSocketServer } from "./socket/create-socket-server";
import { SocketMessageEvents } from "./socket/socket-message-events";
import type { ChatServer } from "./socket/types";

export interface RunningServer {
  url: string;
  port: number;
  io: ChatServer;
  dataSource: DataSource;
  close(): Promise<void>;
}

const defaultLog = (error: unknown) => console.error(error);

/** Wires database, services, REST and sockets together and starts listening. */
export async function startChatServer(config: AppConfig, log: (error: unknown) => void = defaultLog): Promise<RunningServer> {
  const dataSource = await openDatabase(config.database, config.autoMigrate);
  const httpServer = createHttpServer();
  const io = createSocketServer(httpServer);

  const tokens = new TokenService(config.jwtSecret, config.jwtTtlSeconds);
  const users = new UserService(dataSource);
  const auth = new AuthService(dataSource, new PasswordHasher(config.bcryptCost), tokens);
  const messages = new MessageService(dataSource, new SocketMessageEvents(io));

  const app = createApp({
    dataSource,
    auth,
    users,
    messages,
    authenticate: createAuthenticate(tokens, users),
    bodyLimitBytes: config.bodyLimitBytes,
    appDistDir: config.appDistDir,
    log,
  });
  httpServer.on("request", app);
  attachSocketHandlers(io, { auth, messages }, log);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;

  return {
    url: `http://${host}:${port}`,
    port,
    io,
    dataSource,
    async close() {
      await io.close();
      httpServer.closeAllConnections();
      await dataSource.destroy();
    },
  };
}
