import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

const SERVER_ENTRY = path.resolve(__dirname, "../../server/dist/index.js");

/** The compiled server (what `npm start` runs) in a child process, so a test can kill it for real. */
export class ServerProcess {
  private output = "";
  readonly exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on("data", (chunk) => (this.output += chunk));
    child.stderr?.on("data", (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  }

  static spawn(env: Record<string, string>): ServerProcess {
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      env: { PATH: process.env.PATH ?? "", BCRYPT_COST: "10", AUTO_MIGRATE: "true", LINK_PREVIEWS: "false", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    return new ServerProcess(child);
  }

  /** Starts it and waits until it listens. */
  static async start(env: Record<string, string>, timeoutMs = 15000): Promise<ServerProcess> {
    const server = ServerProcess.spawn(env);
    await server.waitFor("Chat server listening", timeoutMs);
    return server;
  }

  get log(): string {
    return this.output;
  }

  /** The port the server printed it listens on (so it can be started on port 0: no race for a "free" port). */
  get listeningPort(): number {
    const match = /Chat server listening on http:\/\/[^:\s]+:(\d+)/.exec(this.output);
    if (!match) throw new Error(`server has not printed its address:\n${this.output}`);
    return Number(match[1]);
  }

  async waitFor(text: string, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes(text)) {
      if (this.child.exitCode !== null) throw new Error(`server exited (${this.child.exitCode}) before printing "${text}":\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`server did not print "${text}" in time:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  kill(signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
    this.child.kill(signal);
    return this.exited;
  }
}

/**
 * A port the OS just reported free, for a server that must come back on the same port after a
 * restart (port 0 would give it a new one each time).
 */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
