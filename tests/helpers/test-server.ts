import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { io as connectSocket, type Socket } from "socket.io-client";
import { type RunningServer, startChatServer } from "../../server/src/chat-server";
import { loadConfig } from "../../server/src/config/config";
import { apiContract } from "./openapi-contract";

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestUser {
  id: number;
  username: string;
  email: string;
  password: string;
  token: string;
}

/**
 * A real server on an ephemeral port with a fresh SQLite file in a temp folder: what the tests
 * exercise is exactly what `npm start` runs, minus the fixed port.
 */
export class TestServer {
  private readonly sockets: Socket[] = [];
  private userCount = 0;

  private constructor(
    readonly server: RunningServer,
    readonly dir: string,
    readonly jwtSecret: string,
    /** Everything the server logged as an unexpected error: tests assert it stays empty. */
    readonly serverErrors: unknown[],
    private readonly dropDatabase: () => Promise<void>,
    /** The environment it was started with, on top of the defaults (STORAGE_URL, limits…). */
    readonly env: Readonly<Record<string, string>>,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestServer> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-test-"));
    const jwtSecret = randomBytes(32).toString("hex");
    const database = await createTestDatabase(dir);
    const errors: unknown[] = [];
    try {
      const config = loadConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dir,
        AUTO_MIGRATE: "true",
        DATABASE_URL: database.url,
        JWT_SECRET: jwtSecret,
        BCRYPT_COST: "10",
        APP_DIST_DIR: path.join(dir, "no-app"),
        // A URL in any test's message must never make the server reach out; link-preview tests turn it on.
        LINK_PREVIEWS: "false",
        ...env,
      });
      const server = await startChatServer(config, (error) => errors.push(error));
      return new TestServer(server, dir, jwtSecret, errors, database.drop, { ...env });
    } catch (error) {
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  get url(): string {
    return this.server.url;
  }

  async request<T = any>(
    method: string,
    route: string,
    options: {
      body?: unknown;
      token?: string;
      rawBody?: string;
      headers?: Record<string, string>;
      /** For a probe of a route the API does not have: its answer is not checked against the OpenAPI document. */
      undocumented?: true;
    } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    }
    const response = await fetch(this.url + route, { method, headers, body: payload });
    const text = await response.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Non-JSON bodies stay as text so a test can show what came back.
    }
    // Every API answer a test sees must be one the OpenAPI document describes: the API tests are contract tests.
    if (route.startsWith("/api/") && !options.undocumented) {
      const problems = apiContract().check(method, route, response.status, response.headers.get("content-type"), body);
      if (problems.length > 0) throw new Error(`response not in the OpenAPI contract:\n${problems.join("\n")}\n${text.slice(0, 500)}`);
    }
    return { status: response.status, body, headers: response.headers };
  }

  /**
   * A request with any body (FormData, bytes) whose answer is kept as bytes; `/api/` answers are
   * contract-checked like `request`'s.
   */
  async fetchBytes(
    method: string,
    route: string,
    options: { token?: string; body?: Uint8Array | string | FormData; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse & { bytes: Buffer }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(this.url + route, { method, headers, body: fetchBody(options.body) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const isJson = (response.headers.get("content-type") ?? "").startsWith("application/json");
    const body: any = isJson ? JSON.parse(bytes.toString("utf8")) : bytes;
    if (route.startsWith("/api/")) {
      const problems = apiContract().check(method, route, response.status, response.headers.get("content-type"), body);
      if (problems.length > 0) throw new Error(`response not in the OpenAPI contract:\n${problems.join("\n")}\n${bytes.toString("utf8", 0, 500)}`);
    }
    return { status: response.status, body, headers: response.headers, bytes };
  }

  /** `POST /api/attachments` with one file in the field `file`. */
  upload(
    token: string | undefined,
    data: Uint8Array,
    name = "file.bin",
    type = "application/octet-stream",
  ): Promise<ApiResponse & { bytes: Buffer }> {
    const form = new FormData();
    form.append("file", new Blob([copyOf(data)], { type }), name);
    return this.fetchBytes("POST", "/api/attachments", { token, body: form });
  }

  /** Registers a fresh user with a unique name and returns its credentials and token. */
  async register(prefix = "user"): Promise<TestUser> {
    this.userCount += 1;
    const username = `${prefix}${this.userCount}_${randomBytes(3).toString("hex")}`;
    const email = `${username}@example.test`;
    const password = `pw-${randomBytes(8).toString("hex")}`;
    const response = await this.request("POST", "/api/register", { body: { username, email, password } });
    if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
    return { id: response.body.user.id, username, email, password, token: response.body.token };
  }

  /** Connects a Socket.IO client and waits for the outcome of the handshake. */
  async connect(token: string | undefined): Promise<Socket> {
    const socket = connectSocket(this.url, {
      auth: token === undefined ? {} : { token },
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
    });
    this.sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", (error) => reject(error));
    });
    return socket;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.disconnect();
    await this.server.close();
    await this.dropDatabase();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The usual set-up of a suite: one TestServer for the file, these people registered on it, and
 * after each test the check that the server logged no unexpected error. Returns stand-ins usable at
 * module level (`const { server, users: { alice, bob } } = useTestServer(["alice", "bob"])`): the
 * server forwards to the instance started in `beforeAll`, and each user object is filled in then.
 */
export function useTestServer<N extends string>(
  names: readonly N[],
  /** Or a function, called in `beforeAll`, for settings known only once an earlier `beforeAll` ran (an S3 server's port). */
  env: Record<string, string> | (() => Record<string, string>) = {},
): { server: TestServer; users: Record<N, TestUser> } {
  let started: TestServer | undefined;
  const users = Object.fromEntries(names.map((name) => [name, {} as TestUser])) as Record<N, TestUser>;
  beforeAll(async () => {
    started = await TestServer.start(typeof env === "function" ? env() : env);
    const registered = await Promise.all(names.map((name) => started!.register(name)));
    names.forEach((name, index) => Object.assign(users[name], registered[index]));
  });
  afterAll(() => started?.close());
  afterEach(() => expect(started!.serverErrors).toEqual([]));
  const server = new Proxy({} as TestServer, {
    get(_, key) {
      if (!started) throw new Error("the test server starts in beforeAll");
      const value: unknown = Reflect.get(started, key);
      return typeof value === "function" ? value.bind(started) : value;
    },
  });
  return { server, users };
}

/**
 * SQLite: a file in the test's temp folder. With TEST_DATABASE_URL=postgres://… (the PostgreSQL pass
 * in CI): a fresh database per test server, created from that URL's server and dropped afterwards,
 * so test files running in parallel never see each other's rows.
 */
export async function createTestDatabase(dir: string, base = process.env.TEST_DATABASE_URL): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!base?.startsWith("postgres")) return { url: `sqlite:${path.join(dir, "chat.sqlite")}`, drop: () => Promise.resolve() };
  const { Client } = await import("pg");
  const name = `chat_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      try {
        // FORCE cannot end a backend of another role: an autovacuum worker that just started on this
        // database (after a test's many writes) refuses with 42501 until it is done, in a moment.
        for (let attempt = 1; ; attempt += 1) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== "42501" || attempt === 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

/** Collects every event of one name a socket receives, to assert on later. */
export function collect<T = any>(socket: Socket, event: string): T[] {
  const received: T[] = [];
  socket.on(event, (payload: T) => received.push(payload));
  return received;
}

/** Resolves with the next event of that name, or rejects after a timeout. */
export function nextEvent<T = any>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Emits with an acknowledgement and resolves with the server's reply. */
export function emitWithAck<T = any>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<T>;
}

/**
 * Bytes as fetch and Blob take them: the DOM's types (which these tests see, as the client package
 * speaks WebRTC) want an ArrayBuffer-backed view, and a Buffer may sit on a shared pool.
 */
export const copyOf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

export function fetchBody(body: Uint8Array | string | FormData | undefined): BodyInit | undefined {
  return body instanceof Uint8Array ? copyOf(body) : body;
}
