import type { SfuAccessJson } from "@chat-app/protocol";
import type { PeerTimings } from "../PeerLink";
import type { MediaSession, TrackKind } from "../MediaSession";
import { IceWatch } from "./ice-watch";
import type { JanusHandle } from "./janus-handle";
import type { JanusEvent, VideoroomData } from "./janus-types";
import { addJanusCandidate, candidateOf } from "./trickle";

export interface SfuPublisherOptions {
  access: SfuAccessJson;
  display: string;
  media: MediaSession;
  timings: PeerTimings;
  /** Publishers now in the room (the `joined` list, then each new one). */
  published(feedIds: number[]): void;
  /** A publisher stopped (`unpublished`) or left (`leaving`). */
  unpublished(feedId: number): void;
  /** What this tab sends could not reach Janus within the deadline (or Janus hung it up). */
  gaveUp(): void;
  changed(): void;
}

/**
 * This tab's feed in the videoroom: a publisher handle joined with the room's token, one sendonly
 * PeerConnection offered to Janus with `configure`. The handle also hears who else publishes.
 */
export class SfuPublisher {
  /** The `private_id` Janus gave on join (subscriptions may be asked to name it). */
  privateId: number | undefined;
  private readonly watch: IceWatch;
  private readonly kinds: readonly TrackKind[];
  private published = false;
  private closed = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly handle: JanusHandle,
    readonly pc: RTCPeerConnection,
    private readonly options: SfuPublisherOptions,
  ) {
    this.kinds = options.media.media === "video" ? ["audio", "video"] : ["audio"];
    handle.onevent = (event) => this.heard(event);
    pc.onicecandidate = ({ candidate }) => void handle.trickle(candidateOf(candidate)).catch(() => undefined);
    // After the first publish only: an ICE restart's offer goes out as a new configure.
    pc.onnegotiationneeded = () => {
      if (this.published) this.renegotiate();
    };
    this.watch = new IceWatch(pc, {
      timings: options.timings,
      restart: () => pc.restartIce(),
      gaveUp: () => this.fail(),
      changed: () => options.changed(),
    });
  }

  get connected(): boolean {
    return this.watch.connected;
  }

  /** Joins the room, then publishes; rejects when Janus refuses either. */
  async start(): Promise<void> {
    const { access, display } = this.options;
    const joined = await this.handle.message({
      request: "join",
      ptype: "publisher",
      room: access.room,
      id: access.feed_id,
      token: access.room_token,
      display,
    });
    this.privateId = joined.data.private_id;
    this.heardPublishers(joined.data);
    const { media } = this.options;
    for (const kind of this.kinds) {
      this.pc.addTransceiver(media.outgoing(kind) ?? kind, { direction: "sendonly", streams: [media.stream] });
    }
    await this.offer();
    this.published = true;
  }

  async replaceTrack(kind: TrackKind, track: MediaStreamTrack | null): Promise<void> {
    const transceiver = this.pc.getTransceivers().find((each) => each.receiver.track.kind === kind);
    if (transceiver) await transceiver.sender.replaceTrack(track);
  }

  close(): void {
    this.closed = true;
    this.watch.stop();
    this.handle.onevent = () => undefined;
    this.pc.onicecandidate = this.pc.onnegotiationneeded = null;
    this.pc.close();
  }

  private renegotiate(): void {
    this.queue = this.queue.then(() => this.offer()).catch(() => undefined);
  }

  private async offer(): Promise<void> {
    if (this.closed) return;
    await this.pc.setLocalDescription();
    const offer = this.pc.localDescription;
    if (!offer) return;
    const reply = await this.handle.message(
      { request: "configure", audio: true, video: this.kinds.includes("video") },
      { type: "offer", sdp: offer.sdp },
    );
    if (reply.jsep?.type === "answer" && !this.closed) await this.pc.setRemoteDescription(reply.jsep);
  }

  private heard(event: JanusEvent): void {
    if (event.janus === "hangup") return this.fail();
    if (event.janus === "trickle") return addJanusCandidate(this.pc, event.candidate);
    if (event.janus !== "event") return;
    this.heardPublishers(event.data);
    for (const gone of [event.data.unpublished, event.data.leaving, event.data.kicked]) {
      if (typeof gone === "number") this.options.unpublished(gone);
    }
  }

  private heardPublishers(data: VideoroomData): void {
    const feeds = (data.publishers ?? []).map((publisher) => publisher.id).filter((id) => id !== this.options.access.feed_id);
    if (feeds.length > 0) this.options.published(feeds);
  }

  private fail(): void {
    if (this.closed) return;
    this.close();
    this.options.gaveUp();
  }
}
