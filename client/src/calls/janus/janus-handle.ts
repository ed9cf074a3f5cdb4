import type { JanusEvent, JanusJsep, VideoroomData } from "./janus-types";

/** What a handle needs from its session: requests on the handle's own path. */
export interface JanusChannel {
  /** A request answered at once (`ack` or `success`). */
  post(path: string, body: Record<string, unknown>): Promise<unknown>;
  /** A plugin message: resolves with the event of the same transaction (or the synchronous `success`). */
  transact(path: string, body: Record<string, unknown>): Promise<JanusEvent>;
  forget(handleId: number): void;
}

/** One attached plugin handle (a videoroom publisher or subscriber) of a JanusSession. */
export class JanusHandle {
  /** Events Janus sends this handle on its own (not the answer to a message): plugin events, `webrtcup`, `hangup`, `trickle`… */
  onevent: (event: JanusEvent) => void = () => undefined;
  private detached = false;

  constructor(
    readonly id: number,
    private readonly path: string,
    private readonly channel: JanusChannel,
  ) {}

  /** A plugin request; rejects with JanusError when the plugin refuses it (`error_code`). */
  async message(body: Record<string, unknown>, jsep?: JanusJsep): Promise<{ data: VideoroomData; jsep?: JanusJsep }> {
    const event = await this.channel.transact(this.path, jsep ? { janus: "message", body, jsep } : { janus: "message", body });
    return { data: event.data, jsep: event.jsep };
  }

  /** A local candidate, or null once gathering is over (`{completed: true}`). */
  async trickle(candidate: RTCIceCandidateInit | null): Promise<void> {
    if (this.detached) return;
    await this.channel.post(this.path, { janus: "trickle", candidate: candidate ?? { completed: true } });
  }

  async detach(): Promise<void> {
    if (this.detached) return;
    this.detached = true;
    this.channel.forget(this.id);
    await this.channel.post(this.path, { janus: "detach" });
  }

  deliver(event: JanusEvent): void {
    if (!this.detached) this.onevent(event);
  }
}
