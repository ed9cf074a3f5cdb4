import net from "node:net";
import { splice } from "./splice";

/**
 * A round-robin TCP load balancer in front of several server processes, as nginx or an ELB would be
 * with websocket-only clients (no sticky sessions needed). A backend that refuses a connection is
 * skipped, so killing one process sends its clients' reconnects to the others.
 */
export class BalancingProxy {
  private readonly server: net.Server;
  private readonly connections = new Set<net.Socket>();
  /** Open client connections per backend port: long-lived ones are the websockets. */
  private readonly openByBackend = new Map<number, number>();
  private next = 0;

  private constructor(private readonly backendPorts: number[]) {
    this.server = net.createServer((client) => this.route(client, 0));
  }

  static async start(backendPorts: number[]): Promise<BalancingProxy> {
    const proxy = new BalancingProxy(backendPorts);
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  private route(client: net.Socket, attempt: number): void {
    if (attempt >= this.backendPorts.length) {
      client.destroy();
      return;
    }
    const port = this.backendPorts[this.next++ % this.backendPorts.length]!;
    client.pause();
    const upstream = net.connect(port, "127.0.0.1");
    upstream.once("error", () => {
      if (!upstream.readyState.includes("open")) this.route(client, attempt + 1);
    });
    upstream.once("connect", () => {
      this.openByBackend.set(port, (this.openByBackend.get(port) ?? 0) + 1);
      splice(client, upstream, this.connections, () => this.openByBackend.set(port, (this.openByBackend.get(port) ?? 1) - 1));
      client.resume();
    });
  }

  /** The backend holding the most open connections right now. */
  busiestBackend(): number {
    return [...this.openByBackend.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? this.backendPorts[0]!;
  }

  openConnectionsTo(port: number): number {
    return this.openByBackend.get(port) ?? 0;
  }

  async close(): Promise<void> {
    for (const socket of this.connections) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
