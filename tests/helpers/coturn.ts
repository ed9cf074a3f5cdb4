import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./server-process";

export const TURNSERVER = process.env.TURNSERVER_PATH ?? "/usr/bin/turnserver";

/**
 * Debian's coturn on loopback with the `use-auth-secret` scheme the server's ICE credentials follow
 * (TURN_SECRET), UDP only, relaying between loopback addresses (which a real deployment forbids:
 * `allow-loopback-peers` is for this test alone). Run it inside a private network namespace.
 */
export class Coturn {
  private output = "";

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly secret: string,
    private readonly dir: string,
  ) {
    child.stdout?.on("data", (chunk) => (this.output += chunk));
    child.stderr?.on("data", (chunk) => (this.output += chunk));
  }

  static async start(): Promise<Coturn> {
    if (!fs.existsSync(TURNSERVER)) throw new Error(`coturn not found at ${TURNSERVER} (apt-get install -y coturn)`);
    const port = await freePort();
    const secret = randomBytes(24).toString("hex");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coturn-"));
    const child = spawn(
      TURNSERVER,
      [
        "-n",
        "--listening-ip=127.0.0.1",
        "--relay-ip=127.0.0.1",
        `--listening-port=${port}`,
        "--min-port=49160",
        "--max-port=49260",
        "--use-auth-secret",
        `--static-auth-secret=${secret}`,
        "--realm=chat.test",
        "--no-tls",
        "--no-dtls",
        "--no-tcp-relay",
        "--allow-loopback-peers",
        "--no-cli",
        `--userdb=${path.join(dir, "turndb")}`,
        `--pidfile=${path.join(dir, "turnserver.pid")}`,
        "--log-file=stdout",
        "--simple-log",
        "--verbose",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const coturn = new Coturn(child, port, secret, dir);
    await coturn.waitFor(/UDP listener opened on/, 10_000);
    return coturn;
  }

  get urls(): string[] {
    return [`turn:127.0.0.1:${this.port}?transport=udp`];
  }

  get log(): string {
    return this.output;
  }

  /** Allocations coturn granted so far (each relayed peer makes one). */
  allocations(): number {
    return (this.output.match(/ALLOCATE processed, success/g) ?? []).length;
  }

  private async waitFor(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null) throw new Error(`coturn exited (${this.child.exitCode}):\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`coturn did not start in time:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await exited;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
