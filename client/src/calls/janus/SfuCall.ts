import type { CallJson, SfuAccessJson } from "@chat-app/protocol";
import type { CallEnvironment } from "../call-environment";
import type { CallPeerView } from "../call-types";
import type { MediaSession, TrackKind } from "../MediaSession";
import type { PeerTimings } from "../PeerLink";
import { JanusSession, type JanusTimings } from "./JanusSession";
import type { JanusFetch } from "./janus-types";
import { sfuPeerState } from "./sfu-peer-state";
import { SfuPublisher } from "./SfuPublisher";
import { SfuSubscriber } from "./SfuSubscriber";

const VIDEOROOM = "janus.plugin.videoroom";

export interface SfuCallOptions {
  selfId: number;
  access: SfuAccessJson;
  media: MediaSession;
  config: RTCConfiguration;
  env: CallEnvironment;
  fetch: JanusFetch;
  timings: PeerTimings;
  janusTimings?: Partial<JanusTimings>;
  changed(): void;
  /** The Janus session is gone, or what this tab sends never reached Janus: the call is over here. */
  lost(): void;
}

/**
 * The call this tab is in when it goes through Janus (topology "sfu"): as ActiveCall is for a mesh,
 * but with one publisher (what this tab sends) and one subscriber (everyone else) in Janus's
 * videoroom instead of a link per person. No signals go through the chat server.
 */
export class SfuCall {
  private session: JanusSession | null = null;
  private publisher: SfuPublisher | null = null;
  private subscriber: SfuSubscriber | null = null;
  /** Publishers heard of before the subscriber exists. */
  private readonly early: number[] = [];
  private subscriberOpening = false;
  private closed = false;
  private readonly deadline: ReturnType<typeof setTimeout>;

  constructor(
    private current: CallJson,
    private readonly options: SfuCallOptions,
  ) {
    // Covers the Janus requests too, not only ICE: publishing must be up within the mesh's deadline.
    this.deadline = setTimeout(() => {
      if (!this.publisher?.connected) this.lose();
    }, options.timings.connectDeadlineMs);
    this.open().catch(() => this.lose());
  }

  get call(): CallJson {
    return this.current;
  }

  get media(): MediaSession {
    return this.options.media;
  }

  update(call: CallJson): void {
    this.current = call;
    this.options.changed();
  }

  /** Nothing is relayed through the chat server in an SFU call. */
  signal(): void {}

  replaceTrack(kind: TrackKind, track: MediaStreamTrack | null): void {
    this.publisher?.replaceTrack(kind, track).catch(() => undefined);
  }

  peerViews(): CallPeerView[] {
    const subscriber = this.subscriber;
    return this.current.participants
      .filter((userId) => userId !== this.options.selfId)
      .map((userId) => {
        const stream = subscriber?.streamOf(userId) ?? null;
        const subscribed = subscriber?.has(userId) ?? false;
        return { userId, stream, state: sfuPeerState(subscribed, subscriber?.iceState ?? null, stream !== null) };
      });
  }

  /** The subscription's connection for everyone it carries (it is the one their media comes over). */
  peerConnections(): Map<number, RTCPeerConnection> {
    const subscriber = this.subscriber;
    const others = this.current.participants.filter((userId) => subscriber?.has(userId));
    return new Map(subscriber ? others.map((userId) => [userId, subscriber.pc]) : []);
  }

  /** Leaves the room (the handles detached, the session destroyed) and releases the devices. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.deadline);
    this.publisher?.close();
    this.subscriber?.close();
    void this.session?.close();
    this.options.media.stop();
  }

  private async open(): Promise<void> {
    const { access, env, config, fetch } = this.options;
    const session = await JanusSession.create({
      url: access.url,
      token: access.token,
      fetch,
      timings: this.options.janusTimings,
      lost: () => this.lose(),
    });
    if (this.closed) return void session.close();
    this.session = session;
    const handle = await session.attach(VIDEOROOM);
    if (this.closed) return;
    this.publisher = new SfuPublisher(handle, env.createPeerConnection(config), {
      access,
      display: String(this.options.selfId),
      media: this.options.media,
      timings: this.options.timings,
      published: (feeds) => this.subscribe(feeds),
      unpublished: (feed) => this.unsubscribe(feed),
      gaveUp: () => this.lose(),
      changed: () => this.changed(),
    });
    await this.publisher.start();
  }

  private subscribe(feeds: number[]): void {
    if (this.subscriber) return this.subscriber.add(feeds);
    this.early.push(...feeds);
    if (this.subscriberOpening) return;
    this.subscriberOpening = true;
    this.openSubscriber().catch(() => this.lose());
  }

  private unsubscribe(feed: number): void {
    const at = this.early.indexOf(feed);
    if (at >= 0) this.early.splice(at, 1);
    this.subscriber?.remove(feed);
  }

  /** Attached once, when the first other publisher appears (a subscription needs at least one feed to join). */
  private async openSubscriber(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const handle = await session.attach(VIDEOROOM);
    if (this.closed) return;
    const { access, env, config, timings } = this.options;
    this.subscriber = new SfuSubscriber(handle, env.createPeerConnection(config), {
      access,
      privateId: () => this.publisher?.privateId,
      timings,
      createStream: (tracks) => env.createStream(tracks),
      gaveUp: () => this.changed(),
      changed: () => this.changed(),
    });
    this.subscriber.add(this.early.splice(0));
  }

  private changed(): void {
    if (!this.closed) this.options.changed();
  }

  private lose(): void {
    if (this.closed) return;
    this.close();
    this.options.lost();
  }
}
