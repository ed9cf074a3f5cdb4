import type { CallSignalJson } from "@chat-app/protocol";
import type { PeerState } from "./call-types";
import type { TrackKind } from "./MediaSession";

export interface PeerTimings {
  /** How long ICE may stay "disconnected" before an ICE restart (it often recovers by itself). */
  disconnectedGraceMs: number;
  /** How long a link may take to connect, at first or after a restart, before it is given up. */
  connectDeadlineMs: number;
}

export const DEFAULT_PEER_TIMINGS: PeerTimings = { disconnectedGraceMs: 2000, connectDeadlineMs: 15_000 };

export interface PeerLinkOptions {
  remoteUserId: number;
  /** Perfect negotiation's polite side gives way when both offer at once: here the higher user id. */
  polite: boolean;
  /** The side that sends the first offer; the other one attaches its tracks when that offer comes. */
  offerer: boolean;
  /** Which kinds of media the call carries (one transceiver each, kept for the whole call). */
  kinds: readonly TrackKind[];
  /** What this tab sends now, per kind (null: nothing, the transceiver stays for later). */
  outgoing(kind: TrackKind): MediaStreamTrack | null;
  localStream: MediaStream;
  createStream(tracks: MediaStreamTrack[]): MediaStream;
  send(signal: CallSignalJson): void;
  changed(): void;
  /** Could not connect (or reconnect) within the deadline. */
  gaveUp(): void;
  timings: PeerTimings;
}

/**
 * The media link to one other participant (a mesh: one RTCPeerConnection each), negotiated with
 * MDN's "perfect negotiation": either side may renegotiate at any time (ICE restart, new tracks)
 * and an offer collision is settled by `polite`. Signals are applied one at a time in arrival order;
 * remote candidates wait until there is a remote description.
 */
