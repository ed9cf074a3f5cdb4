import { randomBytes } from "node:crypto";

/** A videoroom answer (the fields the tests read). */
export interface VideoRoomData {
  videoroom?: string;
  error_code?: number;
  error?: string;
  room?: number;
  id?: number;
  exists?: boolean;
  participants?: Array<{ id: number; publisher: boolean }>;
  [field: string]: unknown;
}

/** What Janus answers over HTTP (the parts the tests read). */
export interface JanusReply {
  janus: string;
  transaction?: string;
  data?: { id: number };
  error?: { code: number; reason: string };
  plugindata?: { plugin: string; data: VideoRoomData };
}

const transaction = () => randomBytes(9).toString("base64url");

/**
 * Janus's HTTP API as a browser would use it with the access a call's ack gave: every request
 * carries the Janus `token`; asynchronous answers (a videoroom `join`) come by long poll.
 */
export class JanusApi {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  async post(route: string, message: Record<string, unknown>): Promise<JanusReply> {
    const response = await fetch(this.url + route, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ transaction: transaction(), token: this.token, ...message }),
    });
    return (await response.json()) as JanusReply;
  }

  /** A session with the videoroom attached; rejects with Janus's answer when refused (a bad token). */
  async videoroom(): Promise<VideoRoomHandle> {
    const session = await this.post("", { janus: "create" });
    if (session.janus !== "success") throw new JanusRefused(session);
    const handle = await this.post(`/${session.data!.id}`, { janus: "attach", plugin: "janus.plugin.videoroom" });
    if (handle.janus !== "success") throw new JanusRefused(handle);
    return new VideoRoomHandle(this, session.data!.id, handle.data!.id);
  }
}

export class JanusRefused extends Error {
  constructor(readonly reply: JanusReply) {
    super(`Janus refused: ${JSON.stringify(reply)}`);
  }
}

export class VideoRoomHandle {
  constructor(
    private readonly api: JanusApi,
    readonly session: number,
    readonly handle: number,
  ) {}

  /** A request Janus answers at once (exists, listparticipants…): the plugin's data. */
  async request(body: Record<string, unknown>): Promise<VideoRoomData> {
    const reply = await this.api.post(`/${this.session}/${this.handle}`, { janus: "message", body });
    if (reply.janus !== "success") throw new JanusRefused(reply);
    return reply.plugindata!.data;
  }

  /** A request Janus acks and answers by event (join): the event's plugin data. */
  async asyncRequest(body: Record<string, unknown>, timeoutMs = 5000): Promise<VideoRoomData> {
    const id = transaction();
    const ack = await this.api.post(`/${this.session}/${this.handle}`, { janus: "message", body, transaction: id });
    if (ack.janus !== "ack") throw new JanusRefused(ack);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const query = `?maxev=10&rid=${Date.now()}&token=${encodeURIComponent(this.api.token)}`;
      const response = await fetch(`${this.api.url}/${this.session}${query}`, { signal: AbortSignal.timeout(timeoutMs) });
      const body = (await response.json()) as JanusReply | JanusReply[];
      const event = (Array.isArray(body) ? body : [body]).find((reply) => reply.transaction === id && reply.janus === "event");
      if (event) return event.plugindata!.data;
    }
    throw new Error(`no answer to ${JSON.stringify(body)} within ${timeoutMs} ms`);
  }

  /** Joins the room as a publisher (no media yet): Janus checks the room token here. */
  joinAsPublisher(room: number, feedId: number, roomToken: string): Promise<VideoRoomData> {
    return this.asyncRequest({ request: "join", ptype: "publisher", room, id: feedId, token: roomToken, display: `user ${feedId}` });
  }

  async close(): Promise<void> {
    await this.api.post(`/${this.session}`, { janus: "destroy" });
  }
}
