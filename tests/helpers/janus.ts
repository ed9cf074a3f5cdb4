import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./server-process";

export const JANUS = process.env.JANUS_PATH ?? "/usr/bin/janus";

/** Where Debian (and a source build) put Janus's plugins and transports. */
const LIB_DIRS = [
  process.env.JANUS_LIB_DIR,
  "/usr/lib/x86_64-linux-gnu/janus",
  "/usr/lib/aarch64-linux-gnu/janus",
  "/usr/lib/janus",
  "/usr/local/lib/janus",
  "/opt/janus/lib/janus",
].filter((dir): dir is string => dir !== undefined);

const libDir = () => LIB_DIRS.find((dir) => fs.existsSync(path.join(dir, "plugins", "libjanus_videoroom.so")));

/**
 * Whether the Janus tests can run here. Without Janus they are skipped with a loud warning, unless
 * REQUIRE_E2E=1 or CI is set, where a missing Janus is a failure (CI installs it).
 */
export function janusAvailability(): { run: boolean; reason?: string } {
  const missing = !fs.existsSync(JANUS)
    ? `Janus not found at ${JANUS} (apt-get install -y janus)`
    : !libDir()
      ? `Janus's videoroom plugin not found under ${LIB_DIRS.join(", ")} (set JANUS_LIB_DIR)`
      : null;
  if (!missing) return { run: true };
  const ci = process.env.CI !== undefined && !["", "0", "false"].includes(process.env.CI);
  if (process.env.REQUIRE_E2E === "1" || ci) throw new Error(`Janus is required here (REQUIRE_E2E=1 or CI) but: ${missing}`);
  console.warn(`\n${"!".repeat(78)}\n!! JANUS TESTS SKIPPED: ${missing}\n!! Set REQUIRE_E2E=1 to make this a failure.\n${"!".repeat(78)}\n`);
  return { run: false, reason: missing };
}

/** Every shared object of a Janus library folder but those kept, as a `disable` list: Janus then starts with only what the test needs. */
function allBut(dir: string, keep: readonly string[]): string {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".so") && !keep.includes(name)) : [];
  return names.join(",");
}

/**
 * Debian's Janus with its own configuration in a temp folder: token auth on (`token_auth_secret`),
 * the HTTP transport alone on a free loopback port, the videoroom plugin alone with an `admin_key`
 * and no rooms. Logs to a file in that folder (`log`).
 */
export class Janus {
  private output = "";

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly tokenSecret: string,
    readonly adminKey: string,
    private readonly dir: string,
  ) {
    child.stdout?.on("data", (chunk) => (this.output += chunk));
    child.stderr?.on("data", (chunk) => (this.output += chunk));
  }

  static async start(): Promise<Janus> {
    const lib = libDir();
    if (!fs.existsSync(JANUS) || !lib) throw new Error(`Janus not found (${JANUS}, plugins under ${LIB_DIRS.join(", ")})`);
    const port = await freePort();
    const tokenSecret = randomBytes(24).toString("hex");
    const adminKey = randomBytes(12).toString("hex");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "janus-"));
    const list = (folder: string, keep: readonly string[] = []) => JSON.stringify(allBut(path.join(lib, folder), keep));
    fs.writeFileSync(
      path.join(dir, "janus.jcfg"),
      `general: {
  configs_folder = ${JSON.stringify(dir)}
  plugins_folder = ${JSON.stringify(path.join(lib, "plugins"))}
  transports_folder = ${JSON.stringify(path.join(lib, "transports"))}
  events_folder = ${JSON.stringify(path.join(lib, "events"))}
  loggers_folder = ${JSON.stringify(path.join(lib, "loggers"))}
  debug_level = 4
  token_auth = true
  token_auth_secret = ${JSON.stringify(tokenSecret)}
}
plugins: { disable = ${list("plugins", ["libjanus_videoroom.so"])} }
transports: { disable = ${list("transports", ["libjanus_http.so"])} }
events: { broadcast = false disable = ${list("events")} }
loggers: { disable = ${list("loggers")} }
media: { rtp_port_range = "20000-40000" }
`,
    );
    fs.writeFileSync(
      path.join(dir, "janus.transport.http.jcfg"),
      `general: { json = "plain" base_path = "/janus" http = true port = ${port} ip = "127.0.0.1" https = false }
admin: { admin_http = false }
`,
    );
    fs.writeFileSync(path.join(dir, "janus.plugin.videoroom.jcfg"), `general: { admin_key = ${JSON.stringify(adminKey)} }\n`);
    const child = spawn(JANUS, ["-F", dir, "-C", path.join(dir, "janus.jcfg"), "-L", path.join(dir, "janus.log"), "-N", "-o"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const janus = new Janus(child, port, tokenSecret, adminKey, dir);
    await janus.waitUntilServing(10_000);
    return janus;
  }

  /** The HTTP API, e.g. http://127.0.0.1:PORT/janus. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/janus`;
  }

  get log(): string {
    const file = path.join(this.dir, "janus.log");
    return this.output + (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "");
  }

  /** What the server gets: the Janus these settings name. */
  serverEnv(extra: Record<string, string> = {}): Record<string, string> {
    return { JANUS_URL: this.url, JANUS_TOKEN_SECRET: this.tokenSecret, JANUS_ADMIN_KEY: this.adminKey, ...extra };
  }

  private async waitUntilServing(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`Janus exited (${this.child.exitCode}):\n${this.log}`);
      try {
        const response = await fetch(`${this.url}/info`, { signal: AbortSignal.timeout(1000) });
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`Janus did not answer /janus/info in time:\n${this.log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** SIGKILL: Janus takes seconds to stop on SIGTERM, and nothing of its state needs keeping. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once("exit", resolve));
      this.child.kill("SIGKILL");
      await exited;
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
