import type { SfuAccessJson } from "@chat-app/protocol";
import type { PeerTimings } from "../PeerLink";
import { IceWatch } from "./ice-watch";
import type { JanusHandle } from "./janus-handle";
import { JanusError, type JanusEvent, type JanusJsep, type VideoroomSubscriberStream } from "./janus-types";
import { addJanusCandidate, candidateOf } from "./trickle";

/** Videoroom error 428: no such feed (it stopped publishing before the request reached Janus). */
const NO_SUCH_FEED = 428;

export interface SfuSubscriberOptions {
  access: SfuAccessJson;
  /** The publisher's `private_id`, for rooms that ask subscriptions to name one. */
  privateId(): number | undefined;
  timings: PeerTimings;
  createStream(tracks: MediaStreamTrack[]): MediaStream;
  /** Could not connect (or reconnect) within the deadline: the feeds it carries are shown as failed. */
  gaveUp(): void;
  changed(): void;
}

/**
 * Everything this tab receives, over one multistream subscriber handle and one PeerConnection: the
 * first feed joins it, later ones are added with `subscribe` and dropped with `unsubscribe`. Janus
 * makes every offer (the first, and one per change it sees, some merged) and the answer goes back
 * with `start`. Which m-line is whose comes from the `streams` list of `attached`/`updated`
 * (`mid` → `feed_id`): the tracks are grouped into one MediaStream per feed.
 */
