/**
 * Test doubles for the browser's media and WebRTC, small and behaving like Chromium where the call
 * code depends on it: addIceCandidate throws without a remote description, setLocalDescription()
 * makes an offer or an answer from the signaling state, negotiationneeded fires (asynchronously)
 * after a transceiver is added or restartIce is called. An SDP here is just the list of its kinds.
 */
import type { CallJson, CallSignalPayload, CallStartPayload, SfuAccessJson } from "@chat-app/protocol";
import { ApiError } from "../api";
import type { CallEnvironment } from "./call-environment";
import type { CallEntry, CallIdAction, CallLink } from "./call-link";
import type { IceServersReply } from "./ice-config";

export class FakeTrack {
  enabled = true;
  readyState: "live" | "ended" = "live";
  private readonly endedListeners: (() => void)[] = [];
  constructor(
    readonly kind: "audio" | "video",
    readonly deviceId = `${kind}-0`,
    readonly label = kind,
  ) {}
  stop(): void {
    this.readyState = "ended";
  }
  getSettings(): { deviceId: string } {
    return { deviceId: this.deviceId };
  }
  addEventListener(event: string, listener: () => void): void {
    if (event === "ended") this.endedListeners.push(listener);
  }
  /** What the browser does when the person presses its own "Stop sharing". */
  endByBrowser(): void {
    this.readyState = "ended";
    for (const listener of this.endedListeners) listener();
  }
}

export class FakeStream {
  private readonly tracks: FakeTrack[];
  constructor(tracks: FakeTrack[] = []) {
    this.tracks = [...tracks];
  }
  getTracks(): FakeTrack[] {
    return [...this.tracks];
  }
  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((track) => track.kind === "audio");
  }
  getVideoTracks(): FakeTrack[] {
    return this.tracks.filter((track) => track.kind === "video");
  }
  addTrack(track: FakeTrack): void {
    if (!this.tracks.includes(track)) this.tracks.push(track);
  }
  removeTrack(track: FakeTrack): void {
    const at = this.tracks.indexOf(track);
    if (at >= 0) this.tracks.splice(at, 1);
  }
}

class FakeSender {
  constructor(public track: FakeTrack | null) {}
  replaceTrack(track: FakeTrack | null): Promise<void> {
    this.track = track;
    return Promise.resolve();
  }
  setStreams(): void {}
}

class FakeTransceiver {
  readonly sender: FakeSender;
  readonly receiver: { track: FakeTrack };
  currentDirection: string | null = null;
  constructor(
    kind: "audio" | "video",
    public direction: string,
    track: FakeTrack | null,
    readonly mid: string | null = null,
  ) {
    this.sender = new FakeSender(track);
    this.receiver = { track: new FakeTrack(kind, mid === null ? `remote-${kind}` : `remote-${kind}-${mid}`) };
  }
}

type Description = { type: "offer" | "answer"; sdp: string };

export class FakePeerConnection {
  static made: FakePeerConnection[] = [];
  signalingState: "stable" | "have-local-offer" | "have-remote-offer" | "closed" = "stable";
  iceConnectionState = "new";
  localDescription: Description | null = null;
  remoteDescription: Description | null = null;
  readonly transceivers: FakeTransceiver[] = [];
  readonly candidatesAdded: RTCIceCandidateInit[] = [];
  /** Every setRemoteDescription and addIceCandidate, in the order they were applied. */
  readonly applied: string[] = [];
  restarts = 0;
  closed = false;
  private negotiationPending = false;
  onnegotiationneeded: (() => void) | null = null;
  onicecandidate: ((event: { candidate: unknown }) => void) | null = null;
  ontrack: ((event: { track: FakeTrack; streams: FakeStream[] }) => void) | null = null;
  oniceconnectionstatechange: (() => void) | null = null;

  constructor(readonly config: RTCConfiguration) {
    FakePeerConnection.made.push(this);
  }

  addTransceiver(trackOrKind: FakeTrack | "audio" | "video", init: { direction: string }): FakeTransceiver {
    const track = typeof trackOrKind === "string" ? null : trackOrKind;
    const transceiver = new FakeTransceiver(track?.kind ?? (trackOrKind as "audio" | "video"), init.direction, track);
    this.transceivers.push(transceiver);
    this.negotiationNeeded();
    return transceiver;
  }

