import { createECDH, createPublicKey, randomBytes, verify } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { decrypt } from "http_ece";

/** One request as the stand-in push service received it. */
export interface ReceivedPush {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  at: number;
}

interface Behaviour {
  /** Answered in turn; the last one repeats. */
  statuses: number[];
  delayMs: number;
}

/**
 * A local HTTP server playing a push service (RFC 8030): it records every POST and answers each
 * path as told (201 by default), after a delay if told.
 */
export class FakePushService {
  readonly received: ReceivedPush[] = [];
  private readonly behaviours = new Map<string, Behaviour>();
  private readonly waiters: Array<() => void> = [];

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FakePushService> {
    let service: FakePushService | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => service!.answer(req.url ?? "/", req.headers, Buffer.concat(chunks), res));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    service = new FakePushService(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return service;
  }

  /** A fresh endpoint URL on this service. */
  endpoint(name = randomBytes(6).toString("hex")): string {
    return `${this.origin}/push/${name}`;
  }

  behave(endpoint: string, behaviour: Partial<Behaviour>): void {
    this.behaviours.set(new URL(endpoint).pathname, { statuses: [201], delayMs: 0, ...behaviour });
  }

  to(endpoint: string): ReceivedPush[] {
    const path = new URL(endpoint).pathname;
    return this.received.filter((push) => push.path === path);
  }

  /** Resolves once `count` pushes reached the endpoint. */
  async waitFor(endpoint: string, count = 1, timeoutMs = 5000): Promise<ReceivedPush[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(endpoint).length < count) {
      if (Date.now() > deadline) throw new Error(`${this.to(endpoint).length} of ${count} pushes to ${endpoint} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.to(endpoint);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(path: string, headers: IncomingHttpHeaders, body: Buffer, res: import("node:http").ServerResponse): void {
    this.received.push({ path, headers, body, at: Date.now() });
    this.waiters.splice(0).forEach((resolve) => resolve());
    const behaviour = this.behaviours.get(path) ?? { statuses: [201], delayMs: 0 };
    const status = behaviour.statuses.length > 1 ? behaviour.statuses.shift()! : behaviour.statuses[0]!;
    setTimeout(() => res.writeHead(status).end(), behaviour.delayMs);
  }
}

/** A browser's side of a subscription: its ECDH P-256 key pair and 16-byte auth secret (RFC 8291). */
export class FakeBrowser {
  private readonly ecdh = createECDH("prime256v1");
  private readonly auth = randomBytes(16);

  constructor() {
    this.ecdh.generateKeys();
  }

  /** What `PushSubscription.toJSON()` gives for this endpoint. */
  subscription(endpoint: string): { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } } {
    return { endpoint, expirationTime: null, keys: { p256dh: this.ecdh.getPublicKey("base64url"), auth: this.auth.toString("base64url") } };
  }

  /** The plaintext of an aes128gcm push body, as the browser's push stack would decrypt it. */
  decrypt(push: ReceivedPush): string {
    return decrypt(push.body, { version: "aes128gcm", privateKey: this.ecdh, authSecret: this.auth.toString("base64url") }).toString("utf8");
  }
}

/**
 * Checks the VAPID `Authorization: vapid t=<JWT>, k=<key>` header (RFC 8292): signed ES256 by the
 * key's private half, for the endpoint's origin, expiring within a day. Returns the JWT's claims.
 */
export function verifyVapid(header: string | undefined, publicKey: string, endpoint: string): { aud: string; exp: number; sub: string } {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? "");
  if (!match) throw new Error(`not a VAPID authorization: ${header}`);
  const [, jwt, key] = match as unknown as [string, string, string];
  if (key !== publicKey) throw new Error("signed with another key than the server's VAPID key");
  const [head, claims, signature] = jwt.split(".") as [string, string, string];
  const point = Buffer.from(publicKey, "base64url");
  const verifier = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33).toString("base64url") },
    format: "jwk",
  });
  const ok = verify("sha256", Buffer.from(`${head}.${claims}`), { key: verifier, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"));
  if (!ok) throw new Error("VAPID signature does not verify");
  const parsed = JSON.parse(Buffer.from(claims, "base64url").toString("utf8")) as { aud: string; exp: number; sub: string };
  if (parsed.aud !== new URL(endpoint).origin) throw new Error(`aud ${parsed.aud} is not the endpoint's origin`);
  if (parsed.exp * 1000 <= Date.now() || parsed.exp * 1000 > Date.now() + 24 * 3600 * 1000) throw new Error(`exp ${parsed.exp} is not within a day`);
  return parsed;
}
