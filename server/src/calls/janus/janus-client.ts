import { randomBytes } from "node:crypto";
import { JanusUnavailableError, VideoRoomError } from "./janus-errors";
import { signJanusToken, VIDEOROOM } from "./janus-token";

export interface JanusClientOptions {
  /** Janus's HTTP API, e.g. http://127.0.0.1:8088/janus. */
  url: string;
  tokenSecret: string;
  /** Each HTTP request to Janus gives up after this long. */
  timeoutMs?: number;
  clock?: () => number;
}

type JanusReply = {
  janus: string;
  data?: { id?: number };
  error?: { code: number; reason: string };
  plugindata?: { plugin: string; data: Record<string, unknown> };
};

/** The server's own token lasts this long: one is signed per request batch, so it never needs renewing. */
const OWN_TOKEN_S = 60;

/**
 * Janus's HTTP API, for the videoroom requests Janus answers synchronously (create, allowed, kick,
 * destroy…). Each call is a short-lived session: create, attach, message, destroy. A long-lived one
 * would need keepalives and would die with a Janus restart; rooms changes are rare enough not to care.
 */
export class JanusClient {
  private readonly timeoutMs: number;
  private readonly clock: () => number;

  constructor(private readonly options: JanusClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.clock = options.clock ?? Date.now;
  }

  /** Sends one videoroom request; resolves with the plugin's answer, rejects with VideoRoomError on its `error_code`. */
  async videoroom(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const token = signJanusToken(this.options.tokenSecret, this.clock() / 1000 + OWN_TOKEN_S);
    const session = this.idOf(await this.post("", { janus: "create", token }));
    try {
      const handle = this.idOf(await this.post(`/${session}`, { janus: "attach", plugin: VIDEOROOM, token }));
      const reply = await this.post(`/${session}/${handle}`, { janus: "message", body, token });
      const data = reply.plugindata?.data;
      if (reply.janus !== "success" || !data) throw this.unexpected(reply);
      if (typeof data.error_code === "number")
        throw new VideoRoomError(data.error_code, typeof data.error === "string" ? data.error : "videoroom error");
      return data;
    } finally {
      // Janus would drop it after its session timeout anyway; failing to say so now is no error.
      await this.post(`/${session}`, { janus: "destroy", token }).catch(() => undefined);
    }
  }

  private async post(path: string, message: Record<string, unknown>): Promise<JanusReply> {
    let response: Response;
    try {
      response = await fetch(this.options.url + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...message, transaction: randomBytes(9).toString("base64url") }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new JanusUnavailableError(`Janus at ${this.options.url} is unreachable: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new JanusUnavailableError(`Janus at ${this.options.url} answered HTTP ${response.status}`);
    try {
      return (await response.json()) as JanusReply;
    } catch {
      throw new JanusUnavailableError(`Janus at ${this.options.url} answered something other than JSON`);
    }
  }

  private idOf(reply: JanusReply): number {
    if (reply.janus !== "success" || typeof reply.data?.id !== "number") throw this.unexpected(reply);
    return reply.data.id;
  }

  private unexpected(reply: JanusReply): JanusUnavailableError {
    const reason = reply.error ? `${reply.error.code} ${reply.error.reason}` : `"${reply.janus}"`;
    return new JanusUnavailableError(`Janus at ${this.options.url} refused the server's request: ${reason}`);
  }
}
