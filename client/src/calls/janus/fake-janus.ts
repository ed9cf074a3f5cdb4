/**
 * An in-memory Janus behind `fetch`, speaking the HTTP API as janus_http.c does: POST create /
 * attach / message / trickle / keepalive / detach / destroy, answers to asynchronous plugin
 * messages as `ack` with the event (same `transaction`) later on the long poll, GET
 * `/{session}?maxev=N` held until there is something (an array when maxev > 1), a bare 404 for an
 * unknown session, error 458 on a POST to one, 403 without the core token. The plugin is
 * FakeVideoroom. Every request is recorded.
 */
import type { JanusJsep, VideoroomData } from "./janus-types";
import { FakeVideoroom } from "./fake-videoroom";

export interface RecordedRequest {
  method: string;
  url: string;
  body: Record<string, unknown> | null;
}

type Reply = Record<string, unknown>;

export class FakeJanusHandle {
  ptype: "publisher" | "subscriber" | null = null;
  constructor(
    readonly id: number,
    readonly session: FakeJanusSession,
  ) {}

  /** A plugin event for this handle (the answer to `transaction`, or on its own). */
  push(data: VideoroomData, jsep?: JanusJsep, transaction?: string): void {
    const event: Reply = { janus: "event", session_id: this.session.id, sender: this.id, plugindata: { plugin: "janus.plugin.videoroom", data } };
    if (jsep) event.jsep = jsep;
    if (transaction) event.transaction = transaction;
    this.session.queue(event);
  }
}

export class FakeJanusSession {
  readonly handles = new Map<number, FakeJanusHandle>();
  private readonly events: Reply[] = [];
  private waiting: (() => void) | null = null;
  constructor(readonly id: number) {}

  queue(event: Reply): void {
    this.events.push(event);
    this.waiting?.();
  }

  /** The long poll: held until an event comes (or the request is aborted). */
  async take(max: number, signal: AbortSignal | null | undefined): Promise<Reply[]> {
    while (this.events.length === 0) {
      await new Promise<void>((resolve, reject) => {
        this.waiting = resolve;
        signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
      this.waiting = null;
    }
    return this.events.splice(0, max);
  }
}

export class FakeJanus {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<number, FakeJanusSession>();
  readonly videoroom: FakeVideoroom;
  /** The next long polls that fail as a network error would. */
  failPolls = 0;
  polls = 0;
  private ids = 1000;

  constructor(
    readonly base: string,
    readonly token: string,
    room: number,
    roomToken: string,
  ) {
    this.videoroom = new FakeVideoroom(room, roomToken);
  }

  readonly fetch = (url: string, init: RequestInit): Promise<Response> => {
    const body = typeof init.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : null;
    this.requests.push({ method: init.method ?? "GET", url, body });
    return init.method === "GET" ? this.poll(url, init.signal) : Promise.resolve(json(this.post(url, body ?? {})));
  };

  /** Janus forgets the session (it timed out, or Janus restarted). */
  dropSession(id: number): void {
    const session = this.sessions.get(id);
    this.sessions.delete(id);
    session?.queue({ janus: "keepalive" });
  }

  private async poll(url: string, signal: AbortSignal | null | undefined): Promise<Response> {
    this.polls += 1;
    if (this.failPolls > 0) {
      this.failPolls -= 1;
      throw new TypeError("fetch failed");
    }
    const { pathname, searchParams } = new URL(url);
    if (searchParams.get("token") !== this.token) return json(error(undefined, 403, "Unauthorized request (wrong or missing secret/token)"));
    const session = this.sessions.get(Number(pathname.slice(new URL(this.base).pathname.length + 1)));
    if (!session) return new Response(null, { status: 404 });
    const max = Number(searchParams.get("maxev") ?? "1");
    const events = await session.take(max, signal);
    if (!this.sessions.has(session.id)) return new Response(null, { status: 404 });
    return json(max === 1 ? events[0] : events);
  }

  private post(url: string, body: Record<string, unknown>): Reply {
    const transaction = typeof body.transaction === "string" ? body.transaction : undefined;
    if (body.token !== this.token) return error(transaction, 403, "Unauthorized request (wrong or missing secret/token)");
    const [sessionId, handleId] = url.slice(this.base.length).split("/").filter(Boolean).map(Number);
    if (sessionId === undefined) {
      if (body.janus !== "create") return error(transaction, 457, "Unhandled request at this path");
      const session = new FakeJanusSession(this.nextId());
      this.sessions.set(session.id, session);
      return { janus: "success", transaction, data: { id: session.id } };
    }
    const session = this.sessions.get(sessionId);
    if (!session) return error(transaction, 458, `No such session ${sessionId}`);
    if (handleId === undefined) return this.sessionRequest(session, body, transaction);
    const handle = session.handles.get(handleId);
    if (!handle) return error(transaction, 459, `No such handle ${handleId} in session ${sessionId}`);
    return this.handleRequest(handle, body, transaction);
  }

  private sessionRequest(session: FakeJanusSession, body: Record<string, unknown>, transaction: string | undefined): Reply {
    switch (body.janus) {
      case "keepalive":
        return { janus: "ack", session_id: session.id, transaction };
      case "attach": {
        if (body.plugin !== "janus.plugin.videoroom") return error(transaction, 460, "No such plugin");
        const handle = new FakeJanusHandle(this.nextId(), session);
        session.handles.set(handle.id, handle);
        return { janus: "success", session_id: session.id, transaction, data: { id: handle.id } };
      }
      case "destroy":
        for (const handle of session.handles.values()) this.videoroom.detached(handle);
        this.sessions.delete(session.id);
        session.queue({ janus: "keepalive" });
        return { janus: "success", session_id: session.id, transaction };
      default:
        return error(transaction, 453, `Unknown request '${String(body.janus)}'`);
    }
  }

  private handleRequest(handle: FakeJanusHandle, body: Record<string, unknown>, transaction: string | undefined): Reply {
    const ack = { janus: "ack", session_id: handle.session.id, transaction };
    switch (body.janus) {
      case "message":
        // The plugin answers later, on the poll, as Janus's plugins do for join, configure, start…
        setTimeout(() => this.videoroom.message(handle, body.body as Record<string, unknown>, body.jsep as JanusJsep | undefined, transaction), 0);
        return ack;
      case "trickle":
        this.videoroom.trickled(handle, body.candidate);
        return ack;
      case "detach":
        this.videoroom.detached(handle);
        handle.session.handles.delete(handle.id);
        return { janus: "success", session_id: handle.session.id, transaction };
      default:
        return error(transaction, 453, `Unknown request '${String(body.janus)}'`);
    }
  }

  private nextId(): number {
    this.ids += 1;
    return this.ids;
  }
}

function error(transaction: string | undefined, code: number, reason: string): Reply {
  return { janus: "error", transaction, error: { code, reason } };
}

function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { status: 200, headers: { "Content-Type": "application/json" } });
}