  getTransceivers(): FakeTransceiver[] {
    return [...this.transceivers];
  }

  getSenders(): FakeSender[] {
    return this.transceivers.map((transceiver) => transceiver.sender);
  }

  async setLocalDescription(): Promise<void> {
    await Promise.resolve();
    const sdp = this.transceivers.map((transceiver) => transceiver.receiver.track.kind).join(",");
    if (this.signalingState === "have-remote-offer") {
      this.localDescription = { type: "answer", sdp };
      this.signalingState = "stable";
    } else {
      this.localDescription = { type: "offer", sdp };
      this.signalingState = "have-local-offer";
    }
  }

  async setRemoteDescription(description: Description): Promise<void> {
    await Promise.resolve();
    this.applied.push(description.type);
    if (description.type === "answer" && this.signalingState !== "have-local-offer") throw new DOMException("No offer", "InvalidStateError");
    this.remoteDescription = description;
    if (description.type === "answer") {
      this.signalingState = "stable";
      return;
    }
    // An offer over a local one: the implicit rollback of the polite side.
    this.signalingState = "have-remote-offer";
    if (description.sdp.includes(":")) return this.applyMids(description.sdp);
    for (const kind of description.sdp.split(",").filter(Boolean)) {
      if (!this.transceivers.some((transceiver) => transceiver.receiver.track.kind === kind)) {
        this.transceivers.push(new FakeTransceiver(kind as "audio" | "video", "recvonly", null));
      }
    }
  }

  /**
   * An offer whose m-lines name their mid ("audio:0,video:1,audio:2:inactive", as Janus's subscriber
   * offers do): a transceiver per mid, `track` fired for each new one, "inactive" ones stopped.
   */
  private applyMids(sdp: string): void {
    for (const line of sdp.split(",").filter(Boolean)) {
      const [kind, mid, inactive] = line.split(":") as ["audio" | "video", string, string | undefined];
      let transceiver = this.transceivers.find((each) => each.mid === mid);
      if (!transceiver) {
        transceiver = new FakeTransceiver(kind, "recvonly", null, mid);
        this.transceivers.push(transceiver);
        this.ontrack?.({ track: transceiver.receiver.track, streams: [] });
      }
      transceiver.currentDirection = inactive ? "stopped" : "recvonly";
    }
  }

  async addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    await Promise.resolve();
    if (!this.remoteDescription) throw new DOMException("No remote description", "InvalidStateError");
    this.applied.push(`candidate:${candidate.candidate}`);
    this.candidatesAdded.push(candidate);
  }

  restartIce(): void {
    this.restarts += 1;
    this.negotiationNeeded();
  }

  close(): void {
    this.closed = true;
    this.signalingState = "closed";
  }

  getStats(): Promise<Map<string, Record<string, unknown>>> {
    return Promise.resolve(new Map<string, Record<string, unknown>>());
  }

  // What the network side does, driven by the test:
  gatherCandidate(candidate: string | null): void {
    const value = candidate === null ? null : { candidate, sdpMid: "0", sdpMLineIndex: 0, usernameFragment: "u" };
    this.onicecandidate?.({ candidate: value });
  }

  setIceState(state: string): void {
    this.iceConnectionState = state;
    this.oniceconnectionstatechange?.();
  }

  receiveTrack(track: FakeTrack, streams: FakeStream[] = []): void {
    this.ontrack?.({ track, streams });
  }

  /** Like a browser, one event for changes made together (the flag stays up until it fired). */
  private negotiationNeeded(): void {
    if (this.signalingState !== "stable" || this.negotiationPending) return;
    this.negotiationPending = true;
    setTimeout(() => {
      this.negotiationPending = false;
      this.onnegotiationneeded?.();
    }, 0);
  }
}

export interface FakeDevicesOptions {
  /** getUserMedia errors by kind (a DOMException name), e.g. {video: "NotAllowedError"}. */
  refuse?: Partial<Record<"audio" | "video", string>>;
  cameras?: number;
}

export class FakeMediaDevices {
  readonly asked: MediaStreamConstraints[] = [];
  readonly opened: FakeTrack[] = [];
  screenTrack: FakeTrack | null = null;
  constructor(private readonly options: FakeDevicesOptions = {}) {}

