import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import jwt from "jsonwebtoken";

/** The `message` of one `messages:send` request as the stand-in FCM received it. */
export interface FcmMessage {
  token: string;
  notification: { title: string; body: string };
  data: Record<string, string>;
  android: { collapse_key: string; ttl: string; priority: string; notification?: { tag?: string } };
  apns: { headers: Record<string, string>; payload?: unknown };
}

export interface ServiceAccountJson {
  type: "service_account";
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  token_uri: string;
}

const SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

/**
 * A local HTTP server playing both Google's OAuth2 token endpoint and FCM's HTTP v1 API: it checks the
 * JWT-bearer assertion with the service account's public key (a throwaway RSA pair made here), hands
 * out access tokens, refuses any other bearer with 401, and records each message. A token can be told
 * to answer 404 UNREGISTERED; an access token can be revoked.
 */
export class FakeFcm {
  readonly messages: FcmMessage[] = [];
  /** Assertions exchanged for access tokens. */
  exchanges = 0;
  readonly projectId = `chat-test-${randomBytes(3).toString("hex")}`;
  private readonly accessTokens = new Set<string>();
  private readonly unregistered = new Set<string>();
  private readonly failures = new Map<string, number[]>();
  private readonly keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  private readonly waiters: Array<() => void> = [];

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FakeFcm> {
    let fake: FakeFcm | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => fake!.answer(req, Buffer.concat(chunks).toString("utf8"), res));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    fake = new FakeFcm(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return fake;
  }

  /** The key file Firebase would download, pointing at this server's token endpoint. */
  serviceAccount(): ServiceAccountJson {
    return {
      type: "service_account",
      project_id: this.projectId,
      private_key_id: "test-key",
      private_key: this.keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      client_email: `push@${this.projectId}.iam.gserviceaccount.com`,
      token_uri: `${this.origin}/token`,
    };
  }

  /** The environment a server needs to push here. */
  env(): Record<string, string> {
    return { FCM_SERVICE_ACCOUNT: JSON.stringify(this.serviceAccount()), FCM_API_URL: this.origin };
  }

  /** FCM says this token is no longer registered (the app was uninstalled). */
  unregister(token: string): void {
    this.unregistered.add(token);
  }

  /** The next messages to this token are answered with these statuses (503 UNAVAILABLE, 429 QUOTA_EXCEEDED…), then 200. */
  failNext(token: string, statuses: number[]): void {
    this.failures.set(token, [...statuses]);
  }

  /** Every access token handed out so far stops working (FCM answers 401). */
  revokeAccessTokens(): void {
    this.accessTokens.clear();
  }

  to(token: string): FcmMessage[] {
    return this.messages.filter((message) => message.token === token);
  }

  async waitFor(token: string, count = 1, timeoutMs = 5000): Promise<FcmMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(token).length < count) {
      if (Date.now() > deadline) throw new Error(`${this.to(token).length} of ${count} FCM messages to ${token} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.to(token);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(req: IncomingMessage, body: string, res: ServerResponse): void {
    const reply = (status: number, json: unknown): void => {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    };
    if (req.method === "POST" && req.url === "/token") return reply(...this.exchange(req, body));
    if (req.method !== "POST" || req.url !== `/v1/projects/${this.projectId}/messages:send`) {
      return reply(404, { error: { code: 404, status: "NOT_FOUND", message: `no ${req.method} ${req.url}` } });
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || !this.accessTokens.has(bearer)) {
      return reply(401, { error: { code: 401, status: "UNAUTHENTICATED", message: "Request had invalid authentication credentials." } });
    }
    const { message } = JSON.parse(body) as { message: FcmMessage };
    this.messages.push(message);
    this.waiters.splice(0).forEach((resolve) => resolve());
    const failure = this.failures.get(message.token)?.shift();
    if (failure !== undefined)
      return reply(failure, { error: { code: failure, status: failure === 429 ? "RESOURCE_EXHAUSTED" : "UNAVAILABLE", message: "try later" } });
    if (this.unregistered.has(message.token)) {
      return reply(404, {
        error: {
          code: 404,
          status: "NOT_FOUND",
          message: "Requested entity was not found.",
          details: [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", errorCode: "UNREGISTERED" }],
        },
      });
    }
    return reply(200, { name: `projects/${this.projectId}/messages/${randomBytes(8).toString("hex")}` });
  }

  /** RFC 7523: an RS256 assertion by the service account, for this token endpoint, asking for FCM's scope. */
  private exchange(req: IncomingMessage, body: string): [number, unknown] {
    const form = new URLSearchParams(body);
    if (
      req.headers["content-type"] !== "application/x-www-form-urlencoded" ||
      form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer"
    ) {
      return [400, { error: "unsupported_grant_type" }];
    }
    const account = this.serviceAccount();
    let claims: jwt.JwtPayload;
    try {
      claims = jwt.verify(form.get("assertion") ?? "", this.keys.publicKey, {
        algorithms: ["RS256"],
        audience: account.token_uri,
        issuer: account.client_email,
      }) as jwt.JwtPayload;
    } catch (error) {
      return [400, { error: "invalid_grant", error_description: (error as Error).message }];
    }
    if (claims.scope !== SCOPE || typeof claims.exp !== "number" || typeof claims.iat !== "number" || claims.exp - claims.iat > 3600) {
      return [400, { error: "invalid_scope" }];
    }
    this.exchanges += 1;
    const accessToken = `ya29.${randomBytes(24).toString("base64url")}`;
    this.accessTokens.add(accessToken);
    return [200, { access_token: accessToken, expires_in: 3599, token_type: "Bearer" }];
  }
}
