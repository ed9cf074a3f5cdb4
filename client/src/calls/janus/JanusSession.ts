import { JanusHandle } from "./janus-handle";
import { JanusError, type JanusEvent, type JanusFetch, type JanusMessage, SESSION_NOT_FOUND } from "./janus-types";

export interface JanusTimings {
  /** Janus drops a session after 60 s without a request (`session_timeout`); a keepalive well inside that. */
  keepaliveMs: number;
  /** The waits before each retry of a failed long poll; once used up, the session is given up as lost. */
  pollRetryMs: readonly number[];
  /** How long a plugin message may wait for its event (Janus sends none for some postponed requests). */
  answerTimeoutMs: number;
}

export const DEFAULT_JANUS_TIMINGS: JanusTimings = { keepaliveMs: 25_000, pollRetryMs: [500, 1000, 2000, 4000, 8000, 8000], answerTimeoutMs: 20_000 };

export interface JanusSessionOptions {
  /** The HTTP API's base, e.g. "https://janus.example.org/janus". */
  url: string;
  /** The core token, sent with every request. */
  token: string;
  fetch: JanusFetch;
  timings?: Partial<JanusTimings>;
  /** The session is gone (Janus error 458, a `timeout` event) or Janus stayed unreachable: nothing on it works any more. */
  lost(error: Error): void;
}

type Waiter = { resolve(event: JanusEvent): void; reject(error: Error): void };

/**
 * A session on Janus's HTTP (REST) API: requests are POSTs, and everything Janus says on its own
 * (plugin events, and the answers to asynchronous plugin messages, matched by `transaction`) comes
 * through one long poll, GET `{url}/{session}`, each item sent to its handle by `sender`.
 */
export class JanusSession {
  private readonly handles = new Map<number, JanusHandle>();
  private readonly waiting = new Map<string, Waiter>();
  private readonly timings: JanusTimings;
  private readonly poller = new AbortController();
  private keepalive: ReturnType<typeof setInterval> | undefined;
  private ended = false;
  private transactions = 0;

  private constructor(
    readonly id: number,
    private readonly options: JanusSessionOptions,
  ) {
    this.timings = { ...DEFAULT_JANUS_TIMINGS, ...options.timings };
  }

  /** `create`, then the long poll and the keepalives start. */
  static async create(options: JanusSessionOptions): Promise<JanusSession> {
    const reply = await post(options, options.url, { janus: "create" }, "c");
    if (reply.janus !== "success" || typeof reply.data?.id !== "number") throw new Error(`Janus create: unexpected ${reply.janus}`);
    const session = new JanusSession(reply.data.id, options);
    session.start();
    return session;
  }

  get closed(): boolean {
    return this.ended;
  }

  async attach(plugin: string): Promise<JanusHandle> {
    const reply = await this.post(this.path, { janus: "attach", plugin });
    const id = reply.data?.id;
    if (reply.janus !== "success" || typeof id !== "number") throw new Error(`Janus attach: unexpected ${reply.janus}`);
    const handle = new JanusHandle(id, `${this.path}/${id}`, {
      post: (path, body) => this.post(path, body),
      transact: (path, body) => this.transact(path, body),
      forget: (handleId) => this.handles.delete(handleId),
    });
    this.handles.set(id, handle);
    return handle;
  }

  /** Detaches every handle, then destroys the session (each best effort: Janus times out what is left). */
  async close(): Promise<void> {
    if (!this.stop(new Error("The Janus session was closed"))) return;
    await Promise.all([...this.handles.values()].map((handle) => handle.detach().catch(() => undefined)));
    await this.post(this.path, { janus: "destroy" }).catch(() => undefined);
  }

  private get path(): string {
    return `${this.options.url}/${this.id}`;
  }

  private start(): void {
    this.keepalive = setInterval(() => {
      this.post(this.path, { janus: "keepalive" }).catch(() => undefined);
    }, this.timings.keepaliveMs);
    void this.poll();
  }