  getUserMedia(constraints: MediaStreamConstraints): Promise<FakeStream> {
    this.asked.push(constraints);
    const kinds = (["audio", "video"] as const).filter((kind) => constraints[kind]);
    for (const kind of kinds) {
      const refusal = this.options.refuse?.[kind];
      if (refusal) return Promise.reject(new DOMException("refused", refusal));
    }
    const tracks = kinds.map((kind) => {
      const wanted = kind === "video" ? deviceIdOf(constraints.video) : undefined;
      return new FakeTrack(kind, wanted ?? `${kind}-0`);
    });
    this.opened.push(...tracks);
    return Promise.resolve(new FakeStream(tracks));
  }

  getDisplayMedia(): Promise<FakeStream> {
    this.screenTrack = new FakeTrack("video", "screen");
    return Promise.resolve(new FakeStream([this.screenTrack]));
  }

  enumerateDevices(): Promise<{ kind: string; deviceId: string }[]> {
    const cameras = Array.from({ length: this.options.cameras ?? 1 }, (_, i) => ({ kind: "videoinput", deviceId: `video-${i}` }));
    return Promise.resolve([{ kind: "audioinput", deviceId: "audio-0" }, ...cameras]);
  }
}

function deviceIdOf(video: MediaStreamConstraints["video"]): string | undefined {
  if (typeof video !== "object") return undefined;
  const wanted = video.deviceId;
  return typeof wanted === "object" && !Array.isArray(wanted) && typeof wanted.exact === "string" ? wanted.exact : undefined;
}

export function fakeEnvironment(devices = new FakeMediaDevices(), fetch?: CallEnvironment["fetch"]): CallEnvironment {
  return {
    fetch,
    mediaDevices: devices as unknown as CallEnvironment["mediaDevices"],
    createPeerConnection: (config) => new FakePeerConnection(config) as unknown as RTCPeerConnection,
    createStream: (tracks) => new FakeStream(tracks as unknown as FakeTrack[]) as unknown as MediaStream,
  };
}

/** The server's side of the calls part: records what was asked and answers as the test says. */
export class FakeCallLink implements CallLink {
  readonly starts: CallStartPayload[] = [];
  readonly actions: { action: CallIdAction; callId: number }[] = [];
  readonly signals: CallSignalPayload[] = [];
  id: string | undefined = "my-socket";
  answer: (action: CallIdAction | "call:start", callId: number | null) => CallJson | ApiError = () => new ApiError(500, "unanswered");
  active: CallJson[] = [];
  /** Sent along with the answer to `call:start` and `call:join` (an "sfu" call). */
  sfu: SfuAccessJson | undefined;
  iceReply: IceServersReply = { ice_servers: [{ urls: ["stun:stun.test"] }], ttl_s: 600, ice_transport_policy: "relay" };

  start(payload: CallStartPayload): Promise<CallEntry> {
    this.starts.push(payload);
    return settle(this.answer("call:start", null), this.sfu);
  }
  act(action: CallIdAction, callId: number): Promise<CallEntry> {
    this.actions.push({ action, callId });
    return settle(this.answer(action, callId), action === "call:join" ? this.sfu : undefined);
  }
  signal(payload: CallSignalPayload): Promise<unknown> {
    this.signals.push(payload);
    return Promise.resolve({ ok: true });
  }
  socketId(): string | undefined {
    return this.id;
  }
  iceServers() {
    return Promise.resolve(this.iceReply);
  }
  activeCalls(): Promise<{ calls: CallJson[] }> {
    return Promise.resolve({ calls: this.active });
  }
}

function settle(reply: CallJson | ApiError, sfu: SfuAccessJson | undefined): Promise<CallEntry> {
  if (reply instanceof ApiError) return Promise.reject(reply);
  return Promise.resolve(sfu ? { call: reply, sfu } : { call: reply });
}

export function callJson(changes: Partial<CallJson> & Pick<CallJson, "id">): CallJson {
  return {
    conversation: { user_id: 2 },
    media: "video",
    state: "ringing",
    topology: "mesh",
    caller_id: 2,
    started_at: "2026-01-01T00:00:00.000Z",
    answered_at: null,
    ended_at: null,
    participants: [2],
    ...changes,
    caller: changes.caller ?? { id: changes.caller_id ?? 2, username: `user${changes.caller_id ?? 2}` },
  };
}

/** Lets queued promise jobs and zero-delay timers run (fake timers: advance them instead). */
export async function settleAll(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