export class PeerLink {
  private linkState: PeerState = "new";
  private stream: MediaStream | null = null;
  private makingOffer = false;
  private ignoreOffer = false;
  private attached: boolean;
  private queue: Promise<void> = Promise.resolve();
  private readonly pendingCandidates: RTCIceCandidateInit[] = [];
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private deadlineTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly pc: RTCPeerConnection,
    private readonly options: PeerLinkOptions,
  ) {
    pc.onnegotiationneeded = () => void this.offer().catch(() => undefined);
    pc.onicecandidate = ({ candidate }) => {
      // End of candidates (null, or "" in some browsers) is not relayed.
      if (!candidate?.candidate) return;
      const { sdpMid, sdpMLineIndex, usernameFragment } = candidate;
      options.send({ type: "candidate", candidate: { candidate: candidate.candidate, sdpMid, sdpMLineIndex, usernameFragment } });
    };
    pc.ontrack = (event) => this.received(event);
    pc.oniceconnectionstatechange = () => this.iceChanged();
    this.attached = options.offerer;
    if (options.offerer) {
      for (const kind of options.kinds) {
        pc.addTransceiver(options.outgoing(kind) ?? kind, { direction: "sendrecv", streams: [options.localStream] });
      }
    }
    this.armDeadline();
  }

  get state(): PeerState {
    return this.linkState;
  }

  get remoteStream(): MediaStream | null {
    return this.stream;
  }

  /** Applies a signal from the other side after the ones before it. */
  handle(signal: CallSignalJson): Promise<void> {
    this.queue = this.queue.then(() => this.apply(signal)).catch(() => undefined);
    return this.queue;
  }

  /** Sends another track of this kind (camera switch, screen share, camera off) on the same sender. */
  async replaceTrack(kind: TrackKind, track: MediaStreamTrack | null): Promise<void> {
    if (!this.attached) return;
    const transceiver = this.transceiverOf(kind);
    if (transceiver) await transceiver.sender.replaceTrack(track);
  }

  /** Ends the link for good; `failed` when it is given up (still shown, never retried). */
  close(state: "closed" | "failed" = "closed"): void {
    this.clearTimers();
    this.pc.onnegotiationneeded = this.pc.onicecandidate = this.pc.ontrack = this.pc.oniceconnectionstatechange = null;
    this.pc.close();
    this.setState(state);
  }

  private async offer(): Promise<void> {
    if (!this.attached) return;
    try {
      this.makingOffer = true;
      await this.pc.setLocalDescription();
      this.sendDescription();
    } finally {
      this.makingOffer = false;
    }
  }

  private async apply(signal: CallSignalJson): Promise<void> {
    if (this.linkState === "closed" || this.linkState === "failed") return;
    if (signal.type === "restart") return this.pc.restartIce();
    if (signal.type === "candidate") return this.addCandidate(signal.candidate);
    if (signal.sdp === undefined) return;
    const collision = signal.type === "offer" && (this.makingOffer || this.pc.signalingState !== "stable");
    this.ignoreOffer = !this.options.polite && collision;
    if (this.ignoreOffer) return;
    await this.pc.setRemoteDescription({ type: signal.type, sdp: signal.sdp });
    if (signal.type === "offer") {
      if (!this.attached) await this.attach();
      await this.pc.setLocalDescription();
      this.sendDescription();
    }
    // One bad candidate must not keep the others out.
    for (const candidate of this.pendingCandidates.splice(0)) await this.addCandidate(candidate).catch(() => undefined);
  }

  private async addCandidate(candidate: RTCIceCandidateInit | undefined): Promise<void> {
    if (!candidate) return;
    if (!this.pc.remoteDescription) {
      this.pendingCandidates.push(candidate);
      return;
    }
    try {
      await this.pc.addIceCandidate(candidate);
    } catch (error) {
      // Candidates of an offer this side ignored (a collision) are expected to fail.
      if (!this.ignoreOffer) throw error;
    }
  }

  /** The answering side sends on the transceivers the first offer made (no extra m-lines, no renegotiation). */
  private async attach(): Promise<void> {
    this.attached = true;
    for (const kind of this.options.kinds) {
      const transceiver = this.transceiverOf(kind);
      if (!transceiver) continue;
      transceiver.direction = "sendrecv";
      transceiver.sender.setStreams?.(this.options.localStream);
      await transceiver.sender.replaceTrack(this.options.outgoing(kind));
    }
  }

  private transceiverOf(kind: TrackKind): RTCRtpTransceiver | undefined {
    return this.pc.getTransceivers().find((transceiver) => transceiver.currentDirection !== "stopped" && transceiver.receiver.track.kind === kind);
  }

  private sendDescription(): void {
    const description = this.pc.localDescription;
    if (description && (description.type === "offer" || description.type === "answer")) {
      this.options.send({ type: description.type, sdp: description.sdp });
    }
  }

  private received(event: RTCTrackEvent): void {
    const [stream] = event.streams;
    if (stream) this.stream = stream;
    else if (!this.stream) this.stream = this.options.createStream([event.track]);
    else if (!this.stream.getTracks().includes(event.track)) this.stream.addTrack(event.track);
    this.options.changed();
  }

  private iceChanged(): void {
    switch (this.pc.iceConnectionState) {
      case "checking":
        if (this.linkState === "new") this.setState("connecting");
        return;
      case "connected":
      case "completed":
        this.clearTimers();
        return this.setState("connected");
      case "disconnected":
        this.setState("reconnecting");
        if (this.graceTimer === undefined) {
          this.graceTimer = setTimeout(() => {
            this.graceTimer = undefined;
            if (this.pc.iceConnectionState === "disconnected") this.restart();
          }, this.options.timings.disconnectedGraceMs);
        }
        return;
      case "failed":
        return this.restart();
      default:
        return;
    }
  }

  /** A fresh ICE round: `negotiationneeded` follows, and the offer goes out as any other. */
  private restart(): void {
    this.setState("reconnecting");
    this.pc.restartIce();
    this.armDeadline();
  }

  private armDeadline(): void {
    if (this.deadlineTimer !== undefined) return;
    this.deadlineTimer = setTimeout(() => {
      this.deadlineTimer = undefined;
      if (this.linkState === "connected" || this.linkState === "closed") return;
      this.close("failed");
      this.options.gaveUp();
    }, this.options.timings.connectDeadlineMs);
  }

  private clearTimers(): void {
    clearTimeout(this.graceTimer);
    clearTimeout(this.deadlineTimer);
    this.graceTimer = this.deadlineTimer = undefined;
  }

  private setState(state: PeerState): void {
    if (state === this.linkState) return;
    this.linkState = state;
    this.options.changed();
  }
}
