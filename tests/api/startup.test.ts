import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SERVER_ENTRY = path.resolve(__dirname, "../../server/dist/index.js");

interface Run {
  output: () => string;
  exited: Promise<number | null>;
  stop: () => void;
}

function runServer(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [SERVER_ENTRY], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { output: () => output, exited, stop: () => child.kill("SIGTERM") };
}

async function waitFor(run: Run, text: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`did not print "${text}"; output:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the compiled server (what npm start runs)", () => {
  it("starts with nothing configured but a data folder, creating the SQLite file and a secret, and keeps sessions across a restart", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-start-"));
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const first = runServer({ DATA_DIR: dataDir, PORT: port, BCRYPT_COST: "10" });
    await waitFor(first, "Chat server listening on http://localhost:" + port);
    expect(fs.existsSync(path.join(dataDir, "chat.sqlite"))).toBe(true);
    const register = await fetch(`http://127.0.0.1:${port}/api/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "restart_user", email: "restart@example.test", password: "long enough" }),
    });
    const { token } = (await register.json()) as { token: string };
    first.stop();
    expect(await first.exited).toBe(0);

    const second = runServer({ DATA_DIR: dataDir, PORT: port, BCRYPT_COST: "10" });
    await waitFor(second, "Chat server listening");
    const me = await fetch(`http://127.0.0.1:${port}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    second.stop();
    await second.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses bad configuration with a clear message and a non-zero exit", async () => {
    const run = runServer({ PORT: "not-a-port", DATA_DIR: os.tmpdir() });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("PORT: must be a port number");
    expect(run.output()).not.toMatch(/\n\s+at /);
  });
});