  private async poll(): Promise<void> {
    let failures = 0;
    while (!this.ended) {
      const query = `maxev=10&token=${encodeURIComponent(this.options.token)}&rid=${Date.now()}`;
      try {
        const response = await this.options.fetch(`${this.path}?${query}`, { method: "GET", signal: this.poller.signal });
        // Janus's HTTP transport answers a poll of an unknown session with a bare 404.
        if (response.status === 404) throw new JanusError(SESSION_NOT_FOUND, "No such session");
        if (!response.ok) throw new Error(`Janus long poll: HTTP ${response.status}`);
        const body = (await response.json()) as JanusMessage | JanusMessage[];
        failures = 0;
        for (const message of Array.isArray(body) ? body : [body]) {
          try {
            this.dispatch(message);
          } catch {
            // A handler's own failure is not the poll's: the next events still go out.
          }
        }
      } catch (error) {
        if (this.ended) return;
        if (error instanceof JanusError && error.code === SESSION_NOT_FOUND) return this.lose(error);
        const delay = this.timings.pollRetryMs[failures];
        failures += 1;
        if (delay === undefined) return this.lose(error instanceof Error ? error : new Error(String(error)));
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private dispatch(message: JanusMessage): void {
    if (message.janus === "error" && message.error?.code === SESSION_NOT_FOUND)
      return this.lose(new JanusError(SESSION_NOT_FOUND, message.error.reason));
    if (message.janus === "timeout") return this.lose(new JanusError(SESSION_NOT_FOUND, "The session timed out"));
    if (message.sender === undefined || message.janus === "ack" || message.janus === "keepalive") return;
    const event: JanusEvent = { janus: message.janus, data: message.plugindata?.data ?? {}, jsep: message.jsep, candidate: message.candidate };
    const waiter = message.janus === "event" && message.transaction ? this.waiting.get(message.transaction) : undefined;
    if (waiter && message.transaction) {
      this.waiting.delete(message.transaction);
      return settle(waiter, event);
    }
    this.handles.get(message.sender)?.deliver(event);
  }

  /** Registered before the POST: the event may come through the poll before the POST's own reply. */
  private async transact(path: string, body: Record<string, unknown>): Promise<JanusEvent> {
    if (this.ended) throw new Error("The Janus session is closed");
    const transaction = this.nextTransaction();
    const answer = new Promise<JanusEvent>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(transaction);
        reject(new Error(`Janus did not answer ${String(body.janus)} in time`));
      }, this.timings.answerTimeoutMs);
      this.waiting.set(transaction, {
        resolve: (event) => {
          clearTimeout(timer);
          resolve(event);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
    // Rejected by stop() while the POST is still out: the caller gets it when it awaits.
    answer.catch(() => undefined);
    try {
      const reply = await post(this.options, path, body, transaction);
      const waiter = this.waiting.get(transaction);
      if (reply.janus === "success" && waiter) {
        this.waiting.delete(transaction);
        settle(waiter, { janus: "event", data: reply.plugindata?.data ?? {} });
      }
    } catch (error) {
      this.waiting.get(transaction)?.reject(error instanceof Error ? error : new Error(String(error)));
      this.waiting.delete(transaction);
      this.lostIfGone(error);
      throw error;
    }
    return answer;
  }

  private async post(path: string, body: Record<string, unknown>): Promise<JanusMessage> {
    try {
      return await post(this.options, path, body, this.nextTransaction());
    } catch (error) {
      this.lostIfGone(error);
      throw error;
    }
  }

  private lostIfGone(error: unknown): void {
    if (error instanceof JanusError && error.code === SESSION_NOT_FOUND) this.lose(error);
  }

  private nextTransaction(): string {
    this.transactions += 1;
    return `${this.transactions}-${Math.random().toString(36).slice(2, 10)}`;
  }

  private lose(error: Error): void {
    if (this.stop(error)) this.options.lost(error);
  }

  /** False when it had already stopped. */
  private stop(error: Error): boolean {
    if (this.ended) return false;
    this.ended = true;
    clearInterval(this.keepalive);
    this.poller.abort();
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    return true;
  }
}

/** A POST with the transaction and the core token; Janus's `error` replies reject (JanusError). */
async function post(options: JanusSessionOptions, url: string, body: Record<string, unknown>, transaction: string): Promise<JanusMessage> {
  const response = await options.fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...body, transaction, token: options.token }),
  });
  if (!response.ok) throw new Error(`Janus ${String(body.janus)}: HTTP ${response.status}`);
  const reply = (await response.json()) as JanusMessage;
  if (reply.janus === "error") throw new JanusError(reply.error?.code ?? 0, reply.error?.reason ?? "unknown error");
  return reply;
}

/** A plugin's refusal comes as an ordinary event with `error_code`. */
function settle(waiter: Waiter, event: JanusEvent): void {
  if (event.data.error_code !== undefined) waiter.reject(new JanusError(event.data.error_code, event.data.error ?? "plugin error"));
  else waiter.resolve(event);
}
