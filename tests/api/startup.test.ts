import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort, ServerProcess } from "../helpers/server-process";

const MIGRATE_ENTRY = path.resolve(__dirname, "../../server/dist/cli/migrate.js");

describe("the compiled server (what npm start runs)", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-start-"));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("refuses to start on a database with pending migrations, and starts once `migrate` has run", async () => {
    const port = String(await freePort());
    const env = { DATA_DIR: dataDir, PORT: port, AUTO_MIGRATE: "false" };
    const refused = ServerProcess.spawn(env);
    expect(await refused.exited).toBe(1);
    expect(refused.log).toContain("pending migrations: run `npm run migrate`");

    const migrate = await promisify(execFile)(process.execPath, [MIGRATE_ENTRY], { env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir } });
    expect(migrate.stdout).toContain("Migrations applied");
    const started = await ServerProcess.start(env);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    await started.kill();
  });

  it("creates the SQLite file, a secret and a VAPID key pair in the data folder, and keeps sessions and the push key across a restart", async () => {
    const port = String(await freePort());
    const first = await ServerProcess.start({ DATA_DIR: dataDir, PORT: port });
    expect(first.log).toContain(`Chat server listening on http://localhost:${port}`);
    expect(fs.existsSync(path.join(dataDir, "chat.sqlite"))).toBe(true);
    expect(fs.statSync(path.join(dataDir, "jwt-secret")).mode & 0o777).toBe(0o600);
    const register = await fetch(`http://127.0.0.1:${port}/api/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "restart_user", email: "restart@example.test", password: "long enough" }),
    });
    const { token } = (await register.json()) as { token: string };
    expect(fs.statSync(path.join(dataDir, "vapid-keys.json")).mode & 0o777).toBe(0o600);
    const vapidKey = async () =>
      (await (await fetch(`http://127.0.0.1:${port}/api/push/vapid-key`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        public_key: string;
      };
    const key = await vapidKey();
    expect(Buffer.from(key.public_key, "base64url")).toHaveLength(65);
    expect(await first.kill("SIGTERM")).toBe(0);

    const second = await ServerProcess.start({ DATA_DIR: dataDir, PORT: port });
    const me = await fetch(`http://127.0.0.1:${port}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await vapidKey()).toEqual(key);
    await second.kill();
  });

  it("refuses bad configuration with a clear message and a non-zero exit", async () => {
    const run = ServerProcess.spawn({ PORT: "not-a-port", DATA_DIR: dataDir });
    expect(await run.exited).toBe(1);
    expect(run.log).toContain("PORT: must be a port number");
    expect(run.log).not.toMatch(/\n\s+at /);
  });

  it("refuses an unreachable Redis at start with a clear message", async () => {
    const run = ServerProcess.spawn({ DATA_DIR: dataDir, PORT: String(await freePort()), REDIS_URL: "redis://127.0.0.1:1" });
    expect(await run.exited).toBe(1);
    expect(run.log).toContain("Cannot connect to Redis at redis://127.0.0.1:1");
  });
});
