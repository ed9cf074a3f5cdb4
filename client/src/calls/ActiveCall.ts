import type { CallJson, CallSignalJson } from "@chat-app/protocol";
import type { CallEnvironment } from "./call-environment";
import type { CallLink } from "./call-link";
import { isGroupCall, isOfferer, isPolite } from "./call-roles";
import type { CallPeerView } from "./call-types";
import type { MediaSession, TrackKind } from "./MediaSession";
import { PeerLink, type PeerTimings } from "./PeerLink";

/** Signals kept for a participant whose link does not exist yet (a burst of candidates fits). */
const MAX_BUFFERED_SIGNALS = 200;

export interface ActiveCallOptions {
  selfId: number;
  media: MediaSession;
  config: RTCConfiguration;
  env: CallEnvironment;
  link: CallLink;
  timings: PeerTimings;
  changed(): void;
  /** A direct call's only link could not connect: the call is over. */
  lost(): void;
}

/**
 * The call this tab is in: one PeerLink per other participant, made as soon as the server says they
 * are in the call (before their first signal can come), and closed when they leave. Signals from
 * someone without a link yet wait, in order, until it exists.
 */
export class ActiveCall {
  private readonly peers = new Map<number, PeerLink>();
  private readonly waiting = new Map<number, CallSignalJson[]>();
  /** Those I offer to in a group (see isOfferer); someone who leaves and comes back is a newcomer then. */
  private readonly presentWhenIArrived: Set<number>;
  private closed = false;

  constructor(
    private current: CallJson,
    private readonly options: ActiveCallOptions,
  ) {
    this.presentWhenIArrived = new Set(current.participants);
    this.syncPeers();
  }

  get call(): CallJson {
    return this.current;
  }

  get media(): MediaSession {
    return this.options.media;
  }

  /** The server's newer view of the call (someone joined or left, or it was answered). */
  update(call: CallJson): void {
    this.current = call;
    this.syncPeers();
    this.options.changed();
  }

  signal(fromUserId: number, signal: CallSignalJson): void {
    const peer = this.peers.get(fromUserId);
    if (peer) {
      void peer.handle(signal);
      return;
    }
    const queue = this.waiting.get(fromUserId) ?? [];
    if (queue.length < MAX_BUFFERED_SIGNALS) queue.push(signal);
    this.waiting.set(fromUserId, queue);
  }

  replaceTrack(kind: TrackKind, track: MediaStreamTrack | null): void {
    for (const peer of this.peers.values()) peer.replaceTrack(kind, track).catch(() => undefined);
  }

  peerViews(): CallPeerView[] {
    return this.current.participants
      .filter((userId) => userId !== this.options.selfId)
      .map((userId) => {
        const peer = this.peers.get(userId);
        return { userId, stream: peer?.remoteStream ?? null, state: peer?.state ?? "new" };
      });
  }

  peerConnections(): Map<number, RTCPeerConnection> {
    return new Map([...this.peers].map(([userId, peer]) => [userId, peer.pc]));
  }

  /** Closes every link and releases the devices. */
  close(): void {
    this.closed = true;
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
    this.waiting.clear();
    this.options.media.stop();
  }

  private syncPeers(): void {
    if (this.closed) return;
    const others = new Set(this.current.participants.filter((userId) => userId !== this.options.selfId));
    for (const [userId, peer] of this.peers) {
      if (others.has(userId)) continue;
      peer.close();
      this.peers.delete(userId);
      this.waiting.delete(userId);
      this.presentWhenIArrived.delete(userId);
    }
    for (const userId of others) if (!this.peers.has(userId)) this.connect(userId);
  }

  private connect(remoteId: number): void {
    const { selfId, media, env, link, config, timings } = this.options;
    const callId = this.current.id;
    const peer = new PeerLink(env.createPeerConnection(config), {
      remoteUserId: remoteId,
      polite: isPolite(selfId, remoteId),
      offerer: isOfferer(this.current, selfId, remoteId, this.presentWhenIArrived),
      kinds: media.media === "video" ? ["audio", "video"] : ["audio"],
      outgoing: (kind) => media.outgoing(kind),
      localStream: media.stream,
      createStream: (tracks) => env.createStream(tracks),
      send: (signal) => void link.signal({ call_id: callId, to_user_id: remoteId, signal }).catch(() => undefined),
      changed: () => this.options.changed(),
      gaveUp: () => this.gaveUp(),
      timings,
    });
    this.peers.set(remoteId, peer);
    for (const signal of this.waiting.get(remoteId) ?? []) void peer.handle(signal);
    this.waiting.delete(remoteId);
  }

  /** A group goes on without that link (it stays, shown as failed); a direct call has nothing left. */
  private gaveUp(): void {
    if (!isGroupCall(this.current)) this.options.lost();
    else this.options.changed();
  }
}
