import { ChatClient } from "@chat-app/client";
import type { TestServer, TestUser } from "../helpers/test-server";

type ClientOptions = Partial<ConstructorParameters<typeof ChatClient>[0]>;

/** The app's ChatClients against a test server, with short timings, all closed together at the end. */
export class TestClients {
  private readonly clients: ChatClient[] = [];

  constructor(private readonly server: () => TestServer) {}

  readonly connect = (user: TestUser, options: ClientOptions = {}): ChatClient => {
    const client = new ChatClient({
      baseUrl: this.server().url,
      token: user.token,
      userId: user.id,
      ackTimeoutMs: 2000,
      retryIntervalMs: 500,
      deliveryDelayMs: 50,
      socketOptions: { transports: ["websocket"], reconnectionDelay: 100, reconnectionDelayMax: 300, randomizationFactor: 0 },
      ...options,
    });
    this.clients.push(client);
    return client;
  };

  closeAll(): void {
    for (const client of this.clients) client.close();
  }
}

/** A client's Socket.IO socket (a private part of it), to drop and restore its connection as a network would. */
export function socketOf(client: ChatClient): { connect(): void; disconnect(): void; io: { engine: { close(): void } } } {
  return (client as unknown as { link: { socket: ReturnType<typeof socketOf> } }).link.socket;
}

/** Resolves when `check` holds, polling; fails with `what` after the timeout. */
export async function until(what: string, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const connected = (client: ChatClient) => until("connected", () => client.connection === "connected");
