import { Redis } from "ioredis";

/**
 * Redis connections for a multi-process deployment: one for commands (rate-limit counters), and a
 * publisher/subscriber pair for the Socket.IO adapter (a subscribed connection can do nothing else).
 */
export class RedisConnections {
  readonly commands: Redis;
  readonly publisher: Redis;
  readonly subscriber: Redis;

  private constructor(url: string) {
    // Fail commands fast while Redis is away instead of queueing them without bound.
    const options = { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: true };
    this.commands = new Redis(url, options);
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
  }

  static async connect(url: string): Promise<RedisConnections> {
    const connections = new RedisConnections(url);
    try {
      await Promise.all(connections.all().map((client) => client.connect()));
    } catch (error) {
      connections.all().forEach((client) => client.disconnect());
      throw new Error(`Cannot connect to Redis at ${redactPassword(url)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return connections;
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.commands.ping()) === "PONG";
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.all().map((client) => client.quit()));
  }

  private all(): Redis[] {
    return [this.commands, this.publisher, this.subscriber];
  }
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}
