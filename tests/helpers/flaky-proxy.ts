import net from "node:net";
import { splice } from "./splice";

/**
 * A TCP proxy in front of the server whose connections a test can cut at any moment, as a
 * train tunnel or a Wi-Fi handover would. Both REST and Socket.IO go through it.
 */
export class FlakyProxy {
  private readonly connections = new Set<net.Socket>();
  private readonly server: net.Server;
  drops = 0;

  private constructor(targetPort: number) {
    this.server = net.createServer((client) => splice(client, net.connect(targetPort, "127.0.0.1"), this.connections));
  }

  static async start(targetPort: number): Promise<FlakyProxy> {
    const proxy = new FlakyProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  /** Cuts every open connection at once, mid-frame if need be. */
  dropAll(): void {
    this.drops += 1;
    for (const socket of this.connections) socket.destroy();
    this.connections.clear();
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