export class SfuSubscriber {
  private readonly watch: IceWatch;
  /** Feeds asked for (or being asked for), in the order they came. */
  private readonly feeds = new Set<number>();
  private readonly feedOfMid = new Map<string, number>();
  private readonly streams = new Map<number, MediaStream>();
  private joined = false;
  private failed = false;
  private closed = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly handle: JanusHandle,
    readonly pc: RTCPeerConnection,
    private readonly options: SfuSubscriberOptions,
  ) {
    handle.onevent = (event) => this.heard(event);
    pc.onicecandidate = ({ candidate }) => void handle.trickle(candidateOf(candidate)).catch(() => undefined);
    pc.ontrack = () => this.regroup();
    this.watch = new IceWatch(pc, {
      timings: options.timings,
      // Janus makes the offer, so Janus restarts ICE: it sends a new offer with fresh credentials.
      // Not queued: Janus gives no answer at all when it postpones the restart (an offer unanswered), the offer comes later on its own.
      restart: () => void this.restart(),
      gaveUp: () => {
        this.failed = true;
        options.gaveUp();
      },
      changed: () => options.changed(),
    });
  }

  /** "failed" once the deadline passed, until it connects again after all. */
  get iceState(): RTCIceConnectionState {
    return this.failed && !this.watch.connected ? "failed" : this.pc.iceConnectionState;
  }

  has(feedId: number): boolean {
    return this.feeds.has(feedId);
  }

  streamOf(feedId: number): MediaStream | null {
    return this.streams.get(feedId) ?? null;
  }

  /** Subscribes to these feeds (those not asked for yet). */
  add(feedIds: readonly number[]): void {
    const fresh = feedIds.filter((feed) => !this.feeds.has(feed));
    if (fresh.length === 0) return;
    for (const feed of fresh) this.feeds.add(feed);
    this.enqueue(() => this.subscribe(fresh));
  }

  /** Drops a feed that stopped publishing: its person's stream goes at once, the m-lines with Janus's next offer. */
  remove(feedId: number): void {
    if (!this.feeds.delete(feedId)) return;
    for (const [mid, feed] of this.feedOfMid) if (feed === feedId) this.feedOfMid.delete(mid);
    this.regroup();
    if (this.joined) this.enqueue(() => this.request({ request: "unsubscribe", streams: [{ feed: feedId }] }));
  }

  close(): void {
    this.closed = true;
    this.watch.stop();
    this.handle.onevent = () => undefined;
    this.pc.onicecandidate = this.pc.ontrack = null;
    this.pc.close();
  }

  /** One request (and the negotiation it brings) at a time: Janus postpones offers while one is unanswered anyway. */
  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(() => (this.closed ? undefined : step())).catch(() => undefined);
  }

  /** A feed gone meanwhile fails the whole request (428): then each is tried alone, and only that one is left out. */
  private async subscribe(feedIds: number[]): Promise<void> {
    const wanted = feedIds.filter((feed) => this.feeds.has(feed));
    if (wanted.length === 0) return;
    try {
      const reply = await this.handle.message(
        this.joined ? { request: "subscribe", streams: wanted.map((feed) => ({ feed })) } : this.joinBody(wanted),
      );
      // Joined from here on even if this negotiation fails: a second join on the handle would be refused.
      this.joined = true;
      await this.negotiate(reply.data.streams, reply.jsep);
    } catch (error) {
      if (!(error instanceof JanusError && error.code === NO_SUCH_FEED)) throw error;
      if (wanted.length === 1) {
        this.feeds.delete(wanted[0] as number);
        return;
      }
      for (const feed of wanted) await this.subscribe([feed]).catch(() => undefined);
    }
  }

  private joinBody(feedIds: number[]): Record<string, unknown> {
    const { access } = this.options;
    const body: Record<string, unknown> = {
      request: "join",
      ptype: "subscriber",
      room: access.room,
      streams: feedIds.map((feed) => ({ feed })),
      token: access.room_token,
    };
    const privateIdNow = this.options.privateId();
    if (privateIdNow !== undefined) body.private_id = privateIdNow;
    return body;
  }

  private async request(body: Record<string, unknown>): Promise<void> {
    const reply = await this.handle.message(body);
    await this.negotiate(reply.data.streams, reply.jsep);
  }

  private async restart(): Promise<void> {
    const reply = await this.handle.message({ request: "configure", restart: true }).catch(() => null);
    if (reply) this.enqueue(() => this.negotiate(reply.data.streams, reply.jsep));
  }

  private heard(event: JanusEvent): void {
    if (event.janus === "trickle") return addJanusCandidate(this.pc, event.candidate);
    // An offer on its own: a postponed one ("updating" before), or Janus's autoupdate after a feed left.
    if (event.janus === "event" && (event.jsep || event.data.streams)) this.enqueue(() => this.negotiate(event.data.streams, event.jsep));
  }

  private async negotiate(streams: VideoroomSubscriberStream[] | undefined, jsep: JanusJsep | undefined): Promise<void> {
    if (streams) this.learn(streams);
    if (jsep?.type === "offer" && !this.closed) {
      await this.pc.setRemoteDescription(jsep);
      await this.pc.setLocalDescription();
      const answer = this.pc.localDescription;
      if (answer && !this.closed) await this.handle.message({ request: "start" }, { type: "answer", sdp: answer.sdp });
    }
    this.regroup();
  }

  private learn(streams: VideoroomSubscriberStream[]): void {
    this.feedOfMid.clear();
    for (const stream of streams) {
      const feed = stream.feed_id;
      if (stream.active === false || feed === undefined || !this.feeds.has(feed)) continue;
      if (stream.type === "audio" || stream.type === "video") this.feedOfMid.set(stream.mid, feed);
    }
  }

  /** Each feed's stream holds exactly the tracks of its live m-lines (the same MediaStream while it has any). */
  private regroup(): void {
    const tracks = new Map<number, MediaStreamTrack[]>();
    for (const transceiver of this.pc.getTransceivers()) {
      const feed = transceiver.mid === null ? undefined : this.feedOfMid.get(transceiver.mid);
      if (feed === undefined || transceiver.currentDirection === "stopped") continue;
      tracks.set(feed, [...(tracks.get(feed) ?? []), transceiver.receiver.track]);
    }
    for (const feed of [...this.streams.keys()]) if (!tracks.has(feed)) this.streams.delete(feed);
    for (const [feed, feedTracks] of tracks) {
      const stream = this.streams.get(feed);
      if (!stream) {
        this.streams.set(feed, this.options.createStream(feedTracks));
        continue;
      }
      for (const track of stream.getTracks()) if (!feedTracks.includes(track)) stream.removeTrack(track);
      for (const track of feedTracks) if (!stream.getTracks().includes(track)) stream.addTrack(track);
    }
    this.options.changed();
  }
}
